package id.tenggat.detention;

/** Which body of detention law applies to a person: the general criminal procedure, or juvenile justice. */
public enum Regime {
    /** Adults: KUHAP (UU 8/1981 or UU 20/2025). Catalogue ids {@code pidana.penahanan.*}. */
    ADULT("pidana"),
    /** Children in conflict with the law: UU 11/2012 (SPPA). Catalogue ids {@code anak.penahanan.*}. */
    CHILD("anak");

    private final String prefix;

    Regime(String prefix) {
        this.prefix = prefix;
    }

    /** {@return the first part of the catalogue ids of this regime, e.g. {@code "anak"}} */
    public String prefix() {
        return prefix;
    }
}
