package id.tenggat.server;

import static id.tenggat.server.Http.documented;
import static id.tenggat.server.ServiceApiTest.BANDING;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The .ics export read back with ical4j: one event per dated deadline and party, on the answer's dates. */
class ICalendarExportTest {
    static TenggatService service;
    static Http http;

    @BeforeAll
    static void start() throws InterruptedException {
        service = TenggatService.start(ServerSettings.local(0));
        assertThat(service.awaitReady(java.time.Duration.ofMinutes(3))).isTrue();
        http = new Http(service.port());
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void should_export_every_dated_deadline_on_its_date_in_the_courts_zone() throws Exception {
        JsonNode answer = http.post("/v1/deadlines?asOf=2025-03-21", BANDING).json();
        Http.Reply ics = documented("post", "/v1/deadlines.ics", http.post("/v1/deadlines.ics?asOf=2025-03-21", BANDING));

        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics.body()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        Map<String, String> dueBySummary = events.stream().collect(Collectors.toMap(
                e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue(),
                e -> LocalDate.from(e.<Temporal>getStartDate().orElseThrow().getDate()).toString()));
        int dated = 0;
        for (JsonNode d : answer.get("deadlines")) {
            if (d.has("due")) {
                dated++;
                String who = d.get("party").isNull() ? "pengadilan" : d.get("party").asText();
                assertThat(dueBySummary).containsEntry(
                        "Batas akhir " + d.get("id").asText() + " – " + who + " – 12/Pdt.G/2025/PN Jpa", d.get("due").asText());
            }
        }
        assertThat(events).hasSize(dated);

        VEvent tergugat = events.stream().filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                .equals("Batas akhir perdata.banding – TERGUGAT – 12/Pdt.G/2025/PN Jpa")).findFirst().orElseThrow();
        // PN Jepara is in WIB: Tuesday 8 April 2025 in Asia/Jakarta.
        DtStart<Temporal> start = tergugat.getStartDate().orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Asia/Jakarta");
        ZonedDateTime opens = (ZonedDateTime) start.getDate();
        assertThat(opens.toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(opens.getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        String description = tergugat.getProperty(Property.DESCRIPTION).orElseThrow().getValue();
        assertThat(description).contains("UU 20/1947 Pasal 7 ayat (1)").contains("Selasa, 8 April 2025");
        List<VAlarm> alarms = tergugat.getAlarms();
        assertThat(alarms).singleElement().satisfies(a ->
                assertThat(a.getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-P1D"));
    }

    @Test
    void should_place_a_bali_court_in_wita() throws Exception {
        String denpasar = BANDING.replace("PN Jepara", "PN Denpasar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(
                http.post("/v1/deadlines.ics?asOf=2025-03-21", denpasar).body()));

        VEvent first = (VEvent) calendar.getComponents(Component.VEVENT).get(0);
        DtStart<Temporal> start = first.getStartDate().orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Asia/Makassar");
        assertThat(((ZonedDateTime) start.getDate()).getOffset()).isEqualTo(ZoneOffset.ofHours(8));
    }

    @Test
    void should_answer_a_case_with_errors_as_json() {
        Http.Reply reply = documented("post", "/v1/deadlines.ics", http.post("/v1/deadlines.ics", "{\"caseType\": \"PERDATA\", \"x\": 1}"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("field").asText()).isEqualTo("x");
    }
}
