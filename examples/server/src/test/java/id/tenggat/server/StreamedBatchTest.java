package id.tenggat.server;

import static id.tenggat.server.Http.documented;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.Tenggat;
import id.tenggat.answer.Language;
import id.tenggat.json.TenggatJson;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A batch streamed both ways over real HTTP on loopback: answers leave while cases still arrive, and a limit broken
 * once answers have left ends the output with an in-band request error naming it.
 */
class StreamedBatchTest {
    static final int MAX_BODY_BYTES = 4_000;
    static final int MAX_CASES = 10;
    static final int MAX_DEPTH = 6;
    static final String AS_OF = "2025-03-21";
    static TenggatService service;
    static Http http;

    @BeforeAll
    static void start() throws InterruptedException {
        service = TenggatService.start(new ServerSettings("127.0.0.1", 0, null, List.of(), MAX_BODY_BYTES, MAX_CASES,
                MAX_DEPTH, Duration.ofSeconds(60), Duration.ofSeconds(5)));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /** Case {@code i}, one JSON Lines line: a civil judgment notified to the defendant on Mon 17 Mar 2025. */
    static String line(int i) {
        return "{\"caseNumber\": \"" + i + "/Pdt.G/2025/PN Jpa\", \"caseType\": \"PERDATA\", \"events\": [{\"type\": "
                + "\"PUTUSAN_DIBERITAHUKAN\", \"date\": \"2025-03-17\", \"party\": \"TERGUGAT\"}]}\n";
    }

    /** What the library itself answers for case {@code i}, as JSON text. */
    static String libraryAnswer(int i) {
        TenggatJson json = TenggatJson.create();
        return json.write(json.read(line(i)).answer(Tenggat.indonesia(), LocalDate.parse(AS_OF)).get(0), Language.ID);
    }

    @Test
    void should_send_the_first_answer_before_the_rest_of_the_batch_is_sent() throws IOException {
        try (Duplex exchange = new Duplex(service.port(), "/v1/deadlines?asOf=" + AS_OF)) {
            // The format is told from the first two lines; the answer to the first comes back before the rest is sent.
            exchange.send(line(0) + line(1));
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.nextLine()).isEqualTo(libraryAnswer(0));

            exchange.send(IntStream.range(2, MAX_CASES).mapToObj(StreamedBatchTest::line).collect(Collectors.joining()));
            exchange.finish();
            for (int i = 1; i < MAX_CASES; i++) {
                assertThat(exchange.nextLine()).as("answer %d", i).isEqualTo(libraryAnswer(i));
            }
            assertThat(exchange.nextLine()).as("the end of a complete batch").isNull();
        }
    }

    @Test
    void should_end_json_lines_with_the_case_limit_once_answers_have_left() {
        String eleven = IntStream.range(0, MAX_CASES + 1).mapToObj(StreamedBatchTest::line).collect(Collectors.joining());
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=" + AS_OF, eleven));

        assertThat(reply.status()).isEqualTo(200);
        List<JsonNode> lines = reply.lines();
        assertThat(lines).hasSize(MAX_CASES + 1);
        for (int i = 0; i < MAX_CASES; i++) {
            assertThat(lines.get(i).toString()).as("answer %d", i).isEqualTo(libraryAnswer(i));
        }
        assertLimit(lines.get(MAX_CASES), "maxCases");
        assertThat(http.get("/metrics").body()).contains("tenggat_errors_total{kind=\"LIMIT\"}");
    }

    @Test
    void should_end_an_array_with_the_case_limit_as_its_last_element_and_close_it() {
        String eleven = IntStream.range(0, MAX_CASES + 1).mapToObj(StreamedBatchTest::line)
                .collect(Collectors.joining(",", "[", "]"));
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=" + AS_OF, eleven));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode array = reply.json();
        assertThat(array).hasSize(MAX_CASES + 1);
        assertThat(array.get(0).toString()).isEqualTo(libraryAnswer(0));
        assertLimit(array.get(MAX_CASES), "maxCases");
    }

    @Test
    void should_refuse_the_case_limit_before_anything_is_answered_when_only_checking() {
        String eleven = IntStream.range(0, MAX_CASES + 1).mapToObj(StreamedBatchTest::line).collect(Collectors.joining());
        Http.Reply reply = documented("post", "/v1/check", http.post("/v1/check", eleven));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error().get("field").asText()).isEqualTo("maxCases");
    }

    @Test
    void should_refuse_an_undeclared_body_over_the_size_limit_before_anything_is_answered() {
        String huge = line(0).replace("0/Pdt.G", "x".repeat(MAX_BODY_BYTES) + "/Pdt.G");
        Http.Reply reply = documented("post", "/v1/deadlines", http.send(http.request("/v1/deadlines?asOf=" + AS_OF)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        huge.getBytes(StandardCharsets.UTF_8)))).build()));

        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.error().get("field").asText()).isEqualTo("maxBodyBytes");
    }

    @Test
    void should_refuse_a_first_case_nested_deeper_than_the_limit_before_anything_is_answered() {
        String deep = "[{\"caseType\": \"PERDATA\", \"claim\": " + "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH) + "}]";
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines", deep));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error().get("field").asText()).isEqualTo("maxDepth");
    }

    @Test
    void should_end_with_the_size_limit_when_the_body_grows_too_large_after_answers_have_left() throws IOException {
        String huge = line(2).replace("2/Pdt.G", "x".repeat(MAX_BODY_BYTES) + "/Pdt.G");
        assertThat(brokenAfterTwoAnswers(huge)).isEqualTo("maxBodyBytes");
    }

    @Test
    void should_end_with_the_depth_limit_when_a_later_case_is_nested_too_deep() throws IOException {
        String deep = "{\"caseType\": \"PERDATA\", \"claim\": " + "[".repeat(MAX_DEPTH) + "]".repeat(MAX_DEPTH) + "}\n";
        assertThat(brokenAfterTwoAnswers(deep)).isEqualTo("maxDepth");
    }

    /** Sends two cases, reads their answers, sends {@code third}; returns the limit named by the last line. */
    private static String brokenAfterTwoAnswers(String third) throws IOException {
        try (Duplex exchange = new Duplex(service.port(), "/v1/deadlines?asOf=" + AS_OF)) {
            exchange.send(line(0) + line(1));
            assertThat(exchange.status()).isEqualTo(200);
            assertThat(exchange.nextLine()).isEqualTo(libraryAnswer(0));
            assertThat(exchange.nextLine()).isEqualTo(libraryAnswer(1));

            exchange.sendLast(third + line(3));
            JsonNode last = Http.MAPPER.readTree(exchange.nextLine());
            assertThat(exchange.nextLine()).as("nothing after the limit's entry").isNull();
            return assertLimit(last, null);
        }
    }

    /** Asserts that an entry is the in-band request error of a limit, not an answer; returns the limit's name. */
    private static String assertLimit(JsonNode entry, String limit) {
        assertThat(entry.has("caseNumber")).as("not an answer: %s", entry).isFalse();
        assertThat(entry.get("errors")).as("one error in %s", entry).hasSize(1);
        String field = entry.get("errors").get(0).get("field").asText();
        if (limit != null) {
            assertThat(field).isEqualTo(limit);
        }
        assertThat(entry.get("errors").get(0).get("message").asText()).contains(field);
        return field;
    }

    /**
     * One HTTP/1.1 exchange on a socket, with a chunked request body sent piece by piece while the response is read
     * line by line: the JDK's HTTP client reads no response before it has sent the whole request.
     */
    static final class Duplex implements AutoCloseable {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private boolean ended;

        Duplex(int port, String path) throws IOException {
            socket = new Socket("127.0.0.1", port);
            socket.setSoTimeout((int) Duration.ofMinutes(2).toMillis());
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream());
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-ndjson\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void send(String text) throws IOException {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(bytes);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /**
         * Sends the last piece and ends the body. The server stops reading once a limit is hit and may close its side
         * while this is still being written: a refused write is what a client over the limit meets, and the reply
         * already sent is still read after it.
         */
        void sendLast(String text) throws IOException {
            try {
                send(text);
                finish();
            } catch (SocketException refused) {
                // the server has closed its reading side; its reply is read next
            }
        }

        void finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** Reads the response's head; returns its status. */
        int status() throws IOException {
            String statusLine = headLine();
            while (!headLine().isEmpty()) {
                // headers: the body is chunked, as the service streams it
            }
            return Integer.parseInt(statusLine.split(" ")[1]);
        }

        /** The next line of the response body, or null at its end. */
        String nextLine() throws IOException {
            while (true) {
                byte[] bytes = pending.toByteArray();
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] == '\n') {
                        pending.reset();
                        pending.write(bytes, i + 1, bytes.length - i - 1);
                        return new String(bytes, 0, i, StandardCharsets.UTF_8);
                    }
                }
                if (ended) {
                    assertThat(bytes).as("a last line without its line break").isEmpty();
                    return null;
                }
                String sizeLine = headLine();
                if (sizeLine.isEmpty()) {
                    continue; // the line break that ends a chunk's data comes with the next chunk
                }
                int size = Integer.parseInt(sizeLine.split(";")[0], 16);
                if (size == 0) {
                    ended = true;
                } else {
                    pending.write(in.readNBytes(size));
                }
            }
        }

        private String headLine() throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                assertThat(c).as("the connection ended early").isNotEqualTo(-1);
                line.append((char) c);
            }
            return line.toString().strip();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
