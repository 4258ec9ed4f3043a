package id.tenggat.answer;

import java.time.LocalDate;

/**
 * The due date another reading of a policy gives. This record is immutable and thread-safe.
 *
 * @param reading the other reading, not null
 * @param due     the due date under it, or null when it gives none
 */
public record Alternative(String reading, LocalDate due) {
}
