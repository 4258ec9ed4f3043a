package id.tenggat.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * The hours in which a court's front office (PTSP) receives filings, in the court's local time.
 *
 * <h2>Implementation Requirements:</h2>
 * This record is immutable and thread-safe.
 *
 * @param opens  the opening time, not null
 * @param closes  the closing time, not null, after {@code opens}
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    /** The default office hours of a court calendar, 08:00 to 16:30. */
    public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(8, 0), LocalTime.of(16, 30));

    /**
     * Creates office hours.
     *
     * @param opens  the opening time, not null
     * @param closes  the closing time, not null, after {@code opens}
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
     */
    public OfficeHours {
        Objects.requireNonNull(opens, "opens must not be null");
        Objects.requireNonNull(closes, "closes must not be null");
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closes must be after opens: opens " + opens + ", closes " + closes);
        }
    }

    /**
     * Obtains office hours.
     *
     * @param opens  the opening time, not null
     * @param closes  the closing time, not null, after {@code opens}
     * @return the office hours, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code closes} is not after {@code opens}
     */
    public static OfficeHours of(LocalTime opens, LocalTime closes) {
        return new OfficeHours(opens, closes);
    }
}
