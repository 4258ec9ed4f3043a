package id.tenggat.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A load check of a running tenggat-server, run by {@code benchmarks/run.sh server}: single-case requests from
 * several clients at once (requests per second, median and p99 latency), then batches of 10,000 cases as JSON Lines
 * (cases per second). Each phase is warmed up first; every reply must be 200.
 *
 * <p>Usage: {@code ServerLoad BASE_URL [CLIENTS] [SECONDS]}, e.g. {@code http://127.0.0.1:8080 4 20}.
 */
public final class ServerLoad {
    private static final int BATCH = 10_000;
    private static final int BATCH_RUNS = 5;

    private ServerLoad() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
        URI single = URI.create(base + "/v1/deadlines?asOf=2025-03-21");
        List<String> cases = IntStream.range(0, 1_000).mapToObj(ServerLoad::caseJson).toList();

        singleCases(http, single, cases, clients, Math.max(5, seconds / 2)); // warm-up
        long[] latencies = singleCases(http, single, cases, clients, seconds);
        Arrays.sort(latencies);
        System.out.printf("single-case: clients=%d seconds=%d requests=%d requests-per-second=%.0f p50-ms=%.2f p99-ms=%.2f max-ms=%.2f%n",
                clients, seconds, latencies.length, latencies.length / (double) seconds,
                percentile(latencies, 0.50), percentile(latencies, 0.99), latencies[latencies.length - 1] / 1e6);

        String batch = IntStream.range(0, BATCH).mapToObj(ServerLoad::caseJson).collect(Collectors.joining("\n"));
        URI batchUri = URI.create(base + "/v1/deadlines?asOf=2025-03-21");
        post(http, batchUri, batch); // warm-up
        for (int run = 1; run <= BATCH_RUNS; run++) {
            long t0 = System.nanoTime();
            HttpResponse<String> r = post(http, batchUri, batch);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("batch: run=%d cases=%d seconds=%.2f cases-per-second=%.0f bytes-out=%d%n",
                    run, BATCH, s, BATCH / s, r.body().length());
        }
        System.exit(0);
    }

    /** Civil cases notified on different days of 2025, each with a banding window to count. */
    private static String caseJson(int i) {
        return "{\"caseNumber\": \"" + i + "/Pdt.G/2025/PN Jpa\", \"caseType\": \"PERDATA\", \"court\": \"PN Jepara\", "
                + "\"events\": [{\"type\": \"PUTUSAN_DIUCAPKAN\", \"date\": \"" + LocalDate.of(2025, 1, 6).plusDays(i % 300)
                + "\", \"partiesPresent\": [\"PENGGUGAT\"]}, {\"type\": \"PUTUSAN_DIBERITAHUKAN\", \"date\": \""
                + LocalDate.of(2025, 1, 8).plusDays(i % 300) + "\", \"party\": \"TERGUGAT\"}]}";
    }

    private static long[] singleCases(HttpClient http, URI uri, List<String> cases, int clients, int seconds)
            throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            results.add(pool.submit(() -> {
                List<Long> took = new ArrayList<>();
                for (int i = client; System.nanoTime() < end; i += clients) {
                    long t0 = System.nanoTime();
                    post(http, uri, cases.get(i % cases.size()));
                    took.add(System.nanoTime() - t0);
                }
                return took;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> f : results) {
            all.addAll(f.get());
        }
        pool.shutdown();
        return all.stream().mapToLong(Long::longValue).toArray();
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
        }
        return r;
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
