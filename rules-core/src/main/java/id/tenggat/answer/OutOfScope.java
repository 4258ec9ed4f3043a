package id.tenggat.answer;

import id.tenggat.calendar.Jurisdiction;
import java.util.List;
import java.util.Objects;

/**
 * Why a case is not answered: its court belongs to a jurisdiction whose procedure the library does not model for
 * the case's type (any case at a state administrative or military court, a criminal case at a religious court).
 * The library then gives no date at all rather than a civil or criminal date that does not apply there.
 * This record is immutable and thread-safe.
 *
 * @param jurisdiction the court's jurisdiction, not null
 * @param explanation  why, naming the court and the jurisdiction, not null
 */
public record OutOfScope(Jurisdiction jurisdiction, Explanation explanation) {

    /**
     * Checks the components.
     *
     * @param jurisdiction  the court's jurisdiction, not null
     * @param explanation  why, naming the court and the jurisdiction, not null
     */
    public OutOfScope {
        Objects.requireNonNull(jurisdiction, "jurisdiction must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
    }

    /**
     * The explanation in one language.
     *
     * @param language  the language, not null
     * @return the steps, in order
     */
    public List<String> explanation(Language language) {
        return explanation.in(language);
    }
}
