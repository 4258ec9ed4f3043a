package id.tenggat.bench;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.engine.DeadlineEngine;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
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
 * Cost of answering "what is due" through the public API: one case at a time (a fresh rule session per case),
 * a batch of 1,000 cases through {@link Tenggat#answerAll}, and the rule engine alone (selecting provisions, without
 * validation, counting or explanations) to show its share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmark {
    static final int BATCH = 1_000;
    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    private Tenggat tenggat;
    private DeadlineEngine engine;
    private List<CourtCase> cases;

    @Setup(Level.Trial)
    public void setUp() {
        tenggat = Tenggat.indonesia();
        engine = ServiceLoader.load(DeadlineEngine.class).findFirst().orElseThrow();
        cases = SampleCases.generate(BATCH, 42);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void perCase(Blackhole bh) {
        for (CourtCase c : cases) {
            bh.consume(tenggat.answer(c, AS_OF));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void engineOnly(Blackhole bh) {
        for (CourtCase c : cases) {
            bh.consume(engine.evaluate(c, AS_OF));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void batch(Blackhole bh) {
        List<CaseAnswer> answers = tenggat.answerAll(cases, AS_OF);
        bh.consume(answers);
    }
}
