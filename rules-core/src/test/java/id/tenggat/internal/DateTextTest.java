package id.tenggat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.DayInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Explanations write every date the JSON contract admits (0000-01-01 to 9999-12-31) as that date. */
class DateTextTest {

    @Test
    void should_write_a_date_in_both_languages() {
        assertThat(DateText.id(LocalDate.of(2025, 3, 17))).isEqualTo("Senin, 17 Maret 2025");
        assertThat(DateText.en(LocalDate.of(2025, 3, 17))).isEqualTo("Monday, 17 March 2025");
    }

    @Test
    void should_write_year_zero_as_zero_not_as_the_first_year_before_the_era() {
        // Proleptic ISO calendar: 1 Jan 0001 was a Monday and year 0 a leap year, so 1 Jan 0000 was 366 days
        // (52 weeks and 2 days) earlier: a Saturday.
        assertThat(DateText.id(LocalDate.of(0, 1, 1))).isEqualTo("Sabtu, 1 Januari 0000");
        assertThat(DateText.en(LocalDate.of(0, 1, 1))).isEqualTo("Saturday, 1 January 0000");
    }

    @Test
    void should_write_the_last_date_of_the_contract() {
        // 31 Dec 9999 was a Friday (the proleptic calendar repeats every 400 years: 31 Dec 2399, 2799, ... as 1999).
        assertThat(DateText.id(LocalDate.of(9999, 12, 31))).isEqualTo("Jumat, 31 Desember 9999");
        assertThat(DateText.en(LocalDate.of(9999, 12, 31))).isEqualTo("Friday, 31 December 9999");
    }

    @Test
    void should_write_every_date_as_the_locale_s_formatter_does() {
        // The JDK's own formatter with the pattern explanations use is the reference: every day of 1000 to 2100,
        // and the edges of the four-digit years.
        java.time.format.DateTimeFormatter id = java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu",
                java.util.Locale.forLanguageTag("id-ID"));
        java.time.format.DateTimeFormatter en = java.time.format.DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu",
                java.util.Locale.ENGLISH);
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate d = LocalDate.of(1000, 1, 1); d.getYear() <= 2100; d = d.plusDays(1)) {
            dates.add(d);
        }
        dates.addAll(List.of(LocalDate.of(999, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(1, 1, 1)));
        for (LocalDate d : dates) {
            assertThat(DateText.id(d)).as("%s", d).isEqualTo(id.format(d));
            assertThat(DateText.en(d)).as("%s", d).isEqualTo(en.format(d));
        }
    }

    private static List<DayInfo> days(LocalDate from, LocalDate to) {
        List<DayInfo> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(CourtCalendar.indonesia().day(d));
        }
        return days;
    }

    @Test
    void should_summarise_lebaran_2025_as_one_range_with_what_its_days_are() {
        // SKB 2025: Idul Fitri Mon 31 Mar and Tue 1 Apr, cuti bersama Wed 2 - Fri 4 Apr, the weekend 5-6 Apr and
        // cuti bersama again on Mon 7 Apr: eight days off in a row.
        List<DayInfo> lebaran = days(LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 7));

        assertThat(DateText.daysOff(lebaran, false))
                .isEqualTo("8 hari libur: 31 Mar\u20137 Apr 2025 (Hari Raya Idul Fitri 1446 Hijriah, cuti bersama, akhir pekan)");
        assertThat(DateText.daysOff(lebaran, true))
                .isEqualTo("8 days off: 31 Mar\u20137 Apr 2025 (Eid al-Fitr, cuti bersama, weekend)");
    }

    @Test
    void should_summarise_christmas_2025_within_one_month_and_a_single_day_in_full() {
        // Christmas Thu 25 Dec 2025, cuti bersama Fri 26 Dec, then the weekend 27-28 Dec.
        assertThat(DateText.daysOff(days(LocalDate.of(2025, 12, 25), LocalDate.of(2025, 12, 28)), false))
                .isEqualTo("4 hari libur: 25\u201328 Des 2025 (Hari Raya Natal, cuti bersama, akhir pekan)");
        assertThat(DateText.daysOff(days(LocalDate.of(2025, 12, 27), LocalDate.of(2025, 12, 27)), true))
                .isEqualTo("1 day off: Saturday, 27 December 2025 (weekend)");
    }

    @Test
    void should_write_runs_apart_and_a_range_across_a_year_boundary() {
        List<DayInfo> twoRuns = new ArrayList<>(days(LocalDate.of(2025, 4, 5), LocalDate.of(2025, 4, 6)));
        twoRuns.addAll(days(LocalDate.of(2025, 4, 18), LocalDate.of(2025, 4, 20)));

        // Good Friday 18 Apr 2025, Saturday 19, Easter Sunday 20 (a holiday and a weekend day at once).
        assertThat(DateText.daysOff(twoRuns, true))
                .isEqualTo("5 days off: 5\u20136 Apr 2025 (weekend); 18\u201320 Apr 2025 (Good Friday, weekend, Easter Sunday)");
        assertThat(DateText.range(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2), false))
                .isEqualTo("29 Des 2025\u20132 Jan 2026");
        assertThat(DateText.range(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 2), true))
                .isEqualTo("29 Dec 2025\u20132 Jan 2026");
    }
}
