package id.tenggat.internal;

import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.LastDayRule;
import id.tenggat.engine.Start;
import id.tenggat.engine.Unit;
import java.time.LocalDate;

/** The end of a period counted on a court calendar, before any last-day rule. */
final class PeriodArithmetic {
    private PeriodArithmetic() {
    }

    /**
     * The last day of a period of {@code length} units that starts at {@code trigger}.
     *
     * @throws id.tenggat.calendar.CalendarCoverageException if counting leaves the calendar's data
     */
    static LocalDate end(LocalDate trigger, int length, Unit unit, Start start, CourtCalendar calendar) {
        return switch (unit) {
            case CALENDAR_DAYS -> switch (start) {
                case NEXT_DAY -> calendar.plusDays(trigger, length, LastDayRule.NO_ADJUSTMENT);
                case SAME_DAY -> calendar.plusDays(trigger, length - 1, LastDayRule.NO_ADJUSTMENT);
                case BACKWARD -> calendar.plusDays(trigger, -length, LastDayRule.NO_ADJUSTMENT);
            };
            case WORKING_DAYS -> switch (start) {
                case NEXT_DAY -> calendar.plusWorkingDays(trigger, length);
                case SAME_DAY -> calendar.isWorkingDay(trigger)
                        ? calendar.plusWorkingDays(trigger, length - 1) : calendar.plusWorkingDays(trigger, length);
                case BACKWARD -> calendar.minusWorkingDays(trigger, length);
            };
            case CALENDAR_MONTHS -> switch (start) {
                case NEXT_DAY -> checked(trigger.plusMonths(length), calendar);
                case SAME_DAY -> checked(monthsInclusive(trigger, length), calendar);
                case BACKWARD -> checked(trigger.minusMonths(length), calendar);
            };
        };
    }

    /**
     * The last day of {@code months} calendar months whose first day is {@code first}: the day before the same
     * day-of-month {@code months} later (10 January → 9 June for 5 months). When that day-of-month does not exist
     * in the end month (31 January + 1 month), the period runs to the end of that month (28 or 29 February).
     */
    private static LocalDate monthsInclusive(LocalDate first, int months) {
        LocalDate same = first.plusMonths(months);
        return same.getDayOfMonth() == first.getDayOfMonth() ? same.minusDays(1) : same;
    }

    private static LocalDate checked(LocalDate day, CourtCalendar calendar) {
        calendar.isWorkingDay(day); // throws CalendarCoverageException outside the calendar's data
        return day;
    }
}
