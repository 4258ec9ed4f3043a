package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.ics.DeadlineICalendar;
import id.tenggat.ics.DeadlineICalendar.Answered;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;

/**
 * The iCalendar file of answered cases, with the rules: one event per dated deadline and party, on the due day in
 * the court's zone during office hours, and one time zone per zone used.
 */
class DeadlineICalendarTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();
    private static final LocalDate AS_OF = LocalDate.of(2025, 3, 21);
    /** Civil banding: pronounced Mon 10 Mar 2025 with PENGGUGAT present, notified to TERGUGAT Mon 17 Mar. */
    private static final String JEPARA = "{\"caseNumber\":\"12/Pdt.G/2025/PN Jpa\",\"caseType\":\"PERDATA\","
            + "\"court\":\"PN Jepara\",\"events\":[{\"type\":\"PUTUSAN_DIUCAPKAN\",\"date\":\"2025-03-10\","
            + "\"partiesPresent\":[\"PENGGUGAT\"]},{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-03-17\","
            + "\"party\":\"TERGUGAT\"}]}";

    private final TenggatJson json = TenggatJson.create();

    private List<Answered> answered(String casesJson) {
        ReadResult read = json.read(casesJson);
        return Answered.of(TENGGAT, read, read.answer(TENGGAT, AS_OF));
    }

    private static VEvent event(Calendar calendar, String summary) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue().equals(summary))
                .findFirst().orElseThrow(() -> new AssertionError("no event " + summary));
    }

    @Test
    void should_place_each_dated_deadline_on_its_due_day_during_office_hours_in_the_courts_zone() {
        Calendar calendar = DeadlineICalendar.in(Language.ID).toCalendar(answered(JEPARA));

        // Notified Mon 17 Mar 2025; day 14 is Mon 31 Mar (Idul Fitri), then Idul Fitri and cuti bersama to Mon 7 Apr:
        // Tue 8 Apr 2025, from 08:00 to 16:30 in WIB.
        VEvent tergugat = event(calendar, "Batas akhir perdata.banding – TERGUGAT – 12/Pdt.G/2025/PN Jpa");
        ZonedDateTime start = (ZonedDateTime) tergugat.<Temporal>getStartDate().orElseThrow().getDate();
        ZonedDateTime end = (ZonedDateTime) tergugat.<Temporal>getEndDate().orElseThrow().getDate();
        assertThat(start.toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 4, 8, 8, 0));
        assertThat(end.toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 4, 8, 16, 30));
        assertThat(start.getZone().getId()).isEqualTo("Asia/Jakarta");
        assertThat(tergugat.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .startsWith("Dasar hukum: UU 20/1947 Pasal 7 ayat (1) (UU 20/1947)\n");
        // Pronounced Mon 10 Mar 2025 with PENGGUGAT present: day 14 is Mon 24 Mar, a working day.
        VEvent penggugat = event(calendar, "Batas akhir perdata.banding – PENGGUGAT – 12/Pdt.G/2025/PN Jpa");
        assertThat(((ZonedDateTime) penggugat.<Temporal>getStartDate().orElseThrow().getDate()).toLocalDate())
                .isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(tergugat.getProperty(Property.UID).orElseThrow().getValue())
                .isNotEqualTo(penggugat.getProperty(Property.UID).orElseThrow().getValue());
    }

    @Test
    void should_write_one_event_per_dated_deadline_and_one_time_zone_per_zone() {
        String denpasar = JEPARA.replace("PN Jepara", "PN Denpasar").replace("12/Pdt.G/2025/PN Jpa", "7/Pdt.G/2025/PN Dps");
        List<Answered> cases = answered("[" + JEPARA + "," + JEPARA + "," + denpasar + "]");

        Calendar calendar = DeadlineICalendar.in(Language.EN).toCalendar(cases);

        long dated = cases.stream().flatMap(c -> c.answer().deadlines().stream()).filter(d -> d.due() != null).count();
        assertThat(calendar.getComponents(Component.VEVENT)).hasSize((int) dated);
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE))
                .extracting(z -> z.getProperty(Property.TZID).orElseThrow().getValue())
                .containsExactly("Asia/Jakarta", "Asia/Makassar");
        VEvent bali = event(calendar, "Deadline perdata.banding – TERGUGAT – 7/Pdt.G/2025/PN Dps");
        assertThat(((ZonedDateTime) bali.<Temporal>getStartDate().orElseThrow().getDate()).getZone().getId())
                .isEqualTo("Asia/Makassar");
        assertThat(bali.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .startsWith("Legal basis: UU 20/1947 Pasal 7 ayat (1) (UU 20/1947)\n");
        // The same deadline of the same case keeps its UID, so that a re-import updates the event.
        List<VEvent> jepara = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()
                        .equals("Deadline perdata.banding – TERGUGAT – 12/Pdt.G/2025/PN Jpa")).toList();
        assertThat(jepara).hasSize(2);
        assertThat(jepara.get(0).getProperty(Property.UID)).isEqualTo(jepara.get(1).getProperty(Property.UID));
    }

    @Test
    void should_write_the_file_with_crlf_line_ends_and_flush_without_closing() {
        boolean[] closed = {false};
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        DeadlineICalendar.in(Language.ID).write(answered(JEPARA), out);

        assertThat(out.toString()).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("PRODID:-//tenggat//Tenggat waktu perkara//ID\r\n");
        assertThat(closed[0]).isFalse();
    }

    @Test
    void should_leave_out_cases_with_errors_and_refuse_answers_that_do_not_match_the_cases() {
        ReadResult read = json.read("[" + JEPARA + ",{\"caseType\":\"PERDATAA\"}]");
        List<CaseAnswer> answers = read.answer(TENGGAT, AS_OF);

        assertThat(Answered.of(TENGGAT, read, answers)).singleElement()
                .satisfies(a -> assertThat(a.answer().caseNumber()).isEqualTo("12/Pdt.G/2025/PN Jpa"));
        assertThatThrownBy(() -> Answered.of(TENGGAT, read, answers.subList(0, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("2 cases but 1 answers");
    }
}
