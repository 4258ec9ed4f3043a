package id.tenggat.sipp;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;

/**
 * Where a run puts what it finds, case by case as it streams: every answered case with its answer, and every problem
 * (a row that could not be mapped, a case not answered, a court not found). Called from the reading thread only.
 */
public interface SippSink {
    /**
     * A case was mapped and answered; {@code answer.errors()} is not empty when the library refused the case.
     *
     * @param mapped  the case as mapped from SIPP's rows
     * @param answer  its answer
     */
    void answered(MappedCase mapped, CaseAnswer answer);

    /**
     * A row or value that could not be mapped, or a case that could not be answered.
     *
     * @param problem  what went wrong, and where
     */
    void problem(Problem problem);

    /**
     * A case that could not be mapped to an answerable case; its problems were reported before.
     *
     * @param mapped  the case as far as it was mapped
     */
    default void notAnswered(MappedCase mapped) {
    }
}
