package id.tenggat.policy;

import id.tenggat.calendar.internal.Quote;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * An interpretation policy: a point where sources disagree, so the library names the choice, documents its default
 * and lets the caller switch it. Each policy has a decision record under {@code docs/decisions/}.
 *
 * <p>Answers report the reading they used and, where another reading gives another date, that date too, so that a
 * cautious user can take the earliest.
 */
public enum Policy {
    /** Electronic civil banding: 14 calendar days (UU 20/1947) or 14 working days (S4 III.B.7.1.d; SK KMA 271/2019). */
    ECOURT_BANDING_DAYS("ecourt-banding-days", "calendar-days", "working-days"),
    /** Criminal kasasi: counted from the day after notification (MA decisions 2020-2025) or from the day itself. */
    CRIMINAL_KASASI_START("criminal-kasasi-start", "next-day", "same-day"),
    /** Whether the 7-day criminal banding period moves off a non-working last day (by analogy with SEMA 7/2012). */
    CRIMINAL_BANDING_ROLL("criminal-banding-roll", "roll", "no-roll"),
    /** Small claims: 25 calendar days or 25 working days from the first hearing (PERMA 2/2015 Pasal 5(3)). */
    SMALL_CLAIMS_DAYS("small-claims-days", "calendar-days", "working-days"),
    /** Whether cuti bersama days are non-working days for court deadlines. */
    CUTI_BERSAMA("cuti-bersama", "non-working", "working"),
    /** Whether a detention order's first day counts as day 1 ("sampai dengan", inclusive). */
    DETENTION_INCLUSIVE("detention-inclusive", "inclusive", "exclusive"),
    /** Where a fixed office due date ("paling lambat tanggal 3") on a non-working day moves. */
    OFFICE_DATE_ROLL("office-date-roll", "earlier", "later"),
    /**
     * Small-claims verzet (PERMA 2/2015 Pasal 13(3a) as inserted by PERMA 4/2019): 7 days from the notification of
     * the verstek judgment to the defendant (the article's words as quoted) or from its pronouncement for a defendant
     * present at it (a summary's wording).
     */
    SMALL_CLAIMS_VERZET_START("small-claims-verzet-start", "notification", "pronouncement"),
    /**
     * A banding or kasasi filed after the judgment exists but before the notification that starts the filer's window:
     * accepted, and it meets the deadline (the statutes set a last day, not a first one), or counted only from the
     * notification on.
     */
    EARLY_FILING("early-filing", "accepted", "from-trigger");

    private final String id;
    private final String defaultReading;
    private final List<String> readings;

    Policy(String id, String defaultReading, String... others) {
        this.id = id;
        this.defaultReading = defaultReading;
        this.readings = Stream.concat(Stream.of(defaultReading), Stream.of(others)).toList();
    }

    /** {@return the stable name used in JSON and in the decision records, e.g. {@code "ecourt-banding-days"}} */
    public String id() {
        return id;
    }

    /** {@return the reading used unless the caller chooses another} */
    public String defaultReading() {
        return defaultReading;
    }

    /** {@return every reading, the default first} */
    public List<String> readings() {
        return readings;
    }

    /**
     * Checks that {@code reading} is one of this policy's readings.
     *
     * @param reading the reading, not null
     * @return the reading
     * @throws IllegalArgumentException naming the policy, the value and the readings allowed
     */
    public String requireReading(String reading) {
        Objects.requireNonNull(reading, "reading must not be null");
        if (!readings.contains(reading)) {
            throw new IllegalArgumentException("policy " + id + " has no reading '" + Quote.bounded(reading) + "'; readings: " + readings);
        }
        return reading;
    }

    /**
     * The policy with the given stable name.
     *
     * @param id  the stable name, e.g. {@code "ecourt-banding-days"}
     * @return the policy, or empty when none has that name
     */
    public static Optional<Policy> byId(String id) {
        return Stream.of(values()).filter(p -> p.id.equals(id)).findFirst();
    }
}
