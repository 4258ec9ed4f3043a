package id.tenggat.model;

import java.util.EnumSet;
import java.util.Set;

/** A party to a case, by procedural role. Windows run separately for each party. */
public enum Party {
    /** The plaintiff of a civil suit. */
    PENGGUGAT,
    /** The defendant of a civil suit. */
    TERGUGAT,
    /** A co-defendant joined so that the judgment binds them, against whom nothing is claimed. */
    TURUT_TERGUGAT,
    /** The applicant: of a petition, or of a request such as a public-information request. */
    PEMOHON,
    /** The respondent to an application. */
    TERMOHON,
    /** The accused of a criminal case. */
    TERDAKWA,
    /** The public prosecutor. */
    PENUNTUT_UMUM;

    /**
     * The parties a case of the given type has when the case does not list them.
     *
     * @param type the case type, not null
     * @return the default parties, never empty
     */
    public static Set<Party> defaultsFor(CaseType type) {
        return switch (type) {
            case PIDANA, ANAK -> EnumSet.of(TERDAKWA, PENUNTUT_UMUM);
            case PERDATA, GUGATAN_SEDERHANA -> EnumSet.of(PENGGUGAT, TERGUGAT);
            case LAYANAN -> EnumSet.of(PEMOHON);
        };
    }

    /**
     * The parties a case of the given type can have: the accused and the prosecutor in a criminal or juvenile case,
     * the civil roles in a civil case or small claim, the requester and the respondent in a public-service case. A
     * party of another case type is an error in a case and in a query.
     *
     * @param type the case type, not null
     * @return the parties, never empty
     */
    public static Set<Party> of(CaseType type) {
        return switch (type) {
            case PIDANA, ANAK -> EnumSet.of(TERDAKWA, PENUNTUT_UMUM);
            case PERDATA, GUGATAN_SEDERHANA -> EnumSet.of(PENGGUGAT, TERGUGAT, TURUT_TERGUGAT, PEMOHON, TERMOHON);
            case LAYANAN -> EnumSet.of(PEMOHON, TERMOHON);
        };
    }
}
