package id.tenggat.server;

import static id.tenggat.server.Http.documented;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.sipp.Fixtures;
import id.tenggat.sipp.MariaDb;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code GET /v1/sipp/due} over real HTTP on loopback, reading a small SIPP database on the real MariaDB server
 * ({@code sipp-due.sql}), asked about on Friday 21 March 2025. The dates, worked out by hand (2025: 28 March cuti
 * bersama for Nyepi, 31 March and 1 April Idul Fitri, 2-4 and 7 April cuti bersama):
 * <ul>
 *   <li>12, registered Mon 2 Sep 2024 (day 1), undecided: the 5-month first-instance target (SEMA 2/2014) ended
 *       Sat 1 Feb 2025, a court target whose last day is never moved: OVERDUE, 48 days past (27 in February, 21 in
 *       March).</li>
 *   <li>13, judgment Fri 7 Mar 2025 with both parties present: banding for each party, 14 days from 8 March, ends
 *       Fri 21 March, a working day: DUE_TODAY. The copy of the judgment (14 working days from Mon 10 March:
 *       10-14, 17-21, 24-27 March) is due Thu 27 March.</li>
 *   <li>11, judgment Mon 10 Mar 2025, the plaintiff present: banding ends Mon 24 March. The defendant, notified
 *       Mon 17 March: day 14 is Mon 31 March (Idul Fitri), then 1-7 April are closed: Tue 8 April. The copy of the
 *       judgment, 14 working days from Tue 11 March (11-14, 17-21, 24-27 March; 28 March to 7 April closed): Tue
 *       8 April.</li>
 * </ul>
 */
@ExtendWith(MariaDb.class)
class SippDueTest {
    static final String KEY = "kunci-sipp-uji";
    static MariaDb.TestDatabase db;
    static TenggatService service;
    static Http http;

    @BeforeAll
    static void start() throws Exception {
        db = MariaDb.createSipp("due");
        Fixtures.run(db, "/id/tenggat/server/sipp-due.sql");
        ServerSettings local = ServerSettings.local(0);
        service = TenggatService.start(new ServerSettings(local.host(), 0, KEY, List.of(), local.maxBodyBytes(),
                local.maxCases(), local.maxDepth(), Duration.ofMinutes(5), local.shutdownGrace(),
                new ServerSettings.Sipp(MariaDb.URL + db.name(), MariaDb.USER, "", Duration.ofHours(1))));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
        http = new Http(service.port(), KEY);
    }

    @AfterAll
    static void stop() throws Exception {
        if (service != null) {
            service.close();
        }
        if (db != null) {
            db.close();
        }
    }

    /** Each item as "perkaraId id party due status", in the order answered. */
    static List<String> items(JsonNode reply) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : reply.get("items")) {
            JsonNode d = item.get("deadline");
            out.add(item.get("perkaraId").asLong() + " " + d.get("id").asText() + " " + d.get("party").asText()
                    + " " + d.get("due").asText() + " " + d.get("status").asText());
        }
        return out;
    }

    @Test
    void should_list_the_overdue_first_then_what_is_due_in_the_next_fourteen_days() {
        Http.Reply reply = documented("get", "/v1/sipp/due", http.get("/v1/sipp/due?asOf=2025-03-21"));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode o = reply.json();
        assertThat(o.get("court").get("name").asText()).isEqualTo("PN Jepara");
        assertThat(o.get("asOf").asText()).isEqualTo("2025-03-21");
        assertThat(o.get("from").asText()).isEqualTo("2025-03-21");
        assertThat(o.get("to").asText()).as("14 days after from").isEqualTo("2025-04-04");
        List<String> items = items(o);
        assertThat(items).hasSize(5);
        assertThat(items.get(0)).isEqualTo("12 perdata.penyelesaian null 2025-02-01 OVERDUE");
        assertThat(items.subList(1, 3)).as("the same day, case and deadline: both parties").containsExactlyInAnyOrder(
                "13 perdata.banding PENGGUGAT 2025-03-21 DUE_TODAY", "13 perdata.banding TERGUGAT 2025-03-21 DUE_TODAY");
        assertThat(items.subList(3, 5)).containsExactly(
                "11 perdata.banding PENGGUGAT 2025-03-24 OPEN",
                "13 perdata.salinan_putusan null 2025-03-27 OPEN");
        JsonNode overdue = o.get("items").get(0);
        assertThat(overdue.get("nomorPerkara").asText()).isEqualTo("98/Pdt.G/2024/PN Jpa");
        assertThat(overdue.get("deadline").get("daysRemaining").asInt()).as("48 days past").isEqualTo(-48);
        assertThat(overdue.get("deadline").get("courtTarget").asBoolean()).isTrue();
    }

    @Test
    void should_reach_the_dates_across_lebaran_when_asked_to_and_explain_in_english() {
        Http.Reply reply = documented("get", "/v1/sipp/due",
                http.get("/v1/sipp/due?asOf=2025-03-21&from=2025-03-24&to=2025-04-08&lang=en"));

        assertThat(reply.status()).isEqualTo(200);
        List<String> items = items(reply.json());
        assertThat(items.subList(0, 3)).containsExactly(
                "12 perdata.penyelesaian null 2025-02-01 OVERDUE",
                "11 perdata.banding PENGGUGAT 2025-03-24 OPEN",
                "13 perdata.salinan_putusan null 2025-03-27 OPEN");
        assertThat(items.subList(3, items.size())).containsExactly(
                "11 perdata.banding TERGUGAT 2025-04-08 OPEN",
                "11 perdata.salinan_putusan null 2025-04-08 OPEN");
        JsonNode tergugat = reply.json().get("items").get(3);
        assertThat(tergugat.get("nomorPerkara").asText()).isEqualTo("11/Pdt.G/2025/PN Jpa");
        assertThat(tergugat.get("deadline").get("explanation").get(0).asText())
                .isEqualTo("Judgment notified to TERGUGAT on Monday, 17 March 2025.");
    }

    @Test
    void should_name_a_bad_parameter() {
        Http.Reply badFrom = documented("get", "/v1/sipp/due", http.get("/v1/sipp/due?from=2025-02-30"));
        assertThat(badFrom.status()).isEqualTo(400);
        assertThat(badFrom.error().get("field").asText()).isEqualTo("from");
        assertThat(badFrom.error().get("value").asText()).isEqualTo("2025-02-30");

        Http.Reply backwards = documented("get", "/v1/sipp/due", http.get("/v1/sipp/due?from=2025-04-01&to=2025-03-31"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.error().get("field").asText()).isEqualTo("to");
        assertThat(backwards.error().get("message").asText()).isEqualTo("to 2025-03-31 is before from 2025-04-01");

        Http.Reply unknown = documented("get", "/v1/sipp/due", http.get("/v1/sipp/due?court=PN%20Jepara"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error().get("field").asText()).isEqualTo("court");
    }

    @Test
    void should_ask_for_the_api_key() {
        Http.Reply reply = documented("get", "/v1/sipp/due", new Http(service.port()).get("/v1/sipp/due"));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error().get("field").asText()).isEqualTo("X-Api-Key");
    }
}
