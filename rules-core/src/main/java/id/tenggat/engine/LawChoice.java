package id.tenggat.engine;

import id.tenggat.model.EventType;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The version of the law a provision was taken from, and why that version applies to this case.
 * This record is immutable and thread-safe.
 *
 * @param instrument    the instrument used, e.g. "UU 8/1981 (KUHAP)", not null
 * @param basis         the transitional provision that chose it, e.g. "UU 20/2025 Pasal 361 huruf c", or null when
 *                      only one version exists
 * @param decidingEvent the case event whose date decided, or null
 * @param decidingDate  that event's date, or null
 */
public record LawChoice(String instrument, String basis, EventType decidingEvent, LocalDate decidingDate) {

    /**
     * Checks the components.
     *
     * @param instrument  the instrument used, e.g. "UU 8/1981 (KUHAP)", not null
     * @param basis  the transitional provision that chose it, e.g. "UU 20/2025 Pasal 361 huruf c", or null when
     *     only one version exists
     * @param decidingEvent  the case event whose date decided, or null
     * @param decidingDate  that event's date, or null
     */
    public LawChoice {
        Objects.requireNonNull(instrument, "instrument must not be null");
    }

    /**
     * A law with a single version in force for every case the library answers.
     *
     * @param instrument  the law as cited, not null
     * @return the choice
     */
    public static LawChoice only(String instrument) {
        return new LawChoice(instrument, null, null, null);
    }

    /**
     * A law chosen by a transitional provision from the date of a case event.
     *
     * @param instrument  the version chosen, as cited, not null
     * @param basis  the transitional provision that chooses it
     * @param decidingEvent  the event whose date decides
     * @param decidingDate  that date
     * @return the choice
     */
    public static LawChoice chosen(String instrument, String basis, EventType decidingEvent, LocalDate decidingDate) {
        return new LawChoice(instrument, basis, decidingEvent, decidingDate);
    }
}
