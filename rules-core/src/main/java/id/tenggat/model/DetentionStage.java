package id.tenggat.model;

/** The stage of criminal proceedings a detention order belongs to, by the official who holds the detainee. */
public enum DetentionStage {
    /** Investigation (penyidikan). */
    PENYIDIK,
    /** Prosecution (penuntutan). */
    PENUNTUT_UMUM,
    /** Trial at the district court (Pengadilan Negeri). */
    PN,
    /** Appeal at the high court (Pengadilan Tinggi). */
    PT,
    /** Cassation at the Supreme Court (Mahkamah Agung). */
    MA
}
