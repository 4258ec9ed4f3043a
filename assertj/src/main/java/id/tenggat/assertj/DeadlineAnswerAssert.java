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

    /** The due date, given as ISO {@code yyyy-MM-dd}. */
    public DeadlineAnswerAssert isDueOn(String isoDate) {
        return isDueOn(LocalDate.parse(Objects.requireNonNull(isoDate, "isoDate must not be null")));
    }

    /** The due date. */
    public DeadlineAnswerAssert isDueOn(LocalDate expected) {
        isNotNull();
        if (!Objects.equals(actual.due(), expected)) {
            failWithMessage("Expecting %s to be due on <%s> but %s", who(), expected,
                    actual.due() == null ? "it has no due date (status " + actual.status() + statusDetail() + ")"
                            : "it is due on <" + actual.due() + "> (status " + actual.status() + ")");
        }
        return this;
    }

    /** The status. */
    public DeadlineAnswerAssert hasStatus(Status expected) {
        isNotNull();
        if (actual.status() != expected) {
            failWithMessage("Expecting %s to have status <%s> but was <%s>%s", who(), expected, actual.status(), statusDetail());
        }
        return this;
    }

    /** The legal basis or the version of the law names the text, e.g. {@code "UU 20/1947"} or {@code "Pasal 7"}. */
    public DeadlineAnswerAssert restsOn(String text) {
        isNotNull();
        Objects.requireNonNull(text, "text must not be null");
        if (!contains(actual.legalBasis(), text) && !contains(actual.law(), text)) {
            failWithMessage("Expecting %s to rest on <%s> but its legal basis is <%s> under law <%s>", who(), text,
                    actual.legalBasis(), actual.law());
        }
        return this;
    }

    /** WAITING for the given event. */
    public DeadlineAnswerAssert isWaitingFor(EventType event) {
        isNotNull();
        if (actual.status() != Status.WAITING || actual.needs() != event) {
            failWithMessage("Expecting %s to be WAITING for <%s> but was <%s>%s", who(), event, actual.status(), statusDetail());
        }
        return this;
    }

    /** The provision is known but not encoded. */
    public DeadlineAnswerAssert isNotEncoded() {
        return hasStatus(Status.NOT_ENCODED);
    }

    /** The law sets no time limit. */
    public DeadlineAnswerAssert hasNoLimit() {
        return hasStatus(Status.NO_LIMIT);
    }

    /** LATE by the given number of calendar days. */
    public DeadlineAnswerAssert isLateBy(int days) {
        isNotNull();
        if (actual.status() != Status.LATE || actual.daysLate() == null || actual.daysLate() != days) {
            failWithMessage("Expecting %s to be LATE by <%d> day(s) but was <%s>%s", who(), days, actual.status(),
                    actual.daysLate() == null ? statusDetail() : " by " + actual.daysLate() + " day(s)");
        }
        return this;
    }

    /** Another reading of the answer's interpretation policy gives this date. */
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
