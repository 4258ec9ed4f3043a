package id.tenggat.answer;

/**
 * The interpretation policy an answer depends on and the reading it used. This record is immutable and thread-safe.
 *
 * @param name    the policy's stable name, e.g. {@code "ecourt-banding-days"}, not null
 * @param reading the reading used, not null
 */
public record PolicyUse(String name, String reading) {
}
