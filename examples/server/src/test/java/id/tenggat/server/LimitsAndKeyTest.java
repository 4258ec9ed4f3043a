package id.tenggat.server;

import static id.tenggat.server.Http.documented;
import static id.tenggat.server.ServiceApiTest.BANDING;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A service with an API key, CORS for one origin and small limits: each limit answers with an error that names it. */
class LimitsAndKeyTest {
    static final String KEY = "kunci-rahasia-uji";
    static final String SIPP = "http://sipp.pn-jepara.go.id";
    static TenggatService service;
    static Http withKey;

    @BeforeAll
    static void start() throws InterruptedException {
        service = TenggatService.start(new ServerSettings("127.0.0.1", 0, KEY, List.of(SIPP), 4_000, 3, 6,
                Duration.ofSeconds(60), Duration.ofSeconds(5)));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
        withKey = new Http(service.port(), KEY);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_answer_with_the_right_key() {
        assertThat(documented("post", "/v1/deadlines", withKey.post("/v1/deadlines?asOf=2025-03-21", BANDING)).status())
                .isEqualTo(200);
    }

    @Test
    void should_refuse_a_missing_or_wrong_key() {
        Http.Reply missing = documented("post", "/v1/deadlines", new Http(service.port()).post("/v1/deadlines", BANDING));
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.error().get("field").asText()).isEqualTo("X-Api-Key");

        Http.Reply wrong = documented("get", "/v1/rules", new Http(service.port(), KEY + "x").get("/v1/rules"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(KEY);

        assertThat(new Http(service.port()).get("/metrics").status()).isEqualTo(401);
        assertThat(new Http(service.port()).get("/health").status()).as("health needs no key").isEqualTo(200);
    }

    @Test
    void should_let_the_configured_origin_call_from_a_browser() {
        Http.Reply preflight = new Http(service.port()).send(new Http(service.port()).request("/v1/deadlines")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", SIPP).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-api-key").build());

        assertThat(preflight.status()).isLessThan(300);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(SIPP);
        Http.Reply call = withKey.send(withKey.request("/v1/courts").header("Origin", SIPP).GET().build());
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).contains(SIPP);
        Http.Reply other = withKey.send(withKey.request("/v1/courts").header("Origin", "http://elsewhere.example").GET().build());
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void should_refuse_a_body_over_the_size_limit() {
        String big = BANDING.replace("12/Pdt.G/2025/PN Jpa", "x".repeat(5_000));
        Http.Reply reply = documented("post", "/v1/deadlines", withKey.post("/v1/deadlines", big));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error().get("field").asText()).isEqualTo("maxBodyBytes");
        assertThat(reply.error().get("value").asText()).isEqualTo(Integer.toString(big.length()));
    }

    @Test
    void should_refuse_more_cases_than_the_batch_limit() {
        // Answers stream out as cases are read, so /v1/deadlines reports this limit in-band; see StreamedBatchTest.
        String four = "{\"caseType\": \"PERDATA\"}\n".repeat(4);
        Http.Reply reply = documented("post", "/v1/check", withKey.post("/v1/check", four));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error().get("field").asText()).isEqualTo("maxCases");
        assertThat(documented("post", "/v1/deadlines", withKey.post("/v1/deadlines?asOf=2025-03-21",
                "{\"caseType\": \"PERDATA\"}\n".repeat(3))).status()).isEqualTo(200);
    }

    @Test
    void should_refuse_json_nested_deeper_than_the_limit() {
        String deep = "{\"caseType\": \"PERDATA\", \"claim\": " + "[".repeat(6) + "]".repeat(6) + "}";
        Http.Reply reply = documented("post", "/v1/check", withKey.post("/v1/check", deep));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().get("field").asText()).isEqualTo("maxDepth");
        assertThat(reply.error().get("value").asText()).isEqualTo("7");
    }
}
