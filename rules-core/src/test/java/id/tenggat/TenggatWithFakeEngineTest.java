package id.tenggat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Status;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.LastDayRule;
import id.tenggat.engine.AppliedProvision;
import id.tenggat.engine.DeadlineEngine;
import id.tenggat.engine.Evaluation;
import id.tenggat.engine.LawChoice;
import id.tenggat.engine.Provision;
import id.tenggat.engine.RuleCitation;
import id.tenggat.engine.Start;
import id.tenggat.engine.Unit;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import id.tenggat.query.Timeliness;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The entry point and the counting, with a fake engine standing in for the rules. */
class TenggatWithFakeEngineTest {
    private static final RuleCitation CITATION = new RuleCitation("fake.rule", "Pasal Uji", "test", LocalDate.of(2020, 1, 1), null);
    private static final LocalDate MAR_17 = LocalDate.of(2025, 3, 17);

    /** An engine that returns the given provisions for every case and counts its calls. */
    private static final class FakeEngine implements DeadlineEngine {
        final List<Provision> provisions;
        final AtomicInteger calls = new AtomicInteger();

        FakeEngine(Provision... provisions) {
            this.provisions = List.of(provisions);
        }

        @Override
        public Evaluation evaluate(CourtCase courtCase, LocalDate asOf) {
            calls.incrementAndGet();
            return new Evaluation(provisions.stream().map(p -> new AppliedProvision(p, CITATION)).toList(), List.of());
        }

        @Override
        public List<RuleCitation> rules() {
            return List.of(CITATION);
        }

        @Override
        public String toString() {
            return "FakeEngine" + provisions.size();
        }
    }

    private static Provision banding() {
        return Provision.of("perdata.banding", LawChoice.only("UU 20/1947")).period(14, Unit.CALENDAR_DAYS, Start.NEXT_DAY)
                .triggeredByPronouncementOrNotification().metBy(EventType.PERMOHONAN_BANDING)
                .lastDay(LastDayRule.NEXT_WORKING_DAY).build();
    }

    @Test
    void optionsSetTwiceAreRefusedNamingTheOldValue() {
        assertThatThrownBy(() -> Tenggat.builder().engine(new FakeEngine()).engine(new FakeEngine(banding())))
                .isInstanceOf(IllegalStateException.class).hasMessage("engine was already set to FakeEngine0");
        Clock fixed = Clock.fixed(Instant.parse("2025-03-21T01:00:00Z"), ZoneOffset.UTC);
        assertThatThrownBy(() -> Tenggat.builder().clock(fixed).clock(Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessage("clock was already set to " + fixed);
        CourtCalendar national = CourtCalendar.indonesia();
        assertThatThrownBy(() -> Tenggat.builder().calendar(national).calendar(national))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("calendar was already set to ");
        assertThatThrownBy(() -> Tenggat.builder().policy(Policy.CRIMINAL_BANDING_ROLL, "no-roll")
                .policy(Policy.CRIMINAL_BANDING_ROLL, "roll"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("policy criminal-banding-roll was already set to no-roll");
    }

    @Test
    void unknownPolicyReadingIsRefusedNamingIt() {
        assertThatThrownBy(() -> Tenggat.builder().policy(Policy.ECOURT_BANDING_DAYS, "hari-kerja"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ecourt-banding-days").hasMessageContaining("'hari-kerja'")
                .hasMessageContaining("[calendar-days, working-days]");
    }

    @Test
    void invalidCaseNeverReachesTheEngine() {
        FakeEngine engine = new FakeEngine(banding());
        Tenggat t = Tenggat.builder().engine(engine).build();
        CourtCase bad = new CourtCase(null, CaseType.PERDATA, false, null, List.of(),
                List.of(new CaseEvent(null, MAR_17, null, List.of()), new CaseEvent(EventType.SIDANG, null, null, List.of())),
                List.of(), null, null);
        assertThatThrownBy(() -> t.whatIsDue(bad).asOf(MAR_17)).isInstanceOfSatisfying(InvalidCaseException.class,
                e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("events[0].type", "events[1].date"));
        assertThat(engine.calls).hasValue(0);
    }

    @Test
    void answerAllKeepsOrderAndIsolatesBadCases() {
        Tenggat t = Tenggat.builder().engine(new FakeEngine(banding())).build();
        CourtCase good = CourtCase.builder(CaseType.PERDATA).caseNumber("a")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        CourtCase bad = new CourtCase("b", null, false, null, List.of(), List.of(), List.of(), null, null);
        List<CaseAnswer> answers = t.answerAll(Arrays.asList(bad, good, null), LocalDate.of(2025, 3, 21));
        assertThat(answers).extracting(CaseAnswer::caseNumber).containsExactly("b", "a", null);
        assertThat(answers.get(0).errors()).extracting(FieldError::field).containsExactly("caseType");
        assertThat(answers.get(1).ok()).isTrue();
        assertThat(answers.get(2).errors()).hasSize(1);
    }

    @Test
    void perPartyWindowsAndTheirStatuses() {
        Tenggat t = Tenggat.builder().engine(new FakeEngine(banding())).build();
        // PENGGUGAT present Mon 10 Mar 2025: day 14 Mon 24 Mar. TERGUGAT notified Mon 17 Mar: day 14 Mon 31 Mar
        // (Idul Fitri) -> Tue 8 Apr 2025.
        CourtCase c = CourtCase.builder(CaseType.PERDATA).pronounced(LocalDate.of(2025, 3, 10), Party.PENGGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT)
                .event(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 3, 25), Party.PENGGUGAT).build();
        CaseAnswer a = t.whatIsDue(c).asOf(LocalDate.of(2025, 4, 8));
        DeadlineAnswer penggugat = a.deadlines("perdata.banding").stream().filter(d -> d.party() == Party.PENGGUGAT).findFirst().orElseThrow();
        DeadlineAnswer tergugat = a.deadlines("perdata.banding").stream().filter(d -> d.party() == Party.TERGUGAT).findFirst().orElseThrow();
        assertThat(penggugat.status()).isEqualTo(Status.LATE);
        assertThat(penggugat.daysLate()).isEqualTo(1);
        assertThat(Timeliness.of(penggugat).timely()).isFalse();
        assertThat(tergugat.status()).isEqualTo(Status.DUE_TODAY);
        assertThat(tergugat.due()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThatThrownBy(() -> Timeliness.of(tergugat)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DUE_TODAY");
    }

    @Test
    void waitingHasNeedsAndCannotBeJudged() {
        Tenggat t = Tenggat.builder().engine(new FakeEngine(banding())).build();
        CourtCase c = CourtCase.builder(CaseType.PERDATA).pronounced(LocalDate.of(2025, 3, 10), Party.PENGGUGAT).build();
        DeadlineAnswer w = t.whatIsDue(c).asOf(MAR_17).deadlines("perdata.banding").stream()
                .filter(d -> d.party() == Party.TERGUGAT).findFirst().orElseThrow();
        assertThat(w.status()).isEqualTo(Status.WAITING);
        assertThat(w.needs()).isEqualTo(EventType.PUTUSAN_DIBERITAHUKAN);
        assertThatThrownBy(() -> Timeliness.of(w)).isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot judge timeliness of perdata.banding: status WAITING, needs PUTUSAN_DIBERITAHUKAN");
    }

    @Test
    void anActCountedBackFromItsTriggerIsMetWhenItComesEarlyEnough() {
        Provision summons = Provision.of("perdata.panggilan", LawChoice.only("HIR/RBg")).period(4, Unit.WORKING_DAYS, Start.BACKWARD)
                .triggeredByCaseEvent(EventType.SIDANG).metBy(EventType.PANGGILAN_DITERIMA).build();
        Tenggat t = Tenggat.builder().engine(new FakeEngine(summons)).build();
        // Hearing Mon 10 Mar 2025: 4th working day back is Tue 4 Mar.
        CourtCase early = CourtCase.builder(CaseType.PERDATA).event(EventType.SIDANG, LocalDate.of(2025, 3, 10))
                .event(EventType.PANGGILAN_DITERIMA, LocalDate.of(2025, 3, 3)).build();
        DeadlineAnswer met = t.whatIsDue(early).asOf(LocalDate.of(2025, 3, 5)).deadlines("perdata.panggilan").get(0);
        assertThat(met.status()).isEqualTo(Status.MET);
        assertThat(met.due()).isEqualTo(LocalDate.of(2025, 3, 4));
        CourtCase late = CourtCase.builder(CaseType.PERDATA).event(EventType.SIDANG, LocalDate.of(2025, 3, 10))
                .event(EventType.PANGGILAN_DITERIMA, LocalDate.of(2025, 3, 7)).build();
        assertThat(t.whatIsDue(late).asOf(LocalDate.of(2025, 3, 7)).deadlines("perdata.panggilan").get(0).daysLate()).isEqualTo(3);
    }

    @Test
    void eachPartyWithoutAnyGroundWaitsForTheFirstGround() {
        Provision byNotice = Provision.of("perdata.pk", LawChoice.only("UU 14/1985")).variant("c").period(180, Unit.CALENDAR_DAYS, Start.NEXT_DAY)
                .triggeredBy(EventType.PUTUSAN_BHT_DIBERITAHUKAN).lastDay(LastDayRule.NEXT_WORKING_DAY).build();
        Provision byNovum = Provision.of("perdata.pk", LawChoice.only("UU 14/1985")).variant("b").period(180, Unit.CALENDAR_DAYS, Start.NEXT_DAY)
                .triggeredBy(EventType.NOVUM_DITEMUKAN).lastDay(LastDayRule.NEXT_WORKING_DAY).build();
        Tenggat t = Tenggat.builder().engine(new FakeEngine(byNotice, byNovum)).build();
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(EventType.NOVUM_DITEMUKAN, LocalDate.of(2024, 10, 2), Party.PENGGUGAT).build();
        List<DeadlineAnswer> pk = t.whatIsDue(c).asOf(LocalDate.of(2025, 1, 6)).deadlines("perdata.pk");
        assertThat(pk).extracting(d -> d.party() + "/" + d.variant() + "/" + d.status())
                .containsExactlyInAnyOrder("PENGGUGAT/b/OPEN", "TERGUGAT/c/WAITING");
    }

    @Test
    void todayComesFromTheConfiguredClockInTheCourtsZone() {
        // 17:30 UTC on 20 Mar 2025 is already 21 Mar in Jakarta (UTC+7).
        Clock clock = Clock.fixed(Instant.parse("2025-03-20T17:30:00Z"), ZoneOffset.UTC);
        Tenggat t = Tenggat.builder().engine(new FakeEngine(banding())).clock(clock).build();
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        assertThat(t.whatIsDue(c).today().asOf()).isEqualTo(LocalDate.of(2025, 3, 21));
    }
}
