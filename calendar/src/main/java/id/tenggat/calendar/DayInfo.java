package id.tenggat.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a court calendar knows about one date: whether it is a working day, its kind and the reasons.
 * <p>
 * The kind is the most significant reason: court closure, then election day, then national holiday,
 * then cuti bersama, then weekend; a day with none of these is a {@link DayKind#WORKING_DAY}.
 * The reasons list every decreed day and closure on the date (never a plain weekend), most significant first.
 * A cuti bersama day in a calendar where cuti bersama is a working day keeps its kind and reason,
 * but {@code workingDay} is true.
 *
 * <h2>Implementation Requirements:</h2>
 * This record is immutable and thread-safe.
 *
 * @param date  the date, not null
 * @param workingDay  whether the court is open for deadlines on the date
 * @param kind  the most significant kind of the date, not null
 * @param reasons  the non-working-day entries on the date, sorted, not null; copied into an immutable list
 */
public record DayInfo(LocalDate date, boolean workingDay, DayKind kind, List<NonWorkingDay> reasons) {

    /**
     * Creates a day description.
     *
     * @param date  the date, not null
     * @param workingDay  whether the court is open for deadlines on the date
     * @param kind  the most significant kind of the date, not null
     * @param reasons  the non-working-day entries on the date, sorted, not null; copied into an immutable list
     * @throws NullPointerException if any argument is null or {@code reasons} contains null
     * @throws IllegalArgumentException if a reason is for another date
     */
    public DayInfo {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons must not be null"));
        for (NonWorkingDay reason : reasons) {
            if (!reason.date().equals(date)) {
                throw new IllegalArgumentException("reason " + reason + " is not for " + date);
            }
        }
    }
}
