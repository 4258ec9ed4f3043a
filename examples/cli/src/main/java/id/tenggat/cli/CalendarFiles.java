package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.calendar.CalendarDataException;
import id.tenggat.calendar.CalendarOverlay;
import id.tenggat.calendar.CourtCalendar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The option {@code --calendar FILE}: calendar data dropped in at run time (a new decree year, an amendment after
 * the isbat, a court closure), laid over the embedded calendar. A file that cannot be read, does not follow the
 * format, or overlaps the embedded data without saying it replaces it is a usage error naming the file and line.
 */
final class CalendarFiles {

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Calendar data to lay over the embedded calendar: a JSON overlay (calendar/README.md) or an "
                    + "iCalendar (.ics) file of closures. Repeatable; applied in order.")
    private List<Path> files = new ArrayList<>();

    /** Reads one data file: iCalendar when its name ends in {@code .ics}, JSON otherwise. */
    static CalendarOverlay read(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics")
                ? CalendarOverlay.fromICalendar(file) : CalendarOverlay.fromJson(file);
    }

    /**
     * The library with the files laid over its national and court calendars, and whatever else {@code configure}
     * sets on the builder.
     *
     * @throws ParameterException if a calendar file is bad (a usage error)
     */
    Tenggat tenggat(CommandSpec spec, Consumer<Tenggat.Builder> configure) {
        Tenggat.Builder builder = Tenggat.builder();
        configure.accept(builder);
        return usage(spec, () -> {
            overlays().forEach(builder::calendarOverlay);
            return builder.build();
        });
    }

    /**
     * A calendar with the files laid over it.
     *
     * @throws ParameterException if a file is bad (a usage error)
     */
    CourtCalendar apply(CourtCalendar calendar, CommandSpec spec) {
        if (files.isEmpty()) {
            return calendar;
        }
        return usage(spec, () -> {
            CourtCalendar.Builder builder = calendar.toBuilder();
            overlays().forEach(builder::overlay);
            return builder.build();
        });
    }

    private List<CalendarOverlay> overlays() {
        return files.stream().map(CalendarFiles::read).toList();
    }

    /** Runs a step that reads calendar data; bad data is a usage error with the data's own message. */
    static <T> T usage(CommandSpec spec, Supplier<T> step) {
        try {
            return step.get();
        } catch (CalendarDataException | IllegalStateException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }
}
