package id.tenggat.engine;

/** How a provision finds its trigger day for a party. */
public enum TriggerMode {
    /**
     * The pronouncement if the party was present at it, else the party's own notification
     * ({@code PUTUSAN_DIUCAPKAN} / {@code PUTUSAN_DIBERITAHUKAN}).
     */
    PRESENT_OR_NOTIFIED,
    /** The party's own event of the trigger type (a case-wide event of that type counts for every party). */
    PARTY_EVENT,
    /** A case-wide event of the trigger type; the deadline belongs to the case, not to a party. */
    CASE_EVENT
}
