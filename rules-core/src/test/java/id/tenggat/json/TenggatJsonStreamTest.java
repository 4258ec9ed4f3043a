package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.engine.DeadlineEngine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading, answering and writing case by case: JSON Lines that stand alone, arrays element by element, failures. */
class TenggatJsonStreamTest {
    /** Selects civil banding for every case: a test double of the rules. */
    private static final DeadlineEngine ENGINE = TenggatJsonWriteTest.ENGINE;
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 21);

    private final TenggatJson json = TenggatJson.create();
    private final Tenggat tenggat = Tenggat.builder().engine(ENGINE).build();

    private static String goodCase(int i) {
        return "{\"caseNumber\":\"" + i + "/Pdt.G/2025/PN Jpa\",\"caseType\":\"PERDATA\",\"court\":\"PN Jepara\","
                + "\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-03-17\",\"party\":\"TERGUGAT\"}]}";
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<ParsedCase> all(CaseReader reader) {
        List<ParsedCase> cases = new ArrayList<>();
        reader.forEachRemaining(cases::add);
        return cases;
    }

    private List<JsonNode> answerLines(String out) {
        return out.lines().map(line -> {
            try {
                return SchemaSupport.MAPPER.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"caseType\": \"PERDATA\", ", "{\"caseType\": PERDATA}", "not json at all", "{"})
    void should_answer_every_good_line_when_the_first_line_is_broken(String broken) {
        StringBuilder in = new StringBuilder(broken).append('\n');
        for (int i = 1; i <= 999; i++) {
            in.append(goodCase(i)).append('\n');
        }

        CaseReader reader = json.reader(bytes(in.toString()), InputFormat.AUTO);
        List<ParsedCase> cases = all(reader);

        assertThat(reader.shape()).isEqualTo(InputShape.LINES);
        assertThat(cases).hasSize(1000);
        assertThat(cases.get(0).ok()).isFalse();
        assertThat(cases.get(0).errors().get(0).value()).startsWith("line 1");
        assertThat(cases.get(0).errors().get(0).message()).startsWith("not valid JSON");
        assertThat(cases.subList(1, 1000)).allMatch(ParsedCase::ok);
        assertThat(cases.get(999).caseNumber()).isEqualTo("999/Pdt.G/2025/PN Jpa");
        assertThat(cases.get(999).index()).isEqualTo(999);
    }

    @Test
    void should_read_every_line_alone_when_json_lines_are_stated() {
        // Stated as JSON Lines, a pretty-printed case is five broken lines, each a case of its own.
        String pretty = "{\n  \"caseType\": \"PIDANA\",\n  \"electronic\": true\n}\n" + goodCase(1) + "\n";

        CaseReader reader = json.reader(bytes(pretty), InputFormat.JSONL);
        List<ParsedCase> cases = all(reader);

        assertThat(reader.shape()).isEqualTo(InputShape.LINES);
        assertThat(cases).extracting(ParsedCase::ok).containsExactly(false, false, false, false, true);
        assertThat(cases).extracting(p -> p.ok() ? "" : p.errors().get(0).value().replaceAll(",.*", ""))
                .containsExactly("line 1", "line 2", "line 3", "line 4", "");
    }

    @Test
    void should_read_one_document_when_json_is_stated() {
        CaseReader reader = json.reader(bytes(goodCase(1) + "\n" + goodCase(2) + "\n"), InputFormat.JSON);

        assertThat(reader.shape()).isEqualTo(InputShape.OBJECT);
        assertThat(all(reader)).singleElement().satisfies(p -> {
            assertThat(p.ok()).isFalse();
            assertThat(p.errors().get(0).message()).startsWith("not valid JSON: Trailing token");
        });
    }

    @Test
    void should_tell_a_pretty_printed_case_from_json_lines_and_a_single_line_from_both() {
        assertThat(json.reader(bytes("{\n  \"caseType\": \"PIDANA\"\n}\n"), InputFormat.AUTO).shape())
                .isEqualTo(InputShape.OBJECT);
        assertThat(json.reader(bytes(goodCase(1) + "\n"), InputFormat.AUTO).shape()).isEqualTo(InputShape.OBJECT);
        assertThat(json.reader(bytes(goodCase(1) + "\n\n" + goodCase(2)), InputFormat.AUTO).shape())
                .isEqualTo(InputShape.LINES);
        assertThat(json.reader(bytes("  \n [" + goodCase(1) + "]"), InputFormat.AUTO).shape())
                .isEqualTo(InputShape.ARRAY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"[%s]", "%s", "%s\n%s\n"})
    void should_leave_the_stream_open_when_every_case_has_been_read(String shape) {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(shape.replace("%s", goodCase(1)).getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThat(all(json.reader(in, InputFormat.AUTO))).isNotEmpty().allMatch(ParsedCase::ok);
        assertThat(closed[0]).isFalse();
    }

    @Test
    void should_read_blank_input_as_no_case() {
        CaseReader reader = json.reader(bytes(" \n\n"), InputFormat.AUTO);

        assertThat(reader.hasNext()).isFalse();
        assertThat(reader.shape()).isEqualTo(InputShape.LINES);
    }

    @Test
    void should_name_bytes_that_are_not_utf8_by_offset_in_a_line_and_read_the_rest() {
        byte[] first = (goodCase(1) + "\n").getBytes(StandardCharsets.UTF_8);
        // The second line: {"caseNumber":"<0xFF>" ... The bad byte is 15 bytes into the line.
        byte[] second = ("{\"caseNumber\":\"\u0000\",\"caseType\":\"PERDATA\"}\n").getBytes(StandardCharsets.UTF_8);
        second[15] = (byte) 0xFF;
        byte[] third = (goodCase(3) + "\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        in.writeBytes(first);
        in.writeBytes(second);
        in.writeBytes(third);

        List<ParsedCase> cases = all(json.reader(new ByteArrayInputStream(in.toByteArray()), InputFormat.AUTO));

        assertThat(cases).extracting(ParsedCase::ok).containsExactly(true, false, true);
        FieldError error = cases.get(1).errors().get(0);
        assertThat(error.value()).isEqualTo("line 2, byte offset " + (first.length + 15));
        assertThat(error.message()).startsWith("not valid UTF-8");
    }

    @Test
    void should_name_bytes_that_are_not_utf8_by_offset_in_an_array_element_and_read_the_rest() {
        String text = "[" + goodCase(1) + ",\n{\"caseNumber\":\"\u0000\",\"caseType\":\"PERDATA\"},\n" + goodCase(3) + "]";
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        int bad = text.indexOf('\u0000');
        in[bad] = (byte) 0xC3; // a lead byte followed by '"', which cannot continue it

        List<ParsedCase> cases = all(json.reader(new ByteArrayInputStream(in), InputFormat.AUTO));

        assertThat(cases).extracting(ParsedCase::ok).containsExactly(true, false, true);
        assertThat(cases.get(1).errors()).extracting(FieldError::value, FieldError::message)
                .containsExactly(tuple("byte offset " + bad, "not valid UTF-8: no character is encoded by the bytes there"));
        assertThat(cases.get(2).caseNumber()).isEqualTo("3/Pdt.G/2025/PN Jpa");
    }

    @Test
    void should_skip_a_byte_order_mark_and_count_its_three_bytes_in_offsets() {
        String text = "[" + goodCase(1) + ",\n{\"caseNumber\":\"\u0000\",\"caseType\":\"PERDATA\"}]";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[utf8.length + 3];
        in[0] = (byte) 0xEF;
        in[1] = (byte) 0xBB;
        in[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, in, 3, utf8.length);
        int bad = 3 + text.indexOf('\u0000');
        in[bad] = (byte) 0xC3;

        List<ParsedCase> cases = all(json.reader(new ByteArrayInputStream(in), InputFormat.AUTO));

        assertThat(cases).extracting(ParsedCase::ok).containsExactly(true, false);
        assertThat(cases.get(0).caseNumber()).isEqualTo("1/Pdt.G/2025/PN Jpa");
        assertThat(cases.get(1).errors()).extracting(FieldError::value).containsExactly("byte offset " + bad);
    }

    @Test
    void should_read_json_lines_after_a_byte_order_mark_and_two_bytes_that_only_begin_one() {
        String lines = goodCase(1) + "\n" + goodCase(2) + "\n";
        byte[] utf8 = lines.getBytes(StandardCharsets.UTF_8);
        byte[] in = new byte[utf8.length + 3];
        in[0] = (byte) 0xEF;
        in[1] = (byte) 0xBB;
        in[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, in, 3, utf8.length);

        assertThat(all(json.reader(new ByteArrayInputStream(in), InputFormat.AUTO)))
                .extracting(ParsedCase::caseNumber).containsExactly("1/Pdt.G/2025/PN Jpa", "2/Pdt.G/2025/PN Jpa");
        // EF BB alone is no byte order mark: the input is two bytes that are not UTF-8, reported at offset 0.
        List<ParsedCase> cut = all(json.reader(new ByteArrayInputStream(new byte[] {(byte) 0xEF, (byte) 0xBB}),
                InputFormat.AUTO));
        assertThat(cut).hasSize(1);
        assertThat(cut.get(0).ok()).isFalse();
    }

    /** 5,000 cases: a load test, left out of the mutation run (tag "slow"), where smaller batches cover the code. */
    @Test
    @Tag("slow")
    void should_answer_json_lines_in_order_on_two_threads() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            in.append(i % 100 == 7 ? "{\"caseNumber\":\"" + i + "\",\"caseType\":\"PERDATAA\"}" : goodCase(i)).append('\n');
        }
        StringWriter out = new StringWriter();

        CaseReader cases = json.reader(bytes(in.toString()), InputFormat.AUTO);
        BatchSummary summary = json.answer(cases, tenggat, p -> AS_OF, json.writer(out, cases.shape(), Language.ID), 2);

        assertThat(summary).isEqualTo(new BatchSummary(5_000, 50));
        List<JsonNode> answers = answerLines(out.toString());
        assertThat(answers).hasSize(5_000);
        for (int i = 0; i < answers.size(); i++) {
            JsonNode answer = answers.get(i);
            assertThat(answer.get("caseNumber").asText()).startsWith(String.valueOf(i));
            assertThat(answer.get("errors").isEmpty()).isEqualTo(i % 100 != 7);
        }
        // Notified Mon 17 Mar 2025; day 14 is Mon 31 Mar (Idul Fitri); 1 Apr Idul Fitri, 2-4 and 7 Apr cuti
        // bersama, 5-6 Apr weekend: due Tue 8 Apr 2025.
        assertThat(answers.get(4_999).get("deadlines").get(0).get("due").asText()).isEqualTo("2025-04-08");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void should_answer_cases_already_read_in_order_and_count_those_with_errors(int threads) {
        List<ParsedCase> read = all(json.reader(bytes(goodCase(1) + "\n{\"caseType\":\"PERDATAA\"}\n" + goodCase(3)),
                InputFormat.JSONL));
        List<CaseAnswer> answers = new ArrayList<>();

        BatchSummary summary = json.answer(read.iterator(), tenggat, p -> AS_OF, answers::add, threads);

        assertThat(summary).isEqualTo(new BatchSummary(3, 1));
        assertThat(answers).extracting(CaseAnswer::caseNumber)
                .containsExactly("1/Pdt.G/2025/PN Jpa", null, "3/Pdt.G/2025/PN Jpa");
        assertThat(answers).extracting(CaseAnswer::ok).containsExactly(true, false, true);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void should_throw_when_answering_fails(int threads) {
        CaseReader cases = json.reader(bytes(goodCase(1) + "\n" + goodCase(2) + "\n"), InputFormat.AUTO);
        List<CaseAnswer> answers = new ArrayList<>();

        assertThatThrownBy(() -> json.answer(cases, tenggat, p -> {
            throw new IllegalStateException("no day to answer on");
        }, answers::add, threads)).isInstanceOf(IllegalStateException.class).hasMessage("no day to answer on");
        assertThat(answers).isEmpty();
    }

    @Test
    void should_answer_an_array_element_by_element_in_order() {
        StringBuilder in = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            in.append(i == 0 ? "" : ",").append(goodCase(i));
        }
        in.append("]");
        StringWriter out = new StringWriter();

        CaseReader cases = json.reader(bytes(in.toString()), InputFormat.AUTO);
        json.answer(cases, tenggat, p -> AS_OF, json.writer(out, cases.shape(), Language.ID), 2);

        assertThat(out.toString()).startsWith("[\n{\"caseNumber\":\"0/").endsWith("}\n]\n");
        List<JsonNode> answers = new ArrayList<>();
        readTree(out.toString()).forEach(answers::add);
        assertThat(answers).extracting(a -> a.get("caseNumber").asText())
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 300).mapToObj(i -> i + "/Pdt.G/2025/PN Jpa").toList());
    }

    @Test
    void should_write_the_first_answer_before_the_input_ends() throws IOException {
        PipedOutputStream producer = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(producer, 1 << 16);
        CountDownLatch firstAnswer = new CountDownLatch(1);
        Writer out = new Writer() {
            private final StringBuilder text = new StringBuilder();

            @Override
            public void write(char[] chars, int from, int length) {
                text.append(chars, from, length);
                if (text.indexOf("\n") >= 0) {
                    firstAnswer.countDown();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Thread writing = new Thread(() -> {
            try (OutputStream o = producer) {
                o.write((goodCase(1) + "\n").getBytes(StandardCharsets.UTF_8));
                o.flush();
                // The second case is written only once the first has been answered.
                if (firstAnswer.await(30, TimeUnit.SECONDS)) {
                    o.write((goodCase(2) + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writing.start();

        BatchSummary summary = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            CaseReader cases = json.reader(in, InputFormat.JSONL);
            return json.answer(cases, tenggat, p -> AS_OF, json.writer(out, cases.shape(), Language.ID), 2);
        });

        assertThat(summary.cases()).isEqualTo(2);
    }

    @Test
    void should_throw_when_the_output_fails_and_leave_the_array_open() {
        CaseReader cases = json.reader(bytes("[" + goodCase(1) + "," + goodCase(2) + "]"), InputFormat.AUTO);
        StringBuilder written = new StringBuilder();
        Writer full = new Writer() {
            @Override
            public void write(char[] chars, int from, int length) throws IOException {
                if (written.length() > 0) {
                    throw new IOException("No space left on device");
                }
                written.append(chars, from, length);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        BatchWriter out = json.writer(full, cases.shape(), Language.ID);

        assertThatThrownBy(() -> json.answer(cases, tenggat, p -> AS_OF, out, 2))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("No space left on device");
        assertThat(written.toString()).startsWith("[\n{").doesNotContain("\n]");
    }

    @Test
    void should_throw_when_the_input_fails() {
        InputStream failing = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                byte[] line = (goodCase(1) + "\n").getBytes(StandardCharsets.UTF_8);
                if (sent < line.length * 3) {
                    return line[sent++ % line.length];
                }
                throw new IOException("connection reset");
            }
        };
        CaseReader cases = json.reader(failing, InputFormat.JSONL);

        assertThatThrownBy(() -> json.answer(cases, tenggat, p -> AS_OF,
                json.writer(new StringWriter(), cases.shape(), Language.ID), 2))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining("connection reset");
    }

    @Test
    void should_take_today_in_the_time_zone_of_each_cases_court() {
        // 16:30 UTC on Thu 20 Mar 2025: 23:30 in Jakarta (WIB, UTC+7), already 01:30 on Fri 21 Mar in Jayapura
        // (WIT, UTC+9).
        Clock clock = Clock.fixed(Instant.parse("2025-03-20T16:30:00Z"), ZoneId.of("UTC"));
        Tenggat atHalfPastFour = Tenggat.builder().engine(ENGINE).clock(clock).build();
        var today = TenggatJson.todayAtTheCourt(atHalfPastFour, ZoneId.of("Asia/Jakarta"));

        List<ParsedCase> cases = all(json.reader(bytes("""
                {"caseType":"PERDATA","court":"PN Jayapura"}
                {"caseType":"PERDATA","court":"PN Jepara"}
                {"caseType":"PERDATA"}
                {"caseType":"PERDATAA","court":"PN Jayapura"}
                """), InputFormat.AUTO));

        assertThat(cases).extracting(today::apply).containsExactly(LocalDate.of(2025, 3, 21), LocalDate.of(2025, 3, 20),
                LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 20));
    }

    private static JsonNode readTree(String text) {
        try {
            return SchemaSupport.MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
