package id.tenggat.catalogue;

import id.tenggat.answer.Language;
import id.tenggat.model.EventType;
import java.util.List;
import java.util.Objects;

/**
 * One deadline id of the catalogue, as a clerk reads it. This record is immutable and thread-safe.
 *
 * @param id          the stable id, e.g. {@code "perdata.banding"}, not null
 * @param kind        what the id answers: a period, a detention limit, an eligibility check or an office duty
 * @param name        the short name in Bahasa Indonesia, e.g. "Permohonan banding", not null
 * @param nameEn      the short name in English, e.g. "Notice of appeal (banding)", not null
 * @param length      the length of the period and its unit, in Bahasa Indonesia, e.g. "14 hari kalender"
 * @param lengthEn    the same in English, e.g. "14 calendar days"
 * @param triggers    the events the period runs from, in order of precedence; empty when none does (no time
 *                    limit, an eligibility check, an office duty on fixed dates)
 * @param basis       the law the deadline rests on, e.g. "UU 20/1947 Pasal 7 ayat (1)"; an answer cites the
 *                    exact article of the version of the law it applied
 * @param courtTarget whether this is the court's own time target rather than a party's deadline
 */
public record CatalogueEntry(String id, Kind kind, String name, String nameEn, String length, String lengthEn,
                             List<EventType> triggers, String basis, boolean courtTarget) {

    /** What a catalogue id answers. */
    public enum Kind {
        /** A period counted on the court calendar from a trigger event. */
        PERIOD,
        /** A detention limit of a stage, or a court target counted back from the end of detention. */
        DETENTION,
        /** Whether a procedure applies at all, criterion by criterion (in the answer's {@code eligibility}). */
        ELIGIBILITY,
        /** A recurring office duty of the court, due on fixed days of the month. */
        OFFICE
    }

    /**
     * Checks the components and copies the lists.
     *
     * @param id  the stable id, e.g. {@code "perdata.banding"}, not null
     * @param kind  what the id answers: a period, a detention limit, an eligibility check or an office duty
     * @param name  the short name in Bahasa Indonesia, e.g. "Permohonan banding", not null
     * @param nameEn  the short name in English, e.g. "Notice of appeal (banding)", not null
     * @param length  the length of the period and its unit, in Bahasa Indonesia, e.g. "14 hari kalender"
     * @param lengthEn  the same in English, e.g. "14 calendar days"
     * @param triggers  the events the period runs from, in order of precedence; empty when none does (no time
     *     limit, an eligibility check, an office duty on fixed dates)
     * @param basis  the law the deadline rests on, e.g. "UU 20/1947 Pasal 7 ayat (1)"; an answer cites the
     *     exact article of the version of the law it applied
     * @param courtTarget  whether this is the court's own time target rather than a party's deadline
     */
    public CatalogueEntry {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(nameEn, "nameEn must not be null");
        Objects.requireNonNull(length, "length must not be null");
        Objects.requireNonNull(lengthEn, "lengthEn must not be null");
        triggers = List.copyOf(triggers);
        Objects.requireNonNull(basis, "basis must not be null");
    }

    /**
     * The short name in the given language.
     *
     * @param language  the language, not null
     * @return the short name
     */
    public String name(Language language) {
        return language == Language.EN ? nameEn : name;
    }

    /**
     * The length and unit in the given language.
     *
     * @param language  the language, not null
     * @return the length and unit, e.g. "14 hari" / "14 days"
     */
    public String length(Language language) {
        return language == Language.EN ? lengthEn : length;
    }
}
