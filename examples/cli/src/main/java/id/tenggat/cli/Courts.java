package id.tenggat.cli;

import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.CourtRegistry;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The court named by {@code --court}, checked against the court registry shipped with the library. */
final class Courts {
    private Courts() {
    }

    /**
     * The calendar of the named court, or {@code fallback} when no court is named.
     *
     * @throws ParameterException if the court is not in the registry (a usage error)
     */
    static CourtCalendar calendar(String court, CourtCalendar fallback, CommandSpec spec) {
        if (court == null) {
            return fallback;
        }
        CourtRegistry registry = CourtRegistry.embedded();
        return registry.find(court).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "unknown court '" + court + "'; courts: " + String.join(", ", registry.names())));
    }
}
