package id.tenggat.cli;

import static id.tenggat.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code check} refuses exactly what {@code deadlines} refuses, with the same errors. */
class ValidationIT {
    /**
     * A case that cannot be true: TERGUGAT notified on Fri 7 Mar 2025 of a judgment pronounced on Mon 10 Mar, an
     * appeal by the accused of a criminal case, dated after the day asked about, and a court no registry knows.
     */
    static final String IMPOSSIBLE = """
            {"caseNumber": "7/Pdt.G/2025/PN Jpa", "caseType": "PERDATA", "court": "PN Atlantis",
             "events": [{"type": "PUTUSAN_DIBERITAHUKAN", "date": "2025-03-07", "party": "TERGUGAT"},
                        {"type": "PUTUSAN_DIUCAPKAN", "date": "2025-03-10"},
                        {"type": "PERMOHONAN_BANDING", "date": "2025-03-24", "party": "TERDAKWA"}]}""";

    @Test
    void check_and_deadlines_should_refuse_an_impossible_case_with_the_same_errors() {
        Cli.Run check = run(IMPOSSIBLE, "check", "--as-of", "2025-03-21");
        Cli.Run deadlines = run(IMPOSSIBLE, "deadlines", "--as-of", "2025-03-21");

        assertThat(check.status()).isEqualTo(1);
        assertThat(deadlines.status()).isEqualTo(1);
        JsonNode errors = check.json().get("errors");
        assertThat(check.json().get("valid").asBoolean()).isFalse();
        assertThat(Cli.conforming(deadlines.json()).get("errors")).isEqualTo(errors);
        assertThat(deadlines.json().get("deadlines")).isEmpty();
        assertThat(errors).extracting(e -> e.get("field").asText() + " = " + e.get("value").asText())
                .containsExactly("events[0].date = 2025-03-07", "events[2].date = 2025-03-24",
                        "events[2].party = TERDAKWA", "court = PN Atlantis");
        assertThat(errors.get(0).get("message").asText()).isEqualTo("PUTUSAN_DIBERITAHUKAN on 2025-03-07 is before "
                + "PUTUSAN_DIUCAPKAN on 2025-03-10 (events[1]): a judgment is notified only after it is pronounced");
        assertThat(errors.get(1).get("message").asText()).isEqualTo("PERMOHONAN_BANDING is dated after the day asked "
                + "about (2025-03-21): an answer cannot rest on an event that has not happened yet");
        assertThat(errors.get(2).get("message").asText()).isEqualTo("TERDAKWA is not a party of a PERDATA case; its "
                + "parties are PENGGUGAT, TERGUGAT, TURUT_TERGUGAT, PEMOHON, TERMOHON");
    }

    @Test
    void errors_should_be_in_both_languages_in_json_and_in_the_language_of_the_text_report() {
        JsonNode first = run(IMPOSSIBLE, "deadlines", "--as-of", "2025-03-21").json().get("errors").get(0);
        Cli.Run indonesian = run(IMPOSSIBLE, "deadlines", "--as-of", "2025-03-21", "--format", "text");
        Cli.Run english = run(IMPOSSIBLE, "deadlines", "--as-of", "2025-03-21", "--format", "text", "--lang", "en");

        String id = "PUTUSAN_DIBERITAHUKAN pada 2025-03-07 mendahului PUTUSAN_DIUCAPKAN pada 2025-03-10 (events[1]): "
                + "putusan diberitahukan hanya setelah diucapkan";
        assertThat(first.get("messages").get("id").asText()).isEqualTo(id);
        assertThat(first.get("messages").get("en").asText()).isEqualTo(first.get("message").asText());
        // The report wraps long lines: compare without the line breaks and indents.
        assertThat(indonesian.out().replaceAll("\\s+", " ")).contains(id)
                .contains("Pengadilan 'PN Atlantis' tidak dikenal").doesNotContain("is not a party of");
        assertThat(english.out().replaceAll("\\s+", " ")).contains("a judgment is notified only after it is pronounced")
                .doesNotContain("mendahului");
    }

    @Test
    void check_should_give_the_court_of_the_command_line_to_cases_that_name_none_as_deadlines_does() {
        String noCourt = "{\"caseType\": \"PERDATA\", \"events\": [{\"type\": \"PUTUSAN_DIUCAPKAN\", \"date\": \"2025-03-10\"}]}";

        Cli.Run known = run(noCourt, "check", "--as-of", "2025-03-21", "--court", "PN Jepara");
        Cli.Run unknownCheck = run(noCourt, "check", "--as-of", "2025-03-21", "--court", "PN Atlantis");
        Cli.Run unknownDeadlines = run(noCourt, "deadlines", "--as-of", "2025-03-21", "--court", "PN Atlantis");

        assertThat(known.status()).isZero();
        assertThat(known.json().get("valid").asBoolean()).isTrue();
        assertThat(unknownCheck.status()).isEqualTo(2);
        assertThat(unknownDeadlines.status()).isEqualTo(2);
        assertThat(unknownCheck.err().lines().findFirst()).isEqualTo(unknownDeadlines.err().lines().findFirst())
                .hasValueSatisfying(line -> assertThat(line).startsWith("--court: "));
    }
}
