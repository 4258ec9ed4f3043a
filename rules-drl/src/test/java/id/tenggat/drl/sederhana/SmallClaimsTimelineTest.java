package id.tenggat.drl.sederhana;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small-claims periods. Expected days are counted by hand on /work/shared/data/id-holidays-2020-2027.csv. The party
 * filing windows (keberatan, verzet) move off a non-working last day to the next working day; the court's and the
 * service steps do not (PERMA 2/2015 and PERMA 4/2019 say nothing about a last day on a holiday).
 */
class SmallClaimsTimelineTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    private static CourtCase.Builder sederhana() {
        return CourtCase.builder(CaseType.GUGATAN_SEDERHANA);
    }

    private static DeadlineAnswer one(CaseAnswer answer, String id, Party party) {
        List<DeadlineAnswer> found = answer.deadlines(id).stream().filter(d -> d.party() == party).toList();
        assertThat(found).as(id + " for " + party).hasSize(1);
        return found.get(0);
    }

    @Test
    void completionIs25CalendarDaysByDefaultWithTheWorkingDayReadingReported() {
        // First hearing Mon 10 Mar 2025. Calendar: 21 days to 31 Mar, day 25 = Fri 4 Apr 2025 (cuti bersama, not moved).
        // Working days: 11-14 Mar (4), 17-21 (9), 24-27 (13); 28 Mar cuti, 31 Mar and 1 Apr Idul Fitri, 2-4 and 7 Apr
        // cuti; 8-11 Apr (17), 14-17 (21); 18 Apr Good Friday; 21-24 Apr (25) → Thu 24 Apr 2025.
        CourtCase c = sederhana().event(EventType.SIDANG_PERTAMA, LocalDate.of(2025, 3, 10)).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 3, 20)), "sederhana.penyelesaian", null);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 4, 4));
        assertThat(d.courtTarget()).isTrue();
        assertThat(d.policy().name()).isEqualTo("small-claims-days");
        assertThat(d.alternatives()).containsExactly(new Alternative("working-days", LocalDate.of(2025, 4, 24)));
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("not a right"));
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("does not move the last day"));

        Tenggat working = Tenggat.builder().policy(Policy.SMALL_CLAIMS_DAYS, "working-days").build();
        DeadlineAnswer w = one(working.whatIsDue(c).asOf(LocalDate.of(2025, 3, 20)), "sederhana.penyelesaian", null);
        assertThat(w.due()).isEqualTo(LocalDate.of(2025, 4, 24));
        // With cuti bersama as working days (decision 0005): 28 Mar (14), 2-4 Apr (17), 7 Apr (18), 8-11 Apr (22),
        // 14-16 Apr (25) → Wed 16 Apr 2025.
        assertThat(w.alternatives()).containsExactly(new Alternative("calendar-days", LocalDate.of(2025, 4, 4)),
                new Alternative("working", LocalDate.of(2025, 4, 16), "cuti-bersama"));
    }

    @Test
    void completionAcrossTheYearEndIsMetByTheDecision() {
        // First hearing Mon 15 Dec 2025: 16 days to 31 Dec, day 25 = Fri 9 Jan 2026. Decision on 8 Jan 2026: met.
        CourtCase c = sederhana().event(EventType.SIDANG_PERTAMA, LocalDate.of(2025, 12, 15))
                .pronounced(LocalDate.of(2026, 1, 8), Party.PENGGUGAT, Party.TERGUGAT).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2026, 1, 8)), "sederhana.penyelesaian", null);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(d.status()).isEqualTo(Status.MET);
    }

    @Test
    void keberatanRunsPerPartyAndRollsOverLebaranToTheNextWorkingDay() {
        // Pronounced Thu 27 Mar 2025, plaintiff present. The 7 days run 28 Mar (1, cuti Nyepi), 29 (2, Nyepi, Sat),
        // 30 (3, Sun), 31 Mar (4) and 1 Apr (5) Idul Fitri, 2 (6) and 3 Apr (7) cuti bersama: day 7 is not a working
        // day, so it moves: Fri 4 Apr cuti, Sat 5, Sun 6, Mon 7 Apr cuti → Tue 8 Apr 2025. The plaintiff files on
        // Tue 8 Apr: met. The defendant, absent, is notified Tue 8 Apr: 9..15 Apr, day 7 Tue 15 Apr 2025 (working).
        CourtCase c = sederhana()
                .pronounced(LocalDate.of(2025, 3, 27), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 4, 8), Party.TERGUGAT)
                .event(EventType.KEBERATAN_DIAJUKAN, LocalDate.of(2025, 4, 8), Party.PENGGUGAT)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 4, 9));
        DeadlineAnswer plaintiff = one(a, "sederhana.keberatan", Party.PENGGUGAT);
        assertThat(plaintiff.due()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(plaintiff.status()).isEqualTo(Status.MET);
        assertThat(plaintiff.explanation(Language.EN)).anySatisfy(s -> assertThat(s)
                .contains("moves to the next working day: Tuesday, 8 April 2025"));
        DeadlineAnswer defendant = one(a, "sederhana.keberatan", Party.TERGUGAT);
        assertThat(defendant.due()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(defendant.status()).isEqualTo(Status.OPEN);
        assertThat(defendant.courtTarget()).isFalse();
        assertThat(defendant.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("final").contains("kasasi"));
    }

    @Test
    void keberatanFiledTheDayAfterTheMovedLastDayIsLate() {
        // Pronounced Thu 27 Mar 2025, plaintiff present: due Tue 8 Apr 2025 (counted above). Filed Wed 9 Apr: 1 day late.
        CourtCase c = sederhana()
                .pronounced(LocalDate.of(2025, 3, 27), Party.PENGGUGAT, Party.TERGUGAT)
                .event(EventType.KEBERATAN_DIAJUKAN, LocalDate.of(2025, 4, 9), Party.PENGGUGAT)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 4, 9));
        DeadlineAnswer plaintiff = one(a, "sederhana.keberatan", Party.PENGGUGAT);
        assertThat(plaintiff.status()).isEqualTo(Status.LATE);
        assertThat(plaintiff.daysLate()).isEqualTo(1);
        // The defendant, present too, has not filed: the same Tue 8 Apr has passed.
        assertThat(one(a, "sederhana.keberatan", Party.TERGUGAT).status()).isEqualTo(Status.LAPSED);
    }

    @Test
    void keberatanAtTheYearEnd() {
        // Defendant notified Wed 24 Dec 2025: 25 Dec (1) ... 31 Dec (7), Wed 31 Dec 2025 is a working day → due 31 Dec.
        // Notified Thu 25 Dec 2025 instead: day 7 is Thu 1 Jan 2026 (New Year) → Fri 2 Jan 2026 (working day).
        assertThat(TENGGAT.deadline("sederhana.keberatan").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 12, 24)).asOf(LocalDate.of(2025, 12, 24)).due().due())
                .isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(TENGGAT.deadline("sederhana.keberatan").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 12, 25)).asOf(LocalDate.of(2025, 12, 29)).due().due())
                .isEqualTo(LocalDate.of(2026, 1, 2));
    }

    @Test
    void kontraMemoriIsMetByItsReceipt() {
        // Keberatan served Fri 2 Jan 2026: 3 Jan (1), 4 Jan (2), Mon 5 Jan 2026 (3). Kontra memori received 5 Jan: met.
        CourtCase c = sederhana()
                .event(EventType.KEBERATAN_DIAJUKAN, LocalDate.of(2025, 12, 29), Party.TERGUGAT)
                .event(EventType.KEBERATAN_DIBERITAHUKAN, LocalDate.of(2026, 1, 2))
                .event(EventType.KONTRA_MEMORI_DITERIMA, LocalDate.of(2026, 1, 5), Party.PENGGUGAT)
                .build();
        DeadlineAnswer kontra = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2026, 1, 6)), "sederhana.keberatan.kontra_memori", null);
        assertThat(kontra.due()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(kontra.status()).isEqualTo(Status.MET);
    }

    @Test
    void keberatanStepsAcrossTheYearEnd() {
        // Keberatan filed Mon 29 Dec 2025: served within 3 days → Thu 1 Jan 2026 (New Year, not moved).
        // Served Fri 2 Jan 2026: kontra memori within 3 days → Mon 5 Jan 2026.
        // Panel appointed Tue 6 Jan 2026: decision within 7 days → Tue 13 Jan 2026, final.
        CourtCase c = sederhana()
                .event(EventType.KEBERATAN_DIAJUKAN, LocalDate.of(2025, 12, 29), Party.TERGUGAT)
                .event(EventType.KEBERATAN_DIBERITAHUKAN, LocalDate.of(2026, 1, 2))
                .event(EventType.MAJELIS_KEBERATAN_DITETAPKAN, LocalDate.of(2026, 1, 6))
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2026, 1, 6));
        DeadlineAnswer served = one(a, "sederhana.keberatan.pemberitahuan", null);
        assertThat(served.due()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(served.status()).isEqualTo(Status.LATE);
        assertThat(served.courtTarget()).isTrue();
        DeadlineAnswer kontra = one(a, "sederhana.keberatan.kontra_memori", null);
        assertThat(kontra.due()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(kontra.status()).isEqualTo(Status.LAPSED);
        DeadlineAnswer decision = one(a, "sederhana.keberatan.putusan", null);
        assertThat(decision.due()).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(decision.courtTarget()).isTrue();
        assertThat(decision.explanation(Language.ID)).anySatisfy(s -> assertThat(s).contains("tidak tersedia banding"));
    }

    @Test
    void verzetRunsFromTheNotificationByDefaultAndReportsThePronouncementReadingWithItsOwnDate() {
        // Verstek judgment pronounced Mon 5 May 2025 with only the plaintiff present, notified to the defendant
        // Mon 12 May 2025. Reading "notification" (default): 13 May (1) ... 19 May (7), Mon 19 May 2025, a working day.
        // Reading "pronouncement" counts from the pronouncement although the defendant was absent: 6 May (1) ...
        // 12 May (7) = Waisak; 13 May cuti bersama Waisak → Wed 14 May 2025, the earlier and cautious date.
        CourtCase c = sederhana().pronounced(LocalDate.of(2025, 5, 5), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, LocalDate.of(2025, 5, 12), Party.TERGUGAT).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 5, 12)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(d.status()).isEqualTo(Status.OPEN);
        assertThat(d.policy().name()).isEqualTo("small-claims-verzet-start");
        assertThat(d.policy().reading()).isEqualTo("notification");
        assertThat(d.alternatives()).containsExactly(new Alternative("pronouncement", LocalDate.of(2025, 5, 14)));
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s)
                .contains("The earliest date, Wednesday, 14 May 2025 (reading 'pronouncement'), is the cautious one."));
        assertThat(d.law()).isEqualTo("PERMA 2/2015 jo. PERMA 4/2019");
        assertThat(Policy.SMALL_CLAIMS_VERZET_START.defaultReading()).isEqualTo("notification");
    }

    @Test
    void verzetFromThePronouncementForADefendantPresentMovesOffWaisak() {
        // Pronounced Mon 5 May 2025 with the defendant recorded present; verstek notice Mon 12 May 2025.
        // "pronouncement": 6 May (1) ... 12 May (7) = Waisak, not a working day; 13 May cuti bersama Waisak → Wed 14 May.
        // "notification" (default): 13 May (1) ... 19 May (7) → Mon 19 May 2025.
        CourtCase c = sederhana().pronounced(LocalDate.of(2025, 5, 5), Party.PENGGUGAT, Party.TERGUGAT)
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, LocalDate.of(2025, 5, 12), Party.TERGUGAT).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 5, 12)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(d.alternatives()).containsExactly(new Alternative("pronouncement", LocalDate.of(2025, 5, 14)));

        Tenggat pronounced = Tenggat.builder().policy(Policy.SMALL_CLAIMS_VERZET_START, "pronouncement").build();
        DeadlineAnswer p = one(pronounced.whatIsDue(c).asOf(LocalDate.of(2025, 5, 12)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(p.due()).isEqualTo(LocalDate.of(2025, 5, 14));
        // With cuti bersama as working days the pronouncement reading ends Tue 13 May 2025 (decision 0005).
        assertThat(p.alternatives()).containsExactly(new Alternative("notification", LocalDate.of(2025, 5, 19)),
                new Alternative("working", LocalDate.of(2025, 5, 13), "cuti-bersama"));
    }

    @Test
    void verzetMovesOffChristmasAndIsMetOrLateAcrossTheYearEnd() {
        // Notified Fri 19 Dec 2025: 20 Dec (1) ... 26 Dec (7), cuti bersama Natal; Sat 27, Sun 28 → Mon 29 Dec 2025.
        DeadlineAnswer christmas = TENGGAT.deadline("sederhana.verzet").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 12, 19)).asOf(LocalDate.of(2025, 12, 22)).due();
        assertThat(christmas.due()).isEqualTo(LocalDate.of(2025, 12, 29));
        // Notified Wed 24 Dec 2025: 25 Dec (1) ... 31 Dec (7), a working day → Wed 31 Dec 2025.
        // Verzet lodged 31 Dec: met. Lodged Fri 2 Jan 2026: 2 days late.
        CourtCase onTime = sederhana()
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, LocalDate.of(2025, 12, 24), Party.TERGUGAT)
                .event(EventType.PERLAWANAN_DIAJUKAN, LocalDate.of(2025, 12, 31), Party.TERGUGAT).build();
        DeadlineAnswer met = one(TENGGAT.whatIsDue(onTime).asOf(LocalDate.of(2026, 1, 2)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(met.due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(met.status()).isEqualTo(Status.MET);
        CourtCase late = sederhana()
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, LocalDate.of(2025, 12, 24), Party.TERGUGAT)
                .event(EventType.PERLAWANAN_DIAJUKAN, LocalDate.of(2026, 1, 2), Party.TERGUGAT).build();
        DeadlineAnswer l = one(TENGGAT.whatIsDue(late).asOf(LocalDate.of(2026, 1, 2)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(l.status()).isEqualTo(Status.LATE);
        assertThat(l.daysLate()).isEqualTo(2);
    }

    @Test
    void aVerzetLodgedBeforeTheNoticeMeetsTheWindowOrWaitsUnderFromTrigger() {
        // Verstek pronounced Mon 5 May 2025, the defendant absent; verzet lodged Fri 9 May, no notice in the case.
        // early-filing "accepted" (default): met, filed early. "from-trigger": waits for the notice.
        CourtCase c = sederhana().pronounced(LocalDate.of(2025, 5, 5), Party.PENGGUGAT)
                .event(EventType.PERLAWANAN_DIAJUKAN, LocalDate.of(2025, 5, 9), Party.TERGUGAT).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 5, 9)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(d.status()).isEqualTo(Status.MET);
        assertThat(d.actDate()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(d.due()).isNull();
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("early-filing"));
        Tenggat strict = Tenggat.builder().policy(Policy.EARLY_FILING, "from-trigger").build();
        DeadlineAnswer w = one(strict.whatIsDue(c).asOf(LocalDate.of(2025, 5, 9)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(w.status()).isEqualTo(Status.WAITING);
        assertThat(w.needs()).isEqualTo(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN);
    }

    @Test
    void aVerzetLodgedBeforeTheNoticeAcrossTheYearEnd() {
        // Verstek pronounced Mon 22 Dec 2025, defendant absent; verzet lodged Mon 29 Dec 2025; notice Mon 5 Jan 2026.
        // "accepted": met on 29 Dec. "from-trigger": the early verzet does not count; the window 6 Jan (1) ... Mon
        // 12 Jan 2026 (7) is open on 6 Jan. The pronouncement reading: 23 Dec (1) ... 29 Dec (7), Mon 29 Dec 2025
        // (25 Dec Natal and 26 Dec cuti bersama fall inside, not on the last day).
        CourtCase c = sederhana().pronounced(LocalDate.of(2025, 12, 22), Party.PENGGUGAT)
                .event(EventType.PERLAWANAN_DIAJUKAN, LocalDate.of(2025, 12, 29), Party.TERGUGAT)
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, LocalDate.of(2026, 1, 5), Party.TERGUGAT).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2026, 1, 6)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(d.status()).isEqualTo(Status.MET);
        assertThat(d.actDate()).isEqualTo(LocalDate.of(2025, 12, 29));
        Tenggat strict = Tenggat.builder().policy(Policy.EARLY_FILING, "from-trigger").build();
        DeadlineAnswer o = one(strict.whatIsDue(c).asOf(LocalDate.of(2026, 1, 6)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(o.status()).isEqualTo(Status.OPEN);
        assertThat(o.due()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(o.alternatives()).contains(new Alternative("pronouncement", LocalDate.of(2025, 12, 29)));
    }

    @Test
    void noVerzetWithoutVerstekAndNoBandingForSmallClaims() {
        CourtCase c = sederhana().pronounced(LocalDate.of(2025, 5, 5), Party.PENGGUGAT, Party.TERGUGAT).build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 5, 6));
        assertThat(a.deadlines("sederhana.verzet")).isEmpty();
        assertThat(a.deadlines()).extracting(DeadlineAnswer::id)
                .noneMatch(id -> id.contains("banding") || id.contains("kasasi") || id.contains(".pk"));
    }

    @Test
    void waitingForTheFirstHearingAndOutOfCoverage() {
        DeadlineAnswer waiting = one(TENGGAT.whatIsDue(sederhana().build()).asOf(LocalDate.of(2025, 5, 6)),
                "sederhana.penyelesaian", null);
        assertThat(waiting.status()).isEqualTo(Status.WAITING);
        assertThat(waiting.needs()).isEqualTo(EventType.SIDANG_PERTAMA);
        // First hearing 20 Dec 2027: day 25 is 14 Jan 2028, beyond the calendar's data.
        CourtCase late = sederhana().event(EventType.SIDANG_PERTAMA, LocalDate.of(2027, 12, 20)).build();
        assertThat(one(TENGGAT.whatIsDue(late).asOf(LocalDate.of(2027, 12, 21)), "sederhana.penyelesaian", null).status())
                .isEqualTo(Status.OUT_OF_COVERAGE);
    }

    @Test
    void fluentQueryAndFilingCheck() {
        // Defendant notified Mon 2 Jun 2025: 3 Jun (1) ... 9 Jun (7) = cuti bersama Idul Adha → Tue 10 Jun 2025.
        DeadlineAnswer d = TENGGAT.deadline("sederhana.keberatan").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 6, 2)).asOf(LocalDate.of(2025, 6, 3)).due();
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 6, 10));
        // Filed Tue 10 Jun 2025: met, because the 9th moved to the 10th.
        DeadlineAnswer filed = TENGGAT.deadline("sederhana.keberatan").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 6, 2)).filedOn(LocalDate.of(2025, 6, 10)).asOf(LocalDate.of(2025, 6, 10)).due();
        assertThat(filed.status()).isEqualTo(Status.MET);
        // Filed Wed 11 Jun 2025: one day late.
        DeadlineAnswer late = TENGGAT.deadline("sederhana.keberatan").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 6, 2)).filedOn(LocalDate.of(2025, 6, 11)).asOf(LocalDate.of(2025, 6, 11)).due();
        assertThat(late.status()).isEqualTo(Status.LATE);
        assertThat(late.daysLate()).isEqualTo(1);
    }
}
