package id.tenggat.internal;

import id.tenggat.calendar.DayInfo;
import id.tenggat.calendar.NonWorkingDay;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How explanations write a date, in Bahasa Indonesia ("Senin, 17 Maret 2025") and English ("Monday, 17 March
 * 2025"), and why a day is not a working day ("hari libur nasional: Hari Raya Idul Fitri 1446 Hijriah"), so that every
 * step of every answer says these the same way.
 */
public final class DateText {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);

    private DateText() {
    }

    /**
     * The date in Bahasa Indonesia.
     *
     * @param date  the date
     * @return the date as text
     */
    public static String id(LocalDate date) {
        return ID.format(date);
    }

    /**
     * The date in English.
     *
     * @param date  the date
     * @return the date as text
     */
    public static String en(LocalDate date) {
        return EN.format(date);
    }

    /**
     * Why a day is not a working day, in Bahasa Indonesia: each reason's kind and name, or the weekend.
     *
     * @param info  the day
     * @return the reasons
     */
    public static String whyOffId(DayInfo info) {
        if (info.reasons().isEmpty()) {
            return "akhir pekan";
        }
        return info.reasons().stream().map(r -> kindId(r) + ": " + r.name()).collect(Collectors.joining(", "));
    }

    /**
     * Why a day is not a working day, in English.
     *
     * @param info  the day
     * @return the reasons
     */
    public static String whyOffEn(DayInfo info) {
        if (info.reasons().isEmpty()) {
            return "weekend";
        }
        return info.reasons().stream().map(r -> kindEn(r) + ": " + r.nameEn()).collect(Collectors.joining(", "));
    }

    private static String kindId(NonWorkingDay r) {
        return switch (r.kind()) {
            case WEEKEND -> "akhir pekan";
            case NATIONAL_HOLIDAY -> "hari libur nasional";
            case CUTI_BERSAMA -> "cuti bersama";
            case ELECTION_DAY -> "hari libur pemungutan suara";
            case COURT_CLOSURE -> "pengadilan tutup";
            case WORKING_DAY -> "hari kerja";
        };
    }

    private static String kindEn(NonWorkingDay r) {
        return switch (r.kind()) {
            case WEEKEND -> "weekend";
            case NATIONAL_HOLIDAY -> "national holiday";
            case CUTI_BERSAMA -> "collective leave (cuti bersama)";
            case ELECTION_DAY -> "election day";
            case COURT_CLOSURE -> "court closed";
            case WORKING_DAY -> "working day";
        };
    }
}
