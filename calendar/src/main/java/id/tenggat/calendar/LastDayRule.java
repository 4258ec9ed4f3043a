package id.tenggat.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What happens when the last day of a period falls on a non-working day.
 * <p>
 * Each deadline rule names its convention; nothing rolls by accident. For example SEMA 7/2012 moves a
 * criminal kasasi deadline that ends on a holiday to the next working day ({@link #NEXT_WORKING_DAY}).
 *
 * <h2>Implementation Requirements:</h2>
 * This enum is immutable and thread-safe.
 */
public enum LastDayRule {
    /** The last day stays where it falls, working day or not. */
    NO_ADJUSTMENT,
    /** A last day on a non-working day moves forward to the next working day. */
    NEXT_WORKING_DAY,
    /** A last day on a non-working day moves back to the previous working day. */
    PREVIOUS_WORKING_DAY;

    /**
     * Applies this rule to a last day.
     *
     * @param day  the last day before adjustment, not null
     * @param calendar  the calendar that says which days are working days, not null
     * @return the adjusted last day, not null
     * @throws NullPointerException if an argument is null
     * @throws CalendarCoverageException if the rule adjusts and the answer depends on a date outside the calendar's coverage
     */
    public LocalDate apply(LocalDate day, CourtCalendar calendar) {
        Objects.requireNonNull(day, "day must not be null");
        Objects.requireNonNull(calendar, "calendar must not be null");
        return switch (this) {
            case NO_ADJUSTMENT -> day;
            case NEXT_WORKING_DAY -> day.with(calendar.nextWorkingDayOrSame());
            case PREVIOUS_WORKING_DAY -> day.with(calendar.previousWorkingDayOrSame());
        };
    }
}
