package id.tenggat.answer;

/**
 * One thing wrong with a case: the field's path, the value found and what is wrong.
 * This record is immutable and thread-safe.
 *
 * @param field   the path, e.g. {@code "events[2].date"}, not null
 * @param value   the offending value as text, or null when the field is missing
 * @param message what is wrong, not null
 */
public record FieldError(String field, String value, String message) {
    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
