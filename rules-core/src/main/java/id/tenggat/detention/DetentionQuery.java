package id.tenggat.detention;

import id.tenggat.Tenggat;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A question about a case's detention chain, answered on a given day:
 * {@code tenggat.penahanan(courtCase).asOf(today)}. Immutable and thread-safe.
 */
public final class DetentionQuery {
    private final Tenggat tenggat;
    private final CourtCase courtCase;

    /**
     * Use {@link Tenggat#penahanan(CourtCase)}.
     *
     * @param tenggat  the library that answers, not null
     * @param courtCase  the case asked about, not null
     */
    public DetentionQuery(Tenggat tenggat, CourtCase courtCase) {
        this.tenggat = Objects.requireNonNull(tenggat, "tenggat must not be null");
        this.courtCase = Objects.requireNonNull(courtCase, "courtCase must not be null");
    }

    /**
     * The chain counted on {@code day}; empty when the case has no detention orders the rules set limits for.
     *
     * @param day  the day asked about, not null
     * @return the counted chain, or empty when the case has no detention orders
     * @throws id.tenggat.error.InvalidCaseException listing every problem with the case
     */
    public Optional<DetentionSummary> asOf(LocalDate day) {
        return Optional.ofNullable(tenggat.answer(courtCase, Objects.requireNonNull(day, "day must not be null")).detention());
    }
}
