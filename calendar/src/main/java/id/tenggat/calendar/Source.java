package id.tenggat.calendar;

import java.util.Objects;

/**
 * The legal instrument that makes a day a non-working day, for example
 * {@code "SKB No. 1497/2025, 2/2025, 5/2025 (19 Sep 2025)"} or {@code "Keppres 33/2024"}.
 * <p>
 * Every non-working day carries its source so that an answer can say why a deadline moved.
 *
 * <h2>Implementation Requirements:</h2>
 * This record is immutable and thread-safe.
 *
 * @param instrument  the instrument as it is cited, not null, not blank
 * @param url  where the instrument or a report of it can be read, null if none is known
 */
public record Source(String instrument, String url) {

    /**
     * Creates a source.
     *
     * @param instrument  the instrument as it is cited, not null, not blank
     * @param url  where the instrument or a report of it can be read, null if none is known
     * @throws NullPointerException if {@code instrument} is null
     * @throws IllegalArgumentException if {@code instrument} is blank, or {@code url} is blank
     */
    public Source {
        Objects.requireNonNull(instrument, "instrument must not be null");
        if (instrument.isBlank()) {
            throw new IllegalArgumentException("instrument must not be blank: '" + instrument + "'");
        }
        if (url != null && url.isBlank()) {
            throw new IllegalArgumentException("url must be null or not blank: '" + url + "'");
        }
    }

    /**
     * Obtains a source without a URL.
     *
     * @param instrument  the instrument as it is cited, not null, not blank
     * @return the source, not null
     * @throws NullPointerException if {@code instrument} is null
     * @throws IllegalArgumentException if {@code instrument} is blank
     */
    public static Source of(String instrument) {
        return new Source(instrument, null);
    }

    /**
     * Obtains a source with a URL.
     *
     * @param instrument  the instrument as it is cited, not null, not blank
     * @param url  where the instrument can be read, null if none is known
     * @return the source, not null
     * @throws NullPointerException if {@code instrument} is null
     * @throws IllegalArgumentException if {@code instrument} or {@code url} is blank
     */
    public static Source of(String instrument, String url) {
        return new Source(instrument, url);
    }
}
