package id.tenggat.model;

/** What a criminal judgment decided, where the remedies open against it depend on it. */
public enum Verdict {
    /** Conviction (pemidanaan). */
    PEMIDANAAN,
    /** Acquittal (putusan bebas): no banding (KUHAP Pasal 67); kasasi straight to the Supreme Court (Putusan MK 114/PUU-X/2012). */
    BEBAS,
    /** Release from all prosecution (lepas dari segala tuntutan hukum). */
    LEPAS
}
