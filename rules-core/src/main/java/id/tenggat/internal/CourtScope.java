package id.tenggat.internal;

import id.tenggat.answer.Explanation;
import id.tenggat.answer.Explanation.Step;
import id.tenggat.answer.OutOfScope;
import id.tenggat.calendar.Court;
import id.tenggat.calendar.Jurisdiction;
import id.tenggat.model.CaseType;
import java.util.List;
import java.util.Optional;

/**
 * Which cases the library answers at which court, by the court's jurisdiction. The deadlines it models are those of
 * the general courts (civil and criminal procedure); religious courts follow the civil procedure of the general
 * courts by UU 7/1989 Pasal 54, so their civil cases are answered with those deadlines and the explanation cites
 * the article. Anything else (any case at a state administrative or military court, a case other than a civil one
 * at a religious court) is out of scope: answered with no date rather than a civil or criminal date that does not
 * apply there. See decision record 0013.
 */
public final class CourtScope {

    /**
     * UU 7/1989 tentang Peradilan Agama Pasal 54 (the Act as amended by UU 3/2006 and UU 50/2009): "Hukum Acara
     * yang berlaku pada Pengadilan dalam lingkungan Peradilan Agama adalah Hukum Acara Perdata yang berlaku pada
     * Pengadilan dalam lingkungan Peradilan Umum, kecuali yang telah diatur secara khusus dalam Undang-undang ini."
     */
    public static final String RELIGIOUS_COURT_PROCEDURE =
            "UU 7/1989 Pasal 54 sebagaimana telah diubah dengan UU 3/2006 dan UU 50/2009";

    private CourtScope() {
    }

    /**
     * Why the library does not answer a case of this type at this court, if it does not.
     *
     * @param court    the case's court, not null
     * @param caseType the case's type, not null
     * @return why, or empty when the library answers the case
     */
    public static Optional<OutOfScope> outOfScope(Court court, CaseType caseType) {
        Jurisdiction j = court.jurisdiction();
        if (j == Jurisdiction.UMUM || (j == Jurisdiction.AGAMA && caseType == CaseType.PERDATA)) {
            return Optional.empty();
        }
        String where = court.name() + " (" + j.nameId() + ")";
        String whereEn = court.name() + " (" + j.nameEn() + ")";
        Step step = switch (j) {
            case TATA_USAHA_NEGARA -> new Step(
                    "Perkara di " + where + ": tenggat hukum acara peradilan tata usaha negara (UU 5/1986 dan"
                            + " perubahannya) tidak dimodelkan oleh pustaka ini; tenggat perdata atau pidana tidak"
                            + " berlaku di sana, maka tidak ada tanggal yang diberikan.",
                    "The case is at " + whereEn + ": the deadlines of state administrative court procedure"
                            + " (UU 5/1986 as amended) are not modelled by this library; civil and criminal deadlines"
                            + " do not apply there, so no date is given.");
            case MILITER -> new Step(
                    "Perkara di " + where + ": tenggat hukum acara peradilan militer (UU 31/1997) tidak dimodelkan"
                            + " oleh pustaka ini; tenggat KUHAP tidak berlaku di sana, maka tidak ada tanggal yang"
                            + " diberikan.",
                    "The case is at " + whereEn + ": the deadlines of military court procedure (UU 31/1997) are not"
                            + " modelled by this library; KUHAP deadlines do not apply there, so no date is given.");
            default -> new Step(
                    "Perkara " + caseType + " di " + where + ": pustaka ini hanya memodelkan perkara perdata di"
                            + " pengadilan agama (" + RELIGIOUS_COURT_PROCEDURE + "), maka tidak ada tanggal yang"
                            + " diberikan.",
                    "A " + caseType + " case at " + whereEn + ": this library models only civil cases at religious"
                            + " courts (" + RELIGIOUS_COURT_PROCEDURE + "), so no date is given.");
        };
        return Optional.of(new OutOfScope(j, new Explanation(List.of(step))));
    }

    /**
     * The step that says why the civil deadlines apply at a religious court, or empty at any other court.
     *
     * @param court the case's court, not null
     * @return the step, or empty
     */
    public static Optional<Step> procedure(Court court) {
        if (court.jurisdiction() != Jurisdiction.AGAMA) {
            return Optional.empty();
        }
        return Optional.of(new Step(
                court.name() + " termasuk peradilan agama: hukum acara perdata yang berlaku di peradilan umum berlaku"
                        + " juga di sana, kecuali yang diatur secara khusus (" + RELIGIOUS_COURT_PROCEDURE + ").",
                court.name() + " is a religious court: the civil procedure of the general courts applies there too,"
                        + " save where the Act provides otherwise (" + RELIGIOUS_COURT_PROCEDURE + ")."));
    }
}
