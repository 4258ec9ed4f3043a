package id.tenggat.answer;

import java.time.LocalDate;

/**
 * The due date another reading of a policy gives. This record is immutable and thread-safe.
 *
 * @param reading the other reading, not null
 * @param due     the due date under it, or null when it gives none
 * @param policy  the policy the reading belongs to when it is not the answer's own {@code policy} (e.g.
 *                {@code cuti-bersama}, which applies to the whole calendar), else null
 */
public record Alternative(String reading, LocalDate due, String policy) {

    /**
     * Another reading of the answer's own policy.
     *
     * @param reading  the other reading, not null
     * @param due  the due date under it, or null when it gives none
     */
    public Alternative(String reading, LocalDate due) {
        this(reading, due, null);
    }
}
