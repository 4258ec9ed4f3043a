package id.tenggat.cli;

import id.tenggat.answer.FieldError;
import id.tenggat.calendar.CalendarCoverageException;
import id.tenggat.calendar.Court;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.json.TenggatJson;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Lists the non-working days of a court's calendar in a range. */
@Command(name = "calendar", mixinStandardHelpOptions = true, subcommands = CalendarDiffCommand.class,
        description = {"Lists national holidays, cuti bersama, election days and court closures from --from to --to "
                + "(inclusive) as a JSON array of {date, kind, name, nameEn, source, url}. Plain weekends are not listed. With "
                + "--court, standard error names the court and its time zone (WIB, WITA or WIT)."},
        footer = {"", "Example:",
                "  java -jar tenggat-cli.jar calendar --from 2025-03-28 --to 2025-04-08 --court \"PN Jepara\"",
                "  java -jar tenggat-cli.jar calendar diff embedded idul-fitri-2027.json   (see 'calendar diff --help')",
                "", "A range beyond the calendar's data prints {\"errors\": [...]} and exits with 1.",
                "Exit status: 0 listed, 1 beyond the calendar's data, 2 usage error or bad --calendar file."})
final class CalendarCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    // Required for the listing, checked in call(): picocli would also demand them before "calendar diff".
    @Option(names = "--from", paramLabel = "DATE", description = "The first day, yyyy-MM-dd (required).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "The last day, yyyy-MM-dd (required).")
    private LocalDate to;

    @Mixin
    private CourtOptions courts;

    @Mixin
    private CalendarFiles calendarFiles;

    @Override
    public Integer call() {
        if (from == null || to == null) {
            throw new ParameterException(spec.commandLine(), "Missing required options: --from and --to");
        }
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        CourtCalendar calendar = calendarFiles.apply(courts.calendar(CourtCalendar.indonesia()), spec);
        Court court = courts.court();
        if (court != null) {
            spec.commandLine().getErr().println(court.name() + " (" + court.fullName() + ", " + court.province()
                    + "): zone " + court.zone().getId() + " (" + court.zoneAbbreviation() + ")");
        }
        TenggatJson json = TenggatJson.create();
        try {
            spec.commandLine().getOut().println(json.writeCalendar(calendar.nonWorkingDays(from, to)));
            return 0;
        } catch (CalendarCoverageException e) {
            String option = e.date().isBefore(e.coveredFrom()) ? "--from" : "--to";
            spec.commandLine().getOut().println(json.writeErrors(List.of(
                    FieldError.coverage(option, e))));
            spec.commandLine().getErr().println(e.getMessage());
            return TenggatCli.SOME_ERRORS;
        }
    }
}
