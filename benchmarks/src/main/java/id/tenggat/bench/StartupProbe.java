package id.tenggat.bench;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.model.CourtCase;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;

/**
 * Prints how long a fresh JVM takes to its first answer: JVM uptime at the answer, and the time spent building the
 * library (calendar and rule base). Run by {@code benchmarks/run.sh startup}.
 */
public final class StartupProbe {
    private StartupProbe() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        Tenggat tenggat = Tenggat.indonesia();
        CourtCase c = SampleCases.generate(1, 7).get(0);
        CaseAnswer answer = tenggat.answer(c, LocalDate.of(2025, 12, 1));
        long firstAnswerMs = (System.nanoTime() - t0) / 1_000_000;
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long t1 = System.nanoTime();
        tenggat.answer(SampleCases.generate(2, 8).get(1), LocalDate.of(2025, 12, 1));
        long secondUs = (System.nanoTime() - t1) / 1_000;
        System.out.printf("deadlines=%d rules=%d library-to-first-answer-ms=%d jvm-uptime-at-answer-ms=%d second-answer-us=%d%n",
                answer.deadlines().size(), tenggat.rules().size(), firstAnswerMs, uptime, secondUs);
    }
}
