package id.tenggat.answer;

import id.tenggat.calendar.CalendarCoverageException;
import id.tenggat.calendar.Court;
import id.tenggat.calendar.CourtLookupException;
import id.tenggat.calendar.internal.Quote;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One thing wrong with a case: the field's path, the value found and what is wrong, in English and in Bahasa
 * Indonesia. This record is immutable and thread-safe.
 *
 * @param field   the path, e.g. {@code "events[2].date"}, not null
 * @param value   the offending value as text, or null when the field is missing; a value longer than 80 characters
 *                is kept as its first 80 followed by {@code "... (N characters)"}, so that a megabyte of bad input
 *                does not come back whole in every answer about it
 * @param message what is wrong, in English, not null
 * @param indonesian what is wrong, in Bahasa Indonesia, not null
 */
public record FieldError(String field, String value, String message, String indonesian) {
    /**
     * Checks the components.
     *
     * @param field  the path, e.g. {@code "events[2].date"}, not null
     * @param value  the offending value as text, or null when the field is missing; a value longer than 80 characters
     *     is kept as its first 80 followed by {@code "... (N characters)"}, so that a megabyte of bad input
     *     does not come back whole in every answer about it
     * @param message  what is wrong, in English, not null
     * @param indonesian  what is wrong, in Bahasa Indonesia, not null
     */
    public FieldError {
        Objects.requireNonNull(message, "message must not be null");
        Objects.requireNonNull(indonesian, "indonesian must not be null");
        value = Quote.bounded(value);
    }

    /**
     * An error whose text exists in one language only: {@link #message(Language)} gives {@code message} in both.
     * The library's own errors always carry both texts; this is for an application's own errors.
     *
     * @param field  the path, e.g. {@code "events[2].date"}, not null
     * @param value  the offending value as text, or null when the field is missing
     * @param message  what is wrong, not null
     */
    public FieldError(String field, String value, String message) {
        this(field, value, message, message);
    }

    /**
     * What is wrong in the given language.
     *
     * @param language  the language, not null
     * @return the text, {@link #message()} for {@link Language#EN}, {@link #indonesian()} for {@link Language#ID}
     */
    public String message(Language language) {
        return Objects.requireNonNull(language, "language must not be null") == Language.EN ? message : indonesian;
    }

    /**
     * The error for a court name or satker code that names no court, or several, in both languages.
     *
     * @param field  the field or parameter that gave the name, e.g. {@code "court"}, not null
     * @param e  the failed lookup, not null
     * @return the error, with the name looked up as its value
     */
    public static FieldError court(String field, CourtLookupException e) {
        String query = Quote.bounded(e.query());
        String indonesian;
        if (e.ambiguous()) {
            indonesian = "Nama pengadilan '" + query + "' ambigu, menunjuk " + e.matches().size() + " pengadilan: "
                    + e.matches().stream().map(Court::label).collect(Collectors.joining(", "))
                    + "; sebutkan kode satkernya";
        } else {
            indonesian = "Pengadilan '" + query + "' tidak dikenal" + (e.suggestions().isEmpty() ? ""
                    : "; nama terdekat: " + e.suggestions().stream().map(Court::name).distinct()
                    .collect(Collectors.joining(", ")));
        }
        return new FieldError(field, e.query(), e.getMessage(), indonesian);
    }

    /**
     * The error for a date outside the years a calendar has official holiday data for, in both languages.
     *
     * @param field  the field or parameter that gave the date, e.g. {@code "to"}, not null
     * @param e  the refusal, not null
     * @return the error, with the date as its value
     */
    public static FieldError coverage(String field, CalendarCoverageException e) {
        return new FieldError(field, e.date().toString(), e.getMessage(), "Tidak ada data hari libur resmi untuk "
                + e.date() + ": kalender ini mencakup " + e.coveredFrom() + " sampai " + e.coveredTo());
    }

    @Override
    public String toString() {
        return field + " = " + value + ": " + message;
    }
}
