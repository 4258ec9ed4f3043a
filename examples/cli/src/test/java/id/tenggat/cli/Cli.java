package id.tenggat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs the built jar as a separate process, as its users do, and checks what it prints against the schemas. */
final class Cli {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Path JAR = Path.of(System.getProperty("tenggat.cli.jar", "target/tenggat-cli.jar"));
    static final Path SAMPLES = Path.of(System.getProperty("tenggat.cli.samples", "samples"));
    private static final JsonSchema ANSWER = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(Cli.class.getResourceAsStream("/id/tenggat/schema/answer.schema.json"));

    private Cli() {
    }

    /** What one run printed, and its exit status. */
    record Run(int status, String out, String err) {
        JsonNode json() {
            try {
                return MAPPER.readTree(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON on stdout: " + out, e);
            }
        }

        /** Every non-blank line of stdout as JSON. */
        List<JsonNode> lines() {
            List<JsonNode> result = new ArrayList<>();
            for (String line : out.split("\n")) {
                if (!line.isBlank()) {
                    try {
                        result.add(MAPPER.readTree(line));
                    } catch (IOException e) {
                        throw new AssertionError("not a JSON line: " + line, e);
                    }
                }
            }
            return result;
        }
    }

    static Run run(String stdin, String... args) {
        return runBytes(stdin == null ? null : stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** Runs the jar with these bytes on standard input (none when null). */
    static Run runBytes(byte[] stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).start();
            CompletableFuture<String> out = drain(p.getInputStream());
            CompletableFuture<String> err = drain(p.getErrorStream());
            try (OutputStream in = p.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin);
                }
            }
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Run(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                stream.transferTo(buffer);
                return buffer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static String sample(String name) {
        return SAMPLES.resolve(name).toString();
    }

    /** Asserts that an answer printed by the jar conforms to the published answer schema. */
    static JsonNode conforming(JsonNode answer) {
        assertThat(ANSWER.validate(answer)).as("schema violations in %s", answer).isEmpty();
        return answer;
    }

    /** Asserts that a document printed by the jar conforms to the named published schema. */
    static JsonNode conformsTo(String schema, JsonNode document) {
        JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(Cli.class.getResourceAsStream("/id/tenggat/schema/" + schema));
        assertThat(s.validate(document)).as("schema violations in %s", document).isEmpty();
        return document;
    }

    /** The deadline with the given id and party in an answer. */
    static JsonNode deadline(JsonNode answer, String id, String party) {
        for (JsonNode d : answer.get("deadlines")) {
            if (d.get("id").asText().equals(id) && d.get("party").asText().equals(party)) {
                return d;
            }
        }
        throw new AssertionError("no " + id + " for " + party + " in " + answer);
    }
}
