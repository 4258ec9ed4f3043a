package id.tenggat.drl.facts;

/** The names under which answers report the version of a law. */
public final class Laws {
    /** The Code of Criminal Procedure of 1981. */
    public static final String KUHAP_1981 = "UU 8/1981 (KUHAP)";
    /** The Code of Criminal Procedure of 2025. */
    public static final String KUHAP_2025 = "UU 20/2025 (KUHAP)";
    /** Either Code of Criminal Procedure, when the case lacks the date that decides which one applies. */
    public static final String KUHAP_UNDETERMINED = "UU 8/1981 atau UU 20/2025 (belum dapat ditentukan)";
    /** The law on appeals (banding) in civil cases in Java and Madura. */
    public static final String PERADILAN_ULANGAN = "UU 20/1947";
    /** The law on the Supreme Court, as amended: kasasi and review (PK). */
    public static final String MAHKAMAH_AGUNG = "UU 14/1985 jo. UU 5/2004 jo. UU 3/2009";
    /** The civil procedure codes for Java and Madura (HIR) and the other regions (RBg). */
    public static final String HIR_RBG = "HIR/RBg";
    /** The Supreme Court decree on electronic administration of cases (e-Court). */
    public static final String ECOURT_2019 = "SK KMA 271/KMA/SK/XII/2019";
    /** Electronic kasasi and PK: filing and payment on the last day accepted until 23:59 local time. */
    public static final String EFILING_CUTOFF = "SK KMA 207/KMA/SK.HK2/X/2023";
    /** The Supreme Court regulation on small claims, as first enacted. */
    public static final String SEDERHANA_2015 = "PERMA 2/2015";
    /** The Supreme Court regulation on small claims, as amended in 2019. */
    public static final String SEDERHANA_2019 = "PERMA 2/2015 jo. PERMA 4/2019";
    /** The Supreme Court regulation on court-annexed mediation. */
    public static final String MEDIASI = "PERMA 1/2016";
    /** The Supreme Court circular on finishing cases within five months at first instance and three on appeal. */
    public static final String SEMA_2_2014 = "SEMA 2/2014";
    /** The courts' service standard. */
    public static final String STANDAR_PELAYANAN = "Standar Pelayanan Pengadilan (S4)";
    /** The law on public information disclosure. */
    public static final String KIP = "UU 14/2008 (Keterbukaan Informasi Publik)";
    /** The law on the juvenile criminal justice system. */
    public static final String SPPA = "UU 11/2012 (SPPA)";

    private Laws() {
    }
}
