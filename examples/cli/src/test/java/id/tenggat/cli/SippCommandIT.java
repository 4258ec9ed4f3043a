package id.tenggat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar's {@code sipp} subcommand against a small SIPP database on the real MariaDB server. */
class SippCommandIT {
    static final String SERVER = System.getProperty("tenggat.sipp.jdbcUrl", "jdbc:mariadb://127.0.0.1:3306/");
    static final String DATABASE = "sipp_test_cli_" + ProcessHandle.current().pid();
    static boolean created;

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection c = DriverManager.getConnection(SERVER + "?connectTimeout=3000", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE);
            created = true;
            s.execute("USE " + DATABASE);
            for (String sql : List.of(
                    "CREATE TABLE sys_config (id INT PRIMARY KEY, name VARCHAR(100), value VARCHAR(255))",
                    "CREATE TABLE perkara (perkara_id BIGINT PRIMARY KEY, alur_perkara_id INT, jenis_perkara_nama "
                            + "VARCHAR(100), nomor_perkara VARCHAR(100), tanggal_pendaftaran DATE, terdakwa_anak CHAR(1),"
                            + " nilai_sengketa DECIMAL(20,2))",
                    "CREATE TABLE perkara_pihak1 (id BIGINT AUTO_INCREMENT PRIMARY KEY, perkara_id BIGINT, pihak_id "
                            + "BIGINT, urutan INT)",
                    "CREATE TABLE perkara_pihak2 LIKE perkara_pihak1",
                    "CREATE TABLE perkara_putusan (perkara_id BIGINT PRIMARY KEY, tanggal_putusan DATE, putusan_verstek"
                            + " CHAR(1), pemberitahuan_putusan_pihak1 DATE, pemberitahuan_putusan_pihak2 DATE)",
                    "CREATE TABLE perkara_putusan_pemberitahuan_putusan (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                            + "perkara_id BIGINT, pihak_id BIGINT, tanggal_pemberitahuan_putusan DATE)",
                    "CREATE TABLE hari_libur (tanggal DATE PRIMARY KEY, keterangan VARCHAR(255))",
                    "INSERT INTO sys_config VALUES (61, 'NamaPN', 'PENGADILAN NEGERI JEPARA')",
                    "INSERT INTO perkara (perkara_id, nomor_perkara, tanggal_pendaftaran) VALUES "
                            + "(1, '12/Pdt.G/2025/PN Jpa', '2025-01-06')",
                    "INSERT INTO perkara_pihak1 (perkara_id, pihak_id) VALUES (1, 11)",
                    "INSERT INTO perkara_pihak2 (perkara_id, pihak_id) VALUES (1, 12)",
                    "INSERT INTO perkara_putusan (perkara_id, tanggal_putusan) VALUES (1, '2025-03-10')",
                    "INSERT INTO perkara_putusan_pemberitahuan_putusan (perkara_id, pihak_id, "
                            + "tanggal_pemberitahuan_putusan) VALUES (1, 12, '2025-03-17')",
                    "INSERT INTO hari_libur VALUES ('2025-01-01', 'Tahun Baru')")) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            if (Boolean.getBoolean("tenggat.sipp.requireDb") || "true".equalsIgnoreCase(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("no MariaDB server at " + SERVER);
        }
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        if (created) {
            try (Connection c = DriverManager.getConnection(SERVER, "root", ""); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            }
        }
    }

    @Test
    void answers_the_court_into_files_and_reports_the_missing_tables(@TempDir Path out) throws Exception {
        Cli.Run run = sipp(Map.of("TENGGAT_SIPP_PASSWORD", ""), "--jdbc-url", SERVER + DATABASE, "--user", "root",
                "--as-of", "2025-03-21", "--out", out.toString(), "--lang", "en");

        assertThat(run.status()).as(run.err()).isEqualTo(1); // tables missing: reported as problems
        JsonNode summary = run.json();
        assertThat(summary.get("court").asText()).isEqualTo("PN Jepara");
        assertThat(summary.get("casesAnswered").asInt()).isEqualTo(1);
        assertThat(summary.get("byStatus").fieldNames().next()).isEqualTo("OVERDUE");
        List<JsonNode> deadlines = lines(out.resolve("deadlines.jsonl"));
        // Notified Monday 17 March 2025: day 14 is Idul Fitri (31 March); 1-7 April holidays, cuti bersama and a
        // weekend: the window closes on Tuesday 8 April 2025.
        assertThat(deadlines).anySatisfy(d -> {
            assertThat(d.get("perkaraId").asLong()).isEqualTo(1);
            assertThat(d.get("id").asText()).isEqualTo("perdata.banding");
            assertThat(d.get("party").asText()).isEqualTo("TERGUGAT");
            assertThat(d.get("due").asText()).isEqualTo("2025-04-08");
            assertThat(d.get("status").asText()).isEqualTo("OPEN");
            assertThat(d.get("explanation").get(0).asText()).startsWith("Judgment notified to TERGUGAT");
        });
        assertThat(lines(out.resolve("problems.jsonl"))).anySatisfy(p -> {
            assertThat(p.get("table").asText()).isEqualTo("perkara_banding");
            assertThat(p.get("reason").asText()).contains("not in this database");
        });
        JsonNode holidays = Cli.MAPPER.readTree(out.resolve("holidays.json").toFile());
        assertThat(holidays.get("onlyInLibrary").size()).isPositive();
        assertThat(holidays.get("onlyInSipp").size()).isZero();
    }

    @Test
    void without_a_password_source_it_is_a_usage_error(@TempDir Path out) throws Exception {
        Cli.Run run = sipp(Map.of(), "--jdbc-url", SERVER + DATABASE, "--user", "root", "--out", out.toString(),
                "--password-env", "TENGGAT_TEST_NO_SUCH_VARIABLE");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("TENGGAT_TEST_NO_SUCH_VARIABLE");
        Cli.Run onCommandLine = sipp(Map.of(), "--jdbc-url", SERVER + DATABASE, "--user", "root", "--out",
                out.toString(), "--password", "secret");
        assertThat(onCommandLine.status()).isEqualTo(2);
        assertThat(onCommandLine.err()).contains("--password");
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> result = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            result.add(Cli.MAPPER.readTree(line));
        }
        return result;
    }

    private static Cli.Run sipp(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", Cli.JAR.toString(), "sipp"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("TENGGAT_SIPP_PASSWORD");
        builder.environment().putAll(env);
        Process p = builder.start();
        p.getOutputStream().close();
        var out = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        var err = java.util.concurrent.CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Cli.Run(p.exitValue(), out.join(), err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
