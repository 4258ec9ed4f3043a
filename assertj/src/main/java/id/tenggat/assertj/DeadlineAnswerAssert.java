package id.tenggat.assertj;

import id.tenggat.answer.Alternative;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.EventType;
import java.time.LocalDate;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one {@link DeadlineAnswer}; every failure names the deadline id and party. */
public final class DeadlineAnswerAssert extends AbstractAssert<DeadlineAnswerAssert, DeadlineAnswer> {

    DeadlineAnswerAssert(DeadlineAnswer actual) {
        super(actual, DeadlineAnswerAssert.class);
    }

    /**
     * Verifies the due date, given as ISO {@code yyyy-MM-dd}.
     *
     * @param isoDate  the expected due date, e.g. {@code "2025-04-14"}
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert isDueOn(String isoDate) {
        return isDueOn(LocalDate.parse(Objects.requireNonNull(isoDate, "isoDate must not be null")));
    }

    /**
     * Verifies the due date.
     *
     * @param expected  the expected due date
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert isDueOn(LocalDate expected) {
        isNotNull();
        if (!Objects.equals(actual.due(), expected)) {
            failWithMessage("Expecting %s to be due on <%s> but %s", who(), expected,
                    actual.due() == null ? "it has no due date (status " + actual.status() + statusDetail() + ")"
                            : "it is due on <" + actual.due() + "> (status " + actual.status() + ")");
        }
        return this;
    }

    /**
     * Verifies the status.
     *
     * @param expected  the expected status
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expecting %s to have status <%s> but was <%s>%s", who(), expected, actual.status(), statusDetail());
        }
        return this;
    }

    /**
     * Verifies that the legal basis or the version of the law names the text, e.g. {@code "UU 20/1947"} or
     * {@code "Pasal 7"}.
     *
     * @param text  the text the legal basis or the law must contain
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert restsOn(String text) {
        isNotNull();
        Objects.requireNonNull(text, "text must not be null");
        if (!contains(actual.legalBasis(), text) && !contains(actual.law(), text)) {
            failWithMessage("Expecting %s to rest on <%s> but its legal basis is <%s> under law <%s>", who(), text,
                    actual.legalBasis(), actual.law());
        }
        return this;
    }

    /**
     * Verifies that the deadline is WAITING for the given event.
     *
     * @param event  the event the deadline must need
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert isWaitingFor(EventType event) {
        isNotNull();
        if (actual.status() != Status.WAITING || actual.needs() != event) {
            failWithMessage("Expecting %s to be WAITING for <%s> but was <%s>%s", who(), event, actual.status(), statusDetail());
        }
        return this;
    }

    /**
     * Verifies that the provision is known but not encoded.
     *
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert isNotEncoded() {
        return hasStatus(Status.NOT_ENCODED);
    }

    /**
     * Verifies that the law sets no time limit.
     *
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert hasNoLimit() {
        return hasStatus(Status.NO_LIMIT);
    }

    /**
     * Verifies that the deadline is LATE by the given number of calendar days.
     *
     * @param days  the expected number of calendar days late
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert isLateBy(int days) {
        isNotNull();
        if (actual.status() != Status.LATE || actual.daysLate() == null || actual.daysLate() != days) {
            failWithMessage("Expecting %s to be LATE by <%d> day(s) but was <%s>%s", who(), days, actual.status(),
                    actual.daysLate() == null ? statusDetail() : " by " + actual.daysLate() + " day(s)");
        }
        return this;
    }

    /**
     * Verifies that another reading of the answer's interpretation policy gives this date.
     *
     * @param reading  the reading's id
     * @param isoDate  the due date under that reading, as ISO {@code yyyy-MM-dd}
     * @return this assertion, to chain further checks
     */
    public DeadlineAnswerAssert hasAlternative(String reading, String isoDate) {
        isNotNull();
        LocalDate date = LocalDate.parse(isoDate);
        if (actual.alternatives().stream().noneMatch(a -> a.reading().equals(reading) && Objects.equals(a.due(), date))) {
            failWithMessage("Expecting %s to have alternative reading <%s> due <%s> but its alternatives are %s",
                    who(), reading, date, actual.alternatives().stream().map(DeadlineAnswerAssert::text).toList());
        }
        return this;
    }

    private String who() {
        return describe(actual);
    }

    private String statusDetail() {
        StringBuilder s = new StringBuilder();
        if (actual.due() != null) {
            s.append(", due ").append(actual.due());
        }
        if (actual.needs() != null) {
            s.append(", needs ").append(actual.needs());
        }
        return s.toString();
    }

    static String describe(DeadlineAnswer a) {
        return "deadline " + a.id() + (a.variant() == null ? "" : " (" + a.variant() + ")")
                + (a.party() == null ? " (case-wide)" : " for " + a.party());
    }

    /** A reading of another policy than the answer's own (cuti-bersama) is written "policy:reading". */
    private static String text(Alternative a) {
        return (a.policy() == null ? "" : a.policy() + ":") + a.reading() + "=" + a.due();
    }

    private static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.contains(needle);
    }
}
