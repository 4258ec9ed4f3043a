package id.tenggat.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.List;

/**
 * One detention order: "terhitung mulai tanggal {@code start} sampai dengan tanggal {@code end}".
 * An order gives either its length in days or its last day. This record is immutable and thread-safe.
 *
 * @param stage       the stage of proceedings, not null
 * @param start       the first day of detention under this order, not null
 * @param days        the length in days, or null when {@code end} is given
 * @param end         the last day (inclusive), or null when {@code days} is given
 * @param extension   whether this order extends the previous one of the same stage
 * @param issuedBy    the official who issued the order, or null when unknown (then not checked)
 * @param exceptional whether this is an exceptional extension (KUHAP Pasal 29)
 * @param ground      the ground of an exceptional extension, or null
 * @param suspensions periods in which the clock stood still (pembantaran), never null
 */
public record Detention(@NotNull DetentionStage stage, @NotNull LocalDate start, @Positive Integer days,
                        LocalDate end, boolean extension, Official issuedBy, boolean exceptional,
                        ExceptionalGround ground, @NotNull List<@Valid @NotNull Suspension> suspensions) {

    /**
     * Copies the lists.
     *
     * @param stage  the stage of proceedings, not null
     * @param start  the first day of detention under this order, not null
     * @param days  the length in days, or null when {@code end} is given
     * @param end  the last day (inclusive), or null when {@code days} is given
     * @param extension  whether this order extends the previous one of the same stage
     * @param issuedBy  the official who issued the order, or null when unknown (then not checked)
     * @param exceptional  whether this is an exceptional extension (KUHAP Pasal 29)
     * @param ground  the ground of an exceptional extension, or null
     * @param suspensions  periods in which the clock stood still (pembantaran), never null
     */
    public Detention {
        suspensions = suspensions == null ? List.of() : List.copyOf(suspensions);
    }

    /**
     * An order as described before issuer, exceptional extensions and suspensions were known.
     *
     * @param stage  the stage of proceedings, not null
     * @param start  the first day of detention under this order, not null
     * @param days  the length in days, or null when {@code end} is given
     * @param end  the last day (inclusive), or null when {@code days} is given
     * @param extension  whether this order extends the previous one of the same stage
     */
    public Detention(DetentionStage stage, LocalDate start, Integer days, LocalDate end, boolean extension) {
        this(stage, start, days, end, extension, null, false, null, List.of());
    }

    /**
     * An order of {@code days} days starting on {@code start}.
     *
     * @param stage  the stage of proceedings, not null
     * @param start  the first day of detention under this order, not null
     * @param days  the length in days
     * @param extension  whether this order extends the previous one of the same stage
     * @return the order
     */
    public static Detention of(DetentionStage stage, LocalDate start, int days, boolean extension) {
        return new Detention(stage, start, days, null, extension);
    }

    /**
     * A first order of {@code days} days issued by {@code by}.
     *
     * @param stage  the stage of proceedings, not null
     * @param start  the first day of detention under this order, not null
     * @param days  the length in days
     * @param by  the official who issued the order
     * @return the order
     */
    public static Detention first(DetentionStage stage, LocalDate start, int days, Official by) {
        return new Detention(stage, start, days, null, false, by, false, null, List.of());
    }

    /**
     * An ordinary extension of {@code days} days granted by {@code by}.
     *
     * @param stage  the stage of proceedings, not null
     * @param start  the first day of detention under this order, not null
     * @param days  the length in days
     * @param by  the official who granted the extension
     * @return the order
     */
    public static Detention extension(DetentionStage stage, LocalDate start, int days, Official by) {
        return new Detention(stage, start, days, null, true, by, false, null, List.of());
    }

    /**
     * An exceptional extension (KUHAP Pasal 29) of {@code days} days granted by {@code by} on {@code ground}.
     *
     * @param stage  the stage of proceedings, not null
     * @param start  the first day of detention under this order, not null
     * @param days  the length in days
     * @param by  the official who granted the extension
     * @param ground  the ground of the extension
     * @return the order
     */
    public static Detention exceptional(DetentionStage stage, LocalDate start, int days, Official by,
                                        ExceptionalGround ground) {
        return new Detention(stage, start, days, null, true, by, true, ground, List.of());
    }

    /**
     * This order with the given suspensions.
     *
     * @param value  the periods in which the clock stood still (pembantaran)
     * @return a copy of this order with those suspensions
     */
    public Detention withSuspensions(Suspension... value) {
        return new Detention(stage, start, days, end, extension, issuedBy, exceptional, ground, List.of(value));
    }
}
