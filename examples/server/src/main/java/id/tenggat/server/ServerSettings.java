package id.tenggat.server;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the service runs: where it listens, who may call it and how much one request may ask.
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
 */
public record ServerSettings(String host, int port, String apiKey, List<String> corsOrigins, long maxBodyBytes,
                             int maxCases, int maxDepth, Duration requestTimeout, Duration shutdownGrace) {

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

    /** Loopback only, no key, no CORS, default limits. */
    public static ServerSettings local(int port) {
        return new ServerSettings("127.0.0.1", port, null, List.of(), DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_CASES,
                DEFAULT_MAX_DEPTH, DEFAULT_REQUEST_TIMEOUT, DEFAULT_SHUTDOWN_GRACE);
    }
}
