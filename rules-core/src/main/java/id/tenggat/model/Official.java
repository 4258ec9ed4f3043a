package id.tenggat.model;

/**
 * The official who issues or extends a detention order. The law names, per stage, who may detain and who may
 * extend; the library checks an order's issuer against it.
 */
public enum Official {
    /** Investigator (penyidik). */
    PENYIDIK,
    /** Public prosecutor (penuntut umum). */
    PENUNTUT_UMUM,
    /** Judge of the district court (hakim pengadilan negeri). */
    HAKIM_PN,
    /** Chief of the district court (ketua pengadilan negeri). */
    KETUA_PN,
    /** Judge of the high court (hakim pengadilan tinggi). */
    HAKIM_PT,
    /** Chief of the high court (ketua pengadilan tinggi). */
    KETUA_PT,
    /** Judge of the Supreme Court (hakim agung). */
    HAKIM_MA,
    /** Chief Justice of the Supreme Court (Ketua Mahkamah Agung). */
    KETUA_MA,
    /** The Supreme Court as an institution (KUHAP Pasal 29 ayat (3) huruf c). */
    MAHKAMAH_AGUNG
}
