package id.tenggat.drl.perdata;

import static java.time.LocalDate.of;
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
import id.tenggat.policy.Policy;
import org.junit.jupiter.api.Test;

/**
 * A verzet (HIR Pasal 129) lodged after the verstek judgment and before the notification that starts its window:
 * met under policy early-filing "accepted" (decision 0015), not counted under "from-trigger". Dates by hand.
 */
class EarlyVerzetTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();
    private static final Tenggat FROM_TRIGGER = Tenggat.builder().policy(Policy.EARLY_FILING, "from-trigger").build();

    private static DeadlineAnswer variant(CaseAnswer a, String variant) {
        return a.deadlines("perdata.verzet").stream().filter(d -> variant.equals(d.variant()))
                .filter(d -> d.party() == Party.TERGUGAT).findFirst().orElseThrow();
    }

    /** Verstek pronounced Mon 22 Dec 2025 with the defendant absent; verzet lodged Tue 30 Dec 2025. */
    private static CourtCase.Builder verstekThenVerzet() {
        return CourtCase.builder(CaseType.PERDATA)
                .pronounced(of(2025, 12, 22), Party.PENGGUGAT)
                .event(EventType.PERLAWANAN_DIAJUKAN, of(2025, 12, 30), Party.TERGUGAT);
    }

    @Test
    void aVerzetLodgedBeforeAnyNoticeIsMetOrWaits() {
        CourtCase c = verstekThenVerzet().build();
        CaseAnswer a = TENGGAT.whatIsDue(c).asOf(of(2025, 12, 31));
        for (String v : new String[] {"pemberitahuan", "aanmaning"}) {
            DeadlineAnswer d = variant(a, v);
            assertThat(d.status()).as(v).isEqualTo(Status.MET);
            assertThat(d.actDate()).as(v).isEqualTo(of(2025, 12, 30));
            assertThat(d.due()).as(v).isNull();
            assertThat(d.explanation(Language.ID)).anySatisfy(s -> assertThat(s).contains("early-filing"));
        }
        CaseAnswer strict = FROM_TRIGGER.whatIsDue(c).asOf(of(2025, 12, 31));
        assertThat(variant(strict, "pemberitahuan").status()).isEqualTo(Status.WAITING);
        assertThat(variant(strict, "pemberitahuan").needs()).isEqualTo(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN);
        // Where no ground of the verzet has its trigger yet, the first ground stands for them all.
        assertThat(strict.deadlines("perdata.verzet")).singleElement()
                .satisfies(d -> assertThat(d.variant()).isEqualTo("pemberitahuan"));
    }

    @Test
    void aVerzetLodgedBeforeTheNoticeInPersonAcrossIsraMiraj() {
        // Notified in person Fri 2 Jan 2026: 3 Jan (1) ... Fri 16 Jan (14) = Isra Mi'raj; 17-18 weekend -> Mon 19 Jan
        // 2026. "accepted": the verzet of 30 Dec 2025 meets it. "from-trigger": it does not count; open until 19 Jan.
        CourtCase c = verstekThenVerzet()
                .event(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, of(2026, 1, 2), Party.TERGUGAT).build();
        DeadlineAnswer met = variant(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 5)), "pemberitahuan");
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.actDate()).isEqualTo(of(2025, 12, 30));
        DeadlineAnswer open = variant(FROM_TRIGGER.whatIsDue(c).asOf(of(2026, 1, 5)), "pemberitahuan");
        assertThat(open.status()).isEqualTo(Status.OPEN);
        assertThat(open.due()).isEqualTo(of(2026, 1, 19));
        assertThat(open.actDate()).isNull();
    }

    @Test
    void aVerzetBeforeTheVerstekJudgmentIsNotEarlyButInvalid() {
        // Nothing allows a verzet before the judgment exists: the case check refuses it under either reading.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TENGGAT.whatIsDue(CourtCase.builder(CaseType.PERDATA)
                        .pronounced(of(2025, 12, 22), Party.PENGGUGAT)
                        .event(EventType.PERLAWANAN_DIAJUKAN, of(2025, 12, 19), Party.TERGUGAT).build())
                .asOf(of(2025, 12, 31)))
                .hasMessageContaining("verzet");
    }
}
