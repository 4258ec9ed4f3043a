package id.tenggat.calendar;

/**
 * Thrown when calendar data (an embedded year file, a JSON overlay or an iCalendar file) cannot be read
 * or is invalid. The message names the file, the field and the offending value.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class CalendarDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CalendarDataException(String message) {
        super(message);
    }

    CalendarDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
