package id.tenggat.drl.facts;

/** The names under which answers report the version of a law. */
public final class Laws {
    public static final String KUHAP_1981 = "UU 8/1981 (KUHAP)";
    public static final String KUHAP_2025 = "UU 20/2025 (KUHAP)";
    public static final String KUHAP_UNDETERMINED = "UU 8/1981 atau UU 20/2025 (belum dapat ditentukan)";
    public static final String PERADILAN_ULANGAN = "UU 20/1947";
    public static final String MAHKAMAH_AGUNG = "UU 14/1985 jo. UU 5/2004 jo. UU 3/2009";
    public static final String HIR_RBG = "HIR/RBg";
    public static final String ECOURT_2019 = "SK KMA 271/KMA/SK/XII/2019";
    /** Electronic kasasi and PK: filing and payment on the last day accepted until 23:59 local time. */
    public static final String EFILING_CUTOFF = "SK KMA 207/KMA/SK.HK2/X/2023";
    public static final String SEDERHANA_2015 = "PERMA 2/2015";
    public static final String SEDERHANA_2019 = "PERMA 2/2015 jo. PERMA 4/2019";
    public static final String MEDIASI = "PERMA 1/2016";
    public static final String SEMA_2_2014 = "SEMA 2/2014";
    public static final String STANDAR_PELAYANAN = "Standar Pelayanan Pengadilan (S4)";
    public static final String KIP = "UU 14/2008 (Keterbukaan Informasi Publik)";
    public static final String SPPA = "UU 11/2012 (SPPA)";

    private Laws() {
    }
}
