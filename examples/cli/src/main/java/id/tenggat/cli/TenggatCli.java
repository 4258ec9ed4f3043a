package id.tenggat.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line tool: cases in as JSON, deadlines out as JSON or as a table, for scripts, cron jobs and PHP
 * add-ons that call {@code exec()}.
 *
 * <p>Exit status: 0 when every case was answered, 1 when some case had errors (or a calendar range left the
 * calendar's data), 2 for a usage error. Standard output carries nothing but results; messages go to standard
 * error.
 */
@Command(name = "tenggat", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Tenggat waktu perkara pengadilan Indonesia / procedural deadlines of Indonesian courts.",
        subcommands = {DeadlinesCommand.class, CalendarCommand.class, CheckCommand.class, RulesCommand.class, SippCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Example:", "  java -jar tenggat-cli.jar deadlines --as-of 2025-03-21 samples/perdata-banding.json"})
public final class TenggatCli {
    /** Some case had errors, or the data asked for is beyond the calendar. */
    static final int SOME_ERRORS = 1;

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
                .setUsageHelpWidth(120)
                .setOut(out)
                .setErr(err);
        int status = cli.execute(args);
        out.flush();
        return status;
    }
}
