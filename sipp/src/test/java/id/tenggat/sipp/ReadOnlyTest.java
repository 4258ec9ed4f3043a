package id.tenggat.sipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The reader cannot write: it sends nothing but SELECTs, and its session refuses writes at the server. */
class ReadOnlyTest {

    @Test
    void every_statement_the_reader_sends_is_a_select() {
        assertThat(SippQueries.all()).hasSizeGreaterThan(10).allSatisfy(sql -> {
            assertThat(sql).startsWith("SELECT ").doesNotContain(";");
            ReadOnlySession.requireSelect(sql);
        });
    }

    @Test
    void a_statement_that_is_not_a_select_is_refused_before_it_is_sent() {
        assertThatThrownBy(() -> ReadOnlySession.requireSelect("DELETE FROM perkara"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DELETE FROM perkara");
        assertThatThrownBy(() -> ReadOnlySession.requireSelect("SELECT 1; DROP TABLE perkara"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReadOnlySession.requireSelect("  insert into hari_libur values ('2025-01-01', 'x')"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @ExtendWith(MariaDb.class)
    void the_server_refuses_a_write_in_the_readers_session() throws Exception {
        try (MariaDb.TestDatabase db = MariaDb.createSipp("readonly")) {
            try (ReadOnlySession session = ReadOnlySession.open(db.dataSource())) {
                Connection c = session.connection();
                assertThat(c.isReadOnly()).isTrue();
                assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_REPEATABLE_READ);
                try (Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.executeUpdate(
                            "INSERT INTO hari_libur (tanggal, keterangan) VALUES ('2025-01-01', 'Tahun Baru')"))
                            .isInstanceOf(SQLException.class).hasMessageContaining("READ ONLY");
                }
            }
            try (Connection admin = db.admin(); Statement s = admin.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM hari_libur")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }
}
