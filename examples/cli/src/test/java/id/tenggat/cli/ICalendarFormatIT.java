package id.tenggat.cli;

import static id.tenggat.cli.Cli.run;
import static id.tenggat.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

class ICalendarFormatIT {

    @Test
    void should_write_the_dated_deadlines_as_an_icalendar_file() throws Exception {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-03-21", "--format", "ics", sample("perdata-banding.json"));

        assertThat(run.status()).isZero();
        Calendar calendar = new CalendarBuilder().build(new StringReader(run.out()));
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        // The sample's dated deadlines: PENGGUGAT's banding (MET, due Mon 24 Mar 2025: 14 days from the
        // pronouncement of Mon 10 Mar), TERGUGAT's banding (due Tue 8 Apr 2025 across Lebaran) and the court's copy
        // of the judgment (8 Apr 2025); the others wait for an event and have no date.
        assertThat(events).extracting(e -> e.getProperty(Property.SUMMARY).orElseThrow().getValue()).containsExactly(
                "Batas akhir perdata.banding – PENGGUGAT – 12/Pdt.G/2025/PN Jpa",
                "Batas akhir perdata.banding – TERGUGAT – 12/Pdt.G/2025/PN Jpa",
                "Batas akhir perdata.salinan_putusan – pengadilan – 12/Pdt.G/2025/PN Jpa");
        assertThat(events).extracting(e -> LocalDate.from(e.<Temporal>getStartDate().orElseThrow().getDate()))
                .containsExactly(LocalDate.of(2025, 3, 24), LocalDate.of(2025, 4, 8), LocalDate.of(2025, 4, 8));
        DtStart<Temporal> start = events.get(1).getStartDate().orElseThrow();
        assertThat(start.getParameter(Parameter.TZID).orElseThrow().getValue()).isEqualTo("Asia/Jakarta");
    }
}
