package id.tenggat.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How explanations write a date, in Bahasa Indonesia ("Senin, 17 Maret 2025") and English ("Monday, 17 March
 * 2025"), so that every step of every answer writes dates the same way.
 */
public final class DateText {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    /** The date in Bahasa Indonesia. */
    public static String id(LocalDate date) {
        return ID.format(date);
    }

    /** The date in English. */
    public static String en(LocalDate date) {
        return EN.format(date);
    }
}
