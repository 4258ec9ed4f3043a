package id.tenggat.drl.detention;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.detention.DetentionSummary;
import id.tenggat.detention.Violation;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Defendant;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Adult detention end to end: the rules choose the law and the limits, the library counts. Dates worked by hand,
 * inclusive counting (N days from A end on A + N - 1), calendar days, never rolled.
 */
class DetentionRulesTest {
    static final Tenggat TENGGAT = Tenggat.indonesia();

    static DeadlineAnswer only(CaseAnswer a, String id) {
        assertThat(a.deadlines(id)).hasSize(1);
        return a.deadlines(id).get(0);
    }

    @Test
    void pnChainUnderKuhap1981WithDecisionTarget() {
        // Examination began 2025 -> UU 8/1981 (Pasal 361 huruf c). 30 from 6 Jan 2025 -> 4 Feb; 60 from 5 Feb -> 5 Apr
        // 2025 (a Saturday in the Lebaran cuti bersama: detention does not roll). Decision 10 days before: 26 Mar 2025.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 1, 13))
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 3, 20));
        DeadlineAnswer pn = only(a, "pidana.penahanan.pn");
        assertThat(pn.due()).isEqualTo(of(2025, 4, 5));
        assertThat(pn.status()).isEqualTo(Status.OPEN);
        assertThat(pn.daysRemaining()).isEqualTo(16);
        assertThat(pn.legalBasis()).isEqualTo("KUHAP Pasal 26");
        assertThat(pn.law()).isEqualTo("UU 8/1981 (KUHAP)");
        assertThat(pn.rule()).isEqualTo("pidana.penahanan.pn.kuhap-1981");
        DeadlineAnswer target = only(a, "pidana.putusan_sebelum_tahanan_habis");
        assertThat(target.due()).isEqualTo(of(2025, 3, 26));
        assertThat(target.courtTarget()).isTrue();
        assertThat(target.source()).contains("S3 IV.A");
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2025, 4, 5));
        assertThat(a.detention().nextExtensionBy()).isNull();
        assertThat(a.detention().violations()).isEmpty();
    }

    @Test
    void fluentQueryReturnsTheSummary() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PENYIDIKAN_DIMULAI, of(2025, 1, 2))
                .detention(Detention.first(DetentionStage.PENYIDIK, of(2025, 1, 6), 20, Official.PENYIDIK))
                .build();
        // 20 from 6 Jan 2025 -> 25 Jan; +40 -> 6 Mar 2025 (Jan 26..31 = 6, Feb 28, Mar 1..6).
        DetentionSummary s = TENGGAT.penahanan(c).asOf(of(2025, 1, 25)).orElseThrow();
        assertThat(s.currentEnd()).isEqualTo(of(2025, 1, 25));
        assertThat(s.daysRemaining()).isZero();
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 3, 6));
        assertThat(s.nextExtensionBy()).isEqualTo(Official.PENUNTUT_UMUM);
        assertThat(TENGGAT.whatIsDue(c).asOf(of(2025, 1, 25)).deadlines("pidana.penahanan.penyidik").get(0).status())
                .isEqualTo(Status.DUE_TODAY);
        assertThat(TENGGAT.whatIsDue(c).asOf(of(2025, 1, 26)).deadlines("pidana.penahanan.penyidik").get(0).status())
                .isEqualTo(Status.OVERDUE);
    }

    @Test
    void pasal361HurufAInvestigationBefore2026CrossesTheBoundaryUnderTheOldLaw() {
        // Penuntut umum 20 from 15 Dec 2025 -> 3 Jan 2026; +30 from 4 Jan -> 2 Feb 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PENYIDIKAN_DIMULAI, of(2025, 11, 20))
                .detention(Detention.first(DetentionStage.PENUNTUT_UMUM, of(2025, 12, 15), 20, Official.PENUNTUT_UMUM))
                .detention(Detention.extension(DetentionStage.PENUNTUT_UMUM, of(2026, 1, 4), 30, Official.KETUA_PN))
                .build();
        DeadlineAnswer pu = only(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 10)), "pidana.penahanan.penuntut_umum");
        assertThat(pu.due()).isEqualTo(of(2026, 2, 2));
        assertThat(pu.law()).isEqualTo("UU 8/1981 (KUHAP)");
        assertThat(pu.explanation().steps().get(0).id()).contains("Pasal 361 huruf a");
    }

    @Test
    void pasal361HurufAInferredFromDetentionBefore2026() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PENYIDIK, of(2025, 12, 20), 20, Official.PENYIDIK))
                .build();
        // 20 from 20 Dec 2025: Dec 20..31 = 12, Jan 1..8 = 8 -> 8 Jan 2026.
        DeadlineAnswer d = only(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 2)), "pidana.penahanan.penyidik");
        assertThat(d.due()).isEqualTo(of(2026, 1, 8));
        assertThat(d.law()).isEqualTo("UU 8/1981 (KUHAP)");
    }

    @Test
    void pasal361HurufBInvestigationFrom2026UsesTheNewLaw() {
        // 20 from 5 Jan 2026 -> 24 Jan 2026; +40 (by penuntut umum) -> 5 Mar 2026 (Jan 25..31 = 7, Feb 28 (35), Mar 1..5).
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PENYIDIKAN_DIMULAI, of(2026, 1, 2))
                .detention(Detention.first(DetentionStage.PENYIDIK, of(2026, 1, 5), 20, Official.PENYIDIK))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 6));
        DeadlineAnswer d = only(a, "pidana.penahanan.penyidik");
        assertThat(d.due()).isEqualTo(of(2026, 1, 24));
        assertThat(d.law()).isEqualTo("UU 20/2025 (KUHAP)");
        assertThat(d.source()).contains("justisio.com");
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 3, 5));
    }

    @Test
    void pasal361HurufCCourtDetentionAcrossTheBoundaryStaysOld() {
        // Examination began 18 Dec 2025. PN 30 from 15 Dec 2025: Dec 15..31 = 17, Jan 1..13 -> 13 Jan 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 12, 18))
                .detention(Detention.first(DetentionStage.PN, of(2025, 12, 15), 30, Official.HAKIM_PN))
                .build();
        DeadlineAnswer d = only(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 5)), "pidana.penahanan.pn");
        assertThat(d.due()).isEqualTo(of(2026, 1, 13));
        assertThat(d.law()).isEqualTo("UU 8/1981 (KUHAP)");
        assertThat(d.explanation().steps().get(0).id()).contains("Pasal 361 huruf c");
    }

    @Test
    void pasal361HurufDExaminationFrom2026UsesTheNewLaw() {
        // Sent to court Dec 2025, examination began 8 Jan 2026. PN 30 from 22 Dec 2025: Dec 22..31 = 10, Jan 1..20 -> 20 Jan 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PERKARA_DILIMPAHKAN, of(2025, 12, 22))
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 8))
                .detention(Detention.first(DetentionStage.PN, of(2025, 12, 22), 30, Official.HAKIM_PN))
                .build();
        DeadlineAnswer d = only(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 10)), "pidana.penahanan.pn");
        assertThat(d.due()).isEqualTo(of(2026, 1, 20));
        assertThat(d.law()).isEqualTo("UU 20/2025 (KUHAP)");
        assertThat(d.explanation().steps().get(0).id()).contains("Pasal 361 huruf d");
    }

    @Test
    void appealStagesUnderTheNewLawAreNotEncoded() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 8))
                .detention(Detention.first(DetentionStage.PN, of(2026, 1, 5), 30, Official.HAKIM_PN))
                .detention(Detention.first(DetentionStage.PT, of(2026, 2, 4), 30, Official.HAKIM_PT))
                .detention(Detention.first(DetentionStage.MA, of(2026, 3, 6), 50, Official.HAKIM_MA))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 3, 10));
        for (String id : new String[] {"pidana.penahanan.pt", "pidana.penahanan.ma"}) {
            DeadlineAnswer d = only(a, id);
            assertThat(d.status()).isEqualTo(Status.NOT_ENCODED);
            assertThat(d.due()).isNull();
            assertThat(d.legalBasis()).contains("UU 20/2025").contains("belum dikonfirmasi");
        }
        assertThat(a.deadlines("pidana.putusan_banding_sebelum_tahanan_habis")).isEmpty();
        // The PN stage (30 from 5 Jan 2026 -> 3 Feb 2026) was taken over by the PT on 4 Feb: met.
        assertThat(only(a, "pidana.penahanan.pn").status()).isEqualTo(Status.MET);
        assertThat(a.detention().currentStage()).isEqualTo(DetentionStage.MA);
        assertThat(a.detention().latestLawfulEnd()).isNull();
    }

    static final String BOTH = "UU 8/1981 dan UU 20/2025 (sama)";

    @Test
    void courtStageWithoutTheDecidingDateAnswersTheLimitsBothVersionsShare() {
        // No event decides Pasal 361 huruf c or d, but KUHAP Pasal 26 and UU 20/2025 both give 30 + 60.
        // 30 from 5 Jan 2026: Jan 5..31 = 27, Feb 1..3 -> 3 Feb 2026; 24 days after 10 Jan (21 to 31 Jan, 3 in Feb).
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PN, of(2026, 1, 5), 30, Official.HAKIM_PN))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 10));
        DeadlineAnswer d = only(a, "pidana.penahanan.pn");
        assertThat(d.status()).isEqualTo(Status.OPEN);
        assertThat(d.due()).isEqualTo(of(2026, 2, 3));
        assertThat(d.daysRemaining()).isEqualTo(24);
        assertThat(d.law()).isEqualTo(BOTH);
        assertThat(d.legalBasis()).contains("KUHAP Pasal 26").contains("UU 20/2025");
        assertThat(d.rule()).isEqualTo("pidana.penahanan.pn.kuhap-sama");
        assertThat(d.explanation().steps().get(0).id()).contains("Pasal 361").contains("PEMERIKSAAN_DIMULAI")
                .contains("sama dalam kedua versi");
        // +60 by the Ketua PN from 4 Feb: Feb 4..28 = 25, Mar = 31 (56), Apr 1..4 -> 4 Apr 2026.
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 4, 4));
        assertThat(a.detention().nextExtensionBy()).isEqualTo(Official.KETUA_PN);
        // The court target is answered too: 10 days before 3 Feb 2026 is 24 Jan 2026.
        assertThat(only(a, "pidana.putusan_sebelum_tahanan_habis").due()).isEqualTo(of(2026, 1, 24));
    }

    @Test
    void courtStageWithoutTheDecidingDateAcrossTheYearBoundary() {
        // Sent to court before 2026 without a hearing on record: huruf c or d undecided. 30 from 20 Dec 2025:
        // Dec 20..31 = 12, Jan 1..18 = 18 -> 18 Jan 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PERKARA_DILIMPAHKAN, of(2025, 12, 19))
                .detention(Detention.first(DetentionStage.PN, of(2025, 12, 20), 30, Official.HAKIM_PN))
                .build();
        DeadlineAnswer d = only(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 18)), "pidana.penahanan.pn");
        assertThat(d.due()).isEqualTo(of(2026, 1, 18));
        assertThat(d.status()).isEqualTo(Status.DUE_TODAY);
        assertThat(d.law()).isEqualTo(BOTH);
    }

    @Test
    void appealStagesWithoutTheDecidingDateWait() {
        // PN 30 from 5 Jan 2026 -> 3 Feb (limits shared); the PT took the defendant over on 4 Feb: PN met.
        // The PT limit may differ under UU 20/2025 (not confirmed): it waits for the examination date.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PN, of(2026, 1, 5), 30, Official.HAKIM_PN))
                .detention(Detention.first(DetentionStage.PT, of(2026, 2, 4), 30, Official.HAKIM_PT))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 2, 10));
        assertThat(only(a, "pidana.penahanan.pn").status()).isEqualTo(Status.MET);
        assertThat(only(a, "pidana.penahanan.pn").law()).isEqualTo(BOTH);
        DeadlineAnswer pt = only(a, "pidana.penahanan.pt");
        assertThat(pt.status()).isEqualTo(Status.WAITING);
        assertThat(pt.due()).isNull();
        assertThat(pt.needs()).isEqualTo(EventType.PEMERIKSAAN_DIMULAI);
        assertThat(a.deadlines("pidana.putusan_banding_sebelum_tahanan_habis")).isEmpty();
        assertThat(a.detention().currentStage()).isEqualTo(DetentionStage.PT);
        assertThat(a.detention().latestLawfulEnd()).isNull();
    }

    @Test
    void exceptionalExtensionWithoutTheDecidingDateWaits() {
        // PN 3 Feb, +60 -> 4 Apr 2026 (shared limits); exceptional 30 from 5 Apr: Apr 5..30 = 26, May 1..4 -> 4 May.
        // KUHAP 1981 Pasal 29 would allow it (12 years); UU 20/2025 is not confirmed: wait, do not flag it.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .defendant(Defendant.of(30, 12, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2026, 1, 5), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2026, 2, 4), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2026, 4, 5), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 4, 6));
        DeadlineAnswer p29 = only(a, "pidana.penahanan.pasal29");
        assertThat(p29.status()).isEqualTo(Status.WAITING);
        assertThat(p29.needs()).isEqualTo(EventType.PEMERIKSAAN_DIMULAI);
        DeadlineAnswer pn = only(a, "pidana.penahanan.pn");
        assertThat(pn.due()).isEqualTo(of(2026, 5, 4));
        assertThat(pn.law()).isEqualTo(BOTH);
        assertThat(a.detention().violations()).isEmpty();
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 4, 4));
        // 10 days before 4 May 2026: 24 Apr 2026.
        assertThat(only(a, "pidana.putusan_sebelum_tahanan_habis").due()).isEqualTo(of(2026, 4, 24));
    }

    @Test
    void appealAndKasasiTargetsUnderTheOldLaw() {
        // PT 30 from 1 Dec 2025 -> 30 Dec; +60 from 31 Dec -> 28 Feb 2026; banding target 14 days before: 14 Feb 2026.
        // MA 50 from 1 Mar 2026 -> 19 Apr 2026 (Mar 31, Apr 1..19); kasasi target 7 days before: 12 Apr 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 9, 1))
                .detention(Detention.first(DetentionStage.PT, of(2025, 12, 1), 30, Official.HAKIM_PT))
                .detention(Detention.extension(DetentionStage.PT, of(2025, 12, 31), 60, Official.KETUA_PT))
                .detention(Detention.first(DetentionStage.MA, of(2026, 3, 1), 50, Official.HAKIM_MA))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 3, 2));
        assertThat(only(a, "pidana.penahanan.pt").due()).isEqualTo(of(2026, 2, 28));
        assertThat(only(a, "pidana.putusan_banding_sebelum_tahanan_habis").due()).isEqualTo(of(2026, 2, 14));
        assertThat(only(a, "pidana.penahanan.ma").due()).isEqualTo(of(2026, 4, 19));
        assertThat(only(a, "pidana.putusan_kasasi_sebelum_tahanan_habis").due()).isEqualTo(of(2026, 4, 12));
        // MA: 19 Apr + 60 = 18 Jun 2026 (Apr 20..30 = 11, May 31 (42), Jun 1..18).
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 6, 18));
        assertThat(a.detention().nextExtensionBy()).isEqualTo(Official.KETUA_MA);
    }

    @Test
    void pasal29AvailableForNineYearOffences() {
        // PN from 6 Jan 2025: 4 Feb, 5 Apr, then Pasal 29 6 Apr..5 May; one more 30 days to 4 Jun 2025 by Ketua PT.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 1, 13))
                .defendant(Defendant.of(40, 15, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 4, 10));
        assertThat(only(a, "pidana.penahanan.pasal29").legalBasis()).isEqualTo("KUHAP Pasal 29");
        assertThat(only(a, "pidana.penahanan.pasal29").explanation().steps()).extracting(s -> s.id())
                .anySatisfy(step -> assertThat(step).contains("Pasal 29 ayat (1) huruf b"));
        assertThat(a.detention().currentEnd()).isEqualTo(of(2025, 5, 5));
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2025, 6, 4));
        assertThat(a.detention().nextExtensionBy()).isEqualTo(Official.KETUA_PT);
        assertThat(a.detention().violations()).isEmpty();
    }

    @Test
    void pasal29OnAStatedGroundThatDoesNotHoldCitesTheArticleListingTheGrounds() {
        // The order states huruf b, but the offence carries 5 years: no ground of Pasal 29 ayat (1) holds.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 1, 13))
                .defendant(Defendant.of(40, 5, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 4, 10));
        assertThat(a.detention().violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 29 ayat (1)");
            assertThat(v.detail()).contains("5 years");
        });
        assertThat(a.detention().lawfulness()).isEqualTo(DetentionSummary.Lawfulness.UNLAWFUL);
        // 30 days from 6 Jan 2025 end 4 Feb; 60 from 5 Feb end 5 Apr 2025: the lawful end, no extension left.
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2025, 4, 5));
        assertThat(a.deadlines("pidana.penahanan.pasal29")).isEmpty();
    }

    @Test
    void pasal29WhoseGroundTheCaseDoesNotGiveIsAQuestion() {
        // 5 years rules out huruf b, but a doctor's certificate (huruf a) is known only from the order, and the
        // case does not give the order's ground: cannot be determined, not unlawful.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 1, 13))
                .defendant(Defendant.of(40, 5, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT, null))
                .build();
        DetentionSummary s = TENGGAT.penahanan(c).asOf(of(2025, 4, 10)).orElseThrow();
        assertThat(s.violations()).isEmpty();
        assertThat(s.lawfulness()).isEqualTo(DetentionSummary.Lawfulness.UNDETERMINED);
        assertThat(s.undetermined()).singleElement().satisfies(q -> {
            assertThat(q.needs()).isEqualTo("detention.ground");
            assertThat(q.legalBasis()).isEqualTo("KUHAP Pasal 29 ayat (1)");
            assertThat(q.orderStart()).isEqualTo(of(2025, 4, 6));
        });
    }

    @Test
    void pasal29WithoutAGroundAcrossTheYearEnd() {
        // PN 30 days from 2 Nov 2025: Nov 2..30 = 29, 1 Dec 2025. +60 from 2 Dec: Dec 2..31 = 30, Jan 1..30 = 30 ->
        // 30 Jan 2026. Pasal 29 from 31 Jan 2026 on huruf b, the offence carrying 7 years: a violation of ayat (1);
        // the examination began in 2025, so UU 8/1981 governs (UU 20/2025 Pasal 361 huruf c).
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 11, 5))
                .defendant(Defendant.of(35, 7, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2025, 11, 2), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 12, 2), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2026, 1, 31), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 2, 2));
        assertThat(a.detention().violations()).extracting(Violation::kind, Violation::legalBasis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED,
                        "KUHAP Pasal 29 ayat (1)"));
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 1, 30));
        // The order itself runs 31 Jan + 29 days: Feb 1..28 = 28, 1 Mar 2026.
        assertThat(a.detention().currentEnd()).isEqualTo(of(2026, 3, 1));
    }

    @Test
    void pasal29OnADoctorsCertificate() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PENYIDIKAN_DIMULAI, of(2025, 1, 2))
                .detention(Detention.first(DetentionStage.PENYIDIK, of(2025, 1, 6), 20, Official.PENYIDIK))
                .detention(Detention.extension(DetentionStage.PENYIDIK, of(2025, 1, 26), 40, Official.PENUNTUT_UMUM))
                .detention(Detention.exceptional(DetentionStage.PENYIDIK, of(2025, 3, 7), 30, Official.KETUA_PN,
                        ExceptionalGround.MEDICAL_CERTIFICATE))
                .build();
        // 6 Mar 2025, then 7 Mar + 29 = 5 Apr 2025; one more 30: 5 May 2025.
        DetentionSummary s = TENGGAT.penahanan(c).asOf(of(2025, 3, 10)).orElseThrow();
        assertThat(s.currentEnd()).isEqualTo(of(2025, 4, 5));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 5, 5));
        assertThat(s.violations()).isEmpty();
    }

    @Test
    void pasal29ReportsTheGroundTheOrderNames() {
        // Both grounds hold (15 years; a certificate): the order names the certificate, so huruf a is reported.
        // PN 5 Apr 2025 as above; Pasal 29 from 6 Apr: Apr 6..30 = 25, May 1..5 -> 5 May 2025.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 1, 13))
                .defendant(Defendant.of(40, 15, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT,
                        ExceptionalGround.MEDICAL_CERTIFICATE))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 4, 10));
        DeadlineAnswer p29 = only(a, "pidana.penahanan.pasal29");
        assertThat(p29.due()).isEqualTo(of(2025, 5, 5));
        assertThat(p29.explanation().steps()).extracting(s -> s.id())
                .anySatisfy(step -> assertThat(step).contains("Pasal 29 ayat (1) huruf a"))
                .noneSatisfy(step -> assertThat(step).contains("huruf b"));
        assertThat(a.detention().violations()).isEmpty();
    }

    @Test
    void wrongOfficialUnderTheRules() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PENYIDIKAN_DIMULAI, of(2025, 1, 2))
                .detention(Detention.first(DetentionStage.PENUNTUT_UMUM, of(2025, 1, 6), 20, Official.PENUNTUT_UMUM))
                .detention(Detention.extension(DetentionStage.PENUNTUT_UMUM, of(2025, 1, 26), 30, Official.PENUNTUT_UMUM))
                .build();
        DetentionSummary s = TENGGAT.penahanan(c).asOf(of(2025, 1, 27)).orElseThrow();
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_OFFICIAL);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 25 ayat (2)");
        });
    }

    @Test
    void exceptionalExtensionUnderTheNewLawIsNotEncoded() {
        // Huruf d: PN 30 from 5 Jan 2026 -> 3 Feb; +60 from 4 Feb -> 4 Apr 2026 (Feb 4..28 = 25, Mar 31 (56), Apr 1..4).
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2026, 1, 8))
                .defendant(Defendant.of(30, 12, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2026, 1, 5), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2026, 2, 4), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2026, 4, 5), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 4, 6));
        DeadlineAnswer p29 = only(a, "pidana.penahanan.pasal29");
        assertThat(p29.status()).isEqualTo(Status.NOT_ENCODED);
        assertThat(p29.legalBasis()).contains("UU 20/2025").contains("belum dikonfirmasi");
        assertThat(a.detention().violations()).isEmpty();
        // The ordinary chain is known: 4 Apr 2026 is the lawful end without the unconfirmed exceptional extension.
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 4, 4));
    }

    @Test
    void preTrialDetentionFrom2026WithoutTheInvestigationDateAnswersTheSharedLimits() {
        // Huruf a or b undecided; KUHAP Pasal 24 and UU 20/2025 both give 20 + 40. 20 from 5 Jan 2026 -> 24 Jan 2026;
        // +40 by the penuntut umum: Jan 25..31 = 7, Feb = 28 (35), Mar 1..5 -> 5 Mar 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PENYIDIK, of(2026, 1, 5), 20, Official.PENYIDIK))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 6));
        DeadlineAnswer d = only(a, "pidana.penahanan.penyidik");
        assertThat(d.status()).isEqualTo(Status.OPEN);
        assertThat(d.due()).isEqualTo(of(2026, 1, 24));
        assertThat(d.law()).isEqualTo(BOTH);
        assertThat(d.legalBasis()).contains("KUHAP Pasal 24").contains("UU 20/2025");
        assertThat(d.source()).contains("nagaralawyers.com").contains("justisio.com");
        assertThat(d.explanation().steps().get(0).id()).contains("PENYIDIKAN_DIMULAI");
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 3, 5));
        assertThat(a.detention().nextExtensionBy()).isEqualTo(Official.PENUNTUT_UMUM);
    }

    @Test
    void prosecutorDetentionWithoutTheInvestigationDateEndsOnIdulFitriWithoutRolling() {
        // KUHAP Pasal 25 and UU 20/2025: 20 + 30 (Ketua PN). 20 from 2 Mar 2026 -> 21 Mar 2026 (Idulfitri, a
        // Saturday: detention never rolls). +30 from 22 Mar: Mar 22..31 = 10, Apr 1..20 -> 20 Apr 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PENUNTUT_UMUM, of(2026, 3, 2), 20, Official.PENUNTUT_UMUM))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 3, 20));
        DeadlineAnswer d = only(a, "pidana.penahanan.penuntut_umum");
        assertThat(d.due()).isEqualTo(of(2026, 3, 21));
        assertThat(d.daysRemaining()).isEqualTo(1);
        assertThat(d.law()).isEqualTo(BOTH);
        assertThat(d.legalBasis()).contains("KUHAP Pasal 25").contains("UU 20/2025");
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 4, 20));
        assertThat(a.detention().nextExtensionBy()).isEqualTo(Official.KETUA_PN);
    }

    @Test
    void tooLongAnOrderUnderTheSharedLimitsCitesBothVersions() {
        // 25 days ordered by the penuntut umum where both versions allow 20.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PENUNTUT_UMUM, of(2026, 3, 2), 25, Official.PENUNTUT_UMUM))
                .build();
        DetentionSummary s = TENGGAT.penahanan(c).asOf(of(2026, 3, 3)).orElseThrow();
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.ORDER_TOO_LONG);
            assertThat(v.legalBasis()).contains("KUHAP Pasal 25 ayat (1)").contains("UU 20/2025");
        });
    }

    @Test
    void everyDetentionRuleIsCited() {
        // rules() throws for a rule without @legalBasis, @source or @validFrom.
        assertThat(TENGGAT.rules()).filteredOn(r -> r.rule().contains("penahanan") || r.rule().contains("tahanan_habis")
                        || r.rule().startsWith("anak."))
                .hasSizeGreaterThanOrEqualTo(30)
                .allSatisfy(r -> assertThat(r.source()).isNotBlank());
    }

    @Test
    void caseWithoutDetentionHasNoSummary() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA).event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 1, 13)).build();
        assertThat(TENGGAT.penahanan(c).asOf(of(2025, 2, 1))).isEmpty();
        assertThat(TENGGAT.whatIsDue(c).asOf(of(2025, 2, 1)).detention()).isNull();
    }

    @Test
    void suspensionEndingBeforeItStartsIsRejected() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN)
                        .withSuspensions(new id.tenggat.model.Suspension(of(2025, 1, 14), of(2025, 1, 10))))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TENGGAT.penahanan(c).asOf(LocalDate.of(2025, 1, 7)))
                .isInstanceOf(id.tenggat.error.InvalidCaseException.class)
                .hasMessageContaining("suspensions[0].end");
    }

    @Test
    void badOrderIsRejected() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(new Detention(DetentionStage.PN, of(2025, 1, 6), 30, of(2025, 2, 4), false))
                .build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TENGGAT.penahanan(c).asOf(LocalDate.of(2025, 1, 7)))
                .isInstanceOf(id.tenggat.error.InvalidCaseException.class);
    }
}
