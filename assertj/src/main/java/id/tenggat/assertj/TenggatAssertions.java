package id.tenggat.assertj;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;

/**
 * Entry point of the AssertJ assertions on tenggat answers, for tests that check a system against the library:
 *
 * <pre>{@code
 * assertThat(caseAnswer).deadline("perdata.banding").forParty(TERGUGAT)
 *         .isDueOn("2025-04-08").hasStatus(OPEN).restsOn("UU 20/1947");
 * assertThat(deadlineAnswer).isWaitingFor(EventType.PUTUSAN_DIBERITAHUKAN);
 * }</pre>
 *
 * <p>Failure messages name the deadline id, the party, the expected and the actual value. Static-import these
 * methods next to AssertJ's own {@code Assertions.assertThat}; the overloads do not clash.
 */
public final class TenggatAssertions {
    private TenggatAssertions() {
    }

    /**
     * Starts assertions on everything due in one case.
     *
     * @param actual  the case's answer
     * @return assertions on it
     */
    public static CaseAnswerAssert assertThat(CaseAnswer actual) {
        return new CaseAnswerAssert(actual);
    }

    /**
     * Starts assertions on one deadline of one party.
     *
     * @param actual  the deadline's answer
     * @return assertions on it
     */
    public static DeadlineAnswerAssert assertThat(DeadlineAnswer actual) {
        return new DeadlineAnswerAssert(actual);
    }
}
