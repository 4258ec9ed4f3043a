package id.tenggat.cli;

import static id.tenggat.cli.Cli.conforming;
import static id.tenggat.cli.Cli.deadline;
import static id.tenggat.cli.Cli.run;
import static id.tenggat.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendar data dropped in with {@code --calendar FILE} and compared with {@code calendar diff}. The sample amendment
 * ({@code samples/idul-fitri-2027-amendment.json}) moves Idul Fitri 1448 H from Wed 10 to Thu 11 Mar 2027, with its
 * second day on Fri 12 Mar.
 */
class CalendarDataIT {
    private static final String AMENDMENT = sample("idul-fitri-2027-amendment.json");

    /** A civil case notified on Wed 24 Feb 2027: day 14 of the banding period is Wed 10 Mar 2027. */
    private static final String CASE = """
            { "caseNumber": "9/Pdt.G/2027/PN Jpa", "caseType": "PERDATA", "court": "PN Jepara",
              "events": [ { "type": "PUTUSAN_DIBERITAHUKAN", "date": "2027-02-24", "party": "TERGUGAT" } ] }
            """;

    @Test
    void deadlines_with_an_amendment_should_count_on_the_amended_calendar_and_say_so() {
        JsonNode embedded = conforming(run(CASE, "deadlines", "--as-of", "2027-03-01").json());
        JsonNode amended = conforming(run(CASE, "deadlines", "--as-of", "2027-03-01", "--calendar", AMENDMENT).json());

        // Decree: Wed 10 Mar is Idul Fitri, Thu 11 its second day, Fri 12 and Mon 15 cuti bersama: due Tue 16 Mar.
        assertThat(deadline(embedded, "perdata.banding", "TERGUGAT").get("due").asText()).isEqualTo("2027-03-16");
        // Amended: Wed 10 Mar is a working day, so the 14th day stands.
        assertThat(deadline(amended, "perdata.banding", "TERGUGAT").get("due").asText()).isEqualTo("2027-03-10");
        assertThat(amended.get("calendarVersion").asText()).startsWith("sha256:")
                .isNotEqualTo(embedded.get("calendarVersion").asText());
    }

    @Test
    void calendar_with_an_amendment_should_list_the_amended_days() {
        Cli.Run run = run(null, "calendar", "--from", "2027-03-08", "--to", "2027-03-16", "--calendar", AMENDMENT);

        assertThat(run.status()).isZero();
        List<String> days = new ArrayList<>();
        run.json().forEach(d -> days.add(d.get("date").asText() + " " + d.get("kind").asText()));
        // Mon 8 Mar is Nyepi; Idul Fitri's cuti bersama days (9, 12 and 15 Mar) stay as decreed.
        assertThat(days).containsExactly("2027-03-08 NATIONAL_HOLIDAY", "2027-03-09 CUTI_BERSAMA",
                "2027-03-11 NATIONAL_HOLIDAY",
                "2027-03-12 NATIONAL_HOLIDAY", "2027-03-12 CUTI_BERSAMA", "2027-03-15 CUTI_BERSAMA");
    }

    @Test
    void calendar_diff_should_list_the_days_the_amendment_changed() {
        Cli.Run run = run(null, "calendar", "diff", "embedded", AMENDMENT);

        assertThat(run.status()).isZero();
        JsonNode diff = run.json();
        assertThat(diff.get("older").get("data").asText()).isEqualTo("embedded");
        assertThat(diff.get("newer").get("calendarVersion").asText())
                .isNotEqualTo(diff.get("older").get("calendarVersion").asText());
        assertThat(diff.get("earliestChange").asText()).isEqualTo("2027-03-10");
        // Counted from the file: 10 Mar loses Idul Fitri and opens; 11 Mar changes name; 12 Mar gains a holiday.
        List<String> changes = new ArrayList<>();
        diff.get("changes").forEach(c -> changes.add(c.get("date").asText() + " " + c.get("change").asText() + " "
                + c.get("workingDayBefore").asText() + "->" + c.get("workingDayAfter").asText()));
        assertThat(changes).containsExactly("2027-03-10 REMOVED false->true", "2027-03-11 CHANGED false->false",
                "2027-03-12 CHANGED false->false");
        JsonNode removed = diff.get("changes").get(0);
        assertThat(removed.get("before").get(0).get("name").asText()).isEqualTo("Idulfitri 1448 Hijriah");
        assertThat(removed.get("after")).isEmpty();
    }

    @Test
    void a_bad_data_file_should_be_a_usage_error_naming_the_file_and_line(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                { "amendments": {
                    "added": [ { "date": "2027-13-01", "kind": "NATIONAL_HOLIDAY", "name": "x", "instrument": "y" } ] } }
                """);

        Cli.Run run = run(CASE, "deadlines", "--calendar", bad.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(bad + ":2: field 'amendments.added[0].date' is not an ISO date");
        assertThat(run(null, "calendar", "diff", "embedded", bad.toString()).status()).isEqualTo(2);
    }

    @Test
    void a_year_overlapping_the_embedded_data_should_be_refused_with_its_line(@TempDir Path dir) throws Exception {
        Path overlap = dir.resolve("2019.json");
        Files.writeString(overlap, """
                {
                  "years": [ { "year": 2019, "coverage": "CONFIRMED", "sources": [ { "instrument": "x" } ],
                               "days": [] } ] }
                """);

        Cli.Run run = run(null, "calendar", "--from", "2019-01-01", "--to", "2019-01-31", "--calendar",
                overlap.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains(overlap + ":2: field 'years[0].year' overlaps");
    }
}
