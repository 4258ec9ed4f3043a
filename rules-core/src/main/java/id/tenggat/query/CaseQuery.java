package id.tenggat.query;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;
import java.util.Objects;

/**
 * "What is due in this case?", waiting for the day it is asked about. Immutable and thread-safe.
 */
public final class CaseQuery {
    private final Tenggat tenggat;
    private final CourtCase courtCase;

    /**
     * Use {@link Tenggat#whatIsDue(CourtCase)}.
     *
     * @param tenggat  the library that answers, not null
     * @param courtCase  the case asked about, not null
     */
    public CaseQuery(Tenggat tenggat, CourtCase courtCase) {
        this.tenggat = Objects.requireNonNull(tenggat, "tenggat must not be null");
        this.courtCase = Objects.requireNonNull(courtCase, "courtCase must not be null");
    }

    /**
     * Every deadline of the case, per party, sorted by date, as of the given day.
     *
     * @param day  the day asked about, not null
     * @return the case's answer
     * @throws id.tenggat.error.InvalidCaseException listing every problem with the case
     */
    public CaseAnswer asOf(LocalDate day) {
        return tenggat.answer(courtCase, Objects.requireNonNull(day, "day must not be null"));
    }

    /**
     * As {@link #asOf(LocalDate)}, for today in the court's time zone.
     *
     * @return the case's answer
     * @throws id.tenggat.error.InvalidCaseException listing every problem with the case
     */
    public CaseAnswer today() {
        return asOf(tenggat.today(tenggat.calendarFor(courtCase).zone()));
    }
}
