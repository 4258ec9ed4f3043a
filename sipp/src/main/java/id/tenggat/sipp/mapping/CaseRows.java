package id.tenggat.sipp.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything SIPP holds about one case: its {@code perkara} row and its rows in the other tables, each table's rows in
 * {@code id} order. Built while a batch of cases is read; not thread-safe while being filled.
 */
public final class CaseRows {
    private final SippRow perkara;
    private final Map<SippTable, List<SippRow>> rows = new EnumMap<>(SippTable.class);

    /**
     * Starts the rows of a case from its {@code perkara} row.
     *
     * @param perkara  the case's row of {@code perkara}, not null
     * @throws IllegalArgumentException if the row is of another table
     */
    public CaseRows(SippRow perkara) {
        this.perkara = Objects.requireNonNull(perkara, "perkara must not be null");
        if (perkara.table() != SippTable.PERKARA) {
            throw new IllegalArgumentException("a case starts from its perkara row, not " + perkara.table());
        }
    }

    /**
     * Adds a row of another table.
     *
     * @param row  a row of the same case, not null
     * @throws IllegalArgumentException if the row belongs to another case
     */
    public void add(SippRow row) {
        if (row.perkaraId() != perkara.perkaraId()) {
            throw new IllegalArgumentException(row.key() + " does not belong to perkara_id=" + perkara.perkaraId());
        }
        rows.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row);
    }

    /** {@return the case's {@code perkara} row} */
    public SippRow perkara() {
        return perkara;
    }

    /** {@return the case's id in SIPP} */
    public long perkaraId() {
        return perkara.perkaraId();
    }

    /**
     * The case's rows of a table.
     *
     * @param table  the table
     * @return the rows, in {@code id} order; empty when it has none
     */
    public List<SippRow> rows(SippTable table) {
        return rows.getOrDefault(table, List.of());
    }
}
