package id.tenggat.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Hand-worked examples; every expected value was worked out from the decrees and a printed calendar. */
class CourtCalendarTest {

    private static final CourtCalendar CAL = CourtCalendar.indonesia();

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    // ---- the national calendar ----------------------------------------------------------------------

    @Test
    void indonesia_describesItself() {
        assertThat(CAL.name()).isEqualTo("Indonesia");
        assertThat(CAL.zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(CAL.officeHours()).isEqualTo(OfficeHours.of(LocalTime.of(8, 0), LocalTime.of(16, 30)));
        assertThat(CAL.firstCoveredDate()).isEqualTo(date("2011-01-01"));
        assertThat(CAL.lastCoveredDate()).isEqualTo(date("2027-12-31"));
        assertThat(CAL.cutiBersamaIsNonWorking()).isTrue();
        assertThat(CourtCalendar.indonesia()).isSameAs(CAL);
    }

    @Test
    void isProvisional_only2027() {
        assertThat(CAL.isProvisional(date("2026-12-31"))).isFalse();
        assertThat(CAL.isProvisional(date("2027-03-10"))).isTrue();
    }

    // ---- Lebaran 2025 ---------------------------------------------------------------------------------

    @Test
    void nextWorkingDay_afterLebaran2025() {
        // 28 Mar cuti bersama Nyepi, 29 Nyepi (Sat), 30 Sun, 31 Mar + 1 Apr Idul Fitri, 2-4 Apr cuti bersama,
        // 5-6 Apr weekend, 7 Apr cuti bersama: the court reopens on Tuesday 8 Apr 2025.
        assertThat(date("2025-03-28").with(CAL.nextWorkingDay())).isEqualTo(date("2025-04-08"));
        assertThat(date("2025-03-27").with(CAL.nextWorkingDay())).isEqualTo(date("2025-04-08"));
        assertThat(date("2025-04-02").with(CAL.nextWorkingDayOrSame())).isEqualTo(date("2025-04-08"));
        assertThat(date("2025-04-08").with(CAL.nextWorkingDayOrSame())).isEqualTo(date("2025-04-08"));
    }

    @Test
    void previousWorkingDay_beforeLebaran2025() {
        assertThat(date("2025-04-08").with(CAL.previousWorkingDay())).isEqualTo(date("2025-03-27"));
        assertThat(date("2025-04-04").with(CAL.previousWorkingDayOrSame())).isEqualTo(date("2025-03-27"));
    }

    @Test
    void plusDays_lastDayOnIdulFitri_rollsToNextWorkingDay() {
        // 17 Mar 2025 + 14 calendar days = Mon 31 Mar 2025 (Idul Fitri) -> Tue 8 Apr 2025.
        assertThat(CAL.plusDays(date("2025-03-17"), 14, LastDayRule.NEXT_WORKING_DAY)).isEqualTo(date("2025-04-08"));
        assertThat(CAL.plusDays(date("2025-03-17"), 14, LastDayRule.PREVIOUS_WORKING_DAY))
                .isEqualTo(date("2025-03-27"));
        assertThat(CAL.plusDays(date("2025-03-17"), 14, LastDayRule.NO_ADJUSTMENT)).isEqualTo(date("2025-03-31"));
    }

    @Test
    void plusDays_negative_countsBack() {
        // 8 Apr 2025 - 7 days = Tue 1 Apr 2025 (Idul Fitri day 2) -> back to Thu 27 Mar 2025.
        assertThat(CAL.plusDays(date("2025-04-08"), -7, LastDayRule.PREVIOUS_WORKING_DAY))
                .isEqualTo(date("2025-03-27"));
    }

    @Test
    void workingDaysBetween_acrossLebaran2025() {
        assertThat(CAL.workingDaysBetween(date("2025-03-27"), date("2025-04-08"))).isEqualTo(1);
        assertThat(CAL.workingDaysBetween(date("2025-04-08"), date("2025-03-27"))).isEqualTo(-1);
        assertThat(CAL.workingDaysBetween(date("2025-04-08"), date("2025-04-08"))).isZero();
        assertThat(CAL.plusWorkingDays(date("2025-03-27"), 2)).isEqualTo(date("2025-04-09"));
        assertThat(CAL.minusWorkingDays(date("2025-04-08"), 1)).isEqualTo(date("2025-03-27"));
    }

    @Test
    void day_idulFitri2025_isNationalHolidayWithSource() {
        DayInfo info = CAL.day(date("2025-03-31"));
        assertThat(info.workingDay()).isFalse();
        assertThat(info.kind()).isEqualTo(DayKind.NATIONAL_HOLIDAY);
        assertThat(info.reasons()).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Hari Raya Idul Fitri 1446 Hijriah");
            assertThat(r.nameEn()).isEqualTo("Eid al-Fitr (day 1)");
            assertThat(r.source().instrument()).startsWith("SKB No. 1017/2024, 2/2024, 2/2024");
        });
    }

    @Test
    void nonWorkingDays_lebaran2025_listsHolidaysAndCutiBersamaButNotWeekends() {
        assertThat(CAL.nonWorkingDays(date("2025-03-28"), date("2025-04-08")))
                .extracting(NonWorkingDay::date, NonWorkingDay::kind)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(date("2025-03-28"), DayKind.CUTI_BERSAMA),
                        org.assertj.core.groups.Tuple.tuple(date("2025-03-29"), DayKind.NATIONAL_HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(date("2025-03-31"), DayKind.NATIONAL_HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(date("2025-04-01"), DayKind.NATIONAL_HOLIDAY),
                        org.assertj.core.groups.Tuple.tuple(date("2025-04-02"), DayKind.CUTI_BERSAMA),
                        org.assertj.core.groups.Tuple.tuple(date("2025-04-03"), DayKind.CUTI_BERSAMA),
                        org.assertj.core.groups.Tuple.tuple(date("2025-04-04"), DayKind.CUTI_BERSAMA),
                        org.assertj.core.groups.Tuple.tuple(date("2025-04-07"), DayKind.CUTI_BERSAMA));
    }

    @Test
    void cutiBersamaIsNonWorking_false_opensCutiBersamaDays() {
        CourtCalendar cal = CAL.toBuilder().cutiBersamaIsNonWorking(false).build();
        // Fri 28 Mar 2025 is cuti bersama only: open. Next: 29-30 weekend, 31 Mar-1 Apr Idul Fitri, Wed 2 Apr cuti.
        assertThat(cal.isWorkingDay(date("2025-03-28"))).isTrue();
        assertThat(date("2025-03-28").with(cal.nextWorkingDay())).isEqualTo(date("2025-04-02"));
        DayInfo info = cal.day(date("2025-04-07"));
        assertThat(info.workingDay()).isTrue();
        assertThat(info.kind()).isEqualTo(DayKind.CUTI_BERSAMA);
    }

    @Test
    void withOtherCutiBersamaReading_flipsOnlyTheCutiBersamaSetting_andIsBuiltOnce() {
        CourtCalendar denpasar = CAL.toBuilder().name("PN Denpasar").zone(java.time.ZoneId.of("Asia/Makassar")).build();
        CourtCalendar other = denpasar.withOtherCutiBersamaReading();
        // Fri 28 Mar 2025 is cuti bersama only: closed in the default calendar, open in the other one.
        assertThat(denpasar.isWorkingDay(date("2025-03-28"))).isFalse();
        assertThat(other.isWorkingDay(date("2025-03-28"))).isTrue();
        assertThat(other.cutiBersamaIsNonWorking()).isFalse();
        assertThat(other.name()).isEqualTo("PN Denpasar");
        assertThat(other.zone()).isEqualTo(java.time.ZoneId.of("Asia/Makassar"));
        assertThat(other.dataVersion()).isEqualTo(denpasar.dataVersion());
        assertThat(denpasar.withOtherCutiBersamaReading()).isSameAs(other);
        assertThat(other.withOtherCutiBersamaReading()).isSameAs(denpasar);
    }

    // ---- year end -------------------------------------------------------------------------------------

    @Test
    void plusWorkingDays_acrossYearEnd2025() {
        // Wed 24 Dec working; 25 Christmas; 26 cuti bersama; 27-28 weekend; 29, 30, 31 working;
        // Thu 1 Jan 2026 New Year; Fri 2 Jan 2026 working.
        LocalDate start = date("2025-12-24");
        assertThat(CAL.isWorkingDay(start)).isTrue();
        assertThat(start.with(CAL.nextWorkingDay())).isEqualTo(date("2025-12-29"));
        assertThat(CAL.plusWorkingDays(start, 3)).isEqualTo(date("2025-12-31"));
        assertThat(CAL.plusWorkingDays(start, 4)).isEqualTo(date("2026-01-02"));
        assertThat(CAL.workingDaysBetween(start, date("2026-01-02"))).isEqualTo(4);
        assertThat(CAL.minusWorkingDays(date("2026-01-02"), 4)).isEqualTo(start);
        assertThat(CAL.day(date("2025-12-26")).kind()).isEqualTo(DayKind.CUTI_BERSAMA);
        assertThat(CAL.day(date("2026-01-01")).kind()).isEqualTo(DayKind.NATIONAL_HOLIDAY);
    }

    @Test
    void workingDaysBetween_wholeYear2025() {
        // 2025 has 261 weekdays; 24 decreed days fall on a weekday (listed in the 2025 SKB as amended):
        // 1, 27, 28, 29 Jan; 28, 31 Mar; 1, 2, 3, 4, 7, 18 Apr; 1, 12, 13, 29, 30 May; 6, 9, 27 Jun; 18 Aug;
        // 5 Sep; 25, 26 Dec. 261 - 24 = 237.
        assertThat(CAL.workingDaysBetween(date("2024-12-31"), date("2025-12-31"))).isEqualTo(237);
    }

    @Test
    void plusWorkingDays_zero_returnsStart() {
        assertThat(CAL.plusWorkingDays(date("2025-03-29"), 0)).isEqualTo(date("2025-03-29"));
        assertThat(CAL.minusWorkingDays(date("2025-03-29"), 0)).isEqualTo(date("2025-03-29"));
    }

    @Test
    void adjuster_keepsTimeOfLocalDateTime() {
        LocalDateTime filed = LocalDateTime.of(2025, 3, 31, 15, 30);
        assertThat(filed.with(CAL.nextWorkingDayOrSame())).isEqualTo(LocalDateTime.of(2025, 4, 8, 15, 30));
    }

    // ---- amendments, withdrawn and moved days, elections ----------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "2021-08-10", // Islamic New Year moved to 11 Aug by SKB 712/2021
            "2021-10-19", // Maulid moved to 20 Oct by SKB 712/2021
            "2023-04-26", // Idul Fitri cuti bersama withdrawn by SKB 327/2023
            "2020-05-22", "2020-05-26", "2020-05-27", // Idul Fitri 1441 cuti bersama moved to December (CSV note)
            "2020-12-28", "2020-12-29", "2020-12-30", // then deleted by SKB 744/2020 (CSV note)
            "2021-03-12", "2021-05-17", "2021-05-18", "2021-05-19", "2021-12-24", "2021-12-27" // cut in 2021
    })
    void isWorkingDay_amendedOrWithdrawnDate_isWorkingDay(String iso) {
        DayInfo info = CAL.day(date(iso));
        assertThat(info.workingDay()).isTrue();
        assertThat(info.kind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(info.reasons()).isEmpty();
    }

    @Test
    void day_idulAdha2022MovedFromSaturday_isOnlyWeekend() {
        DayInfo info = CAL.day(date("2022-07-09"));
        assertThat(info.workingDay()).isFalse();
        assertThat(info.kind()).isEqualTo(DayKind.WEEKEND);
        assertThat(info.reasons()).isEmpty();
        assertThat(CAL.day(date("2022-07-10")).kind()).isEqualTo(DayKind.NATIONAL_HOLIDAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-12-09", "2024-02-14", "2024-11-27"})
    void day_electionDay_isElectionDay(String iso) {
        DayInfo info = CAL.day(date(iso));
        assertThat(info.workingDay()).isFalse();
        assertThat(info.kind()).isEqualTo(DayKind.ELECTION_DAY);
        assertThat(info.reasons().get(0).source().instrument()).startsWith("Keppres");
    }

    @Test
    void day_twoHolidaysOnOneDate_listsBoth() {
        assertThat(CAL.day(date("2021-05-13")).reasons()).extracting(NonWorkingDay::name)
                .containsExactly("Hari Raya Idul Fitri 1442 Hijriah", "Kenaikan Isa Al Masih");
    }

    // ---- coverage -------------------------------------------------------------------------------------

    @Test
    void isWorkingDay_beforeCoverage_throws() {
        assertThatThrownBy(() -> CAL.isWorkingDay(date("2010-12-31")))
                .isInstanceOfSatisfying(CalendarCoverageException.class, e -> {
                    assertThat(e.date()).isEqualTo(date("2010-12-31"));
                    assertThat(e.coveredFrom()).isEqualTo(date("2011-01-01"));
                    assertThat(e.coveredTo()).isEqualTo(date("2027-12-31"));
                })
                .hasMessage("No official holiday data for 2010-12-31: calendar 'Indonesia' covers 2011-01-01 to 2027-12-31");
    }

    @Test
    void isWorkingDay_afterCoverage_throws() {
        assertThatThrownBy(() -> CAL.day(date("2028-01-01")))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("2028-01-01");
        assertThat(CAL.covers(date("2028-01-01"))).isFalse();
        assertThat(CAL.covers(date("2027-12-31"))).isTrue();
    }

    @Test
    void plusWorkingDays_runsPastEnd_throws() {
        // Thu 30 Dec 2027: Fri 31 Dec is the last covered working day; the second one is unknown.
        assertThat(CAL.plusWorkingDays(date("2027-12-30"), 1)).isEqualTo(date("2027-12-31"));
        assertThatThrownBy(() -> CAL.plusWorkingDays(date("2027-12-30"), 2))
                .isInstanceOfSatisfying(CalendarCoverageException.class,
                        e -> assertThat(e.date()).isEqualTo(date("2028-01-01")));
        assertThatThrownBy(() -> date("2027-12-31").with(CAL.nextWorkingDay()))
                .isInstanceOf(CalendarCoverageException.class);
        assertThatThrownBy(() -> CAL.plusWorkingDays(date("2011-01-01"), Integer.MAX_VALUE))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void minusWorkingDays_runsPastStart_throws() {
        // Sat 1 Jan 2011 is New Year, Sun 2 Jan a Sunday: no working day before Mon 3 Jan 2011 is known.
        assertThatThrownBy(() -> CAL.minusWorkingDays(date("2011-01-03"), 1))
                .isInstanceOfSatisfying(CalendarCoverageException.class,
                        e -> assertThat(e.date()).isEqualTo(date("2010-12-31")));
        assertThatThrownBy(() -> date("2011-01-02").with(CAL.previousWorkingDayOrSame()))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void nonWorkingDays_rangeLeavesCoverage_throws() {
        assertThatThrownBy(() -> CAL.nonWorkingDays(date("2027-12-01"), date("2028-01-31")))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessageContaining("2028-01-31");
    }

    // ---- bad input ------------------------------------------------------------------------------------

    @Test
    void plusWorkingDays_null_throwsNamingArgument() {
        assertThatThrownBy(() -> CAL.plusWorkingDays(null, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("start must not be null");
        assertThatThrownBy(() -> CAL.workingDaysBetween(date("2025-01-01"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("endInclusive must not be null");
        assertThatThrownBy(() -> CAL.plusDays(date("2025-01-01"), 1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("rule must not be null");
        assertThatThrownBy(() -> CAL.isWorkingDay(null))
                .isInstanceOf(NullPointerException.class).hasMessage("date must not be null");
    }

    @Test
    void plusWorkingDays_negative_throwsNamingValue() {
        assertThatThrownBy(() -> CAL.plusWorkingDays(date("2025-01-06"), -3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n must not be negative: -3");
        assertThatThrownBy(() -> CAL.minusWorkingDays(date("2025-01-06"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("n must not be negative: -1");
    }

    @Test
    void nonWorkingDays_reversedRange_throwsNamingBoth() {
        assertThatThrownBy(() -> CAL.nonWorkingDays(date("2025-04-08"), date("2025-03-28")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-04-08").hasMessageContaining("2025-03-28");
    }

    // ---- builder --------------------------------------------------------------------------------------

    @Test
    void builder_nameTwice_throwsNamingOldValue() {
        CourtCalendar.Builder builder = CAL.toBuilder().name("PN Jepara");
        assertThatThrownBy(() -> builder.name("PN Garut"))
                .isInstanceOf(IllegalStateException.class).hasMessage("name was already set to 'PN Jepara'");
    }

    @Test
    void builder_optionsTwice_throw() {
        assertThatThrownBy(() -> CAL.toBuilder().zone(ZoneId.of("Asia/Makassar")).zone(ZoneId.of("Asia/Jayapura")))
                .isInstanceOf(IllegalStateException.class).hasMessage("zone was already set to Asia/Makassar");
        assertThatThrownBy(() -> CAL.toBuilder().cutiBersamaIsNonWorking(false).cutiBersamaIsNonWorking(true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cutiBersamaIsNonWorking was already set to false");
        OfficeHours hours = OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(16, 0));
        assertThatThrownBy(() -> CAL.toBuilder().officeHours(hours).officeHours(OfficeHours.DEFAULT))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("officeHours was already set to OfficeHours[opens=07:30");
    }

    @Test
    void builder_invalidValues_throwNamingValue() {
        assertThatThrownBy(() -> CAL.toBuilder().zone(ZoneId.of("Europe/Paris")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Europe/Paris");
        assertThatThrownBy(() -> CAL.toBuilder().zone(ZoneId.of("+05:00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("+05:00");
        assertThatThrownBy(() -> CAL.toBuilder().name(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("name must not be blank: ' '");
        assertThatThrownBy(() -> CAL.toBuilder().name(null))
                .isInstanceOf(NullPointerException.class).hasMessage("name must not be null");
        assertThatThrownBy(() -> OfficeHours.of(LocalTime.of(16, 0), LocalTime.of(8, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16:00").hasMessageContaining("08:00");
        assertThatThrownBy(() -> CAL.toBuilder().closure(date("2025-11-20"), date("2025-11-18"), "x", Source.of("y")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-11-20").hasMessageContaining("2025-11-18");
    }

    @Test
    void builder_closure_closesCourtAndKeepsOtherDays() {
        CourtCalendar kalabahi = CAL.toBuilder()
                .name("PN Kalabahi")
                .zone(ZoneId.of("Asia/Makassar"))
                .officeHours(OfficeHours.of(LocalTime.of(7, 30), LocalTime.of(16, 0)))
                .closure(date("2025-06-10"), date("2025-06-11"), "Penutupan kantor", Source.of("SK Ketua PN Kalabahi"))
                .build();
        assertThat(kalabahi.name()).isEqualTo("PN Kalabahi");
        assertThat(kalabahi.zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        // Mon 9 Jun cuti bersama Idul Adha; Tue 10 and Wed 11 closed; Thu 12 Jun open.
        assertThat(date("2025-06-06").with(kalabahi.nextWorkingDay())).isEqualTo(date("2025-06-12"));
        assertThat(date("2025-06-06").with(CAL.nextWorkingDay())).isEqualTo(date("2025-06-10"));
        assertThat(kalabahi.day(date("2025-06-10")).kind()).isEqualTo(DayKind.COURT_CLOSURE);
        assertThatThrownBy(() -> CAL.toBuilder()
                .closure(date("2028-01-03"), date("2028-01-04"), "x", Source.of("y")).build())
                .isInstanceOf(CalendarCoverageException.class).hasMessageContaining("2028-01-03");
    }
}
