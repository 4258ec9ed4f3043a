package id.tenggat.calendar;

import java.util.List;

/**
 * One decree year: the days it sets, the instruments it cites, how sure the data is, and the dates that were
 * announced and later withdrawn (kept for reference; they are not non-working days). {@code replace} is true when
 * an overlay replaces a year the calendar already covers, on purpose.
 */
record HolidayYear(int year, YearCoverage coverage, String note, List<Source> sources,
                   List<NonWorkingDay> days, List<Withdrawal> withdrawn, boolean replace) {

    HolidayYear {
        sources = List.copyOf(sources);
        days = List.copyOf(days);
        withdrawn = List.copyOf(withdrawn);
    }
}
