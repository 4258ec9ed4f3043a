package id.tenggat.server;

import static id.tenggat.server.Http.documented;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.Tenggat;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.calendar.CourtRegistry;
import id.tenggat.json.TenggatJson;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The service through real HTTP on loopback, every reply checked against the published OpenAPI file. */
class ServiceApiTest {
    /** The civil banding of the README: notified Mon 17 Mar 2025 across Lebaran 2025. */
    static final String BANDING = """
            {"caseNumber": "12/Pdt.G/2025/PN Jpa", "caseType": "PERDATA", "court": "PN Jepara",
             "events": [{"type": "PUTUSAN_DIUCAPKAN", "date": "2025-03-10", "partiesPresent": ["PENGGUGAT"]},
                        {"type": "PUTUSAN_DIBERITAHUKAN", "date": "2025-03-17", "party": "TERGUGAT"},
                        {"type": "PERMOHONAN_BANDING", "date": "2025-03-20", "party": "PENGGUGAT"}]}""";

    static TenggatService service;
    static Http http;

    @BeforeAll
    static void start() throws InterruptedException {
        // A generous request timeout: on a busy build machine 10,000 cases may take longer than the default.
        ServerSettings local = ServerSettings.local(0);
        service = TenggatService.start(new ServerSettings(local.host(), 0, null, List.of(), local.maxBodyBytes(),
                local.maxCases(), local.maxDepth(), Duration.ofMinutes(5), local.shutdownGrace()));
        assertThat(service.awaitReady(Duration.ofMinutes(3))).isTrue();
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static JsonNode deadline(JsonNode answer, String id, String party) {
        for (JsonNode d : answer.get("deadlines")) {
            if (d.get("id").asText().equals(id) && party.equals(d.path("party").asText())) {
                return d;
            }
        }
        throw new AssertionError("no " + id + " for " + party + " in " + answer);
    }

    @Test
    void should_answer_one_case_with_the_contract() {
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=2025-03-21&lang=en", BANDING));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode tergugat = deadline(reply.json(), "perdata.banding", "TERGUGAT");
        // Day 14 after Mon 17 Mar 2025 is Mon 31 Mar (Idul Fitri); 1 Apr Idul Fitri, 2-4 and 7 Apr cuti bersama,
        // 5-6 Apr weekend: due Tue 8 Apr 2025.
        assertThat(tergugat.get("due").asText()).isEqualTo("2025-04-08");
        assertThat(tergugat.get("status").asText()).isEqualTo("OPEN");
        assertThat(tergugat.get("explanation").get(0).asText()).isEqualTo("Judgment notified to TERGUGAT on Monday, 17 March 2025.");
    }

    @Test
    void should_report_json_that_is_not_json() {
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=2025-03-21", "{\"caseType\": "));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("message").asText()).startsWith("not valid JSON");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("com.fasterxml").doesNotContain("at id.");
    }

    @Test
    void should_name_an_unknown_field_and_go_on_with_the_batch() {
        String batch = "[" + BANDING + ", {\"caseType\": \"PERDATA\", \"colour\": \"red\"}]";
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=2025-03-21", batch));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).hasSize(2);
        assertThat(reply.json().get(0).get("errors")).isEmpty();
        assertThat(reply.json().get(1).get("errors")).anySatisfy(e -> {
            assertThat(e.get("field").asText()).isEqualTo("colour");
            assertThat(e.get("value").asText()).isEqualTo("red");
        });
    }

    @Test
    void should_answer_an_empty_batch_with_an_empty_batch() {
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=2025-03-21", "[]"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).isEmpty();
    }

    @Test
    void should_answer_ten_thousand_cases_in_order() {
        // Case i is notified on 2 Jan 2025 + (i mod 300) days, the last on 28 Oct 2025, the day asked about; its number
        // carries i, so order shows in the answers.
        List<CourtCase> cases = IntStream.range(0, 10_000).mapToObj(i -> CourtCase.builder(CaseType.PERDATA)
                .caseNumber(i + "/Pdt.G/2025/PN Jpa")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 1, 2).plusDays(i % 300), Party.TERGUGAT)
                .build()).toList();
        String lines = IntStream.range(0, cases.size()).mapToObj(i -> "{\"caseNumber\": \"" + i
                + "/Pdt.G/2025/PN Jpa\", \"caseType\": \"PERDATA\", \"events\": [{\"type\": \"PUTUSAN_DIBERITAHUKAN\", \"date\": \""
                + LocalDate.of(2025, 1, 2).plusDays(i % 300) + "\", \"party\": \"TERGUGAT\"}]}")
                .collect(Collectors.joining("\n"));

        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=2025-10-28", lines));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/x-ndjson");
        List<JsonNode> answers = reply.lines();
        assertThat(answers).hasSize(10_000);
        TenggatJson json = TenggatJson.create();
        List<String> expected = Tenggat.indonesia().answerAll(cases, LocalDate.of(2025, 10, 28)).stream()
                .map(a -> json.write(a, Language.ID)).toList();
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).toString()).as("answer %d", i).isEqualTo(expected.get(i));
        }
        // Case 74: notified Mon 17 Mar 2025 (2 Jan + 74 days), the Lebaran case: due Tue 8 Apr 2025.
        assertThat(deadline(answers.get(74), "perdata.banding", "TERGUGAT").get("due").asText()).isEqualTo("2025-04-08");
    }

    @Test
    void should_say_when_a_date_falls_outside_the_calendar() {
        // Notified Sat 25 Dec 2027: day 14 is Sat 8 Jan 2028, a year the calendar has no data for.
        String late = """
                {"caseType": "PERDATA", "events": [{"type": "PUTUSAN_DIBERITAHUKAN", "date": "2027-12-25", "party": "TERGUGAT"}]}""";
        Http.Reply reply = documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=2027-12-27", late));

        assertThat(reply.status()).isEqualTo(200);
        JsonNode banding = deadline(reply.json(), "perdata.banding", "TERGUGAT");
        assertThat(banding.get("status").asText()).isEqualTo("OUT_OF_COVERAGE");
        assertThat(banding.has("due")).isFalse();
    }

    @Test
    void should_answer_sixteen_clients_at_once_as_the_library_does() throws Exception {
        Tenggat tenggat = Tenggat.indonesia();
        TenggatJson json = TenggatJson.create();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Void>> calls = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                int client = c;
                calls.add(() -> {
                    for (int r = 0; r < 10; r++) {
                        LocalDate notified = LocalDate.of(2025, 1, 6).plusDays(client * 10L + r);
                        CourtCase courtCase = CourtCase.builder(CaseType.PERDATA).caseNumber(client + "-" + r)
                                .event(EventType.PUTUSAN_DIBERITAHUKAN, notified, Party.TERGUGAT).build();
                        String body = "{\"caseNumber\": \"" + client + "-" + r + "\", \"caseType\": \"PERDATA\", \"events\": "
                                + "[{\"type\": \"PUTUSAN_DIBERITAHUKAN\", \"date\": \"" + notified + "\", \"party\": \"TERGUGAT\"}]}";
                        Http.Reply reply = http.post("/v1/deadlines?asOf=2025-06-16", body);
                        assertThat(reply.status()).isEqualTo(200);
                        assertThat(reply.json().toString())
                                .isEqualTo(json.write(tenggat.answer(courtCase, LocalDate.of(2025, 6, 16)), Language.ID));
                    }
                    return null;
                });
            }
            for (Future<Void> f : clients.invokeAll(calls)) {
                f.get();
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void should_use_another_policy_reading_when_asked() {
        // Criminal banding, pronounced Mon 6 Oct 2025 with TERDAKWA present: day 7 is Mon 13 Oct 2025, a working
        // day, so both readings of criminal-banding-roll give 13 Oct; the reading asked for is the one reported.
        String pidana = """
                {"caseType": "PIDANA", "events": [{"type": "PUTUSAN_DIUCAPKAN", "date": "2025-10-06", "partiesPresent": ["TERDAKWA"]}]}""";
        Http.Reply reply = documented("post", "/v1/deadlines",
                http.post("/v1/deadlines?asOf=2025-10-07&criminal-banding-roll=no-roll", pidana));

        JsonNode banding = deadline(reply.json(), "pidana.banding", "TERDAKWA");
        assertThat(banding.get("due").asText()).isEqualTo("2025-10-13");
        assertThat(banding.get("policy").get("reading").asText()).isEqualTo("no-roll");

        Http.Reply bad = documented("post", "/v1/deadlines", http.post("/v1/deadlines?criminal-banding-roll=maybe", pidana));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error().get("field").asText()).isEqualTo("criminal-banding-roll");
        assertThat(bad.error().get("value").asText()).isEqualTo("maybe");
    }

    @Test
    void should_name_bad_parameters() {
        assertThat(documented("post", "/v1/deadlines", http.post("/v1/deadlines?asof=2025-03-21", BANDING)).error()
                .get("field").asText()).isEqualTo("asof");
        assertThat(documented("post", "/v1/deadlines", http.post("/v1/deadlines?asOf=21-03-2025", BANDING)).error()
                .get("field").asText()).isEqualTo("asOf");
        assertThat(documented("post", "/v1/deadlines", http.post("/v1/deadlines?court=PN%20Atlantis", BANDING)).error()
                .get("value").asText()).isEqualTo("PN Atlantis");
        assertThat(documented("post", "/v1/deadlines", http.post("/v1/deadlines?lang=fr", BANDING)).error()
                .get("field").asText()).isEqualTo("lang");
    }

    @Test
    void should_say_what_is_wrong_in_both_languages() {
        var language = documented("post", "/v1/deadlines", http.post("/v1/deadlines?lang=fr", BANDING)).error();
        assertThat(language.get("message").asText()).isEqualTo("unknown language; languages: id, en");
        assertThat(language.get("messages").get("en").asText()).isEqualTo("unknown language; languages: id, en");
        assertThat(language.get("messages").get("id").asText()).isEqualTo("bahasa tidak dikenal; bahasanya: id, en");

        // No year-2028 data: the calendar covers up to 2027-12-31.
        var beyond = documented("get", "/v1/calendar", http.get("/v1/calendar?from=2027-12-01&to=2028-01-31")).error();
        assertThat(beyond.get("messages").get("id").asText())
                .startsWith("Tidak ada data hari libur resmi untuk 2028-").contains(": kalender ini mencakup ")
                .endsWith(" sampai 2027-12-31");

        Http.Reply check = documented("post", "/v1/check",
                http.post("/v1/check?asOf=2025-03-21", "{\"caseType\": \"PERDATA\", \"court\": \"PN Atlantis\"}"));
        var court = check.json().get("errors").get(0);
        assertThat(court.get("message").asText()).startsWith("Unknown court 'PN Atlantis'");
        assertThat(court.get("messages").get("id").asText()).startsWith("Pengadilan 'PN Atlantis' tidak dikenal");
    }

    @Test
    void should_list_the_calendar_with_names_and_refuse_years_without_data() {
        Http.Reply reply = documented("get", "/v1/calendar", http.get("/v1/calendar?from=2025-03-28&to=2025-04-08&court=PN%20Jepara"));

        assertThat(reply.status()).isEqualTo(200);
        // Fri 28 Mar cuti bersama (Nyepi), Mon 31 Mar and Tue 1 Apr Idul Fitri, 2-4 and 7 Apr cuti bersama.
        assertThat(reply.json().findValuesAsText("date")).contains("2025-03-28", "2025-03-31", "2025-04-01",
                "2025-04-02", "2025-04-07");
        assertThat(reply.json().get(0).get("kind").asText()).isEqualTo("CUTI_BERSAMA");

        Http.Reply beyond = documented("get", "/v1/calendar", http.get("/v1/calendar?from=2027-12-01&to=2028-01-31"));
        assertThat(beyond.status()).isEqualTo(400);
        assertThat(beyond.error().get("field").asText()).isEqualTo("to");
    }

    @Test
    void should_give_the_deadline_catalogue_in_the_contract_shape() {
        JsonNode catalogue = documented("get", "/v1/catalogue", http.get("/v1/catalogue")).json();

        assertThat(catalogue.get("count").asInt()).isEqualTo(catalogue.get("deadlines").size())
                .isEqualTo(Tenggat.indonesia().catalogue().entries().size());
        JsonNode first = catalogue.get("deadlines").get(0);
        // KUHAP Pasal 233 ayat (2): 7 days to ask for a criminal appeal.
        assertThat(first.get("id").asText()).isEqualTo("pidana.banding");
        assertThat(first.get("name").asText()).isEqualTo("Permintaan banding");
        assertThat(first.get("lengthEn").asText()).isEqualTo("7 calendar days");
        assertThat(documented("get", "/v1/schemas/catalogue.schema.json", http.get("/v1/schemas/catalogue.schema.json"))
                .json().get("title").asText()).isEqualTo("tenggat deadline catalogue");
        assertThat(documented("get", "/v1/catalogue", http.get("/v1/catalogue?lang=en")).status()).isEqualTo(400);
    }

    @Test
    void should_give_the_words_a_clerk_reads_in_both_languages() {
        JsonNode words = documented("get", "/v1/words", http.get("/v1/words")).json();

        assertThat(words.get("id").get("status").get("OPEN").asText()).isEqualTo("BERJALAN");
        assertThat(words.get("id").get("status").get("NOT_ENCODED").asText()).isEqualTo("TIDAK DIHITUNG");
        assertThat(words.get("en").get("party").get("TERGUGAT").asText()).isEqualTo("Defendant");
        assertThat(words.get("id").get("event").get("PUTUSAN_BANDING_DIBERITAHUKAN").asText())
                .isEqualTo("Putusan banding diberitahukan");
        for (String language : List.of("id", "en")) {
            assertThat(words.get(language).get("status").size()).isEqualTo(Status.values().length);
            assertThat(words.get(language).get("party").size()).isEqualTo(Party.values().length);
            assertThat(words.get(language).get("event").size()).isEqualTo(EventType.values().length);
        }
    }

    @Test
    void should_list_rules_health_and_metrics() {
        JsonNode rules = documented("get", "/v1/rules", http.get("/v1/rules")).json();
        assertThat(rules.get("count").asInt()).isEqualTo(Tenggat.indonesia().rules().size());
        // UU 20/1947 is in force since 24 Jun 1947: an open end is an absent validTo, not a word.
        assertThat(rules.get("rules")).filteredOn(r -> r.get("rule").asText().equals("perdata.banding.uu-20-1947"))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("validFrom").asText()).isEqualTo("1947-06-24");
                    assertThat(r.has("validTo")).isFalse();
                });
        // Each source with its kind: KUHAP's text on the Supreme Court's JDIH first, a law firm's page after it.
        assertThat(rules.get("rules"))
                .filteredOn(r -> r.get("rule").asText().equals("pidana.penahanan.penyidik.kuhap-1981"))
                .singleElement().satisfies(r -> assertThat(r.get("sources"))
                        .extracting(x -> x.get("kind").asText()).containsExactly("OFFICIAL", "SECONDARY"));

        JsonNode health = documented("get", "/health", http.get("/health")).json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("calendar").get("from").asText()).isEqualTo("2011-01-01");

        http.post("/v1/deadlines?asOf=2025-03-21", BANDING);
        Http.Reply metrics = documented("get", "/metrics", http.get("/metrics"));
        assertThat(metrics.body()).contains("tenggat_http_requests_seconds_bucket{")
                .contains("route=\"/v1/deadlines\"").contains("tenggat_cases_answered_total")
                // The scrape itself is in flight while it is answered (an earlier request may still be counted for an
                // instant after its reply has left).
                .containsPattern("(?m)^tenggat_http_requests_in_flight [1-9][0-9]*\\.0$");
    }

    @Test
    void should_list_every_court_of_the_registry_with_its_jurisdiction_zone_and_code() {
        JsonNode courts = documented("get", "/v1/courts", http.get("/v1/courts")).json().get("courts");

        assertThat(courts).hasSize(CourtRegistry.embedded().courts().size());
        JsonNode kalabahi = documented("get", "/v1/courts", http.get("/v1/courts?q=PENGADILAN%20NEGERI%20KALABAHI"))
                .json().get("courts");
        assertThat(kalabahi).hasSize(1);
        assertThat(kalabahi.get(0).get("name").asText()).isEqualTo("PN Kalabahi");
        assertThat(kalabahi.get(0).get("jurisdiction").asText()).isEqualTo("UMUM");
        assertThat(kalabahi.get(0).get("zone").asText()).isEqualTo("Asia/Makassar");
        assertThat(kalabahi.get(0).get("satkerCode").asText()).isEqualTo("400163");
        assertThat(documented("get", "/v1/courts", http.get("/v1/courts?q=97844")).json().get("courts")
                .findValuesAsText("name")).containsExactly("PN Jepara");
        assertThat(documented("get", "/v1/courts", http.get("/v1/courts?q=PA%20Negara")).json().get("courts")
                .findValuesAsText("name")).containsExactly("PA Negara", "PA Negara");

        Http.Reply unknown = documented("get", "/v1/courts", http.get("/v1/courts?q=PN%20Kalabahy"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.error().get("field").asText()).isEqualTo("q");
        assertThat(unknown.error().get("message").asText()).contains("nearest names").contains("PN Kalabahi");
    }

    @Test
    void should_take_any_name_or_code_of_a_court_and_name_the_parameter_when_it_fits_none_or_two() {
        // PN Jepara by its satker code and by SIPP's form: the same answer as by its short name.
        String byName = http.post("/v1/deadlines?asOf=2025-03-21&court=PN%20Jepara", BANDING.replace(
                "\"court\": \"PN Jepara\",", "")).body();
        assertThat(http.post("/v1/deadlines?asOf=2025-03-21&court=97844", BANDING.replace(
                "\"court\": \"PN Jepara\",", "")).body()).isEqualTo(byName);
        assertThat(http.get("/v1/calendar?from=2025-03-28&to=2025-04-08&court=PENGADILAN%20NEGERI%20JEPARA").status())
                .isEqualTo(200);

        Http.Reply ambiguous = documented("get", "/v1/calendar",
                http.get("/v1/calendar?from=2025-03-28&to=2025-04-08&court=PA%20Negara"));
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.error().get("field").asText()).isEqualTo("court");
        assertThat(ambiguous.error().get("message").asText()).contains("ambiguous").contains("Bali")
                .contains("Kalimantan Selatan");
        Http.Reply unknown = documented("post", "/v1/deadlines", http.post("/v1/deadlines?court=PN%20Jeparra", BANDING));
        assertThat(unknown.error().get("field").asText()).isEqualTo("court");
        assertThat(unknown.error().get("message").asText()).contains("nearest names").contains("PN Jepara");
    }

    @Test
    void should_validate_without_answering() {
        Http.Reply reply = documented("post", "/v1/check", http.post("/v1/check", "[" + BANDING + ", {\"caseType\": \"X\"}]"));

        assertThat(reply.json().get(0).get("valid").asBoolean()).isTrue();
        assertThat(reply.json().get(1).get("valid").asBoolean()).isFalse();
        assertThat(reply.json().get(1).get("errors").get(0).get("field").asText()).isEqualTo("caseType");
    }

    @Test
    void should_refuse_an_impossible_case_in_check_as_in_deadlines_with_the_same_errors() {
        // TERGUGAT notified on Fri 7 Mar 2025 of a judgment pronounced on Mon 10 Mar; a banding without its party
        // filed on 24 Mar, after the day asked about.
        String impossible = """
                {"caseType": "PERDATA", "court": "PN Jepara",
                 "events": [{"type": "PUTUSAN_DIBERITAHUKAN", "date": "2025-03-07", "party": "TERGUGAT"},
                            {"type": "PUTUSAN_DIUCAPKAN", "date": "2025-03-10"},
                            {"type": "PERMOHONAN_BANDING", "date": "2025-03-24"}]}""";

        Http.Reply check = documented("post", "/v1/check", http.post("/v1/check?asOf=2025-03-21", impossible));
        Http.Reply deadlines = http.post("/v1/deadlines?asOf=2025-03-21", impossible);

        assertThat(check.status()).isEqualTo(200);
        assertThat(check.json().get("valid").asBoolean()).isFalse();
        assertThat(deadlines.status()).isEqualTo(400);
        assertThat(deadlines.json().get("errors")).isEqualTo(check.json().get("errors"));
        assertThat(check.json().get("errors")).extracting(e -> e.get("field").asText() + ": " + e.get("message").asText())
                .containsExactly("events[0].date: PUTUSAN_DIBERITAHUKAN on 2025-03-07 is before PUTUSAN_DIUCAPKAN on "
                                + "2025-03-10 (events[1]): a judgment is notified only after it is pronounced",
                        "events[2].date: PERMOHONAN_BANDING is dated after the day asked about (2025-03-21): an answer "
                                + "cannot rest on an event that has not happened yet",
                        "events[2].party: PERMOHONAN_BANDING is the act of one party: name the party; without it the "
                                + "act would count for every party of the case");
    }

    @Test
    void should_check_the_court_as_deadlines_does() {
        String atlantis = "{\"caseType\": \"PERDATA\", \"court\": \"PN Atlantis\"}";

        Http.Reply check = documented("post", "/v1/check", http.post("/v1/check?asOf=2025-03-21", atlantis));
        Http.Reply deadlines = http.post("/v1/deadlines?asOf=2025-03-21", atlantis);

        assertThat(check.json().get("valid").asBoolean()).isFalse();
        assertThat(check.json().get("errors").get(0).get("field").asText()).isEqualTo("court");
        assertThat(check.json().get("errors").get(0).get("value").asText()).isEqualTo("PN Atlantis");
        assertThat(deadlines.json().get("errors")).isEqualTo(check.json().get("errors"));
    }

    @Test
    void should_send_no_cors_headers_unless_configured() {
        Http.Reply reply = http.send(http.request("/v1/courts").header("Origin", "http://sipp.pn-jepara.go.id").GET().build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void should_answer_unknown_paths_with_json() {
        Http.Reply reply = http.get("/v1/nothing");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().get("field").asText()).isEqualTo("path");
    }

    @Test
    void should_say_which_options_read_sipp_when_none_is_read() {
        Http.Reply reply = documented("get", "/v1/sipp/due", http.get("/v1/sipp/due?from=2025-03-21"));

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error().get("field").asText()).isEqualTo("path");
        assertThat(reply.error().get("message").asText()).isEqualTo("this service reads no SIPP database: start it"
                + " with --sipp-jdbc-url and --sipp-user, the password in TENGGAT_SIPP_PASSWORD or --sipp-password-file");
    }

    @Test
    void should_refuse_to_listen_beyond_loopback_without_a_key() {
        ServerSettings open = new ServerSettings("0.0.0.0", 0, null, List.of(), 1000, 10, 10, Duration.ofSeconds(5),
                Duration.ofSeconds(1));

        assertThatThrownBy(() -> TenggatService.start(open)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("API key");
    }
}
