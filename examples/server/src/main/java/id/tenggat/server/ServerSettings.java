package id.tenggat.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the service runs: where it listens, who may call it, how much one request may ask, and the court's SIPP
 * database if it reads one.
 *
 * @param host           the address to listen on; anything but a loopback address needs an API key
 * @param port           the port, 0 for any free port
 * @param apiKey         the key callers send in {@value TenggatService#API_KEY_HEADER}, or null for none
 * @param corsOrigins    origins a browser page may call the API from; empty for no CORS at all
 * @param maxBodyBytes   the largest request body, in bytes
 * @param maxCases       the most cases in one request
 * @param maxDepth       the deepest nesting of JSON arrays and objects in a request
 * @param requestTimeout how long one request may take before it is answered 503
 * @param shutdownGrace  how long requests in flight may take to finish when the service stops
 * @param sipp           the court's SIPP database that {@code GET /v1/sipp/due} reads, or null for none (404)
 */
public record ServerSettings(String host, int port, String apiKey, List<String> corsOrigins, long maxBodyBytes,
                             int maxCases, int maxDepth, Duration requestTimeout, Duration shutdownGrace, Sipp sipp) {

    /** Defaults: 32 MiB, 100,000 cases, depth 16, 60 s per request, 30 s to finish on shutdown. */
    public static final long DEFAULT_MAX_BODY_BYTES = 32L * 1024 * 1024;
    public static final int DEFAULT_MAX_CASES = 100_000;
    public static final int DEFAULT_MAX_DEPTH = 16;
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    public static final Duration DEFAULT_SHUTDOWN_GRACE = Duration.ofSeconds(30);

    public ServerSettings {
        Objects.requireNonNull(host, "host must not be null");
        corsOrigins = List.copyOf(corsOrigins);
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key must not be blank");
        }
        if (maxBodyBytes < 1 || maxCases < 1 || maxDepth < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Settings without a SIPP database. */
    public ServerSettings(String host, int port, String apiKey, List<String> corsOrigins, long maxBodyBytes,
                          int maxCases, int maxDepth, Duration requestTimeout, Duration shutdownGrace) {
        this(host, port, apiKey, corsOrigins, maxBodyBytes, maxCases, maxDepth, requestTimeout, shutdownGrace, null);
    }

    /** Loopback only, no key, no CORS, default limits, no SIPP database. */
    public static ServerSettings local(int port) {
        return new ServerSettings("127.0.0.1", port, null, List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_CASES,
                DEFAULT_MAX_DEPTH, DEFAULT_REQUEST_TIMEOUT, DEFAULT_SHUTDOWN_GRACE);
    }

    /** These settings with the court's SIPP database (null for none). */
    public ServerSettings withSipp(Sipp value) {
        return new ServerSettings(host, port, apiKey, corsOrigins, maxBodyBytes, maxCases, maxDepth, requestTimeout,
                shutdownGrace, value);
    }

    /**
     * The court's SIPP database, read with a read-only account for {@code GET /v1/sipp/due}.
     *
     * @param jdbcUrl  e.g. {@code jdbc:mariadb://127.0.0.1:3306/sipp}
     * @param user     an account with SELECT on the SIPP schema
     * @param password its password (may be empty); never in {@link #toString()}
     * @param refresh  how long what was read is reused before the database is read again (zero: every request)
     */
    public record Sipp(String jdbcUrl, String user, String password, Duration refresh) {
        public Sipp {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null");
            Objects.requireNonNull(user, "user must not be null");
            Objects.requireNonNull(password, "password must not be null");
            Objects.requireNonNull(refresh, "refresh must not be null");
            if (refresh.isNegative()) {
                throw new IllegalArgumentException("--sipp-refresh must not be negative, not " + refresh);
            }
        }

        @Override
        public String toString() {
            return "Sipp[jdbcUrl=" + jdbcUrl + ", user=" + user + ", refresh=" + refresh + "]";
        }
    }
}
