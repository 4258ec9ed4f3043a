package id.tenggat.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Thrown when an answer depends on a date for which a calendar has no official holiday data.
 * <p>
 * The holidays of year N are decreed in year N-1, so a calendar covers a fixed range of years and refuses
 * to answer outside it rather than treat an unknown year as having no holidays. Extend the coverage with a
 * {@link CalendarOverlay} that adds the year's decree.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class CalendarCoverageException extends DateTimeException {

    private static final long serialVersionUID = 1L;

    /** The date asked about. */
    private final LocalDate date;
    /** The first date the calendar covers. */
    private final LocalDate coveredFrom;
    /** The last date the calendar covers. */
    private final LocalDate coveredTo;

    CalendarCoverageException(LocalDate date, String calendarName, LocalDate coveredFrom, LocalDate coveredTo) {
        super("No official holiday data for " + date + ": calendar '" + calendarName + "' covers "
                + coveredFrom + " to " + coveredTo);
        this.date = date;
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
    }

    /**
     * Returns the date outside the coverage.
     *
     * @return the date, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the first date the calendar covers.
     *
     * @return the first covered date, not null
     */
    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    /**
     * Returns the last date the calendar covers.
     *
     * @return the last covered date, not null
     */
    public LocalDate coveredTo() {
        return coveredTo;
    }
}
