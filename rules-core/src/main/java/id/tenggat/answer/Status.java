package id.tenggat.answer;

/** Where a deadline stands on the day asked about. */
public enum Status {
    /** The due date is after the day asked about. */
    OPEN,
    /** The due date is the day asked about. */
    DUE_TODAY,
    /** The due date has passed and the act that meets it has not happened. */
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
    OUT_OF_COVERAGE;

    /** Whether answers with this status carry a due date. */
    public boolean hasDueDate() {
        return this == OPEN || this == DUE_TODAY || this == OVERDUE || this == MET || this == LATE;
    }
}
