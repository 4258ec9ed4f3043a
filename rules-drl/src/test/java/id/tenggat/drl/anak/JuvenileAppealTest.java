package id.tenggat.drl.anak;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import org.junit.jupiter.api.Test;

/**
 * Banding and kasasi in a juvenile case, through UU 11/2012 Pasal 16 (criminal procedure applies unless the SPPA says
 * otherwise), with the SPPA's own detention periods at the appeal stages. Dates counted by hand on the calendar.
 */
class JuvenileAppealTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    @Test
    void bandingRunsAsInCriminalProcedureCitingTheSppaAcrossChristmas() {
        // Judgment pronounced Thu 18 Dec 2025, child and prosecutor present: day 7 = Thu 25 Dec (Natal); 26 Dec cuti
        // bersama, 27-28 weekend → Mon 29 Dec 2025 (roll). No-roll: Thu 25 Dec. Cuti bersama as working: Fri 26 Dec.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .pronounced(of(2025, 12, 18), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 19));
        assertThat(a.deadlines("pidana.banding")).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Status.OPEN);
            assertThat(d.due()).isEqualTo(of(2025, 12, 29));
            assertThat(d.legalBasis()).contains("UU 11/2012 Pasal 16").contains("KUHAP Pasal 233 ayat (2)");
            assertThat(d.law()).isEqualTo("UU 8/1981 (KUHAP)");
            assertThat(d.alternatives()).containsExactlyInAnyOrder(new Alternative("no-roll", of(2025, 12, 25)),
                    new Alternative("working", of(2025, 12, 26), "cuti-bersama"));
        });
    }

    @Test
    void kasasiMovesOffIsraMirajWithTheHighCourtsDetentionUnderTheSppa() {
        // Banding judgment notified to the child Fri 2 Jan 2026: next-day 3 Jan (1) ... 16 Jan (14) = Isra Mi'raj;
        // 17-18 Jan weekend → Mon 19 Jan 2026. Same-day: 2 Jan (1) ... 15 Jan (14), Thu 15 Jan 2026.
        // Detention at the high court (SPPA Pasal 37 ayat (1)): 10 days, Mon 22 Dec .. Wed 31 Dec 2025 inclusive.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .pronounced(of(2025, 12, 18), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2025, 12, 19), Party.TERDAKWA)
                .event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, of(2026, 1, 2), Party.TERDAKWA)
                .detention(Detention.first(DetentionStage.PT, of(2025, 12, 22), 10, Official.HAKIM_PT))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 5));
        DeadlineAnswer kasasi = a.deadlines("pidana.kasasi").stream().filter(d -> d.party() == Party.TERDAKWA)
                .findFirst().orElseThrow();
        assertThat(kasasi.due()).isEqualTo(of(2026, 1, 19));
        assertThat(kasasi.legalBasis()).contains("UU 11/2012 Pasal 16").contains("KUHAP Pasal 245 ayat (1)");
        assertThat(kasasi.alternatives()).contains(new Alternative("same-day", of(2026, 1, 15)));
        // The child's banding was filed: MET; the prosecutor's unused right has lapsed (due Mon 29 Dec 2025).
        assertThat(a.deadlines("pidana.banding")).filteredOn(d -> d.party() == Party.PENUNTUT_UMUM)
                .singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(Status.LAPSED));
        DeadlineAnswer pt = a.deadlines("anak.penahanan.pt").get(0);
        assertThat(pt.due()).isEqualTo(of(2025, 12, 31));
    }

    @Test
    void aJuvenileCaseExaminedUnderTheNewLawHasItsWindowsNotEncoded() {
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 12))
                .pronounced(of(2026, 2, 2), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 2, 3));
        assertThat(a.deadlines("pidana.banding")).extracting(DeadlineAnswer::status).containsOnly(Status.NOT_ENCODED);
        assertThat(a.deadlines("pidana.kasasi")).extracting(DeadlineAnswer::status).containsOnly(Status.NOT_ENCODED);
    }
}
