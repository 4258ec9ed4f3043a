package id.tenggat.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.Status;
import id.tenggat.sipp.DueItem;
import id.tenggat.sipp.Fixtures;
import id.tenggat.sipp.MariaDb;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The feed behind {@code GET /v1/sipp/due} on the real MariaDB server: what it reuses, what it reads again. */
@ExtendWith(MariaDb.class)
class SippDueFeedTest {
    static final Tenggat TENGGAT = Tenggat.indonesia();
    static final SippDueFeed.Window WINDOW = new SippDueFeed.Window(LocalDate.of(2025, 3, 21),
            LocalDate.of(2025, 3, 21), LocalDate.of(2025, 4, 4));
    MariaDb.TestDatabase db;

    @BeforeEach
    void court() throws Exception {
        db = MariaDb.createSipp("feed");
        Fixtures.run(db, "/id/tenggat/server/sipp-due.sql");
    }

    @AfterEach
    void drop() throws SQLException {
        db.close();
    }

    SippDueFeed feed(Duration refresh) {
        return new SippDueFeed(new ServerSettings.Sipp(MariaDb.URL + db.name(), MariaDb.USER, "", refresh));
    }

    /** Case 14, registered Thu 1 Aug 2024 (day 1) and undecided: its 5-month target ended Tue 31 Dec 2024. */
    void registerAnOverdueCase() throws SQLException {
        db.execute("INSERT INTO perkara (perkara_id, alur_perkara_id, jenis_perkara_nama, nomor_perkara,"
                        + " tanggal_pendaftaran) VALUES (14, 15, 'Wanprestasi', '90/Pdt.G/2024/PN Jpa', '2024-08-01')",
                "INSERT INTO perkara_pihak1 (perkara_id, pihak_id, urutan) VALUES (14, 8401, 1)",
                "INSERT INTO perkara_pihak2 (perkara_id, pihak_id, urutan) VALUES (14, 8402, 1)");
    }

    static List<String> overdue(List<DueItem> items) {
        return items.stream().filter(i -> i.status() == Status.OVERDUE)
                .map(i -> i.perkaraId() + " " + i.id() + " " + i.due()).toList();
    }

    @Test
    void should_reuse_a_read_until_the_refresh_has_passed() throws SQLException {
        try (SippDueFeed hourly = feed(Duration.ofHours(1)); SippDueFeed always = feed(Duration.ZERO)) {
            assertThat(hourly.court(TENGGAT)).isEqualTo("PN Jepara");
            SippDueFeed.Read<List<DueItem>> first = hourly.due(TENGGAT, WINDOW);
            assertThat(overdue(first.value())).containsExactly("12 perdata.penyelesaian 2025-02-01");

            registerAnOverdueCase();

            assertThat(hourly.due(TENGGAT, WINDOW)).as("read within the hour: reused").isSameAs(first);
            assertThat(overdue(always.due(TENGGAT, WINDOW).value())).as("refresh zero: read again, overdue first by date")
                    .containsExactly("14 perdata.penyelesaian 2024-12-31", "12 perdata.penyelesaian 2025-02-01");
        }
    }

    @Test
    void should_read_nothing_once_closed() {
        SippDueFeed feed = feed(Duration.ZERO);
        feed.close();

        assertThatThrownBy(() -> feed.due(TENGGAT, WINDOW)).isInstanceOf(SQLException.class)
                .hasMessageContaining("stopping");
    }
}
