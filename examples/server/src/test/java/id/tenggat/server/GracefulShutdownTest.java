package id.tenggat.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Closing the service lets a request in flight finish and refuses new ones. The request is held in flight by sending
 * its body in two parts over a raw socket, with the service closing in between.
 */
class GracefulShutdownTest {

    @Test
    void should_finish_the_request_in_flight_and_refuse_new_ones() throws Exception {
        TenggatService service = TenggatService.start(ServerSettings.local(0));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
        int port = service.port();
        byte[] body = ServiceApiTest.BANDING.getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;

        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            // HTTP/1.0: the answer comes whole, not chunked, and the connection closes after it.
            out.write(("POST /v1/deadlines?asOf=2025-03-21 HTTP/1.0\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            // Close only once the server has taken the request in; before that it would rightly refuse it.
            while (service.requestsInFlight() == 0) {
                Thread.sleep(10);
            }

            CompletableFuture<Void> closing = CompletableFuture.runAsync(service::close);
            new Http(port).awaitRefused();

            out.write(body, half, body.length - half);
            out.flush();
            String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(reply.lines().findFirst()).hasValueSatisfying(status -> assertThat(status).contains(" 200"));
            JsonNode answer = Http.MAPPER.readTree(reply.substring(reply.indexOf("\r\n\r\n") + 4));
            // The README's banding: notified Mon 17 Mar 2025, 14 days across Lebaran 2025, due Tue 8 Apr 2025.
            assertThat(ServiceApiTest.deadline(answer, "perdata.banding", "TERGUGAT").get("due").asText())
                    .isEqualTo("2025-04-08");
            closing.join();
        }
    }
}
