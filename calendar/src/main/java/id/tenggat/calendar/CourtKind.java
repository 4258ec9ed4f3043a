package id.tenggat.calendar;

/**
 * The kind of a court: its jurisdiction and whether it hears cases at first instance or on appeal.
 */
public enum CourtKind {
    /** Pengadilan Negeri, district court. */
    PN(Jurisdiction.UMUM, false),
    /** Pengadilan Tinggi, high court. */
    PT(Jurisdiction.UMUM, true),
    /** Pengadilan Agama or, in Aceh, Mahkamah Syar'iyah: first-instance religious court. */
    PA(Jurisdiction.AGAMA, false),
    /** Pengadilan Tinggi Agama or Mahkamah Syar'iyah Aceh: appellate religious court. */
    PTA(Jurisdiction.AGAMA, true),
    /** Pengadilan Tata Usaha Negara, state administrative court. */
    PTUN(Jurisdiction.TATA_USAHA_NEGARA, false),
    /** Pengadilan Tinggi Tata Usaha Negara, appellate state administrative court. */
    PTTUN(Jurisdiction.TATA_USAHA_NEGARA, true),
    /** Pengadilan Militer, military court. */
    DILMIL(Jurisdiction.MILITER, false),
    /** Pengadilan Militer Tinggi, high military court. */
    DILMILTI(Jurisdiction.MILITER, true);

    private final Jurisdiction jurisdiction;
    private final boolean appellate;

    CourtKind(Jurisdiction jurisdiction, boolean appellate) {
        this.jurisdiction = jurisdiction;
        this.appellate = appellate;
    }

    /** {@return the jurisdiction of courts of this kind} */
    public Jurisdiction jurisdiction() {
        return jurisdiction;
    }

    /** {@return whether courts of this kind hear appeals (tingkat banding) rather than cases at first instance} */
    public boolean appellate() {
        return appellate;
    }
}
