package id.tenggat.cli;

import static id.tenggat.cli.Cli.conforming;
import static id.tenggat.cli.Cli.deadline;
import static id.tenggat.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches through the built jar: lines that stand alone, streaming in bounded memory, failures of the run itself. */
class BatchIT {
    /** Notified Mon 17 Mar 2025 to TERGUGAT at PN Jepara. */
    private static String goodCase(long i) {
        return "{\"caseNumber\":\"" + i + "/Pdt.G/2025/PN Jpa\",\"caseType\":\"PERDATA\",\"court\":\"PN Jepara\","
                + "\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-03-17\",\"party\":\"TERGUGAT\"}]}";
    }

    @Test
    void should_answer_999_good_lines_after_a_broken_first_line() {
        StringBuilder in = new StringBuilder("{\"caseNumber\": \"0/Pdt.G/2025/PN Jpa\", \"caseType\": \n");
        for (int i = 1; i <= 999; i++) {
            in.append(goodCase(i)).append('\n');
        }

        Cli.Run run = run(in.toString(), "deadlines", "--as-of", "2025-03-21");

        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> answers = run.lines();
        assertThat(answers).hasSize(1000);
        assertThat(conforming(answers.get(0)).get("errors").get(0).get("message").asText()).startsWith("not valid JSON");
        for (int i = 1; i <= 999; i++) {
            assertThat(answers.get(i).get("caseNumber").asText()).isEqualTo(i + "/Pdt.G/2025/PN Jpa");
            assertThat(answers.get(i).get("errors")).isEmpty();
        }
        // Notified Mon 17 Mar 2025; day 14 is Mon 31 Mar (Idul Fitri); 1 Apr Idul Fitri, 2-4 and 7 Apr cuti
        // bersama, 5-6 Apr weekend: due Tue 8 Apr 2025.
        assertThat(deadline(conforming(answers.get(999)), "perdata.banding", "TERGUGAT").get("due").asText())
                .isEqualTo("2025-04-08");
    }

    @Test
    void should_answer_an_array_in_order_with_an_array() {
        StringBuilder in = new StringBuilder("[\n");
        for (int i = 0; i < 500; i++) {
            in.append(i == 0 ? "" : ",\n").append(goodCase(i));
        }
        in.append("\n]\n");

        Cli.Run run = run(in.toString(), "deadlines", "--as-of", "2025-03-21");

        assertThat(run.status()).isZero();
        JsonNode answers = run.json();
        assertThat(answers.isArray()).isTrue();
        assertThat(answers).hasSize(500);
        for (int i = 0; i < 500; i++) {
            assertThat(answers.get(i).get("caseNumber").asText()).isEqualTo(i + "/Pdt.G/2025/PN Jpa");
        }
    }

    @Test
    void should_read_each_line_alone_or_one_document_as_stated() {
        String pretty = "{\n  \"caseType\": \"PIDANA\"\n}\n";

        Cli.Run lines = run(pretty, "check", "--input", "jsonl");
        Cli.Run document = run(pretty, "check", "--input", "json");

        assertThat(lines.status()).isEqualTo(1);
        assertThat(lines.lines()).extracting(c -> c.get("valid").asBoolean()).containsExactly(false, false, false);
        assertThat(document.status()).isZero();
        assertThat(document.json().get("valid").asBoolean()).isTrue();
    }

    @Test
    void should_name_bytes_that_are_not_utf8_by_offset_alike_from_a_file_and_from_standard_input(@TempDir Path dir)
            throws IOException {
        byte[] first = (goodCase(1) + "\n").getBytes(StandardCharsets.UTF_8);
        String secondLine = "{\"caseNumber\":\"2/Pdt.G/2025/PN J\u0000a\",\"caseType\":\"PERDATA\"}\n";
        byte[] second = secondLine.getBytes(StandardCharsets.UTF_8);
        int bad = first.length + secondLine.indexOf('\u0000'); // the byte in place of the p of "Jpa"
        byte[] in = new byte[first.length + second.length + first.length];
        System.arraycopy(first, 0, in, 0, first.length);
        System.arraycopy(second, 0, in, first.length, second.length);
        System.arraycopy(first, 0, in, first.length + second.length, first.length);
        assertThat(in[bad]).isZero();
        in[bad] = (byte) 0xE9; // Latin-1 "é": a UTF-8 lead byte that the next byte, 'a', cannot continue
        Path file = dir.resolve("cases.jsonl");
        Files.write(file, in);

        Cli.Run fromFile = Cli.runBytes(null, "deadlines", "--as-of", "2025-03-21", file.toString());
        Cli.Run fromStdin = Cli.runBytes(in, "deadlines", "--as-of", "2025-03-21");

        assertThat(fromFile.out()).isEqualTo(fromStdin.out());
        assertThat(fromFile.status()).isEqualTo(1);
        assertThat(fromStdin.status()).isEqualTo(1);
        List<JsonNode> answers = fromStdin.lines();
        assertThat(answers).extracting(a -> a.get("errors").isEmpty()).containsExactly(true, false, true);
        JsonNode error = conforming(answers.get(1)).get("errors").get(0);
        assertThat(error.get("value").asText()).isEqualTo("line 2, byte offset " + bad);
        assertThat(error.get("message").asText()).startsWith("not valid UTF-8");
    }

    @Test
    void should_say_on_standard_error_that_the_input_is_empty() {
        Cli.Run deadlines = run("\n  \n", "deadlines", "--as-of", "2025-03-21");
        Cli.Run check = run("", "check");

        assertThat(List.of(deadlines, check)).allSatisfy(r -> {
            assertThat(r.status()).isZero();
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isEqualTo("tenggat: no case in standard input; nothing to answer\n");
        });
    }

    @Test
    void should_exit_3_with_one_line_when_the_output_cannot_be_written() throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", Cli.JAR.toString(), "deadlines", "--as-of", "2025-03-21",
                Cli.sample("batch.jsonl"))
                .redirectOutput(new java.io.File("/dev/full"))
                .start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(3);
        assertThat(err.lines()).singleElement().satisfies(line ->
                assertThat(line).startsWith("tenggat: cannot write the results").contains("No space left on device"));
    }

    /**
     * A batch killed midway: its status says so (128 + 9), and a JSON array answer is left unclosed, so neither can
     * be taken for a complete run. The input is an array that keeps coming, so the run is surely mid-batch.
     */
    @Test
    void should_leave_a_killed_batch_recognisably_incomplete() throws Exception {
        Process p = new ProcessBuilder(java(), "-jar", Cli.JAR.toString(), "deadlines", "--as-of", "2025-03-21").start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(p.getErrorStream()));
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try (Writer in = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
                in.write("[");
                for (long i = 0; p.isAlive(); i++) {
                    in.write((i == 0 ? "" : ",") + goodCase(i) + "\n");
                }
            } catch (IOException killed) {
                // the pipe closes when the run is killed
            }
        });
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            // Kill the run once 100 answers have been written.
            int lines = 0;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                output.append(line).append('\n');
                if (++lines == 100) {
                    new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).start().waitFor();
                }
            }
        }
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        writing.join();

        assertThat(p.exitValue()).as(err.join()).isEqualTo(128 + 9);
        assertThat(output.toString()).startsWith("[").doesNotContain("]\n");
        assertThat(output.toString().strip()).doesNotEndWith("]");
    }

    @Test
    void should_exit_4_with_one_line_when_memory_runs_out() {
        // A single case of 4 MiB (one line) does not fit in a 16 MiB heap next to the rule base.
        StringBuilder huge = new StringBuilder("{\"caseType\":\"PERDATA\",\"caseNumber\":\"");
        huge.append("x".repeat(4 << 20)).append("\"}\n");

        Cli.Run run = runWith(List.of("-Xmx16m"), huge.toString(), "check");

        assertThat(run.status()).isEqualTo(4);
        assertThat(run.err().lines()).singleElement().satisfies(line ->
                assertThat(line).startsWith("tenggat: internal failure: java.lang.OutOfMemoryError"));
    }

    @Test
    void should_answer_as_of_today_in_the_time_zone_of_each_cases_own_court() {
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Jayapura"));

        Cli.Run run = run("{\"caseType\":\"PIDANA\",\"court\":\"PN Jayapura\"}", "deadlines");

        LocalDate after = LocalDate.now(ZoneId.of("Asia/Jayapura"));
        assertThat(run.status()).isZero();
        assertThat(LocalDate.parse(conforming(run.json()).get("asOf").asText())).isBetween(before, after);
    }

    /**
     * A million cases written into the jar's standard input while it runs, its answers read as they come, under a
     * 256 MiB heap: memory stays flat and nothing is kept. Bounded: the run is killed after 30 minutes.
     */
    @Test
    void should_answer_a_million_cases_in_bounded_memory() throws Exception {
        long cases = 1_000_000;
        Process p = new ProcessBuilder(java(), "-Xmx256m", "-jar", Cli.JAR.toString(), "deadlines", "--as-of",
                "2025-03-21").start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(p.getErrorStream()));
        AtomicLong firstAnswerAfter = new AtomicLong(-1);
        AtomicLong written = new AtomicLong();
        CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
            try (Writer in = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8))) {
                for (long i = 0; i < cases; i++) {
                    in.write(goodCase(i));
                    in.write('\n');
                    written.incrementAndGet();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        long answers = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (answers == 0) {
                    firstAnswerAfter.set(written.get());
                }
                assertThat(line).startsWith("{\"caseNumber\":\"" + answers + "/Pdt.G/2025/PN Jpa\"");
                answers++;
            }
        } finally {
            if (!p.waitFor(30, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        }

        writing.join();
        assertThat(p.exitValue()).as(err.join()).isZero();
        assertThat(answers).isEqualTo(cases);
        assertThat(firstAnswerAfter.get()).as("cases written when the first answer came").isLessThan(cases);
    }

    private static Cli.Run runWith(List<String> jvm, String stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvm);
        command.addAll(List.of("-jar", Cli.JAR.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).start();
            CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> text(p.getInputStream()));
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> text(p.getErrorStream()));
            try (var in = p.getOutputStream()) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the run may end before reading all of its input
            }
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Cli.Run(p.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String text(java.io.InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
