package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Status;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.query.Filing;
import id.tenggat.query.Timeliness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The public API over the real rules. */
class TenggatApiTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();
    private static final LocalDate MAR_17 = LocalDate.of(2025, 3, 17);

    @Test
    void an_unknown_deadline_id_fails_at_once_with_the_nearest_id() {
        String message = "unknown deadline id 'perdata.bandig'; did you mean 'perdata.banding'?";
        assertThatThrownBy(() -> TENGGAT.deadline("perdata.bandig")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> Filing.of("perdata.bandig")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
        assertThatThrownBy(() -> TENGGAT.pidana().deadline("kasasi.memory")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown deadline id 'pidana.kasasi.memory'; did you mean 'pidana.kasasi.memori'?");
        // An office duty is in the catalogue but is not a deadline of a case.
        assertThatThrownBy(() -> Filing.of("sop.laporan.bulanan")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("officeDeadlines");
        assertThat(TENGGAT.catalogue().require("perdata.banding").name()).isEqualTo("Permohonan banding");
    }

    @Test
    void invalidCaseListsEveryViolationWithPathAndValue() {
        CourtCase bad = new CourtCase("1/Pdt.G/2025/PN Jpa", null, false, null, List.of(), List.of(
                new CaseEvent(EventType.SIDANG, null, null, List.of()),
                new CaseEvent(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT, List.of(Party.PENGGUGAT))),
                List.of(), null, null);
        assertThatThrownBy(() -> TENGGAT.whatIsDue(bad).asOf(MAR_17))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("caseType", "events[0].date", "events[1].partiesPresent");
                    assertThat(e.errors().get(2).value()).isEqualTo("[PENGGUGAT]");
                    assertThat(e.getMessage()).contains("1/Pdt.G/2025/PN Jpa").contains("caseType")
                            .contains("events[0].date").contains("events[1].partiesPresent = [PENGGUGAT]");
                });
    }

    @Test
    void answerAllAnswersGoodCasesAndReportsBadOnesInOrder() {
        CourtCase good = CourtCase.builder(CaseType.PERDATA).caseNumber("good")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        CourtCase bad = new CourtCase("bad", CaseType.PERDATA, false, null, List.of(),
                List.of(new CaseEvent(EventType.SIDANG, null, null, List.of())), List.of(), null, null);
        CourtCase unknownCourt = CourtCase.builder(CaseType.PERDATA).caseNumber("court").court("PN Atlantis")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        List<CaseAnswer> answers = TENGGAT.answerAll(Arrays.asList(good, bad, null, unknownCourt, good), LocalDate.of(2025, 3, 21));

        assertThat(answers).hasSize(5);
        assertThat(answers.get(0).caseNumber()).isEqualTo("good");
        assertThat(answers.get(0).ok()).isTrue();
        // 17 Mar 2025 + 14 = 31 Mar (Idul Fitri) -> Tue 8 Apr 2025.
        assertThat(answers.get(0).deadlines("perdata.banding")).filteredOn(d -> d.party() == Party.TERGUGAT)
                .singleElement().extracting(DeadlineAnswer::due).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(answers.get(1).caseNumber()).isEqualTo("bad");
        assertThat(answers.get(1).errors()).extracting(FieldError::field).containsExactly("events[0].date");
        assertThat(answers.get(1).deadlines()).isEmpty();
        assertThat(answers.get(2).errors()).singleElement().extracting(FieldError::message).asString().contains("null");
        assertThat(answers.get(3).errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("court");
            assertThat(e.value()).isEqualTo("PN Atlantis");
        });
        assertThat(answers.get(4)).isEqualTo(answers.get(0));
    }

    @Test
    void checkFilingIsMetOnTheRolledDayAndLateAfterIt() {
        Filing base = Filing.of("perdata.banding").forParty(Party.TERGUGAT).notifiedOn(MAR_17);
        Timeliness met = TENGGAT.check(base.filedOn(LocalDate.of(2025, 4, 8)));
        assertThat(met.timely()).isTrue();
        assertThat(met.daysLate()).isZero();
        assertThat(met.deadline().status()).isEqualTo(Status.MET);

        Timeliness late = TENGGAT.check(base.filedOn(LocalDate.of(2025, 4, 11)));
        assertThat(late.timely()).isFalse();
        assertThat(late.daysLate()).isEqualTo(3);
        assertThat(late.deadline().status()).isEqualTo(Status.LATE);
        assertThat(late.deadline().due()).isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void waitingDeadlineNamesTheEventItNeedsAndCannotBeJudged() {
        DeadlineAnswer waiting = TENGGAT.perdata().kasasi().forParty(Party.TERGUGAT)
                .on(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 1, 10)).asOf(MAR_17).due();
        assertThat(waiting.status()).isEqualTo(Status.WAITING);
        assertThat(waiting.needs()).isEqualTo(EventType.PUTUSAN_BANDING_DIBERITAHUKAN);
        assertThat(waiting.due()).isNull();

        assertThatThrownBy(() -> Timeliness.of(waiting)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("perdata.kasasi").hasMessageContaining("WAITING")
                .hasMessageContaining("PUTUSAN_BANDING_DIBERITAHUKAN");
        Filing noTrigger = Filing.of("perdata.kasasi").forParty(Party.TERGUGAT)
                .on(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 1, 10)).filedOn(MAR_17);
        assertThatThrownBy(() -> TENGGAT.check(noTrigger)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WAITING");
    }

    @Test
    void electronicBandingQueryRunsFromTheElectronicPronouncement() {
        // e-Court pronouncement Mon 17 Mar 2025: 14 calendar days -> Mon 31 Mar (Idul Fitri) -> Tue 8 Apr 2025;
        // 14 working days (18-21, 24-27 Mar, 8-11, 14-15 Apr) -> Tue 15 Apr 2025.
        DeadlineAnswer a = TENGGAT.perdata().deadline("banding.elektronik").forParty(Party.TERGUGAT).notifiedOn(MAR_17)
                .asOf(LocalDate.of(2025, 3, 18)).due();
        assertThat(a.status()).isEqualTo(Status.OPEN);
        assertThat(a.due()).isEqualTo(LocalDate.of(2025, 4, 8));
        // With cuti bersama as working days (decision 0005): 31 Mar, 1 Apr Idul Fitri, Wed 2 Apr 2025.
        assertThat(a.alternatives()).containsExactly(new Alternative("working-days", LocalDate.of(2025, 4, 15)),
                new Alternative("working", LocalDate.of(2025, 4, 2), "cuti-bersama"));
        Timeliness t = TENGGAT.check(Filing.of("perdata.banding.elektronik").forParty(Party.TERGUGAT)
                .notifiedOn(MAR_17).filedOn(LocalDate.of(2025, 4, 9)));
        assertThat(t.timely()).isFalse();
        assertThat(t.daysLate()).isEqualTo(1);
    }

    @Test
    void aQueryForAPartyOfAnotherCaseTypeIsRefusedNamingBoth() {
        assertThatThrownBy(() -> TENGGAT.pidana().banding().forParty(Party.TERGUGAT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pidana.banding: TERGUGAT is not a party of a PIDANA case; its parties are TERDAKWA, "
                        + "PENUNTUT_UMUM");
        assertThatThrownBy(() -> TENGGAT.perdata().banding().forParty(Party.PENUNTUT_UMUM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("perdata.banding: PENUNTUT_UMUM is not a party of a PERDATA case");
    }

    @Test
    void anImpossibleOrderIsRefusedAndAnEarlyFilingIsAnswered() {
        LocalDate mar21 = LocalDate.of(2025, 3, 21);
        // Notified to TERGUGAT on Fri 7 Mar 2025 of a judgment pronounced on Mon 10 Mar.
        CourtCase impossible = CourtCase.builder(CaseType.PERDATA)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 3, 7), Party.TERGUGAT)
                .pronounced(LocalDate.of(2025, 3, 10), Party.PENGGUGAT).build();
        assertThatThrownBy(() -> TENGGAT.whatIsDue(impossible).asOf(mar21))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::value)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("events[0].date", "2025-03-07")));
        // TERGUGAT, absent on Mon 10 Mar, appeals on Wed 12 Mar before its notice of Mon 17 Mar: allowed (policy
        // early-filing), the banding is met on 12 Mar.
        CourtCase early = CourtCase.builder(CaseType.PERDATA).pronounced(LocalDate.of(2025, 3, 10), Party.PENGGUGAT)
                .event(EventType.PERMOHONAN_BANDING, LocalDate.of(2025, 3, 12), Party.TERGUGAT)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, MAR_17, Party.TERGUGAT).build();
        assertThat(TENGGAT.validate(early, mar21)).isEmpty();
        DeadlineAnswer banding = TENGGAT.whatIsDue(early).asOf(mar21).deadlines("perdata.banding").stream()
                .filter(d -> d.party() == Party.TERGUGAT).findFirst().orElseThrow();
        assertThat(banding.status()).isEqualTo(Status.MET);
        assertThat(banding.actDate()).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void checkWithoutFilingDateIsRefused() {
        Filing f = Filing.of("perdata.banding").forParty(Party.TERGUGAT).notifiedOn(MAR_17);
        assertThatThrownBy(() -> TENGGAT.check(f)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("filedOn");
    }

    /**
     * Eight threads share one instance and answer every case of the corpus (each on its own day, every instrument,
     * criminal, civil, juvenile, small claims, detention) in an order of their own, three times over; every answer
     * equals the one a single thread gave before. Left out of the mutation run (tag "slow"): it repeats cases that
     * the single-threaded tests answer.
     */
    @Test
    @Tag("slow")
    void manyThreadsShareOneInstanceAndGetTheSameAnswers() throws Exception {
        List<CourtCase> cases = new ArrayList<>();
        List<LocalDate> days = new ArrayList<>();
        for (String file : CaseCorpusTest.FILES) {
            for (JsonNode c : CaseCorpusTest.read(file)) {
                cases.add(CaseCorpusTest.toCase(c.get("input")));
                days.add(LocalDate.parse(c.get("asOf").asText()));
            }
        }
        assertThat(cases).as("a varied corpus").hasSizeGreaterThan(50);
        List<CaseAnswer> expected = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            expected.add(TENGGAT.whatIsDue(cases.get(i)).asOf(days.get(i)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                long seed = t;
                tasks.add(() -> {
                    List<Integer> order = new ArrayList<>();
                    for (int i = 0; i < cases.size(); i++) {
                        order.add(i);
                    }
                    Collections.shuffle(order, new Random(seed));
                    int compared = 0;
                    for (int round = 0; round < 3; round++) {
                        for (int i : order) {
                            assertThat(TENGGAT.whatIsDue(cases.get(i)).asOf(days.get(i)))
                                    .as("case %d in round %d", i, round).isEqualTo(expected.get(i));
                            compared++;
                        }
                    }
                    return compared;
                });
            }
            for (Future<Integer> f : pool.invokeAll(tasks)) {
                assertThat(f.get()).isEqualTo(3 * cases.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
