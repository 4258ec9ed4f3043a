package id.tenggat.server;

import static id.tenggat.server.Http.documented;
import static id.tenggat.server.ServiceApiTest.deadline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The deployment's data through real HTTP: a court of its {@code --courts} file, a calendar amendment of its
 * {@code --calendar} file and a value of the law of its {@code --law-values} file, each in the answers.
 */
class DeploymentDataTest {
    /** The CLI's sample of a law-values file (the UU 20/2025 banding window) and a case it applies to. */
    private static final Path SAMPLES = Path.of("..", "cli", "samples");

    /** A civil judgment notified to the defendant on Fri 26 Feb 2027, at the court the deployment added. */
    private static final String BANDING_2027 = """
            {"caseType": "PERDATA", "court": "PN Sumbawa Barat",
             "events": [{"type": "PUTUSAN_DIUCAPKAN", "date": "2027-02-19", "partiesPresent": ["PENGGUGAT"]},
                        {"type": "PUTUSAN_DIBERITAHUKAN", "date": "2027-02-26", "party": "TERGUGAT"}]}""";

    @TempDir
    static Path dir;
    static TenggatService service;
    static Http http;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path courts = Files.writeString(dir.resolve("keppres-39-2025.json"), """
                {"courts": [{"name": "PN Sumbawa Barat", "fullName": "Pengadilan Negeri Sumbawa Barat", "kind": "PN",
                  "highCourt": "PT Mataram", "province": "Nusa Tenggara Barat", "zone": "Asia/Makassar",
                  "source": "Keppres 39/2025"}]}""");
        Path amendment = Files.writeString(dir.resolve("cuti-bersama-2027.json"), """
                {"description": "The cuti bersama of Mon 15 Mar 2027 cut by an amendment",
                 "amendments": {"withdrawn": [{"date": "2027-03-15", "instrument": "SKB 2027 (amendment)"}]}}""");
        service = TenggatService.start(ServerSettings.local(0), DeploymentData.read(courts, List.of(amendment),
                SAMPLES.resolve("nilai-hukum-contoh.json")));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_answer_a_court_of_the_deployments_file_on_the_amended_calendar() {
        JsonNode court = documented("get", "/v1/courts", http.get("/v1/courts?q=Pengadilan%20Negeri%20Sumbawa%20Barat"))
                .json().get("courts").get(0);
        assertThat(court.get("name").asText()).isEqualTo("PN Sumbawa Barat");
        assertThat(court.get("zone").asText()).isEqualTo("Asia/Makassar");

        Http.Reply reply = documented("post", "/v1/deadlines",
                http.post("/v1/deadlines?asOf=2027-03-01", BANDING_2027));
        assertThat(reply.status()).isEqualTo(200);
        // 14 days from the day after Fri 26 Feb 2027: Fri 12 Mar 2027, cuti bersama; Sat 13 and Sun 14 Mar off;
        // Mon 15 Mar was cuti bersama (then the deadline would be Tue 16 Mar) until the amendment cut it.
        assertThat(deadline(reply.json(), "perdata.banding", "TERGUGAT").get("due").asText()).isEqualTo("2027-03-15");

        JsonNode days = documented("get", "/v1/calendar",
                http.get("/v1/calendar?from=2027-03-12&to=2027-03-16&court=PN%20Sumbawa%20Barat")).json();
        assertThat(days.findValuesAsText("date")).containsExactly("2027-03-12");
    }

    @Test
    void should_flag_an_answer_counted_from_a_supplied_law_value() throws IOException {
        Http.Reply reply = documented("post", "/v1/deadlines",
                http.post("/v1/deadlines?asOf=2026-12-30", Files.readString(SAMPLES.resolve("pidana-kuhap-2025.json"))));

        // Examination began 5 Jan 2026: UU 20/2025. The sample's 7 days from the next day; defendant present at
        // the pronouncement on Wed 23 Dec 2026: day 7 is Wed 30 Dec 2026.
        JsonNode terdakwa = deadline(reply.json(), "pidana.banding", "TERDAKWA");
        assertThat(terdakwa.get("due").asText()).isEqualTo("2026-12-30");
        assertThat(terdakwa.get("suppliedValues").get(0).get("key").asText()).isEqualTo("uu-20-2025.pidana.banding");
    }

    @Test
    void should_refuse_bad_files_naming_the_option_and_the_file() throws IOException {
        Path courts = Files.writeString(dir.resolve("bad-courts.json"), """
                {"courts": [{"name": "PN Sumbawa Barat", "fullName": "Pengadilan Negeri Sumbawa Barat", "kind": "PN",
                  "province": "Nusa Tenggara Barat", "zone": "WITA", "source": "Keppres 39/2025"}]}""");
        assertThatThrownBy(() -> DeploymentData.read(courts, List.of(), null))
                .hasMessageStartingWith("--courts: " + courts).hasMessageContaining("zone");

        // 10 Mar 2027 is already Idulfitri in the embedded data: adding it again is refused.
        Path calendar = Files.writeString(dir.resolve("twice.json"), """
                {"amendments": {"added": [{"date": "2027-03-10", "kind": "NATIONAL_HOLIDAY",
                  "name": "Idulfitri 1448 Hijriah", "instrument": "SKB 2027"}]}}""");
        assertThatThrownBy(() -> DeploymentData.read(null, List.of(calendar), null))
                .hasMessageStartingWith("--calendar: ").hasMessageContaining("twice.json");

        Path lawValues = Files.writeString(dir.resolve("nilai.json"),
                Files.readString(SAMPLES.resolve("nilai-hukum-contoh.json")).replace("\"length\": 7", "\"length\": \"tujuh\""));
        assertThatThrownBy(() -> DeploymentData.read(null, List.of(), lawValues))
                .hasMessageStartingWith("--law-values: ").hasMessageContaining("nilai.json");
    }

    @Test
    void server_should_refuse_to_start_with_a_bad_file_in_one_line_naming_it() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new TenggatServer()).setErr(new PrintWriter(err));

        int status = command.execute("--port", "0", "--calendar", dir.resolve("missing.json").toString());

        assertThat(status).isEqualTo(2);
        assertThat(err.toString().lines().findFirst()).hasValueSatisfying(line -> assertThat(line)
                .startsWith("--calendar: ").contains("missing.json"));
    }
}
