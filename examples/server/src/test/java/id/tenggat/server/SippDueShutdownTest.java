package id.tenggat.server;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.sipp.Fixtures;
import id.tenggat.sipp.MariaDb;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Closing the service lets a request reading SIPP finish before the connections to SIPP close. The request is held
 * in flight by a write lock on {@code perkara}, taken by another session and released once the service is closing.
 */
@ExtendWith(MariaDb.class)
class SippDueShutdownTest {

    @Test
    void should_finish_a_sipp_read_in_flight_before_closing_the_pool() throws Exception {
        try (MariaDb.TestDatabase db = MariaDb.createSipp("shutdown")) {
            Fixtures.run(db, "/id/tenggat/server/sipp-due.sql");
            TenggatService service = TenggatService.start(ServerSettings.local(0).withSipp(new ServerSettings.Sipp(
                    MariaDb.URL + db.name(), MariaDb.USER, "", Duration.ofMinutes(5))));
            assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
            Http http = new Http(service.port());

            try (Connection locker = db.admin(); Statement lock = locker.createStatement()) {
                lock.execute("LOCK TABLES perkara WRITE");
                CompletableFuture<Http.Reply> reading = CompletableFuture.supplyAsync(
                        () -> http.get("/v1/sipp/due?asOf=2025-03-21"));
                while (service.requestsInFlight() == 0) {
                    Thread.sleep(10);
                }

                CompletableFuture<Void> closing = CompletableFuture.runAsync(service::close);
                http.awaitRefused();
                lock.execute("UNLOCK TABLES");

                Http.Reply reply = reading.join();
                assertThat(reply.status()).as(reply.body()).isEqualTo(200);
                // Case 12, registered Mon 2 Sep 2024 and undecided: its 5-month target ended Sat 1 Feb 2025.
                assertThat(SippDueTest.items(reply.json())).first()
                        .isEqualTo("12 perdata.penyelesaian null 2025-02-01 OVERDUE");
                closing.join();
            }
        }
    }
}
