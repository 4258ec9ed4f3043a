package id.tenggat.cli;

import static id.tenggat.cli.Cli.conforming;
import static id.tenggat.cli.Cli.deadline;
import static id.tenggat.cli.Cli.run;
import static id.tenggat.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code deadlines --law-values FILE}: values a deployment supplies from the enacted text it holds. */
class LawValuesOptionIT {

    @Test
    void should_count_a_uu_20_2025_window_from_a_supplied_value_and_say_so() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2026-12-30", "--law-values", sample("nilai-hukum-contoh.json"),
                sample("pidana-kuhap-2025.json"));

        assertThat(run.status()).isZero();
        JsonNode answer = conforming(run.json());
        // Examination began 5 Jan 2026: UU 20/2025. The sample's 7 days from the next day, a last day off work moves
        // on. Defendant present at the pronouncement, Wed 23 Dec 2026: day 7 Wed 30 Dec 2026. Prosecutor notified
        // Tue 29 Dec 2026: day 7 Tue 5 Jan 2027 (Isra Mikraj), so Wed 6 Jan 2027.
        JsonNode terdakwa = deadline(answer, "pidana.banding", "TERDAKWA");
        assertThat(terdakwa.get("due").asText()).isEqualTo("2026-12-30");
        assertThat(terdakwa.get("status").asText()).isEqualTo("DUE_TODAY");
        assertThat(terdakwa.get("legalBasis").asText()).contains("contoh: isi pasal dari naskah resmi");
        assertThat(terdakwa.get("suppliedValues").get(0).get("key").asText()).isEqualTo("uu-20-2025.pidana.banding");
        assertThat(deadline(answer, "pidana.banding", "PENUNTUT_UMUM").get("due").asText()).isEqualTo("2027-01-06");
        // Not supplied: still NOT_ENCODED, and not flagged.
        JsonNode kasasi = deadline(answer, "pidana.kasasi", "TERDAKWA");
        assertThat(kasasi.get("status").asText()).isEqualTo("NOT_ENCODED");
        assertThat(kasasi.has("suppliedValues")).isFalse();
    }

    @Test
    void should_refuse_a_value_that_would_replace_the_librarys_as_a_usage_error(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nilai.json");
        Files.writeString(file, """
                { "values": [ { "key": "uu-20-2025.penahanan.pn.pertama", "instrument": "UU 20/2025 (KUHAP)",
                  "kind": "DETENTION", "deadline": "pidana.penahanan.pn", "article": "pasal", "length": 40,
                  "unit": "CALENDAR_DAYS", "by": "HAKIM_PN", "validFrom": "2026-01-02", "source": "arsip",
                  "confidence": "ENACTED_TEXT" } ] }
                """);
        Cli.Run run = run(null, "deadlines", "--as-of", "2026-12-30", "--law-values", file.toString(),
                sample("pidana-kuhap-2025.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("--law-values").contains(file.toString())
                .contains("law value 'uu-20-2025.penahanan.pn.pertama': the library encodes it");
    }

    @Test
    void should_name_the_entry_and_field_of_a_bad_file(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nilai.json");
        Files.writeString(file, Files.readString(Path.of(sample("nilai-hukum-contoh.json")))
                .replace("\"length\": 7", "\"length\": \"tujuh\""));
        Cli.Run run = run(null, "deadlines", "--law-values", file.toString(), sample("pidana-kuhap-2025.json"));

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("values[0] (key 'uu-20-2025.pidana.banding') length");
    }
}
