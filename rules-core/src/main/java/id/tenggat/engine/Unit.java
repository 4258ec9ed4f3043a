package id.tenggat.engine;

/** The unit a period is counted in. */
public enum Unit {
    /** Every day counts. */
    CALENDAR_DAYS,
    /** Only working days of the court's calendar count. */
    WORKING_DAYS,
    /** Calendar months: same day-of-month, clipped to the month's end. */
    CALENDAR_MONTHS
}
