package id.tenggat.internal;

import id.tenggat.calendar.DayInfo;
import id.tenggat.calendar.NonWorkingDay;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalField;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How explanations write a date, in Bahasa Indonesia ("Senin, 17 Maret 2025") and English ("Monday, 17 March
 * 2025"), and why a day is not a working day ("hari libur nasional: Hari Raya Idul Fitri 1446 Hijriah"), so that every
 * step of every answer says these the same way.
 */
public final class DateText {
    private static final DateTimeFormatter ID = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.forLanguageTag("id-ID"));
    private static final DateTimeFormatter EN = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    /** The full names of the days, Monday first, and of the months, as the two formatters write them. */
    private static final String[] DAYS_ID = names(ChronoField.DAY_OF_WEEK, 7, DateTimeFormatter.ofPattern("EEEE", INDONESIAN));
    private static final String[] DAYS_EN = names(ChronoField.DAY_OF_WEEK, 7, DateTimeFormatter.ofPattern("EEEE", Locale.ENGLISH));
    private static final String[] MONTHS_ID = names(ChronoField.MONTH_OF_YEAR, 12, DateTimeFormatter.ofPattern("MMMM", INDONESIAN));
    private static final String[] MONTHS_EN = names(ChronoField.MONTH_OF_YEAR, 12, DateTimeFormatter.ofPattern("MMMM", Locale.ENGLISH));
    /** A range's abbreviated dates ("7 Apr 2025", "31 Mar"), made once: building a formatter parses its pattern. */
    private static final DateTimeFormatter SHORT_ID = DateTimeFormatter.ofPattern("d MMM uuuu", INDONESIAN);
    private static final DateTimeFormatter SHORT_EN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_ID = DateTimeFormatter.ofPattern("d MMM", INDONESIAN);
    private static final DateTimeFormatter DAY_MONTH_EN = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    /** The day of a holiday of several days, which a summary leaves out: "(hari kedua)", "(day 1)". */
    private static final Pattern DAY_OF_HOLIDAY = Pattern.compile("\\s*\\((hari|day) [^()]*\\)$");

    private DateText() {
    }

    /**
     * The date in Bahasa Indonesia.
     *
     * @param date  the date
     * @return the date as text
     */
    public static String id(LocalDate date) {
        return format(date, ID, DAYS_ID, MONTHS_ID);
    }

    /**
     * The date in English.
     *
     * @param date  the date
     * @return the date as text
     */
    public static String en(LocalDate date) {
        return format(date, EN, DAYS_EN, MONTHS_EN);
    }

    /**
     * What {@code formatter} writes, from the locale's day and month names taken once: explanations write several
     * dates per answer, and the formatter's field-by-field printing was a measurable part of a batch. Years outside
     * 1000–9999, which the pattern pads or signs, go to the formatter itself.
     */
    private static String format(LocalDate date, DateTimeFormatter formatter, String[] days, String[] months) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            return formatter.format(date);
        }
        return days[date.getDayOfWeek().ordinal()] + ", " + date.getDayOfMonth() + " "
                + months[date.getMonthValue() - 1] + " " + year;
    }

    private static String[] names(TemporalField field, int count, DateTimeFormatter pattern) {
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = pattern.format(field == ChronoField.DAY_OF_WEEK
                    ? LocalDate.of(2024, 1, 1).plusDays(i) // Monday 1 January 2024 and the days after it
                    : LocalDate.of(2024, i + 1, 1));
        }
        return names;
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

    /**
     * The non-working days as a clerk reads them in a summary: how many, then each run of consecutive days as a
     * range with what the days are, e.g. "8 hari libur: 31 Mar–7 Apr 2025 (Hari Raya Idul Fitri 1446 Hijriah, cuti
     * bersama, akhir pekan)" / "8 days off: 31 Mar–7 Apr 2025 (Eid al-Fitr, cuti bersama, weekend)". A run of one
     * day is written in full ("Selasa, 5 Januari 2027"). Holidays are named once, without the day of a holiday of
     * several days; collective leave reads "cuti bersama" and the weekend "akhir pekan" / "weekend".
     *
     * @param days  the non-working days, in date order, not empty
     * @param english  whether to write English rather than Bahasa Indonesia
     * @return the summary
     */
    public static String daysOff(List<DayInfo> days, boolean english) {
        List<List<DayInfo>> runs = new ArrayList<>();
        for (DayInfo day : days) {
            List<DayInfo> run = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (run != null && run.get(run.size() - 1).date().plusDays(1).equals(day.date())) {
                run.add(day);
            } else {
                runs.add(new ArrayList<>(List.of(day)));
            }
        }
        String list = runs.stream().map(run -> range(run.get(0).date(), run.get(run.size() - 1).date(), english)
                + " (" + String.join(", ", kinds(run, english)) + ")").collect(Collectors.joining("; "));
        return days.size() + (english ? (days.size() == 1 ? " day off: " : " days off: ") : " hari libur: ") + list;
    }

    /**
     * Consecutive days as a range: one day in full ("Selasa, 5 Januari 2027"), several with abbreviated months
     * ("5–6 Apr 2025", "31 Mar–7 Apr 2025", "29 Des 2025–2 Jan 2026").
     *
     * @param from  the first day
     * @param to  the last day, not before {@code from}
     * @param english  whether to write English rather than Bahasa Indonesia
     * @return the range as text
     */
    public static String range(LocalDate from, LocalDate to, boolean english) {
        if (from.equals(to)) {
            return english ? en(from) : id(from);
        }
        DateTimeFormatter full = english ? SHORT_EN : SHORT_ID;
        String start;
        if (from.getYear() != to.getYear()) {
            start = full.format(from);
        } else if (from.getMonth() != to.getMonth()) {
            start = (english ? DAY_MONTH_EN : DAY_MONTH_ID).format(from);
        } else {
            start = Integer.toString(from.getDayOfMonth());
        }
        return start + "\u2013" + full.format(to);
    }

    /** What the days of a run are, each named once in the order they first occur. */
    private static Set<String> kinds(List<DayInfo> run, boolean english) {
        Set<String> kinds = new LinkedHashSet<>();
        for (DayInfo day : run) {
            if (day.reasons().isEmpty()) {
                kinds.add(english ? "weekend" : "akhir pekan");
            }
            for (NonWorkingDay r : day.reasons()) {
                String name = DAY_OF_HOLIDAY.matcher(english ? r.nameEn() : r.name()).replaceFirst("");
                kinds.add(switch (r.kind()) {
                    case WEEKEND -> english ? "weekend" : "akhir pekan";
                    case CUTI_BERSAMA -> "cuti bersama";
                    case COURT_CLOSURE -> (english ? "court closed: " : "pengadilan tutup: ") + name;
                    case NATIONAL_HOLIDAY, ELECTION_DAY, WORKING_DAY -> name;
                });
            }
        }
        return kinds;
    }
}
