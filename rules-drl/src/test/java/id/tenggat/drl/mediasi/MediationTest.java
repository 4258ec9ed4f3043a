package id.tenggat.drl.mediasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PERMA 1/2016 periods, counted by hand on /work/shared/data/id-holidays-2020-2027.csv; none moves off a holiday. */
class MediationTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    private static DeadlineAnswer one(CaseAnswer answer, String id, Party party) {
        List<DeadlineAnswer> found = answer.deadlines(id).stream().filter(d -> d.party() == party).toList();
        assertThat(found).as(id + " for " + party).hasSize(1);
        return found.get(0);
    }

    private static CourtCase.Builder perdata() {
        return CourtCase.builder(CaseType.PERDATA).event(EventType.PERKARA_DIDAFTARKAN, LocalDate.of(2025, 2, 3));
    }

    @Test
    void thirtyDaysEndingInLebaranAreNotMoved() {
        // Mediation ordered Mon 3 Mar 2025: 28 days to 31 Mar, day 30 = Wed 2 Apr 2025 (cuti bersama; not moved).
        CourtCase c = perdata().event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 3, 3)).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 3, 4)), "mediasi.proses", null);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(d.status()).isEqualTo(Status.OPEN);
        assertThat(d.legalBasis()).isEqualTo("PERMA 1/2016 Pasal 24 ayat (2) dan (3)");
    }

    @Test
    void extendedOnceByThirtyDaysFromTheEndOfTheFirst() {
        // Extension agreed 25 Mar 2025: 30 more days from Wed 2 Apr → Fri 2 May 2025. Concluded 30 Apr: met.
        CourtCase c = perdata().event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 3, 3))
                .event(EventType.MEDIASI_DIPERPANJANG, LocalDate.of(2025, 3, 25))
                .event(EventType.MEDIASI_SELESAI, LocalDate.of(2025, 4, 30)).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 5, 5)), "mediasi.proses", null);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 5, 2));
        assertThat(d.status()).isEqualTo(Status.MET);
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("grows by 30"));
    }

    @Test
    void acrossTheYearEndAndResumePerParty() {
        // Ordered Wed 10 Dec 2025: 21 days to 31 Dec, day 30 = Fri 9 Jan 2026. Resume within 5 days: Mon 15 Dec 2025,
        // for each party.
        CourtCase c = perdata().event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 12, 10)).build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 12, 11));
        assertThat(one(a, "mediasi.proses", null).due()).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(one(a, "mediasi.resume", Party.PENGGUGAT).due()).isEqualTo(LocalDate.of(2025, 12, 15));
        assertThat(one(a, "mediasi.resume", Party.TERGUGAT).due()).isEqualTo(LocalDate.of(2025, 12, 15));
    }

    @Test
    void resumeOnASaturdayIsNotMoved() {
        // Ordered Mon 3 Mar 2025 → day 5 = Sat 8 Mar 2025.
        CourtCase c = perdata().event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 3, 3)).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 3, 4)), "mediasi.resume", Party.TERGUGAT);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 3, 8));
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("does not move the last day"));
    }

    @Test
    void aktaPerdamaianWithinFourteenDaysOfRegistration() {
        // Registered Sat 20 Dec 2025 (e-filing): 14 days → Sat 3 Jan 2026, not moved; a court target.
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(EventType.PERKARA_DIDAFTARKAN, LocalDate.of(2025, 12, 20))
                .event(EventType.GUGATAN_AKTA_PERDAMAIAN_DIAJUKAN, LocalDate.of(2025, 12, 20)).build();
        DeadlineAnswer d = one(TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 12, 22)), "mediasi.akta_perdamaian", null);
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(d.courtTarget()).isTrue();
        assertThat(d.status()).isEqualTo(Status.OPEN);
        // The akta pronounced Fri 2 Jan 2026: met. Pronounced Mon 5 Jan 2026: 2 days after Sat 3 Jan, late.
        CourtCase pronounced = CourtCase.builder(CaseType.PERDATA).event(EventType.PERKARA_DIDAFTARKAN, LocalDate.of(2025, 12, 20))
                .event(EventType.GUGATAN_AKTA_PERDAMAIAN_DIAJUKAN, LocalDate.of(2025, 12, 20))
                .pronounced(LocalDate.of(2026, 1, 2), Party.PENGGUGAT, Party.TERGUGAT).build();
        assertThat(one(TENGGAT.whatIsDue(pronounced).asOf(LocalDate.of(2026, 1, 5)), "mediasi.akta_perdamaian", null).status())
                .isEqualTo(Status.MET);
        CourtCase late = CourtCase.builder(CaseType.PERDATA).event(EventType.PERKARA_DIDAFTARKAN, LocalDate.of(2025, 12, 20))
                .event(EventType.GUGATAN_AKTA_PERDAMAIAN_DIAJUKAN, LocalDate.of(2025, 12, 20))
                .pronounced(LocalDate.of(2026, 1, 5), Party.PENGGUGAT, Party.TERGUGAT).build();
        DeadlineAnswer l = one(TENGGAT.whatIsDue(late).asOf(LocalDate.of(2026, 1, 5)), "mediasi.akta_perdamaian", null);
        assertThat(l.status()).isEqualTo(Status.LATE);
        assertThat(l.daysLate()).isEqualTo(2);
        // An ordinary civil case is not a gugatan to confirm an out-of-court settlement.
        CourtCase ordinary = CourtCase.builder(CaseType.PERDATA).event(EventType.PERKARA_DIDAFTARKAN, LocalDate.of(2025, 12, 20))
                .event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2026, 1, 5)).build();
        assertThat(TENGGAT.whatIsDue(ordinary).asOf(LocalDate.of(2026, 1, 6)).deadlines("mediasi.akta_perdamaian")).isEmpty();
    }

    @Test
    void noMediationDeadlinesWithoutAnOrderOrForSmallClaims() {
        assertThat(TENGGAT.whatIsDue(perdata().build()).asOf(LocalDate.of(2025, 2, 4)).deadlines("mediasi.proses")).isEmpty();
        CourtCase smallClaim = CourtCase.builder(CaseType.GUGATAN_SEDERHANA)
                .event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 3, 3)).build();
        assertThat(TENGGAT.whatIsDue(smallClaim).asOf(LocalDate.of(2025, 3, 4)).deadlines())
                .extracting(DeadlineAnswer::id).noneMatch(id -> id.startsWith("mediasi."));
    }

    @Test
    void fluentQuery() {
        // Ordered Mon 1 Dec 2025 → day 30 = Wed 31 Dec 2025.
        DeadlineAnswer d = TENGGAT.deadline("mediasi.proses").on(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 12, 1))
                .asOf(LocalDate.of(2025, 12, 2)).due();
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d.daysRemaining()).isEqualTo(29);
    }
}
