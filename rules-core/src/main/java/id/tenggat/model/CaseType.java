package id.tenggat.model;

/** The kind of case, which decides the deadline families that apply to it. */
public enum CaseType {
    /** Criminal case (pidana) under KUHAP. */
    PIDANA,
    /** Civil case (perdata) under HIR/RBg, UU 20/1947 and UU 14/1985. */
    PERDATA,
    /** Juvenile criminal case (anak) under UU 11/2012 (SPPA). */
    ANAK,
    /** Small claim (gugatan sederhana) under PERMA 2/2015 as amended by PERMA 4/2019. */
    GUGATAN_SEDERHANA,
    /** Public service: information requests and complaints. */
    LAYANAN
}
