package id.tenggat.cli;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.sipp.HolidayComparison;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;
import id.tenggat.sipp.RunSummary;
import id.tenggat.sipp.SippDataSources;
import id.tenggat.sipp.SippJsonFiles;
import id.tenggat.sipp.SippReader;
import id.tenggat.sipp.SippSink;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Answers every case of a court straight from its SIPP database, read-only. */
@Command(name = "sipp", mixinStandardHelpOptions = true,
        description = {"Reads every case of a court's SIPP database (read-only: SELECT only, in a READ ONLY "
                + "transaction), answers them all on one day and writes to --out: deadlines.jsonl (one line per "
                + "deadline, joinable on perkaraId), problems.jsonl (rows that could not be mapped), summary.json "
                + "(detention violations and overdue deadlines first, then counts by status) and holidays.json "
                + "(days SIPP's hari_libur and the library's calendar disagree on, for the year of --as-of). "
                + "Standard output carries summary.json.",
                "The password is read from the environment variable named by --password-env or from --password-file, "
                        + "never from the command line."},
        footer = {"", "Example:",
                "  TENGGAT_SIPP_PASSWORD=... java -jar tenggat-cli.jar sipp --jdbc-url jdbc:mariadb://127.0.0.1:3306/sipp "
                        + "--user tenggat_ro --as-of 2025-03-21 --out /var/lib/tenggat/sipp",
                "", "Exit status: 0 every case answered and no problem, 1 some row or case reported in problems.jsonl "
                + "or SIPP could not be read, 2 usage error."})
final class SippCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--jdbc-url", required = true, paramLabel = "URL",
            description = "The SIPP database, e.g. jdbc:mariadb://127.0.0.1:3306/sipp.")
    private String jdbcUrl;

    @Option(names = "--user", required = true, paramLabel = "USER", description = "A read-only account (SELECT).")
    private String user;

    @Option(names = "--password-env", paramLabel = "VAR", defaultValue = SippDataSources.PASSWORD_VARIABLE,
            description = "The environment variable holding the password (default: ${DEFAULT-VALUE}).")
    private String passwordEnv;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "A file whose first line is the password (instead of the environment variable).")
    private Path passwordFile;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day asked about, yyyy-MM-dd (default: today in the court's time zone).")
    private LocalDate asOf;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The directory the files go to.")
    private Path out;

    /** The court, when sys_config names none the registry knows, e.g. "PN Jepara". */
    @Mixin
    private CourtOptions courts;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "ID",
            description = "Language of explanations (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Mixin
    private PolicyOptions policies;

    @Mixin
    private ProgressOptions progressOptions;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "500",
            description = "Cases read and answered at a time (default: ${DEFAULT-VALUE}).")
    private int batchSize;

    @Override
    public Integer call() throws IOException {
        String password = password();
        Tenggat.Builder library = Tenggat.builder();
        courts.configure(library);
        policies.configure(library);
        Tenggat tenggat = library.build();
        CourtCalendar calendar = courts.calendar(tenggat.calendar());
        LocalDate day = asOf != null ? asOf : tenggat.today(calendar.zone());
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, not " + batchSize);
        }
        try (HikariDataSource sipp = SippDataSources.readOnly(jdbcUrl, user, password)) {
            SippReader.Builder builder = SippReader.builder(sipp).tenggat(tenggat).batchSize(batchSize);
            SippReader reader = (courts.name() == null ? builder : builder.court(calendar.name())).build();
            RunSummary summary;
            try (SippJsonFiles files = SippJsonFiles.in(out, language);
                 Progress progress = progressOptions.start(language)) {
                summary = reader.run(day, new SippSink() {
                    @Override
                    public void answered(MappedCase mapped, CaseAnswer answer) {
                        files.answered(mapped, answer);
                        progress.answered();
                    }

                    @Override
                    public void problem(Problem problem) {
                        files.problem(problem);
                    }

                    @Override
                    public void notAnswered(MappedCase mapped) {
                        files.notAnswered(mapped);
                    }
                });
            }
            SippJsonFiles.writeSummary(summary, out);
            LocalDate from = max(day.withDayOfYear(1), calendar.firstCoveredDate());
            LocalDate to = min(day.withDayOfYear(day.lengthOfYear()), calendar.lastCoveredDate());
            HolidayComparison holidays = reader.compareHolidays(from, to);
            SippJsonFiles.writeHolidays(holidays, out);
            spec.commandLine().getOut().print(Files.readString(out.resolve("summary.json"), StandardCharsets.UTF_8));
            spec.commandLine().getErr().printf("%d cases read, %d answered, %d not answered, %d problems; files in %s%n",
                    summary.casesRead(), summary.casesAnswered(), summary.casesNotAnswered(), summary.problems(), out);
            return summary.problems() == 0 && summary.casesNotAnswered() == 0 ? 0 : TenggatCli.SOME_ERRORS;
        } catch (SQLException | HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() != null && e instanceof HikariPool.PoolInitializationException ? e.getCause() : e;
            spec.commandLine().getErr().println("SIPP could not be read at " + jdbcUrl + ": " + cause.getMessage());
            return TenggatCli.SOME_ERRORS;
        }
    }

    private String password() throws IOException {
        return SippDataSources.password(passwordFile, passwordEnv).orElseThrow(() -> new ParameterException(
                spec.commandLine(), "no password: set the environment variable " + passwordEnv
                        + " (empty for none) or give --password-file"));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? b : a;
    }
}
