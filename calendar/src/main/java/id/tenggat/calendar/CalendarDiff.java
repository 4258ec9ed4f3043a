package id.tenggat.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The days that differ between two calendar data sets, for example the embedded data and the embedded data with an
 * amendment dropped in: days added, removed, or changed in kind or name. Deadlines whose counting ran over one of
 * these days (or past {@link #earliestChange()}) are the ones to recompute.
 * <pre>
 *   CourtCalendar before = CourtCalendar.indonesia();
 *   CourtCalendar after = before.toBuilder().overlay(CalendarOverlay.fromJson(Path.of("amendment.json"))).build();
 *   for (CalendarDiff.DayChange change : CalendarDiff.between(before, after).changes()) { ... }
 * </pre>
 * A date covered by only one of the calendars counts as having no holiday in the other, so a year added to the
 * coverage lists all its days as added. Changes of instrument alone are not listed: they move no deadline.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class CalendarDiff {

    /** How a day changed. */
    public enum Change {
        /** The day had no holiday, cuti bersama, election day or closure before, and has one now. */
        ADDED,
        /** The day had one before and has none now. */
        REMOVED,
        /** The day has one before and after, but a different kind or name. */
        CHANGED
    }

    /**
     * One day that differs.
     *
     * @param date  the date, not null
     * @param change  how it changed, not null
     * @param before  the day's entries in the older calendar, sorted, never null
     * @param after  the day's entries in the newer calendar, sorted, never null
     * @param workingDayBefore  whether the older calendar has it as a working day, or null if it does not cover it
     * @param workingDayAfter  whether the newer calendar has it as a working day, or null if it does not cover it
     */
    public record DayChange(LocalDate date, Change change, List<NonWorkingDay> before, List<NonWorkingDay> after,
                            Boolean workingDayBefore, Boolean workingDayAfter) {

        /**
         * Copies the lists.
         *
         * @param date  the date, not null
         * @param change  how it changed, not null
         * @param before  the day's entries in the older calendar, sorted, never null
         * @param after  the day's entries in the newer calendar, sorted, never null
         * @param workingDayBefore  whether the older calendar has it as a working day, or null if it does not cover it
         * @param workingDayAfter  whether the newer calendar has it as a working day, or null if it does not cover it
         */
        public DayChange {
            Objects.requireNonNull(date, "date must not be null");
            Objects.requireNonNull(change, "change must not be null");
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    private final CourtCalendar older;
    private final CourtCalendar newer;
    private final List<DayChange> changes;

    private CalendarDiff(CourtCalendar older, CourtCalendar newer, List<DayChange> changes) {
        this.older = older;
        this.newer = newer;
        this.changes = List.copyOf(changes);
    }

    /**
     * Lists the days that differ between two calendars, in date order.
     *
     * @param older  the calendar before the change, not null
     * @param newer  the calendar after the change, not null
     * @return the differences, not null
     * @throws NullPointerException if an argument is null
     */
    public static CalendarDiff between(CourtCalendar older, CourtCalendar newer) {
        Objects.requireNonNull(older, "older must not be null");
        Objects.requireNonNull(newer, "newer must not be null");
        TreeSet<LocalDate> dates = new TreeSet<>();
        older.nonWorkingDays(older.firstCoveredDate(), older.lastCoveredDate()).forEach(d -> dates.add(d.date()));
        newer.nonWorkingDays(newer.firstCoveredDate(), newer.lastCoveredDate()).forEach(d -> dates.add(d.date()));
        List<DayChange> changes = new ArrayList<>();
        for (LocalDate date : dates) {
            List<NonWorkingDay> before = entries(older, date);
            List<NonWorkingDay> after = entries(newer, date);
            if (keys(before).equals(keys(after))) {
                continue;
            }
            Change change = before.isEmpty() ? Change.ADDED : after.isEmpty() ? Change.REMOVED : Change.CHANGED;
            changes.add(new DayChange(date, change, before, after, workingDay(older, date), workingDay(newer, date)));
        }
        return new CalendarDiff(older, newer, changes);
    }

    private static List<NonWorkingDay> entries(CourtCalendar calendar, LocalDate date) {
        return calendar.covers(date) ? calendar.day(date).reasons() : List.of();
    }

    private static Boolean workingDay(CourtCalendar calendar, LocalDate date) {
        return calendar.covers(date) ? calendar.isWorkingDay(date) : null;
    }

    /** What counts for a change: kind and name of each entry, in a fixed order. */
    private static List<String> keys(List<NonWorkingDay> entries) {
        return entries.stream().map(d -> d.kind() + " " + d.name()).sorted(Comparator.naturalOrder()).toList();
    }

    /**
     * Returns the calendar before the change.
     *
     * @return the older calendar, not null
     */
    public CourtCalendar older() {
        return older;
    }

    /**
     * Returns the calendar after the change.
     *
     * @return the newer calendar, not null
     */
    public CourtCalendar newer() {
        return newer;
    }

    /**
     * Returns the days that differ, in date order.
     *
     * @return the changes, immutable, not null
     */
    public List<DayChange> changes() {
        return changes;
    }

    /**
     * Returns the first day that differs: a deadline counted wholly before it is not affected.
     *
     * @return the earliest changed date, or empty if the calendars agree on every day
     */
    public Optional<LocalDate> earliestChange() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.get(0).date());
    }

    @Override
    public String toString() {
        return "CalendarDiff[" + older.dataVersion() + " -> " + newer.dataVersion() + ": " + changes.size()
                + " days]";
    }
}
