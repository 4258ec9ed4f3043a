package id.tenggat.sipp;

import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.NonWorkingDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SIPP's own holiday table ({@code hari_libur}) against the library's calendar of the court over a range: each day
 * one has and the other lacks. A court that fills {@code hari_libur} by hand may miss a cuti bersama or keep a day an
 * amendment withdrew; the library may lack a local closure the court recorded. This record is immutable and
 * thread-safe.
 *
 * @param from          the first day compared
 * @param to            the last day compared (inclusive)
 * @param onlyInSipp    the days in {@code hari_libur} that the calendar counts as working days (or weekend only),
 *                      with SIPP's {@code keterangan}
 * @param onlyInLibrary the calendar's holidays, cuti bersama, election days and closures missing from
 *                      {@code hari_libur}
 */
public record HolidayComparison(LocalDate from, LocalDate to, Map<LocalDate, String> onlyInSipp,
                                List<NonWorkingDay> onlyInLibrary) {

    /**
     * Copies the map and the list.
     *
     * @param from          the first day compared
     * @param to            the last day compared (inclusive)
     * @param onlyInSipp    the days in {@code hari_libur} that the calendar counts as working days, with SIPP's
     *                      {@code keterangan}
     * @param onlyInLibrary the calendar's non-working days missing from {@code hari_libur}
     */
    public HolidayComparison {
        onlyInSipp = Collections.unmodifiableMap(new LinkedHashMap<>(onlyInSipp));
        onlyInLibrary = List.copyOf(onlyInLibrary);
    }

    /** {@return whether SIPP and the library agree on every day of the range} */
    public boolean agree() {
        return onlyInSipp.isEmpty() && onlyInLibrary.isEmpty();
    }

    /**
     * Compares.
     *
     * @param sipp     {@code hari_libur} within the range, by date, in date order
     * @param calendar the court's calendar
     * @throws id.tenggat.calendar.CalendarCoverageException if the range leaves the calendar's data
     */
    static HolidayComparison of(LocalDate from, LocalDate to, Map<LocalDate, String> sipp, CourtCalendar calendar) {
        List<NonWorkingDay> library = calendar.nonWorkingDays(from, to);
        Map<LocalDate, String> onlyInSipp = new LinkedHashMap<>();
        sipp.forEach((day, name) -> {
            if (library.stream().noneMatch(d -> d.date().equals(day))) {
                onlyInSipp.put(day, name);
            }
        });
        List<NonWorkingDay> onlyInLibrary = new ArrayList<>();
        for (NonWorkingDay d : library) {
            if (!sipp.containsKey(d.date()) && onlyInLibrary.stream().noneMatch(o -> o.date().equals(d.date()))) {
                onlyInLibrary.add(d);
            }
        }
        return new HolidayComparison(from, to, onlyInSipp, onlyInLibrary);
    }
}
