package id.tenggat.answer;

import java.time.LocalDate;

/** Where a deadline stands on the day asked about. */
public enum Status {
    /** The due date is after the day asked about. */
    OPEN,
    /** The due date is the day asked about. */
    DUE_TODAY,
    /**
     * The due date has passed and the act that meets it has not happened: a duty (a court's target, a service step)
     * that stays owed until its act or a later stage of the case. A party's right whose day passed is
     * {@link #LAPSED} instead.
     */
    OVERDUE,
    /** The act that meets the deadline happened on or before the due date. */
    MET,
    /** The act happened after the due date. */
    LATE,
    /** The trigger has not happened yet; {@code needs} names the event. */
    WAITING,
    /** The law sets no time limit. */
    NO_LIMIT,
    /** The provision is known but its value is not confirmed; {@code legalBasis} names it. */
    NOT_ENCODED,
    /** The date would fall where the calendar has no data. */
    OUT_OF_COVERAGE,
    /**
     * A party's right that was not used by its due date: it has lapsed, and what it would have challenged stands
     * for that party ("tidak digunakan"). Carries the due date; {@code closure} gives the reason.
     */
    LAPSED,
    /**
     * The window can no longer run: a later event of the case (the judgment notified as final, a later stage
     * decided) shows that the stage it belongs to is over. Carries no due date; {@code closure} names the event
     * and the reason.
     */
    CLOSED;

    /**
     * Where a deadline whose act has not happened stands on a day: OPEN before the due date, DUE_TODAY on it,
     * OVERDUE after it.
     *
     * @param asOf the day asked about, not null
     * @param due  the due date, not null
     * @return OPEN, DUE_TODAY or OVERDUE
     */
    public static Status pending(LocalDate asOf, LocalDate due) {
        return asOf.isBefore(due) ? OPEN : asOf.isEqual(due) ? DUE_TODAY : OVERDUE;
    }

    /** {@return whether answers with this status carry a due date} */
    public boolean hasDueDate() {
        return this == OPEN || this == DUE_TODAY || this == OVERDUE || this == MET || this == LATE || this == LAPSED;
    }

    /** {@return whether answers with this status say why the window is over ({@code closure})} */
    public boolean hasClosure() {
        return this == LAPSED || this == CLOSED;
    }
}
