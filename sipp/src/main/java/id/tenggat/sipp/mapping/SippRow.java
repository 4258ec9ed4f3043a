package id.tenggat.sipp.mapping;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row as read from SIPP: every column as the text the database gave (dates as {@code yyyy-MM-dd}, zero dates as
 * {@code 0000-00-00}), or null for SQL NULL. Reading text keeps a zero or impossible date readable, so that the mapper
 * can report it instead of the driver failing on it. This record is immutable and thread-safe.
 *
 * @param table     the table, not null
 * @param perkaraId the case the row belongs to
 * @param rowId     the row's {@code id}, or null for a table keyed by {@code perkara_id} alone
 * @param values    the columns by name, not null (values may be null)
 */
public record SippRow(SippTable table, long perkaraId, Long rowId, Map<String, String> values) {

    /**
     * Copies the values.
     *
     * @param table     the table the row comes from, not null
     * @param perkaraId the case the row belongs to
     * @param rowId     the row's {@code id}, or null for a table keyed by {@code perkara_id} alone
     * @param values    the columns by name, not null (values may be null)
     */
    public SippRow {
        Objects.requireNonNull(table, "table must not be null");
        values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    /**
     * A column's value.
     *
     * @param column  the column's name
     * @return the column's text, or null
     */
    public String get(String column) {
        return values.get(column);
    }

    /** {@return the key a problem names: {@code perkara_id=17} or {@code perkara_id=17, id=3}} */
    public String key() {
        return "perkara_id=" + perkaraId + (rowId == null ? "" : ", id=" + rowId);
    }

    /**
     * A problem with this row.
     *
     * @param reason  what is wrong and what the reader did about it, not null
     * @return the problem, naming the table and the row's key
     */
    public Problem problem(String reason) {
        return new Problem(table.tableName(), key(), reason);
    }
}
