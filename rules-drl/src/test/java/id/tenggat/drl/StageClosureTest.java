package id.tenggat.drl;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Closure;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.detention.DetentionSummary.Lawfulness;
import id.tenggat.detention.Violation;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Defendant;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * A window a later event has ended is CLOSED, a party's right not used in time is LAPSED, an act done after the
 * judgment but before the notification that starts its window is MET, and a detention check that needs a missing
 * fact is a question, not a violation. Every date counted by hand on the national calendar.
 */
class StageClosureTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    @Test
    void aFinalJudgmentClosesTheAbsentDefendantsBandingAndTheProsecutorsUnusedRightLapsed() {
        // Pronounced Mon 15 Dec 2025, only the prosecutor present. Prosecutor: 16 Dec (1) ... 22 Dec (7), Mon 22 Dec
        // 2025, a working day; not used. Judgment notified as final Mon 5 Jan 2026. Asked Sat 10 Jan 2026.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .pronounced(of(2025, 12, 15), Party.PENUNTUT_UMUM)
                .event(EventType.PUTUSAN_BHT_DIBERITAHUKAN, of(2026, 1, 5))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 10));

        DeadlineAnswer prosecutor = one(a, "pidana.banding", Party.PENUNTUT_UMUM);
        assertThat(prosecutor.status()).isEqualTo(Status.LAPSED);
        assertThat(prosecutor.due()).isEqualTo(of(2025, 12, 22));
        assertThat(prosecutor.closure().reason()).isEqualTo(Closure.Reason.NOT_USED);
        assertThat(prosecutor.closure().event()).isNull();

        DeadlineAnswer defendant = one(a, "pidana.banding", Party.TERDAKWA);
        assertThat(defendant.status()).isEqualTo(Status.CLOSED);
        assertThat(defendant.due()).isNull();
        assertThat(defendant.closure()).isEqualTo(new Closure(EventType.PUTUSAN_BHT_DIBERITAHUKAN, of(2026, 1, 5),
                Closure.Reason.FINAL_JUDGMENT));
        assertThat(defendant.closure().reason().indonesian()).isEqualTo("putusan telah berkekuatan hukum tetap");
        assertThat(defendant.law()).isEqualTo("UU 8/1981 (KUHAP)");
    }

    @Test
    void aFinalJudgmentBefore2026AloneShowsTheOldLawAndClosesEveryBanding() {
        // Only the notice that the judgment is final, Fri 19 Dec 2025: a court event before 2 Jan 2026, so the
        // examination had begun (UU 20/2025 Pasal 361 huruf c) and UU 8/1981 governs; no banding can run any more.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PUTUSAN_BHT_DIBERITAHUKAN, of(2025, 12, 19))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 5));

        assertThat(a.deadlines("pidana.banding")).hasSize(2).allSatisfy(d -> {
            assertThat(d.status()).isEqualTo(Status.CLOSED);
            assertThat(d.law()).isEqualTo("UU 8/1981 (KUHAP)");
            assertThat(d.closure().event()).isEqualTo(EventType.PUTUSAN_BHT_DIBERITAHUKAN);
        });
    }

    @Test
    void aCourtTargetStaysOverdueUntilALaterStageClosesIt() {
        // Banding requested Thu 18 Dec 2025: the file is due at the high court by day 14 = Thu 1 Jan 2026 (New Year,
        // no roll). Asked Mon 2 Feb 2026: still OVERDUE. The high court's judgment notified Fri 20 Feb 2026: CLOSED.
        CourtCase.Builder b = CourtCase.builder(CaseType.PIDANA)
                .pronounced(of(2025, 12, 15), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2025, 12, 18), Party.TERDAKWA);
        DeadlineAnswer overdue = one(TENGGAT.whatIsDue(b.build()).asOf(of(2026, 2, 2)), "pidana.banding.kirim_berkas", null);
        assertThat(overdue.status()).isEqualTo(Status.OVERDUE);
        assertThat(overdue.due()).isEqualTo(of(2026, 1, 1));

        CaseAnswer later = TENGGAT.whatIsDue(b.event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, of(2026, 2, 20), Party.TERDAKWA)
                .build()).asOf(of(2026, 3, 2));
        DeadlineAnswer closed = one(later, "pidana.banding.kirim_berkas", null);
        assertThat(closed.status()).isEqualTo(Status.CLOSED);
        assertThat(closed.closure().reason()).isEqualTo(Closure.Reason.LATER_STAGE);
        // The inzage of a stage the case has left is closed too: its notice was never recorded.
        assertThat(one(later, "pidana.banding.inzage", Party.TERDAKWA).status()).isEqualTo(Status.CLOSED);
    }

    @Test
    void aBandingFiledAfterPronouncementBeforeTheAbsentDefendantIsNotifiedIsMet() {
        // Pronounced Mon 22 Dec 2025 with only the prosecutor present; the defendant files banding Tue 23 Dec 2025,
        // before any notification to them (KUHAP Pasal 233 ayat (2): the right runs from the judgment).
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .pronounced(of(2025, 12, 22), Party.PENUNTUT_UMUM)
                .event(EventType.PERMOHONAN_BANDING, of(2025, 12, 23), Party.TERDAKWA)
                .build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(of(2025, 12, 29)), "pidana.banding", Party.TERDAKWA);
        assertThat(d.status()).isEqualTo(Status.MET);
        assertThat(d.actDate()).isEqualTo(of(2025, 12, 23));
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("filed early"));

        // Under the reading that counts only from the notification, the window has not started.
        Tenggat strict = Tenggat.builder().policy(Policy.EARLY_FILING, "from-trigger").build();
        DeadlineAnswer waiting = one(strict.whatIsDue(c).asOf(of(2025, 12, 29)), "pidana.banding", Party.TERDAKWA);
        assertThat(waiting.status()).isEqualTo(Status.WAITING);
        assertThat(waiting.needs()).isEqualTo(EventType.PUTUSAN_DIBERITAHUKAN);
    }

    @Test
    void aCivilKasasiFiledBeforeTheApplicantsOwnNotificationIsMetAndTheOtherWindowMovesOffIsraMiraj() {
        // The banding judgment notified to the defendant Fri 2 Jan 2026: 3 Jan (1) ... 16 Jan (14) = Isra Mi'raj
        // 2026, not a working day; Sat 17, Sun 18 → Mon 19 Jan 2026. The plaintiff, not yet notified, files kasasi
        // Mon 5 Jan 2026: accepted early, MET.
        CourtCase c = CourtCase.builder(CaseType.PERDATA)
                .event(EventType.PERMOHONAN_BANDING, of(2025, 10, 1), Party.TERGUGAT)
                .event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, of(2026, 1, 2), Party.TERGUGAT)
                .event(EventType.PERMOHONAN_KASASI, of(2026, 1, 5), Party.PENGGUGAT)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 6));
        assertThat(one(a, "perdata.kasasi", Party.PENGGUGAT).status()).isEqualTo(Status.MET);
        DeadlineAnswer defendant = one(a, "perdata.kasasi", Party.TERGUGAT);
        assertThat(defendant.status()).isEqualTo(Status.OPEN);
        assertThat(defendant.due()).isEqualTo(of(2026, 1, 19));
    }

    /**
     * Examination began Mon 8 Dec 2025 (UU 8/1981). PN orders, inclusive: 30 days Mon 1 Dec .. Tue 30 Dec 2025;
     * extension 60 days Wed 31 Dec 2025 .. Sat 28 Feb 2026 (1 + 31 + 28); exceptional 30 days from Sun 1 Mar 2026 by
     * the Ketua PT on the nine-years ground (Pasal 29 ayat (1) huruf b).
     */
    private static CourtCase.Builder pnChainWithAnExceptionalExtension() {
        return CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 12, 8))
                .detention(Detention.first(DetentionStage.PN, of(2025, 12, 1), 30, Official.HAKIM_PN))
                .detention(Detention.extension(DetentionStage.PN, of(2025, 12, 31), 60, Official.KETUA_PN))
                .detention(Detention.exceptional(DetentionStage.PN, of(2026, 3, 1), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE));
    }

    @Test
    void anExceptionalExtensionWhoseGroundNeedsTheUnknownSentenceIsAQuestionNotAViolation() {
        CourtCase.Builder b = pnChainWithAnExceptionalExtension();
        var unknown = TENGGAT.whatIsDue(b.build()).asOf(of(2026, 3, 5)).detention();
        assertThat(unknown.lawfulness()).isEqualTo(Lawfulness.UNDETERMINED);
        assertThat(unknown.lawful()).isFalse();
        assertThat(unknown.violations()).isEmpty();
        assertThat(unknown.undetermined()).singleElement().satisfies(q -> {
            assertThat(q.needs()).isEqualTo("defendant.maxPunishmentYears");
            assertThat(q.legalBasis()).isEqualTo("KUHAP Pasal 29 ayat (1) huruf b");
            assertThat(q.orderStart()).isEqualTo(of(2026, 3, 1));
        });

        var fiveYears = TENGGAT.whatIsDue(b.defendant(new Defendant(null, 5, null, false, null, true)).build())
                .asOf(of(2026, 3, 5)).detention();
        assertThat(fiveYears.lawfulness()).isEqualTo(Lawfulness.UNLAWFUL);
        assertThat(fiveYears.violations()).extracting(Violation::kind).contains(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED);
    }

    @Test
    void anExceptionalExtensionWithTheSentenceGivenIsLawful() {
        // Same chain with a maximum of 9 years: huruf b applies; 30 days Sun 1 Mar .. Mon 30 Mar 2026 is lawful.
        CourtCase c = pnChainWithAnExceptionalExtension()
                .defendant(new Defendant(null, 9, null, false, null, true)).build();
        var d = TENGGAT.whatIsDue(c).asOf(of(2026, 3, 5)).detention();
        assertThat(d.lawfulness()).isEqualTo(Lawfulness.LAWFUL);
        assertThat(d.lawful()).isTrue();
        assertThat(d.currentEnd()).isEqualTo(of(2026, 3, 30));
    }

    @Test
    void aFinalJudgmentClosesThePendingDetentionStage() {
        // PN order 30 days Mon 1 Dec .. Tue 30 Dec 2025; judgment notified as final Mon 15 Dec 2025: the stage's
        // window is closed, not open.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, of(2025, 12, 1))
                .detention(Detention.first(DetentionStage.PN, of(2025, 12, 1), 30, Official.HAKIM_PN))
                .event(EventType.PUTUSAN_BHT_DIBERITAHUKAN, of(2025, 12, 15))
                .build();
        DeadlineAnswer pn = one(TENGGAT.whatIsDue(c).asOf(of(2025, 12, 20)), "pidana.penahanan.pn", null);
        assertThat(pn.status()).isEqualTo(Status.CLOSED);
        assertThat(pn.closure().reason()).isEqualTo(Closure.Reason.FINAL_JUDGMENT);
    }

    @Test
    void theCutiBersamaReadingNotUsedIsReportedWithItsOwnDate() {
        // Civil banding notified Mon 17 Mar 2025: 18 Mar (1) ... 31 Mar (14) = Idul Fitri. Default "non-working":
        // 31 Mar, 1 Apr Idul Fitri; 2, 3, 4 Apr cuti bersama; 5-6 weekend; 7 Apr cuti bersama → Tue 8 Apr 2025.
        // Reading "working": cuti bersama days are working days, so Wed 2 Apr 2025: earlier, the cautious date.
        CourtCase c = CourtCase.builder(CaseType.PERDATA)
                .pronounced(of(2025, 3, 10), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, of(2025, 3, 17), Party.TERGUGAT)
                .build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(of(2025, 3, 20)), "perdata.banding", Party.TERGUGAT);
        assertThat(d.due()).isEqualTo(of(2025, 4, 8));
        assertThat(d.alternatives()).containsExactly(new Alternative("working", of(2025, 4, 2), "cuti-bersama"));
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s)
                .contains("'cuti-bersama'").contains("The earliest date, Wednesday, 2 April 2025 (reading 'working')"));

        // Under the "working" reading the default date is the alternative.
        Tenggat working = Tenggat.builder().policy(Policy.CUTI_BERSAMA, "working").build();
        DeadlineAnswer w = one(working.whatIsDue(c).asOf(of(2025, 3, 20)), "perdata.banding", Party.TERGUGAT);
        assertThat(w.due()).isEqualTo(of(2025, 4, 2));
        assertThat(w.alternatives()).containsExactly(new Alternative("non-working", of(2025, 4, 8), "cuti-bersama"));

        // PENGGUGAT, present on Mon 10 Mar: 11 Mar (1) ... 24 Mar (14), no cuti bersama on the way: no alternative.
        DeadlineAnswer plaintiff = one(TENGGAT.whatIsDue(c).asOf(of(2025, 3, 20)), "perdata.banding", Party.PENGGUGAT);
        assertThat(plaintiff.due()).isEqualTo(of(2025, 3, 24));
        assertThat(plaintiff.alternatives()).isEmpty();
    }

    private static DeadlineAnswer one(CaseAnswer a, String id, Party party) {
        return a.deadlines(id).stream().filter(d -> d.party() == party).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " for " + party + " in " + a.deadlines()));
    }
}
