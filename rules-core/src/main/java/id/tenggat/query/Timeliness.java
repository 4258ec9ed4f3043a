package id.tenggat.query;

import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;

/**
 * Whether an act was done in time. This record is immutable and thread-safe.
 *
 * @param timely   whether the act was done on or before the due date
 * @param daysLate calendar days after the due date, 0 when timely
 * @param deadline the deadline the act was checked against, not null
 */
public record Timeliness(boolean timely, int daysLate, DeadlineAnswer deadline) {

    /**
     * Judges a deadline answer that has an act: MET or LATE.
     *
     * @param deadline  the answer, MET or LATE
     * @return whether the act was in time, and how many days late if not
     */
    public static Timeliness of(DeadlineAnswer deadline) {
        if (deadline.status() != Status.MET && deadline.status() != Status.LATE) {
            throw new IllegalStateException("cannot judge timeliness of " + deadline.id() + ": status "
                    + deadline.status() + (deadline.needs() == null ? "" : ", needs " + deadline.needs()));
        }
        return new Timeliness(deadline.status() == Status.MET,
                deadline.daysLate() == null ? 0 : deadline.daysLate(), deadline);
    }
}
