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
@Command(name = "calendar", mixinStandardHelpOptions = true,
        description = {"Lists national holidays, cuti bersama, election days and court closures from --from to --to "
                + "(inclusive) as a JSON array of {date, kind, name, nameEn, source, url}. Plain weekends are not listed. With "
                + "--court, standard error names the court and its time zone (WIB, WITA or WIT)."},
        footer = {"", "Example:",
                "  java -jar tenggat-cli.jar calendar --from 2025-03-28 --to 2025-04-08 --court \"PN Jepara\"",
                "", "A range beyond the calendar's data prints {\"errors\": [...]} and exits with 1.",
                "Exit status: 0 listed, 1 beyond the calendar's data, 2 usage error."})
final class CalendarCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first day, yyyy-MM-dd.")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last day, yyyy-MM-dd.")
    private LocalDate to;

    @Mixin
    private CourtOptions courts;

    @Override
    public Integer call() {
        if (to.isBefore(from)) {
            throw new ParameterException(spec.commandLine(), "--to " + to + " is before --from " + from);
        }
        CourtCalendar calendar = courts.calendar(CourtCalendar.indonesia());
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
                    new FieldError(option, e.date().toString(), e.getMessage()))));
            spec.commandLine().getErr().println(e.getMessage());
            return TenggatCli.SOME_ERRORS;
        }
    }
}
