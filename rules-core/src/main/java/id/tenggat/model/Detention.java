package id.tenggat.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/**
 * One detention order: "terhitung mulai tanggal {@code start} sampai dengan tanggal {@code end}".
 * An order gives either its length in days or its last day. This record is immutable and thread-safe.
 *
 * @param stage     the stage of proceedings, not null
 * @param start     the first day of detention under this order, not null
 * @param days      the length in days, or null when {@code end} is given
 * @param end       the last day (inclusive), or null when {@code days} is given
 * @param extension whether this order extends the previous one of the same stage
 */
public record Detention(@NotNull DetentionStage stage, @NotNull LocalDate start, @Positive Integer days,
                        LocalDate end, boolean extension) {

    /** An order of {@code days} days starting on {@code start}. */
    public static Detention of(DetentionStage stage, LocalDate start, int days, boolean extension) {
        return new Detention(stage, start, days, null, extension);
    }
}
