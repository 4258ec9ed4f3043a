package id.tenggat.drl.anak;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Eligibility;
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
import java.util.List;
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

    @Test
    void inzageAndSendingTheFileRunAsInCriminalProcedureOverTheYearEnd() {
        // Banding filed Fri 19 Dec 2025. Sending the file (KUHAP Pasal 236 ayat (1)): 14 days, Dec 20..31 = 12, Jan 1
        // (13), Fri 2 Jan 2026 (14); a court target, no roll. Inzage notified to the child Wed 24 Dec 2025: 7 days,
        // Dec 25 (Natal) .. Wed 31 Dec 2025; the period has no roll (Pasal 236 ayat (2) sets a stretch of days).
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .pronounced(of(2025, 12, 18), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2025, 12, 19), Party.TERDAKWA)
                .event(EventType.INZAGE_DIBERITAHUKAN, of(2025, 12, 24), Party.TERDAKWA)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 29));
        assertThat(a.deadlines("pidana.banding.kirim_berkas")).singleElement().satisfies(d -> {
            assertThat(d.due()).isEqualTo(of(2026, 1, 2));
            assertThat(d.courtTarget()).isTrue();
            assertThat(d.legalBasis()).contains("UU 11/2012 Pasal 16").contains("KUHAP Pasal 236 ayat (1)");
        });
        DeadlineAnswer inzage = a.deadlines("pidana.banding.inzage").stream().filter(d -> d.party() == Party.TERDAKWA)
                .findFirst().orElseThrow();
        assertThat(inzage.due()).isEqualTo(of(2025, 12, 31));
        assertThat(inzage.status()).isEqualTo(Status.OPEN);
        assertThat(inzage.legalBasis()).contains("UU 11/2012 Pasal 16").contains("KUHAP Pasal 236 ayat (2)");
    }

    @Test
    void memoriKasasiMovesOffIsraMirajCitingTheSppa() {
        // Kasasi filed Fri 2 Jan 2026. Memori (KUHAP Pasal 248 ayat (1)), next-day: Jan 3 (1) .. Fri 16 Jan (14) =
        // Isra Mi'raj; 17-18 weekend -> Mon 19 Jan 2026. Same-day: Jan 2 (1) .. Thu 15 Jan 2026.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .pronounced(of(2025, 12, 1), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2025, 12, 2), Party.TERDAKWA)
                .event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, of(2025, 12, 30), Party.TERDAKWA)
                .event(EventType.PERMOHONAN_KASASI, of(2026, 1, 2), Party.TERDAKWA)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 5));
        DeadlineAnswer memori = a.deadlines("pidana.kasasi.memori").stream().filter(d -> d.party() == Party.TERDAKWA)
                .findFirst().orElseThrow();
        assertThat(memori.due()).isEqualTo(of(2026, 1, 19));
        assertThat(memori.alternatives()).contains(new Alternative("same-day", of(2026, 1, 15)));
        assertThat(memori.legalBasis()).contains("UU 11/2012 Pasal 16").contains("KUHAP Pasal 248 ayat (1)");
        assertThat(memori.law()).isEqualTo("UU 8/1981 (KUHAP)");
    }

    @Test
    void kasasiAgainstAJuvenileAcquittalIsTheProsecutorsOverNewYear() {
        // Acquittal pronounced Thu 18 Dec 2025, both present: no banding (Pasal 67); kasasi for the prosecutor from
        // 19 Dec, day 14 = Thu 1 Jan 2026 (New Year) -> Fri 2 Jan 2026. Same-day: 18..31 Dec, Wed 31 Dec 2025.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .event(CaseEvent.pronounced(of(2025, 12, 18), Verdict.BEBAS, Party.TERDAKWA, Party.PENUNTUT_UMUM))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 19));
        assertThat(a.deadlines("pidana.banding")).isEmpty();
        assertThat(a.deadlines("pidana.kasasi")).singleElement().satisfies(d -> {
            assertThat(d.party()).isEqualTo(Party.PENUNTUT_UMUM);
            assertThat(d.variant()).isEqualTo("putusan-bebas");
            assertThat(d.due()).isEqualTo(of(2026, 1, 2));
            assertThat(d.alternatives()).contains(new Alternative("same-day", of(2025, 12, 31)));
            assertThat(d.legalBasis()).contains("UU 11/2012 Pasal 16").contains("114/PUU-X/2012");
        });
    }

    @Test
    void kasasiStraightAgainstAJuvenileJudgmentFiledBeforeNotificationMeetsIt() {
        // Judgment pronounced Mon 22 Dec 2025 with the child absent; the child files kasasi without banding on Mon
        // 29 Dec 2025, before any notification: MET under early-filing "accepted" (decision 0015).
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .pronounced(of(2025, 12, 22), Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_KASASI, of(2025, 12, 29), Party.TERDAKWA)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 30));
        DeadlineAnswer child = a.deadlines("pidana.kasasi").stream().filter(d -> d.party() == Party.TERDAKWA)
                .findFirst().orElseThrow();
        assertThat(child.variant()).isEqualTo("tanpa-banding");
        assertThat(child.status()).isEqualTo(Status.MET);
        assertThat(child.actDate()).isEqualTo(of(2025, 12, 29));
        // Its memori: next-day from 29 Dec, day 14 = Mon 12 Jan 2026 (Dec 30, 31, Jan 1..12).
        DeadlineAnswer memori = a.deadlines("pidana.kasasi.memori").stream().filter(d -> d.party() == Party.TERDAKWA)
                .findFirst().orElseThrow();
        assertThat(memori.due()).isEqualTo(of(2026, 1, 12));
    }

    @Test
    void aJuvenileCaseUnderTheNewLawTakesItsAppealValuesAndBarsKasasiAgainstAnAcquittal() {
        // Examination begun 12 Jan 2026: UU 20/2025 through Pasal 16. The appeal values are not confirmed: the
        // windows are NOT_ENCODED naming the law value, and an acquittal no banding followed has no kasasi.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 12))
                .event(CaseEvent.pronounced(of(2026, 2, 2), Verdict.BEBAS, Party.TERDAKWA, Party.PENUNTUT_UMUM))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 2, 3));
        assertThat(a.deadlines("pidana.kasasi")).isEmpty();
        Eligibility kasasi = a.eligibility("pidana.kasasi").orElseThrow();
        assertThat(kasasi.eligible()).isFalse();
        assertThat(kasasi.criteria()).singleElement()
                .satisfies(cr -> assertThat(cr.legalBasis()).contains("UU 20/2025 Pasal 299 ayat (2) huruf a"));

        CourtCase appealed = CourtCase.builder(CaseType.ANAK)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 12))
                .pronounced(of(2026, 2, 2), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2026, 2, 3), Party.TERDAKWA)
                .event(EventType.PERMOHONAN_KASASI, of(2026, 3, 2), Party.TERDAKWA)
                .build();
        CaseAnswer b = TENGGAT.whatIsDue(appealed).asOf(of(2026, 3, 3));
        for (String id : List.of("pidana.banding", "pidana.banding.inzage", "pidana.banding.kirim_berkas",
                "pidana.kasasi", "pidana.kasasi.memori")) {
            assertThat(b.deadlines(id)).as(id).isNotEmpty().allSatisfy(d -> {
                assertThat(d.status()).isIn(Status.NOT_ENCODED, Status.MET);
                assertThat(d.law()).isEqualTo("UU 20/2025 (KUHAP)");
            });
        }
    }
}
