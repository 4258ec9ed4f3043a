package id.tenggat.model;

/** The ground of an exceptional detention extension under KUHAP (UU 8/1981) Pasal 29 ayat (1). */
public enum ExceptionalGround {
    /** Huruf a: serious physical or mental disturbance, proven by a doctor's certificate. */
    MEDICAL_CERTIFICATE,
    /** Huruf b: the offence being examined is punishable by nine years' imprisonment or more. */
    NINE_YEARS_OR_MORE
}
