package id.tenggat.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import id.tenggat.Tenggat;
import id.tenggat.model.CourtCase;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The application on a real port, asked over HTTP on loopback: Spring's own {@code ObjectMapper} reads the case and
 * writes the answer in the contract's shape through the library's module, on Spring Boot's versions of Jackson and
 * Hibernate Validator.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeadlinesApplicationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path BANDING = Path.of("../cli/samples/perdata-banding.json");

    private final HttpClient client = HttpClient.newHttpClient();

    @LocalServerPort
    private int port;

    @Autowired
    private ObjectMapper springMapper;

    @Autowired
    private Tenggat tenggat;

    @Test
    void answersTheBandingCaseInTheContractShape() throws Exception {
        HttpResponse<String> response = post("/deadlines?asOf=2025-03-21", Files.readString(BANDING));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = MAPPER.readTree(response.body());
        assertThat(answerSchema().validate(answer)).as("schema violations in %s", answer).isEmpty();
        assertThat(answer.path("caseNumber").asText()).isEqualTo("12/Pdt.G/2025/PN Jpa");
        assertThat(answer.path("asOf").asText()).isEqualTo("2025-03-21");
        // TERGUGAT notified Monday 17 March 2025: day 14 is Monday 31 March (Idul Fitri), and 31 March to 7 April
        // are holidays, collective leave and a weekend, so the window closes on Tuesday 8 April 2025.
        JsonNode tergugat = deadline(answer, "perdata.banding", "TERGUGAT");
        assertThat(tergugat.path("due").asText()).isEqualTo("2025-04-08");
        assertThat(tergugat.path("status").asText()).isEqualTo("OPEN");
        // PENGGUGAT present at the pronouncement on Monday 10 March 2025: day 14 is Monday 24 March; the appeal of
        // 20 March met it.
        JsonNode penggugat = deadline(answer, "perdata.banding", "PENGGUGAT");
        assertThat(penggugat.path("due").asText()).isEqualTo("2025-03-24");
        assertThat(penggugat.path("status").asText()).isEqualTo("MET");
        // The default language of the contract: explanations in Bahasa Indonesia.
        assertThat(tergugat.path("explanation").get(0).asText())
                .isEqualTo("Putusan diberitahukan kepada TERGUGAT pada Senin, 17 Maret 2025.");
        assertThat(answer.path("errors")).isEmpty();
    }

    @Test
    void aCaseWithoutItsTypeAndWithADateThatIsNoDateIsRefusedNamingBothFields() throws Exception {
        HttpResponse<String> response = post("/deadlines?asOf=2025-03-21", """
                {"caseNumber": "7/Pdt.G/2025/PN Jpa",
                 "events": [{"type": "PUTUSAN_DIUCAPKAN", "date": "2025-02-30"}]}""");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = MAPPER.readTree(response.body()).path("errors");
        assertThat(errors).anySatisfy(e -> assertThat(e.path("field").asText()).isEqualTo("caseType"));
        assertThat(errors).anySatisfy(e -> {
            assertThat(e.path("field").asText()).isEqualTo("events[0].date");
            assertThat(e.path("value").asText()).isEqualTo("2025-02-30");
        });
    }

    @Test
    void aDayAskedAboutThatIsNoDateIsRefusedNamingTheParameter() throws Exception {
        HttpResponse<String> response = post("/deadlines?asOf=21-03-2025", Files.readString(BANDING));

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(response.body()).path("errors").get(0);
        assertThat(error.path("field").asText()).isEqualTo("asOf");
        assertThat(error.path("value").asText()).isEqualTo("21-03-2025");
    }

    @Test
    void aMissingDayAskedAboutAndABodyThatIsNotJsonAreRefusedNamingWhatIsWrong() throws Exception {
        HttpResponse<String> noDay = post("/deadlines", Files.readString(BANDING));
        assertThat(noDay.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(noDay.body()).path("errors").get(0).path("field").asText()).isEqualTo("asOf");

        HttpResponse<String> notJson = post("/deadlines?asOf=2025-03-21", "caseType=PERDATA");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(notJson.body()).path("errors").get(0).path("field").asText()).isEqualTo("body");
    }

    @Test
    void springsOwnMapperSpeaksTheContractAndNothingIsPrintedToStandardError(CapturedOutput output)
            throws Exception {
        HttpResponse<String> response = post("/deadlines?asOf=2025-03-21", Files.readString(BANDING));

        // The module is a bean, so any component that injects Spring's ObjectMapper reads and writes the contract.
        CourtCase courtCase = springMapper.readValue(Files.readString(BANDING), CourtCase.class);
        String written = springMapper.writeValueAsString(tenggat.answer(courtCase, LocalDate.of(2025, 3, 21)));
        assertThat(MAPPER.readTree(written)).isEqualTo(MAPPER.readTree(response.body()));
        // Captured since before the application started: neither its start nor an answer printed to stderr.
        assertThat(output.getErr()).isEmpty();
    }

    private HttpResponse<String> post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode deadline(JsonNode answer, String id, String party) {
        for (JsonNode d : answer.path("deadlines")) {
            if (d.path("id").asText().equals(id) && d.path("party").asText().equals(party)) {
                return d;
            }
        }
        throw new AssertionError("no " + id + " for " + party + " in " + answer);
    }

    private static JsonSchema answerSchema() throws IOException {
        try (InputStream in = DeadlinesApplicationTest.class.getResourceAsStream("/id/tenggat/schema/answer.schema.json")) {
            assertThat(in).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
        }
    }
}
