package id.tenggat.law;

import id.tenggat.calendar.LastDayRule;
import id.tenggat.engine.Start;
import id.tenggat.engine.Unit;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One number of the law, as data: the length of a period one instrument sets, with the article, the source it was
 * read in, the days the instrument is in force and how sure the library is of it. Rules select a value by its
 * {@code key} once they have chosen the version of the law; the library counts with it. A value whose
 * {@link #length()} is null is known to exist but not confirmed from the enacted text: the rules answer
 * {@code NOT_ENCODED} for it, and a deployment that holds the text may supply it (see {@link LawValues}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param key        the stable name of the value, e.g. {@code "uu-20-2025.pidana.banding"}, not null
 * @param instrument the version of the law that sets it, as answers name it, e.g. "UU 20/2025 (KUHAP)", not null
 * @param kind       a filing window or a detention period, not null
 * @param deadline   the catalogue id it serves, e.g. {@code "pidana.banding"}, not null
 * @param article    the article, cited in answers, not null
 * @param length     the period's length, or null while not confirmed
 * @param unit       the unit of {@code length}, or null while not confirmed
 * @param start      for a window: where counting starts; otherwise null
 * @param lastDay    for a window: what a last day that is not a working day does; otherwise null
 * @param trigger    for a window: the event it runs from ({@link EventType#PUTUSAN_DIUCAPKAN}: the pronouncement for a
 *                   party present at it, else that party's notification); otherwise null
 * @param by         for a detention period: the official who orders or grants it; otherwise null
 * @param validFrom  the first day the instrument sets this value, not null
 * @param validTo    the last day it does, or null while in force
 * @param source     where the value was read (URL or document), not null
 * @param confidence how the value was confirmed, not null
 * @param origin     the library's own data, or a value a deployment supplied, not null
 */
public record LawValue(String key, String instrument, Kind kind, String deadline, String article, Integer length,
                       Unit unit, Start start, LastDayRule lastDay, EventType trigger, Official by,
                       LocalDate validFrom, LocalDate validTo, String source, Confidence confidence, Origin origin) {

    /** What the value measures. */
    public enum Kind {
        /** A period within which a party or the court must act, counted from a trigger event. */
        WINDOW,
        /** The length of a detention order or of its extension, in days. */
        DETENTION
    }

    /** How the value was confirmed (grades of the project's legal research). */
    public enum Confidence {
        /** Read in a public copy of the enacted text. */
        ENACTED_TEXT,
        /** Read in secondary sources that quote the enacted text, several of them independent. */
        SECONDARY,
        /** Not confirmed: the value has no length and the rules answer NOT_ENCODED. */
        NOT_CONFIRMED
    }

    /** Where the value comes from. */
    public enum Origin {
        /** The library's own data, researched and cited by the library. */
        LIBRARY,
        /** Supplied by a deployment that holds the enacted text; the library does not vouch for it. */
        DEPLOYMENT
    }

    /**
     * Checks the components.
     *
     * @param key  the stable name of the value, e.g. {@code "uu-20-2025.pidana.banding"}, not null
     * @param instrument  the version of the law that sets it, as answers name it, e.g. "UU 20/2025 (KUHAP)", not null
     * @param kind  a filing window or a detention period, not null
     * @param deadline  the catalogue id it serves, e.g. {@code "pidana.banding"}, not null
     * @param article  the article, cited in answers, not null
     * @param length  the period's length, or null while not confirmed
     * @param unit  the unit of {@code length}, or null while not confirmed
     * @param start  for a window: where counting starts; otherwise null
     * @param lastDay  for a window: what a last day that is not a working day does; otherwise null
     * @param trigger  for a window: the event it runs from ({@link EventType#PUTUSAN_DIUCAPKAN}: the pronouncement
     *     for a
     *     party present at it, else that party's notification); otherwise null
     * @param by  for a detention period: the official who orders or grants it; otherwise null
     * @param validFrom  the first day the instrument sets this value, not null
     * @param validTo  the last day it does, or null while in force
     * @param source  where the value was read (URL or document), not null
     * @param confidence  how the value was confirmed, not null
     * @param origin  the library's own data, or a value a deployment supplied, not null
     */
    public LawValue {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(instrument, "instrument must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(deadline, "deadline must not be null");
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(validFrom, "validFrom must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(confidence, "confidence must not be null");
        Objects.requireNonNull(origin, "origin must not be null");
    }

    /** {@return whether the value has a length the library may count with} */
    public boolean isEncoded() {
        return length != null;
    }

    /** {@return whether a deployment supplied the value} */
    public boolean isSupplied() {
        return origin == Origin.DEPLOYMENT;
    }

    /**
     * Whether both values set the same period, granted by the same official.
     *
     * @param other  the other value, not null
     * @return whether they do
     */
    public boolean sameLimitAs(LawValue other) {
        return isEncoded() && other.isEncoded() && length.equals(other.length) && unit == other.unit && by == other.by;
    }

    @Override
    public String toString() {
        return key + " = " + (isEncoded() ? length + " " + unit : "not encoded") + " (" + article + ")";
    }
}
