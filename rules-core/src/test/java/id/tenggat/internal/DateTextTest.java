package id.tenggat.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
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
}
