package id.tenggat.server;

import id.tenggat.options.WholeNumber;
import id.tenggat.sipp.SippDataSources;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * Starts the tenggat HTTP service: {@code java -jar tenggat-server.jar --port 8080}. It runs until the process is
 * stopped (SIGTERM, Ctrl-C), then lets requests in flight finish and exits.
 */
@Command(name = "tenggat-server", mixinStandardHelpOptions = true,
        description = "The tenggat HTTP service: deadlines as JSON or iCalendar, the court calendar, and the clerk's page at /.",
        footer = {"", "Example:", "  java -jar tenggat-server.jar --port 8080",
                "  TENGGAT_API_KEY=secret java -jar tenggat-server.jar --host 0.0.0.0 --port 8080",
                "  TENGGAT_SIPP_PASSWORD=... java -jar tenggat-server.jar --sipp-jdbc-url jdbc:mariadb://127.0.0.1:3306/sipp "
                        + "--sipp-user tenggat_ro"})
public final class TenggatServer implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", converter = WholeNumber.class, defaultValue = "8080", description = "The port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}); any other than a loopback address needs an API key.")
    String host;

    @Option(names = "--api-key", defaultValue = "${env:TENGGAT_API_KEY}",
            description = "The key callers send in the X-Api-Key header (default: the environment variable TENGGAT_API_KEY; "
                    + "prefer it: a command line is visible to every user of the machine).")
    String apiKey;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN",
            description = "An origin whose pages may call the API from a browser, e.g. https://sipp.pn-jepara.go.id (repeatable; default: none).")
    List<String> corsOrigins = List.of();

    @Option(names = "--max-body-bytes", converter = ByteCount.class, defaultValue = "" + ServerSettings.DEFAULT_MAX_BODY_BYTES,
            description = "The largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--max-cases", converter = WholeNumber.class, defaultValue = "" + ServerSettings.DEFAULT_MAX_CASES,
            description = "The most cases in one request (default: ${DEFAULT-VALUE}).")
    int maxCases;

    @Option(names = "--max-depth", converter = WholeNumber.class, defaultValue = "" + ServerSettings.DEFAULT_MAX_DEPTH,
            description = "The deepest JSON nesting in a request (default: ${DEFAULT-VALUE}).")
    int maxDepth;

    @Option(names = "--request-timeout", converter = WholeNumber.class, defaultValue = "60", paramLabel = "SECONDS",
            description = "How long one request may take (default: ${DEFAULT-VALUE} s).")
    int requestTimeoutSeconds;

    @Option(names = "--shutdown-grace", converter = WholeNumber.class, defaultValue = "30", paramLabel = "SECONDS",
            description = "How long requests in flight may take to finish on shutdown (default: ${DEFAULT-VALUE} s).")
    int shutdownGraceSeconds;

    @Option(names = "--courts", paramLabel = "FILE",
            description = "Courts to add or correct (court-registry.schema.json), e.g. courts being set up.")
    Path courtsFile;

    @Option(names = "--calendar", paramLabel = "FILE",
            description = "Calendar data to lay over the embedded calendar: a JSON overlay (calendar/README.md) or an "
                    + "iCalendar (.ics) file of closures. Repeatable; applied in order.")
    List<Path> calendarFiles = List.of();

    @Option(names = "--law-values", paramLabel = "FILE",
            description = "Values of the law from the deployment's enacted text (law-values.schema.json); answers that "
                    + "use one name it in suppliedValues.")
    Path lawValuesFile;

    @Option(names = "--sipp-jdbc-url", paramLabel = "URL",
            description = "The court's SIPP database, read read-only for GET /v1/sipp/due, e.g. "
                    + "jdbc:mariadb://127.0.0.1:3306/sipp (default: none; /v1/sipp/due then answers 404).")
    String sippJdbcUrl;

    @Option(names = "--sipp-user", paramLabel = "USER",
            description = "A read-only account of the SIPP database (SELECT only); needed with --sipp-jdbc-url.")
    String sippUser;

    @Option(names = "--sipp-password-file", paramLabel = "FILE",
            description = "A file whose first line is the SIPP account's password (default: the environment variable "
                    + SippDataSources.PASSWORD_VARIABLE + "; never on the command line).")
    Path sippPasswordFile;

    @Option(names = "--sipp-refresh", converter = IsoDuration.class, paramLabel = "DURATION", defaultValue = "PT5M",
            description = "How long the items read from SIPP are reused before it is read again, ISO-8601 "
                    + "(default: ${DEFAULT-VALUE}; PT0S: every request).")
    Duration sippRefresh;

    public static void main(String[] args) {
        // Hibernate Validator logs through JBoss Logging; send it to SLF4J with the rest.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        int status = new CommandLine(new TenggatServer()).execute(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** The SIPP database of --sipp-*, or null when none is named. */
    private ServerSettings.Sipp sipp() {
        if (sippJdbcUrl == null) {
            if (sippUser != null || sippPasswordFile != null) {
                throw new IllegalArgumentException("--sipp-user and --sipp-password-file need --sipp-jdbc-url");
            }
            return null;
        }
        if (sippUser == null) {
            throw new IllegalArgumentException("--sipp-jdbc-url needs --sipp-user (a read-only account)");
        }
        String password;
        try {
            password = SippDataSources.password(sippPasswordFile, SippDataSources.PASSWORD_VARIABLE).orElseThrow(
                    () -> new IllegalArgumentException("no SIPP password: set the environment variable "
                            + SippDataSources.PASSWORD_VARIABLE + " (empty for none) or give --sipp-password-file"));
        } catch (IOException e) {
            throw new IllegalArgumentException("--sipp-password-file: cannot read " + sippPasswordFile, e);
        }
        return new ServerSettings.Sipp(sippJdbcUrl, sippUser, password, sippRefresh);
    }

    @Override
    public Integer call() throws InterruptedException {
        TenggatService service;
        try {
            ServerSettings settings = new ServerSettings(host, port, apiKey, corsOrigins, maxBodyBytes, maxCases,
                    maxDepth, Duration.ofSeconds(requestTimeoutSeconds), Duration.ofSeconds(shutdownGraceSeconds),
                    sipp());
            service = TenggatService.start(settings, DeploymentData.read(courtsFile, calendarFiles, lawValuesFile));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "tenggat-shutdown"));
        stopped.await();
        return 0;
    }

    /** A number of bytes; picocli's own message would say "not a long". */
    static final class ByteCount implements ITypeConverter<Long> {
        @Override
        public Long convert(String text) {
            try {
                return Long.valueOf(text);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("'" + text + "' is not a whole number of bytes");
            }
        }
    }

    /** A duration; picocli's own message would name java.time.Duration and its exception. */
    static final class IsoDuration implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            try {
                return Duration.parse(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "' is not an ISO-8601 duration such as PT5M or PT30S");
            }
        }
    }
}
