package id.tenggat.cli;

import static id.tenggat.cli.Cli.run;
import static id.tenggat.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The text report of every sample case fits a terminal of 100 columns, in both languages. */
class TextReportWidthIT {

    @ParameterizedTest
    @CsvSource({
            "perdata-banding.json, id", "perdata-banding.json, en",
            "pidana-kasasi.json, id", "pidana-kasasi.json, en",
            "pidana-kuhap-2025.json, id", "pidana-kuhap-2025.json, en",
            "batch.jsonl, id", "batch.jsonl, en"})
    void every_line_of_a_sample_report_fits_100_columns(String file, String lang) {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-12-15", "--format", "text", "--lang", lang, sample(file));

        assertThat(run.out()).isNotBlank();
        int widest = run.out().lines().mapToInt(String::length).max().orElseThrow();
        assertThat(widest).as("the widest line of %s in %s", file, lang).isLessThanOrEqualTo(100);
    }

    @ParameterizedTest
    @CsvSource({"id, Pengadilan", "en, Court"})
    void a_court_target_names_the_court_as_its_party(String lang, String court) {
        // SEMA 2/2014: settling the first instance within five months is the court's own target.
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-03-21", "--format", "text", "--lang", lang,
                sample("perdata-banding.json"));

        assertThat(run.out().lines().filter(l -> l.startsWith("perdata.penyelesaian ")))
                .singleElement().satisfies(l -> assertThat(l.split(" +")[1]).isEqualTo(court));
        assertThat(run.out().lines().filter(l -> l.startsWith("perdata.banding ")))
                .allSatisfy(l -> assertThat(l).doesNotContain(court));
    }
}
