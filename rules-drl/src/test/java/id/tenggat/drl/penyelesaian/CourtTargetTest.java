package id.tenggat.drl.penyelesaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * SEMA 2/2014 targets and the S4 copy-of-judgment standard. Months are calendar months with the registration day as
 * day 1 (10 January → 9 June); targets never move off a non-working day. Holidays from
 * /work/shared/data/id-holidays-2020-2027.csv.
 */
class CourtTargetTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    private static DeadlineAnswer one(CaseAnswer answer, String id) {
        List<DeadlineAnswer> found = answer.deadlines(id);
        assertThat(found).as(id).hasSize(1);
        return found.get(0);
    }

    private static DeadlineAnswer target(CourtCase c, LocalDate asOf, String id) {
        return one(TENGGAT.whatIsDue(c).asOf(asOf), id);
    }

    private static CourtCase.Builder registered(LocalDate day) {
        return CourtCase.builder(CaseType.PERDATA).event(EventType.PERKARA_DIDAFTARKAN, day);
    }

    @Test
    void fiveMonthsFromRegistrationDayIncluded() {
        // Registered Fri 10 Jan 2025: months 10 Jan-9 Feb, ..., 10 May-9 Jun → Mon 9 Jun 2025 (cuti bersama Idul Adha;
        // a target does not move).
        DeadlineAnswer d = target(registered(LocalDate.of(2025, 1, 10)).build(), LocalDate.of(2025, 1, 13), "perdata.penyelesaian");
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(d.courtTarget()).isTrue();
        assertThat(d.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("not a right"));
        assertThat(d.explanation(Language.ID)).anySatisfy(s -> assertThat(s).contains("bukan hak"));
        assertThat(d.legalBasis()).contains("SEMA 2/2014");
    }

    @Test
    void mediationDaysMoveTheTargetByExactlyThatMany() {
        // Mediation ordered Mon 3 Feb 2025, concluded Wed 5 Mar 2025: 25 days to 28 Feb + 5 = 30 days.
        // 9 Jun 2025 + 30 days = Wed 9 Jul 2025.
        LocalDate registeredOn = LocalDate.of(2025, 1, 10);
        CourtCase mediated = registered(registeredOn).event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 2, 3))
                .event(EventType.MEDIASI_SELESAI, LocalDate.of(2025, 3, 5)).build();
        DeadlineAnswer with = target(mediated, LocalDate.of(2025, 3, 6), "perdata.penyelesaian");
        DeadlineAnswer without = target(registered(registeredOn).build(), LocalDate.of(2025, 3, 6), "perdata.penyelesaian");
        assertThat(with.due()).isEqualTo(LocalDate.of(2025, 7, 9));
        assertThat(ChronoUnit.DAYS.between(without.due(), with.due())).isEqualTo(30);
        assertThat(with.explanation(Language.EN)).anySatisfy(s -> assertThat(s).contains("30 days are added"));
    }

    @ParameterizedTest(name = "mediation of {0} days")
    @ValueSource(ints = {0, 1, 29, 30, 60, 200})
    void anyMediationMovesTheTargetByItsOwnLength(int days) {
        // Ordered Mon 3 Feb 2025, concluded {days} later (asked about that day): the target 9 Jun 2025 moves by
        // exactly {days}.
        LocalDate ordered = LocalDate.of(2025, 2, 3);
        CourtCase c = registered(LocalDate.of(2025, 1, 10)).event(EventType.PENETAPAN_MEDIASI, ordered)
                .event(EventType.MEDIASI_SELESAI, ordered.plusDays(days)).build();
        assertThat(target(c, ordered.plusDays(days), "perdata.penyelesaian").due())
                .isEqualTo(LocalDate.of(2025, 6, 9).plusDays(days));
    }

    @Test
    void runningMediationLeavesTheTargetOpenUntilItEnds() {
        CourtCase running = registered(LocalDate.of(2025, 1, 10)).event(EventType.PENETAPAN_MEDIASI, LocalDate.of(2025, 2, 3)).build();
        DeadlineAnswer d = target(running, LocalDate.of(2025, 2, 10), "perdata.penyelesaian");
        assertThat(d.status()).isEqualTo(Status.WAITING);
        assertThat(d.needs()).isEqualTo(EventType.MEDIASI_SELESAI);
    }

    @Test
    void acrossTheYearEndAndAtMonthEnds() {
        // Registered 20 Aug 2025 → 19 Jan 2026. Decision on 15 Jan 2026: met.
        CourtCase c = registered(LocalDate.of(2025, 8, 20)).pronounced(LocalDate.of(2026, 1, 15)).build();
        DeadlineAnswer d = target(c, LocalDate.of(2026, 1, 16), "perdata.penyelesaian");
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 1, 19));
        assertThat(d.status()).isEqualTo(Status.MET);
        // Registered 30 Sep 2025: the fifth month starts 30 Jan 2026 and has no "29 February" → ends Sat 28 Feb 2026.
        assertThat(target(registered(LocalDate.of(2025, 9, 30)).build(), LocalDate.of(2025, 10, 1), "perdata.penyelesaian").due())
                .isEqualTo(LocalDate.of(2026, 2, 28));
        // Registered 31 Oct 2025 → 31 Mar 2026 exists → ends Mon 30 Mar 2026.
        assertThat(target(registered(LocalDate.of(2025, 10, 31)).build(), LocalDate.of(2025, 11, 1), "perdata.penyelesaian").due())
                .isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void appealTargetThreeMonths() {
        // Appeal registered at the PT on Wed 5 Nov 2025 → Wed 4 Feb 2026.
        CourtCase c = CourtCase.builder(CaseType.PERDATA)
                .event(EventType.PERKARA_BANDING_DIDAFTARKAN, LocalDate.of(2025, 11, 5)).build();
        DeadlineAnswer d = target(c, LocalDate.of(2025, 11, 6), "perdata.penyelesaian_banding");
        assertThat(d.due()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(d.courtTarget()).isTrue();
    }

    @Test
    void criminalTargetOnlyForADefendantNotDetained() {
        // Registered Fri 10 Jan 2025 → Mon 9 Jun 2025.
        CourtCase free = CourtCase.builder(CaseType.PIDANA).event(EventType.PERKARA_DIDAFTARKAN, LocalDate.of(2025, 1, 10)).build();
        DeadlineAnswer d = target(free, LocalDate.of(2025, 1, 13), "pidana.penyelesaian");
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(d.courtTarget()).isTrue();
        CourtCase detained = CourtCase.builder(CaseType.PIDANA).event(EventType.PERKARA_DIDAFTARKAN, LocalDate.of(2025, 1, 10))
                .detention(Detention.of(DetentionStage.PN, LocalDate.of(2025, 1, 10), 30, false)).build();
        assertThat(TENGGAT.whatIsDue(detained).asOf(LocalDate.of(2025, 1, 13)).deadlines("pidana.penyelesaian")).isEmpty();
    }

    @Test
    void copyOfJudgmentFourteenWorkingDays() {
        // Pronounced Thu 20 Mar 2025: 21, 24-27 Mar (5); 28 Mar - 7 Apr closed; 8-11 Apr (9), 14-17 (13); 18 Apr Good
        // Friday; Mon 21 Apr 2025 = working day 14.
        CourtCase lebaran = CourtCase.builder(CaseType.PERDATA).pronounced(LocalDate.of(2025, 3, 20)).build();
        DeadlineAnswer d = target(lebaran, LocalDate.of(2025, 3, 21), "perdata.salinan_putusan");
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 4, 21));
        assertThat(d.courtTarget()).isTrue();
        // Pronounced Mon 15 Dec 2025: 16-19 (4), 22-24 (7); 25 Dec Christmas, 26 Dec cuti; 29-31 (10); 1 Jan holiday;
        // 2 Jan (11), 5-7 Jan (14) → Wed 7 Jan 2026.
        CourtCase christmas = CourtCase.builder(CaseType.PERDATA).pronounced(LocalDate.of(2025, 12, 15)).build();
        assertThat(target(christmas, LocalDate.of(2025, 12, 16), "perdata.salinan_putusan").due()).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    @Test
    void waitingForRegistration() {
        DeadlineAnswer d = target(CourtCase.builder(CaseType.PERDATA).build(), LocalDate.of(2025, 1, 13), "perdata.penyelesaian");
        assertThat(d.status()).isEqualTo(Status.WAITING);
        assertThat(d.needs()).isEqualTo(EventType.PERKARA_DIDAFTARKAN);
    }
}
