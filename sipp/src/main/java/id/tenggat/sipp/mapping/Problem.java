package id.tenggat.sipp.mapping;

import java.util.Objects;

/**
 * A SIPP row, or a value in it, that could not be mapped as it stands: where it is and why. A problem never stops the
 * other rows or cases; the case it belongs to is answered without the value, or reported unanswered when nothing can
 * be answered. This record is immutable and thread-safe.
 *
 * @param table  the SIPP table, not null
 * @param key    the row's key, e.g. {@code perkara_id=17, id=3}, not null
 * @param reason what is wrong and what the reader did about it, not null
 */
public record Problem(String table, String key, String reason) {

    /**
     * Checks the components.
     *
     * @param table  the SIPP table, not null
     * @param key    the row's key, e.g. {@code perkara_id=17, id=3}, not null
     * @param reason what is wrong and what the reader did about it, not null
     */
    public Problem {
        Objects.requireNonNull(table, "table must not be null");
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }

    @Override
    public String toString() {
        return table + " [" + key + "]: " + reason;
    }
}
