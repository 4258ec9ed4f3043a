package id.tenggat.sipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.answer.Language;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The deadlines table in its own schema, replaced whole by each run. */
@ExtendWith(MariaDb.class)
class DeadlineTableTest {

    @Test
    void a_run_replaces_the_table_a_dashboard_joins_on_perkara_id() throws Exception {
        String schema = "sipp_test_out_" + ProcessHandle.current().pid();
        try (MariaDb.TestDatabase db = MariaDb.createSipp("table")) {
            Fixtures.run(db, "handwritten-cases.sql");
            SippReader reader = SippReader.builder(db.dataSource()).build();
            long first = write(reader, db, schema, LocalDate.of(2025, 3, 21));
            long second = write(reader, db, schema, LocalDate.of(2025, 3, 21));
            assertThat(second).isEqualTo(first).isPositive(); // replaced, not appended

            try (Connection c = db.admin(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT d.due, d.status, d.legal_basis, d.as_of, p.nomor_perkara "
                         + "FROM " + schema + ".deadlines d JOIN perkara p ON p.perkara_id = d.perkara_id "
                         + "WHERE d.perkara_id = 101 AND d.deadline_id = 'perdata.banding' AND d.party = 'TERGUGAT'")) {
                assertThat(rs.next()).isTrue();
                // Notified 17 March 2025; day 14 on Idul Fitri, rolled past the holidays, cuti bersama and a weekend.
                assertThat(rs.getDate(1).toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 8));
                assertThat(rs.getString(2)).isEqualTo("OPEN");
                assertThat(rs.getString(3)).isEqualTo("UU 20/1947 Pasal 7 ayat (1)");
                assertThat(rs.getDate(4).toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 21));
                assertThat(rs.getString(5)).isEqualTo("12/Pdt.G/2025/PN Jpa");
            }
            try (Connection c = db.admin(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '"
                         + schema + "'")) {
                rs.next();
                assertThat(rs.getInt(1)).as("only the deadlines table is left").isEqualTo(1);
            }
        } finally {
            try (Connection c = MariaDb.admin(null); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + schema);
            }
        }
    }

    @Test
    void a_schema_that_is_not_a_plain_name_is_refused() {
        assertThatThrownBy(() -> SippDeadlineTable.in(new org.mariadb.jdbc.MariaDbDataSource(), "x; DROP", Language.ID))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x; DROP");
    }

    private static long write(SippReader reader, MariaDb.TestDatabase db, String schema, LocalDate asOf)
            throws Exception {
        RunSummary summary;
        try (SippDeadlineTable table = SippDeadlineTable.in(db.dataSource(), schema, Language.ID)) {
            summary = reader.run(asOf, table);
        }
        long expected = summary.byStatus().values().stream().mapToLong(Long::longValue).sum();
        try (Connection c = db.admin(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + schema + ".deadlines")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(expected);
            return rs.getLong(1);
        }
    }
}
