package id.tenggat.cli;

import static id.tenggat.cli.Cli.run;
import static id.tenggat.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.Tenggat;
import id.tenggat.engine.RuleCitation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtherCommandsIT {

    @Test
    void calendar_should_list_the_non_working_days_of_lebaran_2025() {
        Cli.Run run = run(null, "calendar", "--from", "2025-03-28", "--to", "2025-04-08", "--court", "PN Jepara");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEqualToIgnoringNewLines(
                "PN Jepara (Pengadilan Negeri Jepara, Jawa Tengah): zone Asia/Jakarta (WIB)");
        List<String> days = new ArrayList<>();
        run.json().forEach(d -> days.add(d.get("date").asText() + " " + d.get("kind").asText()));
        // SKB 2025: Nyepi 29 Mar with cuti bersama 28 Mar; Idul Fitri 31 Mar and 1 Apr, cuti bersama 2-4 and 7 Apr.
        assertThat(days).containsExactly("2025-03-28 CUTI_BERSAMA", "2025-03-29 NATIONAL_HOLIDAY",
                "2025-03-31 NATIONAL_HOLIDAY", "2025-04-01 NATIONAL_HOLIDAY", "2025-04-02 CUTI_BERSAMA",
                "2025-04-03 CUTI_BERSAMA", "2025-04-04 CUTI_BERSAMA", "2025-04-07 CUTI_BERSAMA");
        assertThat(run.json().get(0).get("source").asText()).startsWith("SKB");
        assertThat(run.json().get(0).get("name").asText()).contains("Nyepi");
    }

    @Test
    void calendar_should_answer_a_range_beyond_the_data_with_a_json_error_and_exit_1() {
        Cli.Run run = run(null, "calendar", "--from", "2027-12-01", "--to", "2028-01-31");

        assertThat(run.status()).isEqualTo(1);
        JsonNode error = run.json().get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("--to");
        assertThat(error.get("value").asText()).isEqualTo("2028-01-31");
        assertThat(error.get("message").asText()).contains("2027-12-31");
        assertThat(run.err()).contains("No official holiday data");
    }

    @Test
    void calendar_should_exit_2_when_the_range_is_backwards_or_incomplete() {
        assertThat(run(null, "calendar", "--from", "2025-04-08", "--to", "2025-03-28").status()).isEqualTo(2);
        assertThat(run(null, "calendar", "--from", "2025-04-08").status()).isEqualTo(2);
    }

    @Test
    void catalogue_should_print_every_id_as_json_in_the_contract_shape() {
        Cli.Run run = run(null, "catalogue");

        assertThat(run.status()).isZero();
        JsonNode json = run.json();
        Cli.conformsTo("catalogue.schema.json", json);
        assertThat(json.get("count").asInt()).isEqualTo(json.get("deadlines").size())
                .isEqualTo(Tenggat.indonesia().catalogue().entries().size());
        JsonNode banding = null;
        for (JsonNode d : json.get("deadlines")) {
            if (d.get("id").asText().equals("perdata.banding")) {
                banding = d;
            }
        }
        // UU 20/1947 Pasal 7 ayat (1): 14 days from the judgment pronounced in the party's presence, else notified.
        assertThat(banding).isNotNull();
        assertThat(banding.get("name").asText()).isEqualTo("Permohonan banding");
        assertThat(banding.get("nameEn").asText()).isEqualTo("Notice of appeal (banding)");
        assertThat(banding.get("length").asText()).isEqualTo("14 hari kalender");
        assertThat(banding.get("triggers").toString()).isEqualTo("[\"PUTUSAN_DIUCAPKAN\",\"PUTUSAN_DIBERITAHUKAN\"]");
        assertThat(banding.get("courtTarget").asBoolean()).isFalse();
    }

    @Test
    void catalogue_should_print_a_list_for_reading_within_100_columns_in_either_language() {
        Cli.Run id = run(null, "catalogue", "--format", "text");
        Cli.Run en = run(null, "catalogue", "--format", "text", "--lang", "en");

        assertThat(id.status()).isZero();
        assertThat(en.status()).isZero();
        assertThat(id.out()).contains("perdata.banding — Permohonan banding\n    Jangka waktu: 14 hari kalender\n"
                + "    Dihitung dari: Putusan diucapkan; Putusan diberitahukan\n"
                + "    Dasar hukum: UU 20/1947 Pasal 7 ayat (1); RBg Pasal 199\n");
        // SEMA 2/2014: five months for the first instance is the court's own target.
        assertThat(id.out()).contains("perdata.penyelesaian — Penyelesaian perkara perdata tingkat pertama\n"
                + "    Jangka waktu: 5 bulan, tanpa hari mediasi\n")
                .contains("    Target waktu pengadilan sendiri, bukan tenggat para pihak.");
        assertThat(en.out()).contains("perdata.banding — Notice of appeal (banding)\n    Length: 14 calendar days\n"
                + "    Runs from: Judgment pronounced; Judgment notified\n")
                .contains("    The court's own time target, not a party's deadline.");
        assertThat(id.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
        assertThat(en.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
        assertThat(run(null, "catalogue", "--format", "csv").status()).isEqualTo(2);
    }

    @Test
    void check_should_report_every_error_with_its_path_and_compute_nothing() {
        Cli.Run run = run(null, "check", sample("batch.jsonl"));

        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> checks = run.lines();
        assertThat(checks).extracting(c -> c.get("valid").asBoolean()).containsExactly(true, true, true, false);
        assertThat(checks.get(3).get("errors").get(0).get("field").asText()).isEqualTo("events[0].date");
        assertThat(checks.get(3).get("caseNumber").asText()).isEqualTo("5/Pdt.G/2025/PN Jpa");
        assertThat(run.out()).doesNotContain("deadlines");
    }

    @Test
    void check_should_report_several_errors_of_one_case() {
        String c = "{\"caseTipe\":\"PERDATA\",\"events\":[{\"type\":\"BANDING\",\"date\":\"2025-02-29\"}]}";

        Cli.Run run = run(c, "check");

        assertThat(run.status()).isEqualTo(1);
        List<String> fields = new ArrayList<>();
        run.json().get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactly("caseTipe", "events[0].type", "events[0].date", "caseType");
    }

    @Test
    void check_should_pass_the_samples() {
        assertThat(run(null, "check", sample("perdata-banding.json")).status()).isZero();
        assertThat(run(null, "check", sample("pidana-kasasi.json")).status()).isZero();
    }

    @Test
    void rules_should_report_every_rule_the_library_holds_in_process() {
        List<RuleCitation> inProcess = Tenggat.indonesia().rules();

        Cli.Run run = run(null, "rules");

        assertThat(run.status()).isZero();
        JsonNode inventory = run.json();
        assertThat(inProcess).isNotEmpty();
        assertThat(inventory.get("count").asInt()).isEqualTo(inProcess.size());
        List<String> names = new ArrayList<>();
        inventory.get("rules").forEach(r -> {
            names.add(r.get("rule").asText());
            assertThat(r.get("legalBasis").asText()).isNotBlank();
        });
        assertThat(names).containsExactlyElementsOf(inProcess.stream().map(RuleCitation::rule).toList());
        // UU 20/1947 is in force: no validTo. PERMA 2/2015 gave way to PERMA 4/2019 on 20 Aug 2019.
        assertThat(rule(inventory, "perdata.banding.uu-20-1947").toString()).contains("\"validFrom\":\"1947-06-24\"")
                .doesNotContain("validTo");
        assertThat(rule(inventory, "sederhana.syarat.nilai-gugatan.perma-2-2015").get("validTo").asText())
                .isEqualTo("2019-08-19");
        // Every source is classified; a rule of UU 20/1947 cites a blog, a public-service listing and the seed S4.
        inventory.get("rules").forEach(r -> assertThat(r.get("sources")).isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("kind").asText()).isIn("OFFICIAL", "SECONDARY", "SEED")));
        assertThat(rule(inventory, "perdata.banding.uu-20-1947").get("sources"))
                .extracting(s -> s.get("kind").asText()).containsExactly("SECONDARY", "SECONDARY", "SEED");
    }

    private static JsonNode rule(JsonNode inventory, String name) {
        for (JsonNode r : inventory.get("rules")) {
            if (r.get("rule").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + name);
    }

    @Test
    void every_subcommand_should_have_help_with_an_example() {
        for (String command : List.of("deadlines", "calendar", "check", "rules")) {
            Cli.Run run = run(null, command, "--help");
            assertThat(run.status()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Example", "java -jar tenggat-cli.jar " + command);
        }
        assertThat(run(null, "--help").out()).contains("deadlines", "calendar", "check", "rules");
        assertThat(run(null).status()).isEqualTo(2);
    }
}
