package id.tenggat.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client of a running service over real HTTP on loopback, which checks every answer against the OpenAPI file the
 * service publishes (whose schemas refer to the library's case and answer schemas).
 */
final class Http {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            b -> b.schemaMappers(m -> m.mapPrefix("https://tenggat.id/schema/v1/", "classpath:id/tenggat/schema/")));
    private static final Map<String, JsonSchema> BY_POINTER = new ConcurrentHashMap<>();
    private static final JsonNode OPEN_API = openApi();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String apiKey;

    Http(int port, String apiKey) {
        this.base = "http://127.0.0.1:" + port;
        this.apiKey = apiKey;
    }

    Http(int port) {
        this(port, null);
    }

    /** One exchange: the status, the media type, the headers and the body. */
    record Reply(int status, String contentType, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return MAPPER.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        /** Every JSON value of the body, one per line for JSON Lines. */
        List<JsonNode> lines() {
            try (MappingIterator<JsonNode> values = MAPPER.readerFor(JsonNode.class).readValues(body)) {
                return values.readAll();
            } catch (IOException e) {
                throw new AssertionError("not JSON Lines: " + body, e);
            }
        }

        /** The single error of a request-level error body. */
        JsonNode error() {
            JsonNode errors = json().get("errors");
            assertThat(errors).as("errors in %s", body).hasSize(1);
            return errors.get(0);
        }
    }

    Reply get(String path) {
        return send(request(path).GET().build());
    }

    Reply post(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Content-Type", "application/json").build());
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until a new request is refused: no connection, or 503 from a server that is stopping. */
    void awaitRefused() throws InterruptedException {
        while (true) {
            try {
                if (get("/health").status() == 503) {
                    return;
                }
            } catch (UncheckedIOException refused) {
                return;
            }
            Thread.sleep(50);
        }
    }

    HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5));
        return apiKey == null ? b : b.header(TenggatService.API_KEY_HEADER, apiKey);
    }

    /**
     * Asserts that a reply is what the OpenAPI file promises for this path, method and status: a documented status,
     * and a JSON body (each line, for JSON Lines) valid against the documented schema.
     */
    static Reply documented(String method, String path, Reply reply) {
        String route = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String mediaType = reply.contentType().split(";")[0].strip();
        JsonNode doc = OPEN_API;
        String responsePointer = "/paths/" + escape(route) + "/" + method + "/responses/" + reply.status();
        JsonNode response = doc.at(responsePointer);
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = doc.at(responsePointer);
        }
        assertThat(response.isMissingNode()).as("%s %s %s is not documented", method, route, reply.status()).isFalse();
        assertThat(response.path("content").has(mediaType))
                .as("%s %s %s: media type %s is not documented", method, route, reply.status(), mediaType).isTrue();
        if (!mediaType.contains("json")) {
            return reply;
        }
        String pointer = responsePointer + "/content/" + escape(mediaType) + "/schema";
        JsonSchema schema = BY_POINTER.computeIfAbsent(pointer,
                p -> SCHEMAS.getSchema(SchemaLocation.of("classpath:id/tenggat/server/openapi.json#" + p)));
        List<JsonNode> bodies = mediaType.equals("application/x-ndjson") ? reply.lines() : List.of(reply.json());
        for (JsonNode body : bodies) {
            assertThat(schema.validate(body)).as("%s %s %s: schema violations in %s", method, route, reply.status(), body)
                    .isEmpty();
        }
        return reply;
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static JsonNode openApi() {
        try {
            return MAPPER.readTree(Http.class.getResourceAsStream("/id/tenggat/server/openapi.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
