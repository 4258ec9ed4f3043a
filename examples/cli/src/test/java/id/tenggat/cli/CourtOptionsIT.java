package id.tenggat.cli;

import static id.tenggat.cli.Cli.conforming;
import static id.tenggat.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --court} by any name of the registry, {@code --courts} with a deployment's courts, and out-of-scope courts. */
class CourtOptionsIT {

    private static final String KASASI_CASE = "{\"caseType\":\"PERDATA\",\"electronic\":true,\"events\":[{\"type\":"
            + "\"PUTUSAN_BANDING_DIBERITAHUKAN\",\"date\":\"2025-03-17\",\"party\":\"TERGUGAT\"}]}";

    private static JsonNode kasasi(JsonNode answer) {
        for (JsonNode d : answer.get("deadlines")) {
            if (d.get("id").asText().equals("perdata.kasasi") && d.get("party").asText().equals("TERGUGAT")) {
                return d;
            }
        }
        throw new AssertionError("no perdata.kasasi for TERGUGAT in " + answer);
    }

    @Test
    void calendar_should_name_the_courts_zone() {
        Cli.Run run = run(null, "calendar", "--from", "2025-04-01", "--to", "2025-04-01", "--court",
                "PENGADILAN NEGERI KALABAHI");
        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualToIgnoringNewLines(
                "PN Kalabahi (Pengadilan Negeri Kalabahi, Nusa Tenggara Timur): zone Asia/Makassar (WITA)");
    }

    @Test
    void deadlines_should_take_the_court_by_its_full_name_and_give_the_last_moment_in_its_zone() {
        Cli.Run run = run(KASASI_CASE, "deadlines", "--as-of", "2025-03-21", "--court", "Pengadilan Negeri Jayapura");
        assertThat(run.status()).isZero();
        JsonNode answer = conforming(run.json());
        assertThat(answer.get("court").get("name").asText()).isEqualTo("PN Jayapura");
        assertThat(answer.get("court").get("zoneAbbreviation").asText()).isEqualTo("WIT");
        // Notified Mon 17 Mar 2025: day 14 = Mon 31 Mar (Idul Fitri) ... Mon 7 Apr (cuti bersama) -> Tue 8 Apr 2025,
        // electronic filing until 23:59 WIT.
        assertThat(kasasi(answer).get("lastMoment").asText()).isEqualTo("2025-04-08T23:59:00+09:00");
    }

    @Test
    void deadlines_should_add_the_courts_of_a_deployment_file(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("keppres-39-2025.json"), "{\"courts\": [{\"name\": \"PN Sumbawa Barat\","
                + " \"fullName\": \"Pengadilan Negeri Sumbawa Barat\", \"kind\": \"PN\", \"highCourt\": \"PT Mataram\","
                + " \"province\": \"Nusa Tenggara Barat\", \"zone\": \"Asia/Makassar\", \"source\": \"Keppres 39/2025\"}]}");
        Cli.Run run = run(KASASI_CASE, "deadlines", "--as-of", "2025-03-21", "--courts", file.toString(),
                "--court", "PN Sumbawa Barat");
        assertThat(run.status()).isZero();
        // The same counting in WITA: Tue 8 Apr 2025, 23:59+08:00.
        assertThat(kasasi(conforming(run.json())).get("lastMoment").asText()).isEqualTo("2025-04-08T23:59:00+08:00");
    }

    @Test
    void deadlines_should_refuse_a_bad_deployment_file_naming_the_file_and_the_entry(@TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("bad.json"), "{\"courts\": [{\"name\": \"PN Sumbawa Barat\","
                + " \"fullName\": \"Pengadilan Negeri Sumbawa Barat\", \"kind\": \"PN\", \"province\": \"Nusa Tenggara"
                + " Barat\", \"zone\": \"WITA\", \"source\": \"Keppres 39/2025\"}]}");
        Cli.Run run = run(KASASI_CASE, "deadlines", "--courts", file.toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--courts: " + file + ": courts[0] ('PN Sumbawa Barat'): ", "zone");
    }

    @Test
    void deadlines_should_answer_a_case_at_a_state_administrative_court_as_out_of_scope() {
        Cli.Run run = run("{\"caseType\":\"PERDATA\",\"court\":\"PTUN Jakarta\",\"events\":[{\"type\":"
                + "\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-03-17\",\"party\":\"TERGUGAT\"}]}",
                "deadlines", "--as-of", "2025-03-21", "--lang", "en");
        assertThat(run.status()).isZero();
        JsonNode answer = conforming(run.json());
        assertThat(answer.get("deadlines")).isEmpty();
        assertThat(answer.get("outOfScope").get("jurisdiction").asText()).isEqualTo("TATA_USAHA_NEGARA");
        assertThat(answer.get("outOfScope").get("explanation").get(0).asText())
                .startsWith("The case is at PTUN Jakarta (state administrative courts)");
    }
}
