package id.tenggat.sipp.mapping;

import id.tenggat.model.CourtCase;
import java.util.List;

/**
 * One SIPP case after mapping: the case to answer, or none when it cannot be answered, and every problem found in
 * its rows. This record is immutable and thread-safe.
 *
 * @param perkaraId    the case's id in SIPP
 * @param nomorPerkara the case number as SIPP holds it, or null
 * @param courtCase    the case to answer, or null when it cannot be answered (the problems say why)
 * @param problems     every row or value that could not be mapped, never null
 */
public record MappedCase(long perkaraId, String nomorPerkara, CourtCase courtCase, List<Problem> problems) {

    /**
     * Copies the problems.
     *
     * @param perkaraId    the case's id in SIPP
     * @param nomorPerkara the case number as SIPP holds it, or null
     * @param courtCase    the case to answer, or null when it cannot be answered (the problems say why)
     * @param problems     every row or value that could not be mapped, never null
     */
    public MappedCase {
        problems = List.copyOf(problems);
        if (courtCase == null && problems.isEmpty()) {
            throw new IllegalArgumentException("a case that is not answered needs the problem that says why");
        }
    }

    /** {@return whether the case can be answered} */
    public boolean answerable() {
        return courtCase != null;
    }
}
