package id.tenggat.calendar;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.ByteArrayInputStream;

/**
 * Coverage-guided fuzzing of the overlay readers with Jazzer: whatever bytes a court's overlay file holds, reading it
 * gives an overlay or throws the documented {@link CalendarDataException}, and building a calendar with an overlay
 * read throws only what {@link CourtCalendar.Builder#build()} documents. Any other exception, a hang or an
 * {@link OutOfMemoryError} fails the test. A plain build runs each method on its inputs in
 * {@code CalendarOverlayFuzzTestInputs/<method>/}; {@code JAZZER_FUZZ=1} fuzzes one method (README, "Fuzzing").
 */
class CalendarOverlayFuzzTest {

    private static final CourtCalendar NATIONAL = CourtCalendar.indonesia();

    @FuzzTest(maxDuration = "30s")
    void fromJson(byte[] data) {
        CalendarOverlay overlay;
        try {
            overlay = CalendarOverlay.fromJson(new ByteArrayInputStream(data), "fuzz.json");
        } catch (CalendarDataException expected) {
            return;
        }
        buildWith(overlay);
    }

    @FuzzTest(maxDuration = "30s")
    void fromICalendar(byte[] data) {
        CalendarOverlay overlay;
        try {
            overlay = CalendarOverlay.fromICalendar(new ByteArrayInputStream(data), "fuzz.ics");
        } catch (CalendarDataException expected) {
            return;
        }
        buildWith(overlay);
    }

    /** Builds the national calendar with the overlay: the exceptions that {@code build()} documents are allowed. */
    private static void buildWith(CalendarOverlay overlay) {
        try {
            NATIONAL.toBuilder().overlay(overlay).build();
        } catch (CalendarDataException | CalendarCoverageException expected) {
            // documented: the overlay does not fit the calendar
        }
    }
}
