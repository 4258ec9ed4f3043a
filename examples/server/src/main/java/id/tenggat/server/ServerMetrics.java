package id.tenggat.server;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The service's metrics in Prometheus text format: requests with a latency histogram per route and status, requests
 * in flight, cases answered, and errors by kind.
 */
final class ServerMetrics {
    /** Kinds of error counted in {@code tenggat_errors_total} (SIPP: the court's SIPP database could not be read). */
    enum ErrorKind { CASE, LIMIT, AUTH, TIMEOUT, BAD_REQUEST, INTERNAL, SIPP }

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter casesAnswered = Counter.builder("tenggat.cases.answered")
            .description("Cases answered, with or without errors").register(registry);

    /** @param inFlight how many requests the server has taken in and not yet answered */
    ServerMetrics(LongSupplier inFlight) {
        Gauge.builder("tenggat.http.requests.in.flight", inFlight, LongSupplier::getAsLong)
                .description("Requests taken in and not yet answered").strongReference(true).register(registry);
    }

    /** Records one request by its route template (not the raw path, so that the series stay few). */
    void request(String method, String route, int status, Duration took) {
        Timer.builder("tenggat.http.requests")
                .description("HTTP requests by route and status")
                .tag("method", method).tag("route", route).tag("status", Integer.toString(status))
                .publishPercentileHistogram()
                .register(registry)
                .record(took);
    }

    void casesAnswered(int cases, int withErrors) {
        casesAnswered.increment(cases);
        if (withErrors > 0) {
            error(ErrorKind.CASE, withErrors);
        }
    }

    void error(ErrorKind kind) {
        error(kind, 1);
    }

    private void error(ErrorKind kind, int count) {
        Counter.builder("tenggat.errors").description("Errors by kind (CASE: a case with errors in its answer)")
                .tag("kind", kind.name()).register(registry).increment(count);
    }

    /** Everything, in the Prometheus text exposition format. */
    String scrape() {
        return registry.scrape();
    }
}
