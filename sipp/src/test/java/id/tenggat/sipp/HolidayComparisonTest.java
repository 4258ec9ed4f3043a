package id.tenggat.sipp;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.calendar.CourtRegistry;
import id.tenggat.calendar.NonWorkingDay;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** SIPP's hari_libur against the embedded calendar: each day one has and the other lacks. */
@ExtendWith(MariaDb.class)
class HolidayComparisonTest {

    @Test
    void reports_the_day_sipp_lacks_and_the_day_only_sipp_has() throws Exception {
        LocalDate from = LocalDate.of(2025, 1, 1);
        LocalDate to = LocalDate.of(2025, 12, 31);
        try (MariaDb.TestDatabase db = MariaDb.createSipp("holidays")) {
            db.execute("INSERT INTO sys_config (id, name, value) VALUES (61, 'NamaPN', 'Pengadilan Negeri Jepara')");
            StringBuilder rows = new StringBuilder();
            for (NonWorkingDay d : CourtRegistry.embedded().get("PN Jepara").nonWorkingDays(from, to)) {
                // SIPP's table as a court might fill it: every decreed day but the first day of Idul Fitri.
                if (!d.date().equals(LocalDate.of(2025, 3, 31))) {
                    rows.append(rows.isEmpty() ? "" : ", ").append("('").append(d.date()).append("', 'libur')");
                }
            }
            db.execute("INSERT IGNORE INTO hari_libur (tanggal, keterangan) VALUES " + rows,
                    // Tuesday 15 July 2025, a working day nationally: a local day off only SIPP knows.
                    "INSERT INTO hari_libur (tanggal, keterangan) VALUES ('2025-07-15', 'Libur lokal'), "
                            + "('0000-00-00', 'baris kosong')");

            HolidayComparison c = SippReader.builder(db.dataSource()).build().compareHolidays(from, to);

            assertThat(c.onlyInSipp()).containsOnlyKeys(LocalDate.of(2025, 7, 15));
            assertThat(c.onlyInLibrary()).singleElement().satisfies(d -> {
                assertThat(d.date()).isEqualTo(LocalDate.of(2025, 3, 31));
                assertThat(d.name()).contains("Idul Fitri");
            });
            assertThat(c.agree()).isFalse();
        }
    }
}
