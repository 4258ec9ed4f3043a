package id.tenggat.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A period in which the detention clock stood still (pembantaran, SEMA 1/1989): the detainee was an in-patient in a
 * hospital outside the detention house, from {@code start} to {@code end}, both days included. Immutable.
 *
 * @param start the first day in hospital, not null
 * @param end   the last day in hospital (inclusive), not null
 */
public record Suspension(@NotNull LocalDate start, @NotNull LocalDate end) {

    /**
     * The number of days of this suspension that fall within {@code from}..{@code to}, both included.
     *
     * @param from  the first day, included
     * @param to  the last day, included
     * @return the number of days
     */
    public long daysWithin(LocalDate from, LocalDate to) {
        LocalDate a = start.isAfter(from) ? start : from;
        LocalDate b = end.isBefore(to) ? end : to;
        return b.isBefore(a) ? 0 : b.toEpochDay() - a.toEpochDay() + 1;
    }
}
