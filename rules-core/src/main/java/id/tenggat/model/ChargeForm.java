package id.tenggat.model;

/** The form of the indictment (bentuk surat dakwaan); PERMA 4/2014 Pasal 3 turns on it for diversi. */
public enum ChargeForm {
    /** One charge (tunggal). */
    SINGLE,
    /** Subsidiary charges (subsidaritas). */
    SUBSIDIARY,
    /** Alternative charges (alternatif). */
    ALTERNATIVE,
    /** Cumulative charges (kumulatif). */
    CUMULATIVE,
    /** A combination of the above (kombinasi/gabungan). */
    COMBINED
}
