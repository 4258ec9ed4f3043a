package id.tenggat.server;

import id.tenggat.Tenggat;
import id.tenggat.calendar.CalendarDataException;
import id.tenggat.calendar.CalendarOverlay;
import id.tenggat.calendar.CourtRegistry;
import id.tenggat.law.LawValues;
import id.tenggat.law.LawValuesException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The data a deployment gives the service at start-up, as the command line's {@code deadlines} takes it: courts to
 * add or correct ({@code --courts}), calendar data laid over the embedded calendar ({@code --calendar}, in order) and
 * values of the law from the deployment's enacted text ({@code --law-values}). Every library the service builds gets
 * the same data.
 *
 * @param courts    the registry with the deployment's courts, or null for the embedded one
 * @param overlays  calendar data, applied in order
 * @param lawValues the deployment's law values, or null for none
 */
record DeploymentData(CourtRegistry courts, List<CalendarOverlay> overlays, LawValues lawValues) {

    /** No data: the library as shipped. */
    static final DeploymentData NONE = new DeploymentData(null, List.of(), null);

    DeploymentData {
        overlays = List.copyOf(overlays);
    }

    /**
     * Reads the files and checks that a library can be built with them.
     *
     * @param courtsFile    a court-registry file, or null
     * @param calendarFiles JSON overlays or iCalendar ({@code .ics}) files of closures
     * @param lawValuesFile a law-values file, or null
     * @throws IllegalArgumentException naming the option and, through the library's message, the file and the entry
     *     or line, if a file cannot be read or used
     */
    static DeploymentData read(Path courtsFile, List<Path> calendarFiles, Path lawValuesFile) {
        CourtRegistry courts = courtsFile == null ? null
                : read("--courts", () -> CourtRegistry.embedded().withCourts(courtsFile));
        List<CalendarOverlay> overlays = read("--calendar",
                () -> calendarFiles.stream().map(DeploymentData::overlay).toList());
        LawValues lawValues = lawValuesFile == null ? null : read("--law-values", () -> LawValues.fromJson(lawValuesFile));
        DeploymentData data = new DeploymentData(courts, overlays, lawValues);
        // Calendar data overlapping the library's, and law values at odds with its own, show when a library is built.
        try {
            data.configure(Tenggat.builder()).build();
        } catch (CalendarDataException | IllegalStateException e) {
            throw new IllegalArgumentException("--calendar: " + e.getMessage(), e);
        } catch (LawValuesException e) {
            throw new IllegalArgumentException("--law-values: " + e.getMessage(), e);
        }
        return data;
    }

    /** Gives a builder the deployment's data. */
    Tenggat.Builder configure(Tenggat.Builder builder) {
        if (courts != null) {
            builder.courts(courts);
        }
        overlays.forEach(builder::calendarOverlay);
        if (lawValues != null) {
            builder.lawValues(lawValues);
        }
        return builder;
    }

    private static CalendarOverlay overlay(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")
                ? CalendarOverlay.fromICalendar(file) : CalendarOverlay.fromJson(file);
    }

    private static <T> T read(String option, Supplier<T> step) {
        try {
            return step.get();
        } catch (CalendarDataException | LawValuesException e) {
            throw new IllegalArgumentException(option + ": " + e.getMessage(), e);
        }
    }
}
