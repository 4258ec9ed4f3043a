package id.tenggat.drl.anak;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Criterion;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Eligibility;
import id.tenggat.answer.Status;
import id.tenggat.detention.Violation;
import id.tenggat.model.CaseType;
import id.tenggat.model.ChargeForm;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Defendant;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Juvenile justice (UU 11/2012, PERMA 4/2014) end to end. Dates worked by hand, calendar days. */
class AnakRulesTest {
    static final Tenggat TENGGAT = Tenggat.indonesia();
    static final LocalDate AS_OF = of(2025, 3, 3);

    static CaseAnswer answer(Defendant d) {
        return TENGGAT.whatIsDue(CourtCase.builder(CaseType.ANAK).defendant(d).build()).asOf(AS_OF);
    }

    static Eligibility eligibility(Defendant d, String id) {
        return answer(d).eligibility(id).orElseThrow();
    }

    static boolean criterion(Eligibility e, String name) {
        return e.criteria().stream().filter(c -> c.criterion().equals(name)).findFirst().map(Criterion::satisfied).orElseThrow();
    }

    @Test
    void detentionAllowedAtFourteenForSevenYearOffences() {
        Eligibility e = eligibility(Defendant.of(14, 7, false, true), "anak.penahanan.syarat");
        assertThat(e.eligible()).isTrue();
        assertThat(e.criteria()).extracting(Criterion::legalBasis)
                .containsExactly("UU 11/2012 Pasal 32 ayat (2) huruf b", "UU 11/2012 Pasal 32 ayat (2) huruf a");
    }

    @Test
    void detentionNotAllowedUnderFourteen() {
        Eligibility e = eligibility(Defendant.of(13, 7, false, true), "anak.penahanan.syarat");
        assertThat(e.eligible()).isFalse();
        assertThat(criterion(e, "umur")).isFalse();
        assertThat(criterion(e, "ancaman-pidana")).isTrue();
    }

    @Test
    void detentionNotAllowedForOffencesUnderSevenYears() {
        Eligibility e = eligibility(Defendant.of(16, 6, false, true), "anak.penahanan.syarat");
        assertThat(e.eligible()).isFalse();
        assertThat(criterion(e, "umur")).isTrue();
        assertThat(criterion(e, "ancaman-pidana")).isFalse();
    }

    @Test
    void unknownAgeFailsTheCriterion() {
        Eligibility e = eligibility(new Defendant(null, 8, null, false, ChargeForm.SINGLE, true), "anak.penahanan.syarat");
        assertThat(criterion(e, "umur")).isFalse();
        assertThat(e.criteria().stream().filter(c -> c.criterion().equals("umur")).findFirst().orElseThrow().detail())
                .contains("tidak diketahui");
    }

    @Test
    void diversiForAChildUnderSevenYearsNotRepeated() {
        Eligibility e = eligibility(Defendant.of(15, 5, false, false), "anak.diversi.syarat");
        assertThat(e.eligible()).isTrue();
        assertThat(e.criteria()).extracting(Criterion::criterion)
                .containsExactly("ancaman-pidana", "bukan-pengulangan", "umur");
    }

    @Test
    void diversiAgeTwelveToUnderEighteen() {
        assertThat(criterion(eligibility(Defendant.of(11, 5, false, false), "anak.diversi.syarat"), "umur")).isFalse();
        assertThat(criterion(eligibility(Defendant.of(12, 5, false, false), "anak.diversi.syarat"), "umur")).isTrue();
        Eligibility eighteen = eligibility(Defendant.of(18, 5, false, false), "anak.diversi.syarat");
        assertThat(eighteen.eligible()).isFalse();
        assertThat(criterion(eighteen, "umur")).isFalse();
        assertThat(criterion(eighteen, "ancaman-pidana")).isTrue();
    }

    @Test
    void diversiNotForSevenYearsInASingleCharge() {
        Eligibility e = eligibility(Defendant.of(15, 7, false, false), "anak.diversi.syarat");
        assertThat(e.eligible()).isFalse();
        assertThat(criterion(e, "ancaman-pidana")).isFalse();
        assertThat(criterion(e, "umur")).isTrue();
        assertThat(criterion(e, "bukan-pengulangan")).isTrue();
    }

    @Test
    void diversiNotForARepeatOffence() {
        Eligibility e = eligibility(Defendant.of(15, 3, true, false), "anak.diversi.syarat");
        assertThat(e.eligible()).isFalse();
        assertThat(criterion(e, "bukan-pengulangan")).isFalse();
        assertThat(criterion(e, "ancaman-pidana")).isTrue();
    }

    @Test
    void perma4Of2014SubsidiaryChargeWithALesserOffence() {
        for (ChargeForm form : new ChargeForm[] {ChargeForm.SUBSIDIARY, ChargeForm.ALTERNATIVE, ChargeForm.CUMULATIVE,
                ChargeForm.COMBINED}) {
            Eligibility e = eligibility(new Defendant(15, 9, 5, false, form, false), "anak.diversi.syarat");
            assertThat(e.eligible()).as(form.name()).isTrue();
            assertThat(e.criteria().stream().filter(c -> c.criterion().equals("ancaman-pidana")).findFirst().orElseThrow()
                    .legalBasis()).isEqualTo("PERMA 4/2014 Pasal 3");
        }
        // Both charges 7 years or more: Pasal 7 applies, no diversi.
        assertThat(eligibility(new Defendant(15, 9, 8, false, ChargeForm.ALTERNATIVE, false), "anak.diversi.syarat")
                .eligible()).isFalse();
    }

    @Test
    void diversiTimeline() {
        // File received Thu 27 Mar 2025 + 3 -> Sun 30 Mar 2025 (Nyepi weekend; no roll for the court's own target).
        // Judge appointed 2 Jan 2025 + 7 -> 9 Jan 2025. Diversi began 10 Dec 2025 + 30: Dec 11..31 = 21, Jan 1..9 -> 9 Jan 2026.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .event(EventType.BERKAS_ANAK_DITERIMA, of(2025, 3, 27))
                .event(EventType.PENETAPAN_HAKIM_ANAK, of(2025, 1, 2))
                .event(EventType.DIVERSI_DIMULAI, of(2025, 12, 10))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 11));
        assertThat(a.deadlines("anak.diversi.penunjukan_hakim").get(0).due()).isEqualTo(of(2025, 3, 30));
        assertThat(a.deadlines("anak.diversi.mulai").get(0).due()).isEqualTo(of(2025, 1, 9));
        DeadlineAnswer selesai = a.deadlines("anak.diversi.selesai").get(0);
        assertThat(selesai.due()).isEqualTo(of(2026, 1, 9));
        assertThat(selesai.legalBasis()).isEqualTo("UU 11/2012 Pasal 52 ayat (3)");
        assertThat(selesai.courtTarget()).isTrue();
    }

    @Test
    void diversiTimelineWaitsForItsTrigger() {
        CaseAnswer a = TENGGAT.whatIsDue(CourtCase.builder(CaseType.ANAK).build()).asOf(AS_OF);
        assertThat(a.deadlines("anak.diversi.mulai").get(0).status()).isEqualTo(Status.WAITING);
    }

    @Test
    void childDetentionChainAllStages() {
        // Penyidik 7 from 6 Jan 2025 -> 12 Jan; +8 -> 20 Jan. PU 5 from 21 Jan -> 25 Jan. PN 10 from 26 Jan -> 4 Feb;
        // +15 (Ketua PN) still open: 4 Feb + 15 = 19 Feb 2025.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .defendant(Defendant.of(15, 9, false, true))
                .detention(Detention.first(DetentionStage.PENYIDIK, of(2025, 1, 6), 7, Official.PENYIDIK))
                .detention(Detention.extension(DetentionStage.PENYIDIK, of(2025, 1, 13), 8, Official.PENUNTUT_UMUM))
                .detention(Detention.first(DetentionStage.PENUNTUT_UMUM, of(2025, 1, 21), 5, Official.PENUNTUT_UMUM))
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 26), 10, Official.HAKIM_PN))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 2, 1));
        assertThat(a.deadlines("anak.penahanan.penyidik").get(0).due()).isEqualTo(of(2025, 1, 20));
        assertThat(a.deadlines("anak.penahanan.penyidik").get(0).status()).isEqualTo(Status.MET);
        assertThat(a.deadlines("anak.penahanan.penuntut_umum").get(0).due()).isEqualTo(of(2025, 1, 25));
        DeadlineAnswer pn = a.deadlines("anak.penahanan.pn").get(0);
        assertThat(pn.due()).isEqualTo(of(2025, 2, 4));
        assertThat(pn.legalBasis()).isEqualTo("UU 11/2012 Pasal 35");
        assertThat(pn.law()).isEqualTo("UU 11/2012 (SPPA)");
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2025, 2, 19));
        assertThat(a.detention().nextExtensionBy()).isEqualTo(Official.KETUA_PN);
        // No adult targets or Pasal 29 for a child.
        assertThat(a.deadlines("pidana.putusan_sebelum_tahanan_habis")).isEmpty();
        assertThat(a.eligibility("anak.penahanan.syarat").orElseThrow().eligible()).isTrue();
    }

    @Test
    void childAppealStagesAcrossTheYearBoundary() {
        // PT 10 from 25 Dec 2025 -> 3 Jan 2026; +15 -> 18 Jan 2026. MA 15 from 19 Jan 2026 -> 2 Feb 2026; +20 -> 22 Feb 2026.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .detention(Detention.first(DetentionStage.PT, of(2025, 12, 25), 10, Official.HAKIM_PT))
                .detention(Detention.extension(DetentionStage.PT, of(2026, 1, 4), 15, Official.KETUA_PT))
                .detention(Detention.first(DetentionStage.MA, of(2026, 1, 19), 15, Official.HAKIM_MA))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 20));
        assertThat(a.deadlines("anak.penahanan.pt").get(0).due()).isEqualTo(of(2026, 1, 18));
        assertThat(a.deadlines("anak.penahanan.ma").get(0).due()).isEqualTo(of(2026, 2, 2));
        assertThat(a.detention().latestLawfulEnd()).isEqualTo(of(2026, 2, 22));
    }

    @Test
    void childExceptionalExtensionIsAViolation() {
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .defendant(Defendant.of(16, 12, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 31), 10, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 2, 10), 15, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2025, 2, 25), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE))
                .build();
        assertThat(TENGGAT.penahanan(c).asOf(of(2025, 2, 26)).orElseThrow().violations())
                .extracting(Violation::kind, Violation::legalBasis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED,
                        "UU 11/2012 Pasal 35 ayat (2) dan (3)"));
    }

    @Test
    void childExceptionalExtensionWithoutAGroundAcrossTheYearEndBreaksTheStageMaximum() {
        // PT 10 days from 25 Dec 2025: Dec 25..31 = 7, 3 Jan 2026. +15 from 4 Jan: 18 Jan 2026. The juvenile law has no
        // exceptional extension (each stage's ayat (3): released by law), so an exceptional order from 19 Jan breaks
        // Pasal 37, ground or no ground; nothing here waits for a fact.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 11, 3))
                .defendant(Defendant.of(16, 12, false, true))
                .detention(Detention.first(DetentionStage.PT, of(2025, 12, 25), 10, Official.HAKIM_PT))
                .detention(Detention.extension(DetentionStage.PT, of(2026, 1, 4), 15, Official.KETUA_PT))
                .detention(Detention.exceptional(DetentionStage.PT, of(2026, 1, 19), 30, Official.MAHKAMAH_AGUNG, null))
                .build();
        var s = TENGGAT.penahanan(c).asOf(of(2026, 1, 20)).orElseThrow();
        assertThat(s.violations()).extracting(Violation::kind, Violation::legalBasis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED,
                        "UU 11/2012 Pasal 37 ayat (2) dan (3)"));
        assertThat(s.undetermined()).isEmpty();
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2026, 1, 18));
    }

    @Test
    void childDetentionGapCitesTheReleaseAyat() {
        // PN 10 days from 30 Dec 2025 end 8 Jan 2026; the extension from 10 Jan leaves 9 Jan without an order.
        CourtCase c = CourtCase.builder(CaseType.ANAK)
                .defendant(Defendant.of(16, 12, false, true))
                .detention(Detention.first(DetentionStage.PN, of(2025, 12, 30), 10, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2026, 1, 10), 15, Official.KETUA_PN))
                .build();
        assertThat(TENGGAT.penahanan(c).asOf(of(2026, 1, 12)).orElseThrow().violations())
                .extracting(Violation::kind, Violation::legalBasis)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Violation.Kind.GAP, "UU 11/2012 Pasal 35 ayat (3)"));
    }
}
