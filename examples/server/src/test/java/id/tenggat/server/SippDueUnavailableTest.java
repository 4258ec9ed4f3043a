package id.tenggat.server;

import static id.tenggat.server.Http.documented;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A service whose SIPP database does not answer (a port nothing listens on): 503, and everything else still works. */
class SippDueUnavailableTest {
    static TenggatService service;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        service = TenggatService.start(ServerSettings.local(0).withSipp(new ServerSettings.Sipp(
                "jdbc:mariadb://127.0.0.1:" + closed + "/sipp", "tenggat_ro", "rahasia", Duration.ofMinutes(5))));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_answer_503_without_a_stack_trace_and_go_on_serving() throws IOException {
        Http.Reply reply = documented("get", "/v1/sipp/due", http.get("/v1/sipp/due?asOf=2025-03-21"));

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.error().get("field").asText()).isEqualTo("sipp");
        assertThat(reply.error().get("message").asText())
                .isEqualTo("the court's SIPP database cannot be read at the moment; the service's log has the details");
        assertThat(reply.headers().firstValue("Retry-After")).contains("30");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("rahasia").doesNotContain("at com.");
        assertThat(documented("get", "/health", http.get("/health")).status()).isEqualTo(200);
        assertThat(http.get("/metrics").body()).contains("tenggat_errors_total{kind=\"SIPP\"}")
                .contains("route=\"/v1/sipp/due\",status=\"503\"");
    }

    @Test
    void should_check_the_parameters_before_reading_sipp() {
        Http.Reply reply = documented("get", "/v1/sipp/due", http.get("/v1/sipp/due?to=next-week"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().get("field").asText()).isEqualTo("to");
        assertThat(reply.error().get("value").asText()).isEqualTo("next-week");
    }
}
