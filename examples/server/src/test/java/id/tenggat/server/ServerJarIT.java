package id.tenggat.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built jar as court IT staff start it: {@code --port}, and the start-up line with port, rules and coverage. */
class ServerJarIT {
    static final Path JAR = Path.of(System.getProperty("tenggat.server.jar", "target/tenggat-server.jar"));
    static final Pattern READY = Pattern.compile(
            "tenggat-server ready on http://127\\.0\\.0\\.1:(\\d+)/ : (\\d+) rules, calendar 2011-01-01 to 2027-12-31, (\\d+) courts");

    @Test
    void should_log_its_port_rules_and_coverage_and_answer() throws Exception {
        Process server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--port", "0").redirectErrorStream(true).start();
        BlockingQueue<String> log = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8)).lines().forEach(log::add));
        reader.setDaemon(true);
        reader.start();
        try {
            Matcher ready = waitFor(log, READY);
            assertThat(Integer.parseInt(ready.group(2))).isEqualTo(Tenggat.indonesia().rules().size());
            Http http = new Http(Integer.parseInt(ready.group(1)));
            assertThat(http.post("/v1/deadlines?asOf=2025-03-21", ServiceApiTest.BANDING).status()).isEqualTo(200);
        } finally {
            server.destroyForcibly();
        }
    }

    private static Matcher waitFor(BlockingQueue<String> log, Pattern pattern) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (true) {
            String line = log.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no log line matching " + pattern);
            }
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m;
            }
        }
    }
}
