package id.tenggat.answer;

import id.tenggat.calendar.internal.Quote;

/**
 * One thing wrong with a case: the field's path, the value found and what is wrong.
 * This record is immutable and thread-safe.
 *
 * @param field   the path, e.g. {@code "events[2].date"}, not null
 * @param value   the offending value as text, or null when the field is missing; a value longer than 80 characters
 *                is kept as its first 80 followed by {@code "... (N characters)"}, so that a megabyte of bad input
 *                does not come back whole in every answer about it
 * @param message what is wrong, not null
 */
public record FieldError(String field, String value, String message) {
    /**
     * Checks the components.
     *
     * @param field  the path, e.g. {@code "events[2].date"}, not null
     * @param value  the offending value as text, or null when the field is missing; a value longer than 80 characters
     *     is kept as its first 80 followed by {@code "... (N characters)"}, so that a megabyte of bad input
     *     does not come back whole in every answer about it
     * @param message  what is wrong, not null
     */
    public FieldError {
        value = Quote.bounded(value);
    }

    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
