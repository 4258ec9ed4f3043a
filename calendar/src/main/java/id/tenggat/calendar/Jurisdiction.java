package id.tenggat.calendar;

/**
 * The four jurisdictions (lingkungan peradilan) under the Supreme Court, UU 48/2009 Pasal 25.
 */
public enum Jurisdiction {
    /** General courts (peradilan umum): civil and criminal cases; PN and PT. */
    UMUM("peradilan umum", "general courts"),
    /** Religious courts (peradilan agama), including the Mahkamah Syar'iyah of Aceh; PA and PTA. */
    AGAMA("peradilan agama", "religious courts"),
    /** State administrative courts (peradilan tata usaha negara); PTUN and PTTUN. */
    TATA_USAHA_NEGARA("peradilan tata usaha negara", "state administrative courts"),
    /** Military courts (peradilan militer); Dilmil and Dilmilti. */
    MILITER("peradilan militer", "military courts");

    private final String nameId;
    private final String nameEn;

    Jurisdiction(String nameId, String nameEn) {
        this.nameId = nameId;
        this.nameEn = nameEn;
    }

    /** {@return the name in Bahasa Indonesia, e.g. "peradilan agama"} */
    public String nameId() {
        return nameId;
    }

    /** {@return the name in English, e.g. "religious courts"} */
    public String nameEn() {
        return nameEn;
    }
}
