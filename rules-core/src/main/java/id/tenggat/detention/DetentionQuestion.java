package id.tenggat.detention;

import id.tenggat.model.DetentionStage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A check of a detention chain that could not be made: the law's test needs a fact the case does not give, or a
 * limit the library does not encode. Not a violation: the answer is "cannot be determined" until the fact is given.
 * Immutable and thread-safe.
 *
 * @param stage      the stage concerned, not null
 * @param orderStart the first day of the order concerned, or null when the question is about the stage as a whole
 * @param needs      what is needed: a field of the case (e.g. {@code defendant.maxPunishmentYears}) or the limit not
 *                   encoded; not null
 * @param legalBasis the article whose test needs it, not null
 * @param detail     what the answer would turn on, not null
 */
public record DetentionQuestion(DetentionStage stage, LocalDate orderStart, String needs, String legalBasis, String detail) {

    /**
     * Checks the components.
     *
     * @param stage  the stage concerned, not null
     * @param orderStart  the first day of the order concerned, or null when the question is about the stage as a whole
     * @param needs  what is needed: a field of the case (e.g. {@code defendant.maxPunishmentYears}) or the limit not
     *     encoded; not null
     * @param legalBasis  the article whose test needs it, not null
     * @param detail  what the answer would turn on, not null
     */
    public DetentionQuestion {
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(needs, "needs must not be null");
        Objects.requireNonNull(legalBasis, "legalBasis must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }
}
