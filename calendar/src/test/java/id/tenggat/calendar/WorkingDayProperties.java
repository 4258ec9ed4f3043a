package id.tenggat.calendar;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDayProperties {

    private static final CourtCalendar CAL = CourtCalendar.indonesia();
    private static final LocalDate FIRST = LocalDate.of(2011, 1, 1);

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 6208).map(FIRST::plusDays); // 2011-01-01 .. 2027-12-31
    }

    @Provide
    Arbitrary<LocalDate> startsWithRoom() {
        return Arbitraries.integers().between(2, 5950).map(FIRST::plusDays); // Mon 3 Jan 2011 on, > 100 working days left
    }

    @Property
    void plusWorkingDays_landsOnWorkingDay(@ForAll("startsWithRoom") LocalDate start, @ForAll @IntRange(min = 1, max = 100) int n) {
        assertThat(CAL.isWorkingDay(CAL.plusWorkingDays(start, n))).isTrue();
    }

    @Property
    void workingDaysBetween_invertsPlusWorkingDays(@ForAll("startsWithRoom") LocalDate start, @ForAll @IntRange(max = 100) int n) {
        LocalDate end = CAL.plusWorkingDays(start, n);
        assertThat(CAL.workingDaysBetween(start, end)).isEqualTo(n);
        assertThat(CAL.workingDaysBetween(end, start)).isEqualTo(-n);
    }

    @Property
    void minusWorkingDays_invertsPlusWorkingDays(@ForAll("startsWithRoom") LocalDate start, @ForAll @IntRange(min = 1, max = 100) int n) {
        // Going n working days forward then back lands on the start, or on the working day before it.
        assertThat(CAL.minusWorkingDays(CAL.plusWorkingDays(start, n), n))
                .isEqualTo(start.with(CAL.previousWorkingDayOrSame()));
    }

    @Property
    void plusWorkingDays_agreesWithDayByDayCount(@ForAll("startsWithRoom") LocalDate start, @ForAll @IntRange(max = 60) int n) {
        LocalDate d = start;
        for (int left = n; left > 0; ) {
            d = d.plusDays(1);
            if (CAL.isWorkingDay(d)) {
                left--;
            }
        }
        assertThat(CAL.plusWorkingDays(start, n)).isEqualTo(d);
    }

    @Property(tries = 50)
    void overlay_agreesWithBaseOutsideItsDates(@ForAll("dates") LocalDate closedFrom, @ForAll @IntRange(max = 9) int extra,
                                              @ForAll("dates") LocalDate probe) {
        LocalDate closedTo = closedFrom.plusDays(extra);
        if (closedTo.isAfter(CAL.lastCoveredDate())) {
            closedTo = CAL.lastCoveredDate();
        }
        CourtCalendar court = CAL.toBuilder()
                .closure(closedFrom, closedTo, "Penutupan", Source.of("SK Ketua Pengadilan")).build();
        if (probe.isBefore(closedFrom) || probe.isAfter(closedTo)) {
            assertThat(court.day(probe)).isEqualTo(CAL.day(probe));
        } else {
            assertThat(court.isWorkingDay(probe)).isFalse();
            assertThat(court.day(probe).kind()).isEqualTo(DayKind.COURT_CLOSURE);
        }
    }

    @Property(tries = 50)
    void coverage_edgesThrow(@ForAll @IntRange(min = 1, max = 400) int daysOutside) {
        LocalDate before = LocalDate.of(2010, 12, 31).minusDays(daysOutside - 1L);
        LocalDate after = LocalDate.of(2028, 1, 1).plusDays(daysOutside - 1L);
        assertThatThrownBy(() -> CAL.isWorkingDay(before)).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> CAL.isWorkingDay(after)).isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> CAL.plusWorkingDays(LocalDate.of(2027, 12, 1), daysOutside + 30))
                .isInstanceOf(CalendarCoverageException.class);
    }
}
