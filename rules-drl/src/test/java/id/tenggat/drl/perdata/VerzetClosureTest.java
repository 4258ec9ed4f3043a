package id.tenggat.drl.perdata;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Closure;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What ends the window of a verzet against a verstek judgment (HIR Pasal 129, decision 0017): the plaintiff's banding
 * (UU 20/1947 Pasal 8 ayat (1): the defendant can then no longer use the verzet); not the defendant's own banding,
 * which is not received against a verstek judgment, and not the judgment becoming final, after which the aanmaning
 * limb still runs. Dates by hand on the calendar.
 */
class VerzetClosureTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    /**
     * Verstek pronounced Mon 15 Dec 2025 with the defendant absent, notified to the defendant in person Thu 18 Dec
     * 2025: 14 days, Dec 19 (1) .. Thu 1 Jan 2026 (14), New Year's Day -> Fri 2 Jan 2026.
     */
    private static CourtCase.Builder notifiedInPerson() {
        return CourtCase.builder(CaseType.PERDATA)
                .pronounced(of(2025, 12, 15), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, of(2025, 12, 18), Party.TERGUGAT);
    }

    private static DeadlineAnswer variant(CaseAnswer a, String variant) {
        return a.deadlines("perdata.verzet").stream().filter(d -> variant.equals(d.variant()))
                .filter(d -> d.party() == Party.TERGUGAT).findFirst().orElseThrow();
    }

    @Test
    void withoutALaterEventTheVerzetRunsOverNewYear() {
        DeadlineAnswer d = variant(TENGGAT.whatIsDue(notifiedInPerson().build()).asOf(of(2025, 12, 22)), "pemberitahuan");
        assertThat(d.status()).isEqualTo(Status.OPEN);
        assertThat(d.due()).isEqualTo(of(2026, 1, 2));
        assertThat(d.legalBasis()).contains("HIR Pasal 129").contains("UU 20/1947 Pasal 8 ayat (1)");
    }

    @Test
    void thePlaintiffsBandingClosesBothLimbsOfTheVerzet() {
        // The plaintiff appeals Mon 22 Dec 2025, inside the defendant's window (due Fri 2 Jan 2026).
        CourtCase c = notifiedInPerson().event(EventType.PERMOHONAN_BANDING, of(2025, 12, 22), Party.PENGGUGAT).build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 23));
        for (String v : List.of("pemberitahuan", "aanmaning")) {
            DeadlineAnswer d = variant(a, v);
            assertThat(d.status()).as(v).isEqualTo(Status.CLOSED);
            assertThat(d.due()).as(v).isNull();
            assertThat(d.closure()).as(v).isEqualTo(
                    new Closure(EventType.PERMOHONAN_BANDING, of(2025, 12, 22), Closure.Reason.LATER_STAGE));
        }
    }

    @Test
    void aRightThatLapsedBeforeThePlaintiffsBandingStaysLapsed() {
        // Due Fri 2 Jan 2026, unused; the plaintiff appeals Mon 5 Jan 2026: the right had lapsed first.
        CourtCase c = notifiedInPerson().event(EventType.PERMOHONAN_BANDING, of(2026, 1, 5), Party.PENGGUGAT).build();
        DeadlineAnswer d = variant(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 6)), "pemberitahuan");
        assertThat(d.status()).isEqualTo(Status.LAPSED);
        assertThat(d.due()).isEqualTo(of(2026, 1, 2));
        assertThat(d.closure().reason()).isEqualTo(Closure.Reason.NOT_USED);
    }

    @Test
    void theDefendantsOwnBandingDoesNotCloseIt() {
        CourtCase c = notifiedInPerson().event(EventType.PERMOHONAN_BANDING, of(2025, 12, 22), Party.TERGUGAT).build();
        DeadlineAnswer d = variant(TENGGAT.whatIsDue(c).asOf(of(2025, 12, 23)), "pemberitahuan");
        assertThat(d.status()).isEqualTo(Status.OPEN);
        assertThat(d.due()).isEqualTo(of(2026, 1, 2));
    }

    @Test
    void aBandingWithoutItsPartyIsRefusedSinceWhoseItIsDecidesTheVerzet() {
        CourtCase c = notifiedInPerson().event(EventType.PERMOHONAN_BANDING, of(2025, 12, 22)).build();
        assertThatThrownBy(() -> TENGGAT.whatIsDue(c).asOf(of(2025, 12, 23)))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("PERMOHONAN_BANDING");
    }

    @Test
    void aFinalJudgmentDoesNotCloseTheAanmaningLimbAcrossIsraMiraj() {
        // Never notified in person; the judgment notified as final Wed 7 Jan 2026, aanmaning Thu 8 Jan 2026: 8 days,
        // Jan 9 (1) .. Fri 16 Jan (8), Isra Mi'raj; 17-18 weekend -> Mon 19 Jan 2026.
        CourtCase c = CourtCase.builder(CaseType.PERDATA)
                .pronounced(of(2025, 12, 15), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_BHT_DIBERITAHUKAN, of(2026, 1, 7))
                .event(EventType.AANMANING, of(2026, 1, 8), Party.TERGUGAT)
                .build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2026, 1, 12));
        DeadlineAnswer d = variant(a, "aanmaning");
        assertThat(d.status()).isEqualTo(Status.OPEN);
        assertThat(d.due()).isEqualTo(of(2026, 1, 19));
        assertThat(a.deadlines("perdata.verzet")).extracting(DeadlineAnswer::status).doesNotContain(Status.CLOSED);
    }
}
