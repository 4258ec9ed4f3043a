package id.tenggat.sipp;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.model.CourtCase;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A run over a generated court on the real MariaDB server: time and peak heap of reading, mapping, answering and
 * writing every case, against a baseline in the same JVM (the library answering the same kind of cases already in
 * memory). Run by {@code sipp/bench.sh [cases]}; never part of the test suite.
 */
public final class SippCourtBenchmark {
    private SippCourtBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        LocalDate asOf = LocalDate.of(2025, 6, 16);
        Tenggat tenggat = Tenggat.indonesia();
        try (MariaDb.TestDatabase db = MariaDb.createSipp("bench")) {
            long g0 = System.nanoTime();
            SippCourtGenerator court = new SippCourtGenerator(42L, asOf, false);
            try (Connection c = db.admin()) {
                court.generate(c, cases);
            }
            System.out.printf("generated %,d cases in %.1f s%n", court.cases, (System.nanoTime() - g0) / 1e9);

            // Warm-up: the rule base and the JIT, on the first batches of the same court.
            SippReader.builder(db.dataSource()).tenggat(tenggat).build().due(asOf, asOf, asOf.plusDays(1));

            Path out = Files.createTempDirectory("tenggat-sipp-bench");
            List<CourtCase> sample = new ArrayList<>();
            System.gc();
            LiveHeap live = LiveHeap.watch();
            long t0 = System.nanoTime();
            RunSummary summary;
            try (SippJsonFiles files = SippJsonFiles.in(out, Language.ID)) {
                summary = SippReader.builder(db.dataSource()).tenggat(tenggat).build().run(asOf, new SippSink() {
                    @Override
                    public void answered(MappedCase mapped, CaseAnswer answer) {
                        if (sample.size() < 2_000) {
                            sample.add(mapped.courtCase());
                        }
                        files.answered(mapped, answer);
                    }

                    @Override
                    public void problem(Problem problem) {
                        files.problem(problem);
                    }
                });
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long livePeak = live.peak();
            long deadlines = summary.byStatus().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("run: %,d cases read, %,d answered, %,d deadlines, %,d problems in %.1f s "
                            + "(%.0f cases/s); peak live heap %d MiB after a collection (max heap %d MiB); deadlines.jsonl %d MiB%n",
                    summary.casesRead(), summary.casesAnswered(), deadlines, summary.problems(), seconds,
                    summary.casesRead() / seconds, livePeak >> 20, Runtime.getRuntime().maxMemory() >> 20,
                    Files.size(out.resolve(SippJsonFiles.DEADLINES)) >> 20);

            // Baseline: the library alone answering 2,000 of the same cases held in memory.
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long b0 = System.nanoTime();
                tenggat.answerAll(sample, asOf);
                best = Math.min(best, (System.nanoTime() - b0) / 1e3 / sample.size());
            }
            System.out.printf("baseline: answerAll alone %.1f µs per case; the whole run %.1f µs per case%n",
                    best, seconds * 1e6 / summary.casesRead());
            try (var files = Files.list(out)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(out);
        }
    }

    /** The largest heap in use right after a garbage collection: the most the run held at once. */
    private static final class LiveHeap implements javax.management.NotificationListener {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(java.util.stream.Collectors.toSet());

        static LiveHeap watch() {
            LiveHeap listener = new LiveHeap();
            for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((javax.management.NotificationEmitter) gc).addNotificationListener(listener, null, null);
            }
            return listener;
        }

        @Override
        public void handleNotification(javax.management.Notification n, Object handback) {
            if (n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) n.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                peak.accumulateAndGet(used, Math::max);
            }
        }

        long peak() {
            return peak.get();
        }
    }
}
