package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.calendar.CalendarDataException;
import id.tenggat.calendar.Court;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.CourtLookupException;
import id.tenggat.calendar.CourtRegistry;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The {@code --court} and {@code --courts} options of the commands that count on a court's calendar: the court by any
 * of its names or its satker code, in the registry shipped with the library plus the courts of a deployment's file.
 */
final class CourtOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--court", paramLabel = "NAME",
            description = "The court: its short name (\"PN Kalabahi\"), full name, SIPP's upper-case name or satker code.")
    private String court;

    @Option(names = "--courts", paramLabel = "FILE",
            description = "Courts to add or correct (court-registry.schema.json), e.g. courts being set up.")
    private Path courtsFile;

    private CourtRegistry registry;

    /** The name given with {@code --court}, or null. */
    String name() {
        return court;
    }

    /**
     * The registry: the embedded one, with the courts of {@code --courts} when given.
     *
     * @throws ParameterException if the file cannot be read or is invalid (a usage error naming the file and entry)
     */
    CourtRegistry registry() {
        if (registry == null) {
            try {
                registry = courtsFile == null ? CourtRegistry.embedded() : CourtRegistry.embedded().withCourts(courtsFile);
            } catch (CalendarDataException e) {
                throw new ParameterException(spec.commandLine(), "--courts: " + e.getMessage());
            }
        }
        return registry;
    }

    /**
     * Gives the library the courts of {@code --courts}; without it the library loads its own registry only when a
     * case names a court.
     */
    void configure(Tenggat.Builder builder) {
        if (courtsFile != null) {
            builder.courts(registry());
        }
    }

    /**
     * The court named by {@code --court}, or null when none is named.
     *
     * @throws ParameterException if the name does not identify one court (a usage error)
     */
    Court court() {
        if (court == null) {
            return null;
        }
        try {
            return registry().court(court);
        } catch (CourtLookupException e) {
            throw new ParameterException(spec.commandLine(), "--court: " + e.getMessage());
        }
    }

    /** The calendar of the court named by {@code --court}, or {@code fallback} when none is named. */
    CourtCalendar calendar(CourtCalendar fallback) {
        Court named = court();
        return named == null ? fallback : registry().calendar(named);
    }
}
