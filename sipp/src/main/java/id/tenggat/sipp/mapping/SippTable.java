package id.tenggat.sipp.mapping;

import java.util.List;

/**
 * The SIPP tables the reader selects from, with the columns it reads. Every table but {@code perkara} holds rows of
 * one case under {@code perkara_id}; {@code id} orders several rows of a case where a table has it.
 */
public enum SippTable {
    /** The case itself: its number, type, registration date, juvenile flag and claim value. */
    PERKARA("perkara", false, "alur_perkara_id", "jenis_perkara_nama", "nomor_perkara", "tanggal_pendaftaran",
            "terdakwa_anak", "nilai_sengketa"),
    /** The first side of a case: the plaintiffs, or the prosecutor. */
    PIHAK1("perkara_pihak1", true, "pihak_id", "urutan"),
    /** The second side of a case: the defendants, or the accused. */
    PIHAK2("perkara_pihak2", true, "pihak_id", "urutan"),
    /** The first-instance judgment: its date, whether it is a default judgment, and its notifications. */
    PUTUSAN("perkara_putusan", false, "tanggal_putusan", "putusan_verstek", "pemberitahuan_putusan_pihak1",
            "pemberitahuan_putusan_pihak2"),
    /** The notification of the judgment to each party. */
    PEMBERITAHUAN_PUTUSAN("perkara_putusan_pemberitahuan_putusan", true, "pihak_id", "tanggal_pemberitahuan_putusan"),
    /** The appeal to the high court (banding) of the case. */
    BANDING("perkara_banding", false, "permohonan_banding", "pemberitahuan_inzage"),
    /** Each party's banding request and the notification of the banding judgment. */
    BANDING_DETIL("perkara_banding_detil", true, "pihak_id", "status_pihak_id", "permohonan_banding",
            "pemberitahuan_putusan_banding"),
    /** The appeal to the Supreme Court (kasasi) of the case. */
    KASASI("perkara_kasasi", false, "permohonan_kasasi"),
    /** Each party's kasasi request, memorials and counter-memorials, and the notification of the judgment. */
    KASASI_DETIL("perkara_kasasi_detil", true, "pihak_id", "status_pihak_id", "permohonan_kasasi",
            "penerimaan_memori_kasasi", "pemberitahuan_memori_kasasi", "penerimaan_kontra_kasasi",
            "pemberitahuan_putusan_kasasi"),
    /** The case's request for peninjauan kembali and its sworn statement. */
    PK("perkara_pk", false, "permohonan_pk", "tanggal_penyumpahan"),
    /** Each party's request for peninjauan kembali. */
    PK_DETIL("perkara_pk_detil", true, "pihak_id", "status_pihak_id", "permohonan_pk"),
    /** Each objection (keberatan) to a small-claims judgment. */
    KEBERATAN("perkara_keberatan", true, "pihak_id", "tanggal_pendaftaran_keberatan"),
    /** Each detention order of an accused: its kind, period and the official who ordered it. */
    PENAHANAN("penahanan_terdakwa", true, "pihak_id", "status_penahanan_id", "mulai", "sampai", "lama_penahanan",
            "pejabat_penahan"),
    /** The hearings scheduled. */
    JADWAL_SIDANG("perkara_jadwal_sidang", true, "tanggal_sidang"),
    /** The mediation: when it started and its outcome. */
    MEDIASI("perkara_mediasi", true, "dimulai_mediasi", "keputusan_mediasi");

    private final String tableName;
    private final boolean hasRowId;
    private final List<String> columns;

    SippTable(String tableName, boolean hasRowId, String... columns) {
        this.tableName = tableName;
        this.hasRowId = hasRowId;
        this.columns = List.of(columns);
    }

    /** {@return the table's name in the SIPP schema} */
    public String tableName() {
        return tableName;
    }

    /** {@return whether the table has an {@code id} column that tells a case's rows apart} */
    public boolean hasRowId() {
        return hasRowId;
    }

    /** {@return the columns read, besides {@code perkara_id} and {@code id}} */
    public List<String> columns() {
        return columns;
    }

    /** {@return the tables that hold rows of a case, every table but {@code perkara}} */
    public static List<SippTable> caseTables() {
        return List.of(values()).subList(1, values().length);
    }
}
