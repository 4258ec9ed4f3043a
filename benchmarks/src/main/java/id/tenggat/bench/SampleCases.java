package id.tenggat.bench;

import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Deterministic synthetic cases for the benchmarks: civil and criminal judgments spread over 2025. */
final class SampleCases {
    private SampleCases() {
    }

    static List<CourtCase> generate(int n, long seed) {
        Random random = new Random(seed);
        List<CourtCase> cases = new ArrayList<>(n);
        LocalDate base = LocalDate.of(2025, 1, 2);
        for (int i = 0; i < n; i++) {
            LocalDate pronounced = base.plusDays(random.nextInt(330));
            boolean civil = random.nextBoolean();
            CourtCase.Builder b = CourtCase.builder(civil ? CaseType.PERDATA : CaseType.PIDANA)
                    .caseNumber(i + (civil ? "/Pdt.G/2025/PN Jpa" : "/Pid.B/2025/PN Jpa"));
            if (civil) {
                b.pronounced(pronounced, Party.PENGGUGAT)
                        .event(EventType.PUTUSAN_DIBERITAHUKAN, pronounced.plusDays(1 + random.nextInt(10)), Party.TERGUGAT);
                if (random.nextInt(5) == 0) {
                    b.event(EventType.PERMOHONAN_BANDING, pronounced.plusDays(5), Party.PENGGUGAT);
                }
            } else {
                b.pronounced(pronounced, Party.TERDAKWA, Party.PENUNTUT_UMUM);
                if (random.nextInt(5) == 0) {
                    b.event(EventType.PERMOHONAN_BANDING, pronounced.plusDays(3), Party.PENUNTUT_UMUM);
                }
            }
            cases.add(b.build());
        }
        return cases;
    }
}
