package id.tenggat.calendar;

/**
 * The kind of a day in a court calendar.
 * <p>
 * Cuti bersama (collective leave) is kept apart from national holidays because it is leave for civil
 * servants, not a public holiday: whether it counts as a non-working day is a setting of the calendar
 * ({@link CourtCalendar.Builder#cutiBersamaIsNonWorking(boolean)}).
 * <p>
 * When several reasons apply to one day, the most significant one names the day:
 * court closure, then election day, then national holiday, then cuti bersama, then weekend.
 *
 * <h2>Implementation Requirements:</h2>
 * This enum is immutable and thread-safe.
 */
public enum DayKind {
    /** An ordinary Monday to Friday on which the court is open. */
    WORKING_DAY(0),
    /** Saturday or Sunday. */
    WEEKEND(1),
    /** A national holiday (hari libur nasional) set by the yearly joint decree (SKB) or a Keppres. */
    NATIONAL_HOLIDAY(3),
    /** A collective-leave day (cuti bersama) set by the yearly joint decree. */
    CUTI_BERSAMA(2),
    /** A voting day made a national holiday by a one-off Keppres. */
    ELECTION_DAY(4),
    /** A closure of one court or of the courts of a region (a regional holiday or an order of the court's chief). */
    COURT_CLOSURE(5);

    private final int significance;

    DayKind(int significance) {
        this.significance = significance;
    }

    /** Returns the rank used to name a day that has several reasons; higher wins. */
    int significance() {
        return significance;
    }

    /** Returns true for the kinds that a decree sets: national holiday, cuti bersama and election day. */
    boolean isDecreed() {
        return this == NATIONAL_HOLIDAY || this == CUTI_BERSAMA || this == ELECTION_DAY;
    }
}
