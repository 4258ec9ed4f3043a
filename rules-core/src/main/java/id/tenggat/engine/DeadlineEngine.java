package id.tenggat.engine;

import id.tenggat.law.LawValues;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;
import java.util.List;

/**
 * The service that decides which provisions of the law apply to a case. The library finds an implementation with
 * {@link java.util.ServiceLoader}; {@code tenggat-rules-drl} provides one backed by Drools rules.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every thread.
 */
public interface DeadlineEngine {

    /**
     * Selects the provisions that apply to a valid case and checks its criteria.
     *
     * @param courtCase a case that passed validation, not null
     * @param asOf      the day the question is asked about: the day an act not yet done would be done, which some
     *                  transitional provisions depend on; not null
     * @return the applicable provisions and findings with the rules that made them, in no particular order
     */
    Evaluation evaluate(CourtCase courtCase, LocalDate asOf);

    /**
     * Evaluates many valid cases at once, in the order given. Implementations may share work between cases
     * (one rule session per chunk of cases).
     *
     * @param cases cases that passed validation, not null
     * @param asOf  the day the question is asked about, not null
     * @return one evaluation per case, in the same order
     */
    default List<Evaluation> evaluateAll(List<CourtCase> cases, LocalDate asOf) {
        return cases.stream().map(c -> evaluate(c, asOf)).toList();
    }

    /** {@return every rule the engine holds, with its citation: the rule inventory} */
    List<RuleCitation> rules();

    /** {@return the law values the rules read, with any a deployment supplied} */
    default LawValues lawValues() {
        return LawValues.empty();
    }

    /**
     * This engine with values a deployment supplied for values the library knows but does not encode.
     *
     * @param supplied  the values a deployment supplied, not null
     * @return an engine that reads them
     * @throws id.tenggat.law.LawValuesException naming each supplied value that would replace an encoded value, that
     *                                           the library does not know, or that does not match it
     */
    default DeadlineEngine withLawValues(LawValues supplied) {
        if (supplied.values().isEmpty()) {
            return this;
        }
        throw new UnsupportedOperationException(getClass().getName() + " reads no law values");
    }
}
