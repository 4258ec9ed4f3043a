package id.tenggat.bench;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.tenggat.Tenggat;
import id.tenggat.answer.Language;
import id.tenggat.json.BatchSummary;
import id.tenggat.json.CaseReader;
import id.tenggat.json.InputFormat;
import id.tenggat.json.TenggatJson;
import id.tenggat.model.CourtCase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The whole work of a batch in process, as the command-line tool and the service do it: JSON Lines bytes in (read,
 * checked, bound, validated), every deadline answered with its explanation, JSON Lines out, for a varied batch of
 * {@value #CASES} civil and criminal cases; on one thread and on every core. The baseline in the same run is the
 * civil banding date computed in plain Java (notification plus 14 days, moved past a weekend; no holidays, no
 * explanation): what the library's work costs above the bare date arithmetic.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class JsonBatchBenchmark {
    static final int CASES = 100_000;
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private Tenggat tenggat;
    private TenggatJson json;
    private byte[] input;
    private LocalDate[] notified;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        tenggat = Tenggat.indonesia();
        json = TenggatJson.create();
        List<CourtCase> cases = SampleCases.generate(CASES, 42);
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (CourtCase c : cases) {
            lines.write(mapper.writeValueAsBytes(c));
            lines.write('\n');
        }
        input = lines.toByteArray();
        notified = cases.stream().map(c -> c.events().get(c.events().size() - 1).date()).toArray(LocalDate[]::new);
        BatchSummary check = answer(1, chars -> { });
        if (check.cases() != CASES || !check.ok()) {
            throw new IllegalStateException("the generated batch does not read back cleanly: " + check);
        }
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public BatchSummary oneThread(Blackhole bh) {
        return answer(1, bh::consume);
    }

    @Benchmark
    @OperationsPerInvocation(CASES)
    public BatchSummary allCores(Blackhole bh) {
        return answer(Runtime.getRuntime().availableProcessors(), bh::consume);
    }

    /** The baseline: a banding's last day in plain Java, per case. */
    @Benchmark
    @OperationsPerInvocation(CASES)
    public void plainJavaBandingDate(Blackhole bh) {
        for (LocalDate n : notified) {
            LocalDate last = n.plusDays(14);
            if (last.getDayOfWeek() == DayOfWeek.SATURDAY) {
                last = last.plusDays(2);
            } else if (last.getDayOfWeek() == DayOfWeek.SUNDAY) {
                last = last.plusDays(1);
            }
            bh.consume(last);
        }
    }

    private BatchSummary answer(int threads, Consumer<char[]> sink) {
        CaseReader reader = json.reader(new ByteArrayInputStream(input), InputFormat.JSONL);
        Writer out = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) {
                sink.accept(buffer);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        try {
            return json.answer(reader, tenggat, c -> AS_OF, json.writer(out, reader.shape(), Language.ID), threads);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException(e);
        }
    }
}
