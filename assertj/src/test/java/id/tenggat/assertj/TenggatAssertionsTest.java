package id.tenggat.assertj;

import static id.tenggat.answer.Status.NOT_ENCODED;
import static id.tenggat.answer.Status.OPEN;
import static id.tenggat.assertj.TenggatAssertions.assertThat;
import static id.tenggat.model.Party.PENGGUGAT;
import static id.tenggat.model.Party.TERDAKWA;
import static id.tenggat.model.Party.TERGUGAT;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TenggatAssertionsTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    /** PENGGUGAT present Mon 10 Mar 2025 (due Mon 24 Mar); TERGUGAT notified Mon 17 Mar (due Tue 8 Apr, after Lebaran). */
    private static CaseAnswer banding() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).caseNumber("12/Pdt.G/2025/PN Jpa")
                .pronounced(LocalDate.of(2025, 3, 10), PENGGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 3, 17), TERGUGAT).build();
        return TENGGAT.whatIsDue(c).asOf(LocalDate.of(2025, 3, 21));
    }

    @Test
    void passesOnTheRightAnswer() {
        assertThat(banding()).hasNoErrors().deadline("perdata.banding").forParty(TERGUGAT)
                .isDueOn("2025-04-08").hasStatus(OPEN).restsOn("UU 20/1947");
        assertThat(banding()).deadline("perdata.banding").forParty(PENGGUGAT).isDueOn(LocalDate.of(2025, 3, 24));
        assertThat(banding()).hasNoDeadline("perdata.kasasi");
    }

    @Test
    void wrongDateFailsNamingIdPartyExpectedAndActual() {
        assertThatThrownBy(() -> assertThat(banding()).deadline("perdata.banding").forParty(TERGUGAT).isDueOn("2025-03-31"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting deadline perdata.banding for TERGUGAT to be due on <2025-03-31> but it is due on "
                        + "<2025-04-08> (status OPEN)");
    }

    @Test
    void wrongStatusAndLawFailReadably() {
        assertThatThrownBy(() -> assertThat(banding()).deadline("perdata.banding").forParty(PENGGUGAT).hasStatus(NOT_ENCODED))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting deadline perdata.banding for PENGGUGAT to have status <NOT_ENCODED> but was <OPEN>, due 2025-03-24");
        assertThatThrownBy(() -> assertThat(banding()).deadline("perdata.banding").forParty(PENGGUGAT).restsOn("HIR"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("perdata.banding for PENGGUGAT").hasMessageContaining("<HIR>")
                .hasMessageContaining("UU 20/1947 Pasal 7 ayat (1)");
    }

    @Test
    void missingDeadlineOrPartyFailsListingWhatThereIs() {
        assertThatThrownBy(() -> assertThat(banding()).deadline("perdata.verzet"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("12/Pdt.G/2025/PN Jpa").hasMessageContaining("perdata.verzet")
                .hasMessageContaining("deadline perdata.banding for TERGUGAT: OPEN 2025-04-08");
        assertThatThrownBy(() -> assertThat(banding()).deadline("perdata.banding").forParty(TERDAKWA))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("exactly one deadline perdata.banding for TERDAKWA but found 0");
        assertThatThrownBy(() -> assertThat(banding()).hasNoDeadline("perdata.banding"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("to have no deadline perdata.banding");
    }

    @Test
    void aMistypedDeadlineIdFailsNamingTheNearest() {
        // Without the check, hasNoDeadline would pass on any typo.
        assertThatThrownBy(() -> assertThat(banding()).hasNoDeadline("perdata.bandig"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unknown deadline id 'perdata.bandig'; did you mean 'perdata.banding'?");
        assertThatThrownBy(() -> assertThat(banding()).deadline("perdata.kasas"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("unknown deadline id 'perdata.kasas'; did you mean 'perdata.kasasi'?");
    }

    @Test
    void waitingNotEncodedAndNoLimit() {
        CourtCase absent = CourtCase.builder(CaseType.PERDATA).pronounced(LocalDate.of(2025, 3, 10), PENGGUGAT).build();
        DeadlineAnswer waiting = TENGGAT.whatIsDue(absent).asOf(LocalDate.of(2025, 3, 11)).deadlines("perdata.banding")
                .stream().filter(d -> d.party() == TERGUGAT).findFirst().orElseThrow();
        assertThat(waiting).isWaitingFor(EventType.PUTUSAN_DIBERITAHUKAN);
        assertThatThrownBy(() -> assertThat(waiting).isWaitingFor(EventType.PUTUSAN_DIUCAPKAN))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expecting deadline perdata.banding for TERGUGAT to be WAITING for <PUTUSAN_DIUCAPKAN> but was "
                        + "<WAITING>, needs PUTUSAN_DIBERITAHUKAN");
        assertThatThrownBy(() -> assertThat(waiting).isDueOn("2025-03-24"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("it has no due date (status WAITING, needs PUTUSAN_DIBERITAHUKAN)");

        // Examination began on 5 Jan 2026: UU 20/2025, whose appeal windows are not encoded; PK filed 2025: no limit.
        CourtCase criminal = CourtCase.builder(CaseType.PIDANA)
                .event(EventType.PEMERIKSAAN_DIMULAI, LocalDate.of(2026, 1, 5))
                .event(CaseEvent.pronounced(LocalDate.of(2026, 3, 2), TERDAKWA)).build();
        CaseAnswer a = TENGGAT.whatIsDue(criminal).asOf(LocalDate.of(2026, 3, 3));
        assertThat(a).deadline("pidana.banding").forParty(TERDAKWA).isNotEncoded().restsOn("UU 20/2025");
        assertThatThrownBy(() -> assertThat(a).deadline("pidana.banding").forParty(TERDAKWA).hasNoLimit())
                .isInstanceOf(AssertionError.class).hasMessageContaining("<NO_LIMIT> but was <NOT_ENCODED>");

        CourtCase pk = CourtCase.builder(CaseType.PIDANA).event(CaseEvent.pronounced(LocalDate.of(2024, 3, 4), TERDAKWA))
                .event(EventType.PERMOHONAN_PK, LocalDate.of(2025, 11, 3), TERDAKWA).build();
        assertThat(TENGGAT.whatIsDue(pk).asOf(LocalDate.of(2025, 11, 4))).deadline("pidana.pk").forParty(TERDAKWA)
                .hasNoLimit().restsOn("Pasal 264");
    }

    @Test
    void lateAndAlternatives() {
        // Notified Mon 17 Mar 2025, due Tue 8 Apr; filed Fri 11 Apr: 3 days late.
        CourtCase late = CourtCase.builder(CaseType.PERDATA)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 3, 17), TERGUGAT)
                .event(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 4, 11), TERGUGAT).build();
        assertThat(TENGGAT.whatIsDue(late).asOf(LocalDate.of(2025, 4, 14))).deadline("perdata.banding").forParty(TERGUGAT)
                .isLateBy(3);
        // Electronic pronouncement Mon 17 Mar 2025: 14 calendar days -> 8 Apr; 14 working days -> 15 Apr; with cuti
        // bersama as working days (decision 0005) the calendar reading gives Wed 2 Apr.
        CourtCase ecourt = CourtCase.builder(CaseType.PERDATA).electronic(true).pronounced(LocalDate.of(2025, 3, 17)).build();
        DeadlineAnswer e = TENGGAT.whatIsDue(ecourt).asOf(LocalDate.of(2025, 3, 18)).deadlines("perdata.banding.elektronik").get(0);
        assertThat(e).isDueOn("2025-04-08").hasAlternative("working-days", "2025-04-15");
        assertThatThrownBy(() -> assertThat(e).hasAlternative("working-days", "2025-04-14"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[working-days=2025-04-15, cuti-bersama:working=2025-04-02]");
    }
}
