package id.tenggat.cli;

import id.tenggat.options.WholeNumber;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The command-line tool: cases in as JSON, deadlines out as JSON or as a table, for scripts, cron jobs and PHP
 * add-ons that call {@code exec()}.
 *
 * <p>Exit status: 0 when every case was answered, 1 when some case had errors (or a calendar range left the
 * calendar's data), 2 for a usage error, 3 when reading the input or writing the output failed, 4 for an internal
 * failure (such as running out of memory). A run that ends with 3 or 4, or is killed, has not written all its
 * results, whatever its output holds. Standard output carries nothing but results; messages go to standard error,
 * one line for a failure of the run.
 */
@Command(name = "tenggat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tenggat waktu perkara pengadilan Indonesia / procedural deadlines of Indonesian courts.",
        subcommands = {DeadlinesCommand.class, CalendarCommand.class, CheckCommand.class, RulesCommand.class,
                CatalogueCommand.class, SippCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  java -jar tenggat-cli.jar deadlines --as-of 2025-03-21 samples/perdata-banding.json"})
public final class TenggatCli {
    /** Some case had errors, or the data asked for is beyond the calendar. */
    static final int SOME_ERRORS = 1;
    /** Reading the input or writing the output failed: the results are incomplete. */
    static final int IO_FAILURE = 3;
    /** The run itself failed (out of memory, a defect): the results are incomplete. */
    static final int INTERNAL_FAILURE = 4;

    static final String EXIT_STATUS = "Exit status: 0 every case answered, 1 some case had errors, 2 usage error, "
            + "3 input or output failed (e.g. a full disk), 4 internal failure (e.g. out of memory); with 3, 4 or a "
            + "killed run the output is incomplete.";
    static final String EXIT_STATUS_CHECK = "Exit status: 0 every case valid, 1 some case has errors, 2 usage "
            + "error, 3 input or output failed, 4 internal failure; with 3, 4 or a killed run the output is incomplete.";
    static final String INPUT_FORMAT = "How cases are given: json (one case or an array), jsonl (one case per "
            + "line, each line on its own) or auto (default: an array if it starts with [, JSON Lines if its first or "
            + "second line is a whole case, else one case). State jsonl to get each answer as soon as its line is "
            + "written.";

    private TenggatCli() {
    }

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; route it to SLF4J (no-op here) so stderr stays quiet.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        System.exit(run(args));
    }

    /** Runs the tool with UTF-8 on standard output and error, and returns the exit status. */
    static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        CommandLine cli = new CommandLine(new TenggatCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .registerConverter(LocalDate.class, new DateConverter())
                .registerConverter(Integer.class, new WholeNumber())
                .registerConverter(int.class, new WholeNumber())
                .setUsageHelpWidth(120)
                .setOut(out)
                .setErr(err);
        cli.setExecutionExceptionHandler((failure, commandLine, parsed) -> failed(failure, err));
        try {
            int status = cli.execute(args);
            out.flush();
            return status;
        } catch (Throwable failure) { // an Error (such as OutOfMemoryError) is not caught by the handler
            return failed(failure, err);
        }
    }

    /** A date option's value; picocli's own message would name Java classes. */
    private static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "' is not a date yyyy-MM-dd that exists");
            }
        }
    }

    /** One line on standard error, and the exit status that says the run itself failed. */
    private static int failed(Throwable failure, PrintWriter err) {
        if (failure instanceof UncheckedIOException io) {
            err.println("tenggat: " + io.getMessage());
            return IO_FAILURE;
        }
        err.println("tenggat: internal failure: " + failure);
        return INTERNAL_FAILURE;
    }
}
