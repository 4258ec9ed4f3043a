package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the explanation says, step by step, in both languages. */
class ExplanationContentTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    private static DeadlineAnswer bandingNotifiedOn17March() {
        // TERGUGAT notified Mon 17 Mar 2025: day 14 = Mon 31 Mar (Idul Fitri), 1 Apr Idul Fitri, 2-4 Apr cuti
        // bersama, 5-6 Apr weekend, 7 Apr cuti bersama: Tue 8 Apr 2025.
        return TENGGAT.perdata().banding().forParty(Party.TERGUGAT).notifiedOn(LocalDate.of(2025, 3, 17))
                .asOf(LocalDate.of(2025, 3, 21)).due();
    }

    @Test
    void indonesianExplanationNamesTheArticleTheCountAndTheLebaranRoll() {
        List<String> steps = bandingNotifiedOn17March().explanation(Language.ID);
        assertThat(steps.get(0)).isEqualTo("Putusan diberitahukan kepada TERGUGAT pada Senin, 17 Maret 2025.");
        assertThat(steps).anySatisfy(s -> assertThat(s).contains("UU 20/1947 Pasal 7 ayat (1)"));
        assertThat(steps).anySatisfy(s -> assertThat(s)
                .contains("14 hari kalender").contains("hari berikutnya").contains("Selasa, 18 Maret 2025"));
        assertThat(steps).anySatisfy(s -> assertThat(s).isEqualTo("Hari ke-14 jatuh pada Senin, 31 Maret 2025."));
        // The eight days off are summarised as one range (intended change: they were listed one by one).
        assertThat(steps).anySatisfy(s -> assertThat(s).isEqualTo("8 hari libur: 31 Mar\u20137 Apr 2025 (Hari Raya "
                + "Idul Fitri 1446 Hijriah, cuti bersama, akhir pekan). Batas akhir bergeser ke hari kerja berikutnya: "
                + "Selasa, 8 April 2025."));
        // 21 Mar -> 8 Apr: 18 calendar days; working days after 21 Mar up to 8 Apr: 24-27 Mar and 8 Apr = 5.
        assertThat(steps.get(steps.size() - 1)).isEqualTo("Per Jumat, 21 Maret 2025 tersisa 18 hari (5 hari kerja).");
    }

    @Test
    void englishExplanationSaysTheSame() {
        List<String> steps = bandingNotifiedOn17March().explanation(Language.EN);
        assertThat(steps.get(0)).isEqualTo("Judgment notified to TERGUGAT on Monday, 17 March 2025.");
        assertThat(steps).anySatisfy(s -> assertThat(s).contains("Legal basis: UU 20/1947 Pasal 7 ayat (1)"));
        assertThat(steps).anySatisfy(s -> assertThat(s).isEqualTo("8 days off: 31 Mar\u20137 Apr 2025 (Eid al-Fitr, "
                + "cuti bersama, weekend). The deadline moves to the next working day: Tuesday, 8 April 2025."));
        assertThat(steps).hasSameSizeAs(bandingNotifiedOn17March().explanation(Language.ID));
    }

    @Test
    void criminalExplanationNamesTheLawChosenByTheTransitionAndThePolicy() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(CaseEvent.pronounced(LocalDate.of(2025, 3, 24), Party.TERDAKWA, Party.PENUNTUT_UMUM)).build();
        DeadlineAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 3, 25)).deadlines("pidana.banding").get(0);
        List<String> steps = a.explanation(Language.ID);
        assertThat(steps).anySatisfy(s -> assertThat(s)
                .contains("Hukum yang berlaku: UU 8/1981 (KUHAP)").contains("UU 20/2025 Pasal 361 huruf c")
                .contains("KUHAP Pasal 233 ayat (2)"));
        // Judgment Mon 24 Mar 2025: day 7 = Mon 31 Mar (Idul Fitri) -> Tue 8 Apr under the default 'roll' reading.
        assertThat(steps).anySatisfy(s -> assertThat(s).contains("criminal-banding-roll").contains("'roll'")
                .contains("'no-roll' → Senin, 31 Maret 2025"));
    }

    @Test
    void policyIsLeftOutOfTheExplanationWhenEveryReadingGivesTheSameDate() {
        // Pronounced Mon 6 Oct 2025 with the accused present: day 7 is Mon 13 Oct 2025, a working day, so 'roll' and
        // 'no-roll' both end on 13 Oct. The answer still lists the other reading; the explanation does not.
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .event(CaseEvent.pronounced(LocalDate.of(2025, 10, 6), Party.TERDAKWA)).build();
        DeadlineAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 10, 7)).deadlines("pidana.banding").get(0);
        assertThat(a.due()).isEqualTo(LocalDate.of(2025, 10, 13));
        assertThat(a.policy().reading()).isEqualTo("roll");
        assertThat(a.alternatives()).extracting(Alternative::reading, Alternative::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("no-roll", LocalDate.of(2025, 10, 13)));
        assertThat(a.explanation(Language.ID)).noneSatisfy(s -> assertThat(s).contains("criminal-banding-roll"));
        assertThat(a.explanation(Language.EN)).noneSatisfy(s -> assertThat(s).contains("criminal-banding-roll"));
    }

    @Test
    void noRollReadingSaysTheHolidayDoesNotMoveTheLastDay() {
        Tenggat noRoll = Tenggat.builder().policy(Policy.CRIMINAL_BANDING_ROLL, "no-roll").build();
        DeadlineAnswer a = noRoll.pidana().banding().forParty(Party.TERDAKWA).pronouncedOn(LocalDate.of(2025, 3, 24))
                .asOf(LocalDate.of(2025, 3, 25)).due();
        assertThat(a.due()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(a.explanation(Language.EN)).anySatisfy(s -> assertThat(s)
                .isEqualTo("Monday, 31 March 2025 is not a working day (national holiday: Eid al-Fitr (day 1)), "
                        + "but this provision does not move the last day."));
    }

    @Test
    void electronicKasasiNamesTheLastMomentInTheCourtsZone() {
        // Appeal judgment notified Mon 2 Jun 2025: day 14 = Mon 16 Jun 2025; e-filing open until 23:59 local time
        // on the last day (SK KMA 207/2023). PN Denpasar is in WITA (UTC+8).
        CourtCase c = CourtCase.builder(CaseType.PERDATA).electronic(true).court("PN Denpasar")
                .event(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 1, 10), Party.TERGUGAT)
                .event(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, LocalDate.of(2025, 6, 2), Party.TERGUGAT).build();
        DeadlineAnswer a = TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 6, 3)).deadlines("perdata.kasasi").stream()
                .filter(d -> d.party() == Party.TERGUGAT).findFirst().orElseThrow();
        assertThat(a.due()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(a.lastMoment()).isNotNull();
        assertThat(a.lastMoment().toLocalDateTime()).isEqualTo(LocalDate.of(2025, 6, 16).atTime(23, 59));
        assertThat(a.lastMoment().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(a.explanation(Language.ID)).anySatisfy(s -> assertThat(s).contains("sampai pukul 23:59 WITA"));
    }

    @Test
    void notEncodedAndWaitingExplainWhy() {
        CourtCase newLaw = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, LocalDate.of(2026, 1, 5))
                .event(CaseEvent.pronounced(LocalDate.of(2026, 3, 2), Party.TERDAKWA)).build();
        DeadlineAnswer notEncoded = TENGGAT.whatIsDue(newLaw).asOf(LocalDate.of(2026, 3, 3)).deadlines("pidana.banding").get(0);
        assertThat(notEncoded.status()).isEqualTo(Status.NOT_ENCODED);
        assertThat(notEncoded.explanation(Language.ID)).singleElement().asString()
                .contains("UU 20/2025 (KUHAP)").contains("tidak dihitung").contains("tidak dipakai")
                .doesNotContain("dikodekan");

        CourtCase unknown = CourtCase.builder(CaseType.PIDANA)
                .event(CaseEvent.pronounced(LocalDate.of(2026, 1, 12), Party.TERDAKWA)).build();
        DeadlineAnswer waiting = TENGGAT.whatIsDue(unknown).asOf(LocalDate.of(2026, 1, 13)).deadlines("pidana.banding").get(0);
        assertThat(waiting.explanation(Language.EN)).singleElement().asString()
                .contains("cannot be determined").contains("PEMERIKSAAN_DIMULAI");
    }
}
