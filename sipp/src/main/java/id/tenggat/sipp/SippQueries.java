package id.tenggat.sipp;

import id.tenggat.sipp.mapping.SippTable;
import java.util.ArrayList;
import java.util.List;

/** Every statement the reader sends to SIPP: all of them SELECTs, built from {@link SippTable}'s column lists. */
final class SippQueries {
    static final String TABLES = "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()";
    static final String SYS_CONFIG = "SELECT name, value FROM sys_config";
    static final String HARI_LIBUR = "SELECT tanggal, keterangan FROM hari_libur ORDER BY tanggal";

    private SippQueries() {
    }

    /** The next batch of cases after a {@code perkara_id} (exclusive), at most a given number, by id. */
    static String cases() {
        SippTable t = SippTable.PERKARA;
        return "SELECT perkara_id, " + String.join(", ", t.columns()) + " FROM " + t.tableName()
                + " WHERE perkara_id > ? ORDER BY perkara_id LIMIT ?";
    }

    /** A table's rows of the cases with ids in a range (lower exclusive, upper inclusive), by case and row. */
    static String rows(SippTable t) {
        String id = t.hasRowId() ? "id, " : "";
        return "SELECT perkara_id, " + id + String.join(", ", t.columns()) + " FROM " + t.tableName()
                + " WHERE perkara_id > ? AND perkara_id <= ? ORDER BY perkara_id" + (t.hasRowId() ? ", id" : "");
    }

    /** Every statement above, for the test that checks they are all SELECTs. */
    static List<String> all() {
        List<String> all = new ArrayList<>(List.of(TABLES, SYS_CONFIG, HARI_LIBUR, cases()));
        SippTable.caseTables().forEach(t -> all.add(rows(t)));
        return all;
    }
}
