package id.tenggat.model;

/**
 * What happened in a case, and on which date. The names are public contract (see the deadline catalogue):
 * they appear in the JSON interface and in other teams' tests.
 *
 * <p>Each constant names the SIPP column its date usually comes from (SIPP 3.2 tables as read by public code that
 * queries them; the meaning of a column is inferred, so check it against the court's own data).
 */
public enum EventType {
    /** The case was registered at the court. SIPP: {@code perkara.tanggal_pendaftaran}. */
    PERKARA_DIDAFTARKAN,
    /**
     * A criminal case was handed over by the prosecutor to the court (pelimpahan). SIPP: usually the registration date
     * {@code perkara.tanggal_pendaftaran} of a criminal case.
     */
    PERKARA_DILIMPAHKAN,
    /**
     * The court's examination of the case began. SIPP: usually the first {@code perkara_jadwal_sidang.tanggal_sidang}.
     */
    PEMERIKSAAN_DIMULAI,
    /** The first hearing was held. SIPP: the earliest {@code perkara_jadwal_sidang.tanggal_sidang}. */
    SIDANG_PERTAMA,
    /** A hearing was held. SIPP: {@code perkara_jadwal_sidang.tanggal_sidang}. */
    SIDANG,
    /**
     * The judgment was pronounced; may name the parties present and the verdict. SIPP: {@code
     * perkara_putusan.tanggal_putusan}.
     */
    PUTUSAN_DIUCAPKAN,
    /**
     * The judgment was notified to one party. SIPP: {@code
     * perkara_putusan_pemberitahuan_putusan.tanggal_pemberitahuan_putusan}, per {@code pihak_id}.
     */
    PUTUSAN_DIBERITAHUKAN,
    /**
     * The parties were told they may inspect the appeal file (inzage). SIPP: {@code
     * perkara_banding.pemberitahuan_inzage}.
     */
    INZAGE_DIBERITAHUKAN,
    /**
     * A party filed an appeal (banding). SIPP: {@code perkara_banding.permohonan_banding}, per party in {@code
     * perkara_banding_detil}.
     */
    PERMOHONAN_BANDING,
    /**
     * The appellate judgment was notified to a party. SIPP: {@code perkara_banding.pemberitahuan_putusan_banding} (also
     * {@code perkara_kasasi.pemberitahuan_putusan_banding}).
     */
    PUTUSAN_BANDING_DIBERITAHUKAN,
    /** A party filed for cassation (kasasi). SIPP: {@code perkara_kasasi.permohonan_kasasi}. */
    PERMOHONAN_KASASI,
    /** The court received the cassation memorial. SIPP: {@code perkara_kasasi.penerimaan_memori_kasasi}. */
    MEMORI_KASASI_DITERIMA,
    /**
     * The opposing party received its copy of the cassation memorial, which opens its counter-memorial window. SIPP: no
     * column known.
     */
    SALINAN_MEMORI_DITERIMA,
    /**
     * The court received the counter-memorial (kontra memori kasasi). SIPP: {@code
     * perkara_kasasi.penerimaan_kontra_kasasi}.
     */
    KONTRA_MEMORI_DITERIMA,
    /**
     * A judgment that has become final (berkekuatan hukum tetap) was notified to a party. SIPP: usually {@code
     * perkara_kasasi.pemberitahuan_putusan_kasasi} or {@code perkara_pk.pemberitahuan_putusan_kasasi}; {@code
     * perkara_putusan.tanggal_bht} is when it became final.
     */
    PUTUSAN_BHT_DIBERITAHUKAN,
    /**
     * New decisive evidence (novum) was found, as sworn. SIPP: {@code perkara_pk.tanggal_penyumpahan} is the candidate
     * column.
     */
    NOVUM_DITEMUKAN,
    /**
     * The opponent's deceit, on which the judgment rests, came to light (a ground for peninjauan kembali). SIPP: no
     * column known.
     */
    KEBOHONGAN_DIKETAHUI,
    /**
     * The later of two conflicting judgments was notified (a ground for peninjauan kembali). SIPP: no date column
     * known; {@code perkara_pk.alasan_pk} names the ground.
     */
    PUTUSAN_BERTENTANGAN_DIBERITAHUKAN,
    /** A party filed for review (peninjauan kembali). SIPP: {@code perkara_pk.permohonan_pk}. */
    PERMOHONAN_PK,
    /**
     * A default judgment notified to the defendant in person (HIR 129 ayat (2)); a notice left with others is not
     * this event. SIPP: the notification date in {@code perkara_putusan_pemberitahuan_putusan} where
     * {@code perkara_putusan.putusan_verstek} is set.
     */
    PUTUSAN_VERSTEK_DIBERITAHUKAN,
    /** The defendant filed an objection (verzet) to a default judgment. SIPP: no column known. */
    PERLAWANAN_DIAJUKAN,
    /** The losing party was warned to comply with the judgment (aanmaning). SIPP: no column known. */
    AANMANING,
    /**
     * An objection (keberatan) to a small-claims judgment was filed. SIPP: {@code
     * perkara_keberatan.tanggal_pendaftaran_keberatan}.
     */
    KEBERATAN_DIAJUKAN,
    /** The small-claims objection was notified to the other party. SIPP: no column known. */
    KEBERATAN_DIBERITAHUKAN,
    /** The panel to hear a small-claims objection was appointed. SIPP: no column known. */
    MAJELIS_KEBERATAN_DITETAPKAN,
    /** A summons reached the party. SIPP: no column known. */
    PANGGILAN_DITERIMA,
    /** The court ordered mediation. SIPP: {@code perkara_mediasi.dimulai_mediasi}. */
    PENETAPAN_MEDIASI,
    /** The mediation period was extended. SIPP: no column known. */
    MEDIASI_DIPERPANJANG,
    /** Mediation ended. SIPP: the date of {@code perkara_mediasi.keputusan_mediasi}. */
    MEDIASI_SELESAI,
    /** The police investigation began. Not recorded in SIPP. */
    PENYIDIKAN_DIMULAI,
    /** A detention order took effect. SIPP: {@code penahanan_terdakwa.mulai}. */
    PENAHANAN_DIMULAI,
    /**
     * The court received the file of a juvenile case. SIPP: usually {@code perkara.tanggal_pendaftaran} where {@code
     * perkara.terdakwa_anak} is set.
     */
    BERKAS_ANAK_DITERIMA,
    /** The judge for a juvenile case was appointed. SIPP: no column known. */
    PENETAPAN_HAKIM_ANAK,
    /** Diversion in a juvenile case began. SIPP: no column known. */
    DIVERSI_DIMULAI,
    /** The appeal was registered at the High Court. Not in the first-instance SIPP tables. */
    PERKARA_BANDING_DIDAFTARKAN,
    /** A request for public information was recorded (UU 14/2008). Not recorded in SIPP. */
    PERMOHONAN_INFORMASI_DICATAT,
    /** The court extended the time to answer an information request. Not recorded in SIPP. */
    PERPANJANGAN_JAWABAN_INFORMASI,
    /**
     * The requester learned of the grounds for an objection to the handling of an information request. Not recorded in
     * SIPP.
     */
    DASAR_KEBERATAN_INFORMASI_DIKETAHUI,
    /**
     * A member of the public received a court service (the start of the window to complain about it). Not recorded in
     * SIPP.
     */
    LAYANAN_DITERIMA,
    /** The court received a complaint. Not recorded in SIPP (complaints go through SIWAS). */
    PENGADUAN_DITERIMA,
    /** The complainant received the court's response to a complaint. Not recorded in SIPP. */
    TANGGAPAN_PENGADUAN_DITERIMA,
    /** A complaint was complete enough to be examined. Not recorded in SIPP. */
    PENGADUAN_LENGKAP,
    /** A decision on a complaint was made. Not recorded in SIPP. */
    PENGADUAN_DIPUTUS,
    /**
     * A gugatan asking the court to confirm a settlement reached out of court as an akta perdamaian (PERMA 1/2016
     * Pasal 36). SIPP: no column known.
     */
    GUGATAN_AKTA_PERDAMAIAN_DIAJUKAN
}
