package id.tenggat.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CourtCalendarTest {

    private static final CourtCalendar CAL = CourtCalendar.indonesia();

    @Test
    void nextWorkingDay_afterLebaran2025() {
        // 28 Mar cuti bersama Nyepi, 29 Nyepi (Sat), 30 Sun, 31 Mar + 1 Apr Idul Fitri, 2-4 Apr cuti bersama,
        // 5-6 Apr weekend, 7 Apr cuti bersama: the court reopens on Tuesday 8 Apr 2025.
        assertThat(LocalDate.of(2025, 3, 28).with(CAL.nextWorkingDay())).isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void plusDays_lastDayOnIdulFitri_rollsToNextWorkingDay() {
        // 17 Mar 2025 + 14 calendar days = Mon 31 Mar 2025 (Idul Fitri) -> Tue 8 Apr 2025.
        assertThat(CAL.plusDays(LocalDate.of(2025, 3, 17), 14, LastDayRule.NEXT_WORKING_DAY))
                .isEqualTo(LocalDate.of(2025, 4, 8));
    }
}
