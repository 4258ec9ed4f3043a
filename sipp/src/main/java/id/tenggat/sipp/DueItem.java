package id.tenggat.sipp;

import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.Party;
import id.tenggat.sipp.mapping.MappedCase;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * One deadline of one SIPP case, as a dashboard lists it and joins it on {@code perkara_id}. This record is immutable
 * and thread-safe.
 *
 * @param perkaraId    the case's id in SIPP
 * @param nomorPerkara the case number
 * @param deadline     the deadline, with its date, status, legal basis and explanation
 */
public record DueItem(long perkaraId, String nomorPerkara, DeadlineAnswer deadline) {

    /** Overdue first, then by due date, case and deadline id. */
    static final Comparator<DueItem> ORDER = Comparator
            .comparing((DueItem i) -> i.deadline().status() != Status.OVERDUE)
            .thenComparing(i -> i.deadline().due(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(DueItem::perkaraId)
            .thenComparing(i -> i.deadline().id());

    static DueItem of(MappedCase mapped, DeadlineAnswer deadline) {
        return new DueItem(mapped.perkaraId(), mapped.nomorPerkara(), deadline);
    }

    /** {@return the deadline's catalogue id} */
    public String id() {
        return deadline.id();
    }

    /** {@return the party that holds the deadline, or null for a court target} */
    public Party party() {
        return deadline.party();
    }

    /** {@return the last day, or null for a deadline without one} */
    public LocalDate due() {
        return deadline.due();
    }

    /** {@return where the deadline stands} */
    public Status status() {
        return deadline.status();
    }
}
