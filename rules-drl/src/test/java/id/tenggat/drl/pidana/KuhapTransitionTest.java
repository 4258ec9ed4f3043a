package id.tenggat.drl.pidana;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import id.tenggat.model.Verdict;
import org.junit.jupiter.api.Test;

/** The choice between UU 8/1981 and UU 20/2025 (Pasal 361) from facts other than the examination date. */
class KuhapTransitionTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    @Test
    void appealCourtDetentionBefore2026ShowsTheExaminationHadBegun() {
        // A PT order from Mon 1 Dec 2025 means the district court had judged before 2 Jan 2026: Pasal 361 huruf c,
        // UU 8/1981. KUHAP Pasal 27: 30 days inclusive, Dec 1..30 -> Tue 30 Dec 2025.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PT, of(2025, 12, 1), 30, Official.HAKIM_PT))
                .build();
        DeadlineAnswer pt = only(TENGGAT.whatIsDue(c).asOf(of(2025, 12, 10)), "pidana.penahanan.pt");

        assertThat(pt.status()).isEqualTo(Status.OPEN);
        assertThat(pt.due()).isEqualTo(of(2025, 12, 30));
        assertThat(pt.law()).isEqualTo("UU 8/1981 (KUHAP)");
    }

    @Test
    void bandingFileStepsUnderTheNewLawAreNotEncoded() {
        // Examination began 8 Jan 2026 (huruf d): UU 20/2025, whose banding file steps are not confirmed.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 8))
                .pronounced(of(2026, 3, 2), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2026, 3, 4), Party.TERDAKWA)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 3, 5));

        assertThat(only(a, "pidana.banding.kirim_berkas").status()).isEqualTo(Status.NOT_ENCODED);
        assertThat(a.deadlines("pidana.banding.inzage")).extracting(DeadlineAnswer::status)
                .isNotEmpty().containsOnly(Status.NOT_ENCODED);
        assertThat(only(a, "pidana.banding.kirim_berkas").legalBasis()).contains("UU 20/2025");
    }

    @Test
    void acquittalOpensKasasiForTheProsecutorAndNoBanding() {
        // Acquittal pronounced Thu 18 Dec 2025 with both present: no banding (KUHAP Pasal 67); kasasi for the
        // prosecutor from 19 Dec, day 14 = Thu 1 Jan 2026 (New Year), then Fri 2 Jan 2026 is a working day.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(CaseEvent.pronounced(of(2025, 12, 18), Verdict.BEBAS, Party.TERDAKWA, Party.PENUNTUT_UMUM))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 19));

        assertThat(a.deadlines("pidana.banding")).isEmpty();
        DeadlineAnswer kasasi = only(a, "pidana.kasasi");
        assertThat(kasasi.party()).isEqualTo(Party.PENUNTUT_UMUM);
        assertThat(kasasi.due()).isEqualTo(of(2026, 1, 2));
        assertThat(kasasi.legalBasis()).contains("114/PUU-X/2012");
    }

    private static DeadlineAnswer only(CaseAnswer a, String id) {
        assertThat(a.deadlines(id)).as(id).hasSize(1);
        return a.deadlines(id).get(0);
    }
}
