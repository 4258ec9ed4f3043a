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
 * Small-claims periods. Expected days are counted by hand on /work/shared/data/id-holidays-2020-2027.csv; none of
 * these periods moves off a non-working last day (PERMA 2/2015 and PERMA 4/2019 say nothing about it).
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
        assertThat(w.alternatives()).containsExactly(new Alternative("calendar-days", LocalDate.of(2025, 4, 4)));
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
    void keberatanRunsPerPartyAndDoesNotRollOverLebaran() {
        // Pronounced Thu 27 Mar 2025, plaintiff present: 7 days → Thu 3 Apr 2025 (cuti bersama; not moved). The
        // plaintiff files on Tue 8 Apr: 5 days late. The defendant, absent, is notified Tue 8 Apr → Tue 15 Apr 2025.
        CourtCase c = sederhana()
                .pronounced(LocalDate.of(2025, 3, 27), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 4, 8), Party.TERGUGAT)
                .event(EventType.KEBERATAN_DIAJUKAN, LocalDate.of(2025, 4, 8), Party.PENGGUGAT)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 4, 9));
        DeadlineAnswer plaintiff = one(a, "sederhana.keberatan", Party.PENGGUGAT);
        assertThat(plaintiff.due()).isEqualTo(LocalDate.of(2025, 4, 3));
        assertThat(plaintiff.status()).isEqualTo(Status.LATE);
        assertThat(plaintiff.daysLate()).isEqualTo(5);
        DeadlineAnswer defendant = one(a, "sederhana.keberatan", Party.TERGUGAT);
        assertThat(defendant.due()).isEqualTo(LocalDate.of(2025, 4, 15));
        assertThat(defendant.status()).isEqualTo(Status.OPEN);
        assertThat(defendant.courtTarget()).isFalse();
        assertThat(defendant.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("final").contains("kasasi"));
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
        assertThat(one(a, "sederhana.keberatan.kontra_memori", null).due()).isEqualTo(LocalDate.of(2026, 1, 5));
        DeadlineAnswer decision = one(a, "sederhana.keberatan.putusan", null);
        assertThat(decision.due()).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(decision.courtTarget()).isTrue();
        assertThat(decision.explanation(Language.ID)).anySatisfy(s -> assertThat(s).contains("tidak tersedia banding"));
    }

    @Test
    void verzetReportsBothReadingsOfItsStart() {
        // Verstek judgment pronounced Mon 5 May 2025, notified to the defendant Mon 12 May 2025.
        // Reading "pronouncement" (default): 7 days → Mon 12 May 2025 (Waisak, not moved).
        // Reading "notification": 7 days from 12 May → Mon 19 May 2025.
        CourtCase c = sederhana().pronounced(LocalDate.of(2025, 5, 5), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, LocalDate.of(2025, 5, 12), Party.TERGUGAT).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 5, 12)), "sederhana.verzet", Party.TERGUGAT);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 5, 12));
        assertThat(d.status()).isEqualTo(Status.DUE_TODAY);
        assertThat(d.policy().name()).isEqualTo("small-claims-verzet-start");
        assertThat(d.alternatives()).containsExactly(new Alternative("notification", LocalDate.of(2025, 5, 19)));
        assertThat(d.law()).isEqualTo("PERMA 2/2015 jo. PERMA 4/2019");

        Tenggat notified = Tenggat.builder().policy(Policy.SMALL_CLAIMS_VERZET_START, "notification").build();
        assertThat(one(notified.whatIsDue(c).asOf(LocalDate.of(2025, 5, 12)), "sederhana.verzet", Party.TERGUGAT).due())
                .isEqualTo(LocalDate.of(2025, 5, 19));
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
        // Defendant notified Mon 2 Jun 2025 → 7 days → Mon 9 Jun 2025 (cuti bersama Idul Adha; not moved).
        DeadlineAnswer d = TENGGAT.deadline("sederhana.keberatan").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 6, 2)).asOf(LocalDate.of(2025, 6, 3)).due();
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 6, 9));
        // Filed Tue 10 Jun 2025: one day late, because the 9th is not moved.
        DeadlineAnswer filed = TENGGAT.deadline("sederhana.keberatan").forParty(Party.TERGUGAT)
                .notifiedOn(LocalDate.of(2025, 6, 2)).filedOn(LocalDate.of(2025, 6, 10)).asOf(LocalDate.of(2025, 6, 10)).due();
        assertThat(filed.status()).isEqualTo(Status.LATE);
        assertThat(filed.daysLate()).isEqualTo(1);
    }
}
