package id.tenggat.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Calendar data loaded at run time and laid over a court calendar with
 * {@link CourtCalendar.Builder#overlay(CalendarOverlay)}.
 * <p>
 * Holiday data changes without a release of the library: the decree for next year is signed in September,
 * an amendment moves Idul Adha after the isbat, a court closes by order of its chief. An overlay carries
 * such changes:
 * <ul>
 * <li><b>years</b>: whole decree years; a new year extends the coverage (the years of a calendar must stay
 *     contiguous), and a year the calendar already covers must say {@code "replace": true} to replace its decreed
 *     days (a year that overlaps the calendar's data by accident is an error);
 * <li><b>amendments</b>: days added (with their instrument) and decreed days withdrawn;
 * <li><b>closures</b>: local court closures ({@link DayKind#COURT_CLOSURE}).
 * </ul>
 * The JSON format is described by {@code calendar-overlay.schema.json} next to the embedded data and in the
 * module's README. An iCalendar file gives closures and added days only.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class CalendarOverlay {

    private final String sourceName;
    private final List<HolidayYear> years;
    private final List<NonWorkingDay> additions;
    private final List<Withdrawal> withdrawals;
    /** Where each value of the JSON file starts, or null for data not read from JSON. */
    private final DataReader.SourceLines lines;

    CalendarOverlay(String sourceName, List<HolidayYear> years, List<NonWorkingDay> additions,
                    List<Withdrawal> withdrawals) {
        this(sourceName, years, additions, withdrawals, null);
    }

    CalendarOverlay(String sourceName, List<HolidayYear> years, List<NonWorkingDay> additions,
                    List<Withdrawal> withdrawals, DataReader.SourceLines lines) {
        this.sourceName = sourceName;
        this.years = List.copyOf(years);
        this.additions = List.copyOf(additions);
        this.withdrawals = List.copyOf(withdrawals);
        this.lines = lines;
    }

    /**
     * Reads an overlay from a JSON file.
     *
     * @param file  the JSON file, not null
     * @return the overlay, not null
     * @throws NullPointerException if {@code file} is null
     * @throws CalendarDataException if the file cannot be read, is not JSON or does not follow the format;
     *     the message names the file, the field and the value
     */
    public static CalendarOverlay fromJson(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return DataReader.readOverlay(open(file), file.toString());
    }

    /**
     * Reads an overlay from a JSON stream. The stream is closed.
     *
     * @param in  the JSON stream, not null
     * @param sourceName  the name used for the stream in error messages and as this overlay's name, not null
     * @return the overlay, not null
     * @throws NullPointerException if an argument is null
     * @throws CalendarDataException if the stream cannot be read, is not JSON or does not follow the format
     */
    public static CalendarOverlay fromJson(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        return DataReader.readOverlay(in, sourceName);
    }

    /**
     * Reads an overlay from an iCalendar ({@code .ics}) file.
     * <p>
     * Each {@code VEVENT} must be an all-day event ({@code DTSTART;VALUE=DATE}); {@code DTEND} is exclusive
     * and defaults to the day after {@code DTSTART}, so an event can span several days. {@code SUMMARY} is
     * the name. The kind is taken from {@code X-TENGGAT-KIND} or else from {@code CATEGORIES}, when either
     * names a {@link DayKind} other than working day or weekend; otherwise it is {@link DayKind#COURT_CLOSURE}.
     * {@code DESCRIPTION} is the instrument (the file name when absent) and {@code URL} its address.
     *
     * @param file  the iCalendar file, not null
     * @return the overlay, not null
     * @throws NullPointerException if {@code file} is null
     * @throws CalendarDataException if the file cannot be read or parsed, or an event is invalid
     */
    public static CalendarOverlay fromICalendar(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        return ICalendarReader.read(open(file), file.toString());
    }

    /**
     * Reads an overlay from an iCalendar stream, as {@link #fromICalendar(Path)} does. The stream is closed.
     *
     * @param in  the iCalendar stream, not null
     * @param sourceName  the name used for the stream in error messages and as this overlay's name, not null
     * @return the overlay, not null
     * @throws NullPointerException if an argument is null
     * @throws CalendarDataException if the stream cannot be read or parsed, or an event is invalid
     */
    public static CalendarOverlay fromICalendar(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        return ICalendarReader.read(in, sourceName);
    }

    /**
     * Returns the name of the file or stream this overlay was read from.
     *
     * @return the source name, not null
     */
    public String sourceName() {
        return sourceName;
    }

    /**
     * Returns the days this overlay adds: added holidays and closures, one entry per day, in file order.
     * Days of whole years are not included.
     *
     * @return the added days, immutable, not null
     */
    public List<NonWorkingDay> additions() {
        return additions;
    }

    List<HolidayYear> years() {
        return years;
    }

    List<Withdrawal> withdrawals() {
        return withdrawals;
    }

    /** Names the place of a field of this overlay for an error message: {@code file:line}, or the name alone. */
    String where(String path) {
        return lines == null ? sourceName : lines.where(path);
    }

    /** Expands a closure range into one entry per day. */
    static List<NonWorkingDay> closureDays(LocalDate from, LocalDate toInclusive, String name, String nameEn,
                                           Source source) {
        List<NonWorkingDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(toInclusive); d = d.plusDays(1)) {
            days.add(new NonWorkingDay(d, DayKind.COURT_CLOSURE, name, nameEn, source));
        }
        return days;
    }

    private static InputStream open(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new CalendarDataException(file + ": cannot be read: " + e, e);
        }
    }

    @Override
    public String toString() {
        return "CalendarOverlay[" + sourceName + ": " + years.size() + " years, " + additions.size()
                + " added days, " + withdrawals.size() + " withdrawals]";
    }
}
