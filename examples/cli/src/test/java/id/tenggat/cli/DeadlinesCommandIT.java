package id.tenggat.cli;

import static id.tenggat.cli.Cli.conforming;
import static id.tenggat.cli.Cli.deadline;
import static id.tenggat.cli.Cli.run;
import static id.tenggat.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlinesCommandIT {

    @Test
    void should_answer_the_contract_example_case() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-03-21", sample("perdata-banding.json"));

        assertThat(run.status()).isZero();
        assertThat(run.err()).as("nothing but answers: no log lines").isEmpty();
        JsonNode answer = conforming(run.json());
        assertThat(answer.get("caseNumber").asText()).isEqualTo("12/Pdt.G/2025/PN Jpa");
        // Notified Mon 17 Mar 2025; day 14 is Mon 31 Mar (Idul Fitri); 1 Apr Idul Fitri, 2-4 and 7 Apr cuti
        // bersama, 5-6 Apr weekend: due Tue 8 Apr 2025, 18 calendar days after Fri 21 Mar.
        JsonNode tergugat = deadline(answer, "perdata.banding", "TERGUGAT");
        assertThat(tergugat.get("due").asText()).isEqualTo("2025-04-08");
        assertThat(tergugat.get("status").asText()).isEqualTo("OPEN");
        assertThat(tergugat.get("daysRemaining").asInt()).isEqualTo(18);
        // Working days after 21 Mar up to 8 Apr: 24, 25, 26, 27 Mar (28 Mar cuti bersama Nyepi) and 8 Apr.
        assertThat(tergugat.get("workingDaysRemaining").asInt()).isEqualTo(5);
        assertThat(tergugat.get("explanation").get(0).asText()).contains("17 Maret 2025");
        // Pronounced Mon 10 Mar with PENGGUGAT present: day 14 is Mon 24 Mar; the appeal of 20 Mar was in time.
        JsonNode penggugat = deadline(answer, "perdata.banding", "PENGGUGAT");
        assertThat(penggugat.get("status").asText()).isEqualTo("MET");
        assertThat(penggugat.get("due").asText()).isEqualTo("2025-03-24");
    }

    @Test
    void should_answer_criminal_kasasi_across_christmas_with_the_other_reading() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-12-15", sample("pidana-kasasi.json"));

        assertThat(run.status()).isZero();
        JsonNode answer = conforming(run.json());
        // TERDAKWA notified Thu 11 Dec 2025; counting from 12 Dec, day 14 is Thu 25 Dec (Christmas); 26 Dec cuti
        // bersama, 27-28 Dec weekend: due Mon 29 Dec 2025. Counting from the day itself (the other reading of
        // criminal-kasasi-start), day 14 is Wed 24 Dec, a working day.
        JsonNode terdakwa = deadline(answer, "pidana.kasasi", "TERDAKWA");
        assertThat(terdakwa.get("due").asText()).isEqualTo("2025-12-29");
        assertThat(terdakwa.get("policy").get("name").asText()).isEqualTo("criminal-kasasi-start");
        assertThat(terdakwa.get("policy").get("reading").asText()).isEqualTo("next-day");
        // With cuti bersama as working days (decision 0005): 25 Dec Christmas, Fri 26 Dec 2025.
        assertThat(terdakwa.get("alternatives")).extracting(a -> a.get("reading").asText() + "=" + a.get("due").asText())
                .containsExactly("same-day=2025-12-24", "working=2025-12-26");
        assertThat(terdakwa.get("alternatives").get(1).get("policy").asText()).isEqualTo("cuti-bersama");
        // PENUNTUT_UMUM notified Fri 12 Dec; day 14 is Fri 26 Dec (cuti bersama), 27-28 weekend: Mon 29 Dec.
        assertThat(deadline(answer, "pidana.kasasi", "PENUNTUT_UMUM").get("due").asText()).isEqualTo("2025-12-29");
    }

    @Test
    void should_report_the_detention_chain_and_its_violations() {
        String chain = """
                {"caseNumber": "5/Pid.B/2025/PN Jpa", "caseType": "PIDANA",
                 "events": [{"type": "PEMERIKSAAN_DIMULAI", "date": "2025-01-13"}],
                 "detentions": [
                   {"stage": "PN", "start": "2025-01-06", "days": 40, "extension": false, "issuedBy": "HAKIM_PN"}]}
                """;
        Cli.Run run = run(chain, "deadlines", "--as-of", "2025-02-01");

        assertThat(run.status()).isZero();
        JsonNode detention = conforming(run.json()).get("detention");
        // 40 days from Mon 6 Jan 2025, the first day counted: Jan 6..31 = 26 days, Feb 1..14 = 14 -> Fri 14 Feb.
        assertThat(detention.get("currentStage").asText()).isEqualTo("PN");
        assertThat(detention.get("currentEnd").asText()).isEqualTo("2025-02-14");
        assertThat(detention.get("lawful").asBoolean()).isFalse();
        // KUHAP Pasal 26 ayat (1): a judge's first order is at most 30 days.
        assertThat(detention.get("violations")).anySatisfy(v -> {
            assertThat(v.get("kind").asText()).isEqualTo("ORDER_TOO_LONG");
            assertThat(v.get("legalBasis").asText()).contains("Pasal 26");
        });
    }

    @Test
    void should_keep_every_fact_of_a_case_when_giving_it_the_court_option() {
        String child = """
                {"caseType": "ANAK", "defendant": {"ageAtOffence": 15, "maxPunishmentYears": 5, "repeatOffence": false}}
                """;
        Cli.Run run = run(child, "deadlines", "--as-of", "2025-06-02", "--court", "PN Jepara");

        assertThat(run.status()).isZero();
        // Age 15, offence punishable by 5 years, first offence: diversi must be attempted (UU 11/2012 Pasal 7);
        // detention is not allowed (Pasal 32 ayat (2): 7 years or more).
        JsonNode eligibility = conforming(run.json()).get("eligibility");
        assertThat(eligibility).anySatisfy(e -> {
            assertThat(e.get("id").asText()).isEqualTo("anak.diversi.syarat");
            assertThat(e.get("eligible").asBoolean()).isTrue();
        });
        assertThat(eligibility).anySatisfy(e -> {
            assertThat(e.get("id").asText()).isEqualTo("anak.penahanan.syarat");
            assertThat(e.get("eligible").asBoolean()).isFalse();
        });
    }

    @Test
    void should_explain_in_english_on_request() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-03-21", "--lang", "en", sample("perdata-banding.json"));

        JsonNode tergugat = deadline(conforming(run.json()), "perdata.banding", "TERGUGAT");
        assertThat(tergugat.get("explanation").get(0).asText()).contains("17 March 2025");
    }

    @Test
    void should_print_a_table_in_bahasa_indonesia_by_default_within_100_columns() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-03-21", "--format", "text", sample("perdata-banding.json"));

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("Perkara 12/Pdt.G/2025/PN Jpa — per Jumat, 21 Maret 2025\n");
        // PENGGUGAT appealed on 20 March, within the 14 days from the pronouncement in his presence on 10 March;
        // TERGUGAT, notified 17 March, has until Tue 8 April (day 14, Mon 31 March, falls in the Idul Fitri
        // holidays and cuti bersama of 31 March to 7 April). The status and legal basis wrap within their columns;
        // the court's own targets name the court as their party.
        assertThat(run.out()).contains("""
                TENGGAT                         PIHAK       BATAS AKHIR     STATUS            SISA  DASAR HUKUM
                                                                                              HARI
                perdata.banding                 Penggugat   Sen 24-03-2025  TERPENUHI         -     UU 20/1947 Pasal
                                                                                                    7 ayat (1)
                perdata.banding                 Tergugat    Sel 08-04-2025  BERJALAN          18    UU 20/1947 Pasal
                                                                                                    7 ayat (1)
                perdata.salinan_putusan         Pengadilan  Sel 08-04-2025  BERJALAN          18    Standar
                                                                                                    Pelayanan PN
                                                                                                    (S4) III.B.3.k
                                                                                                    jo. I.D.10
                perdata.kasasi                  Penggugat   -               MENUNGGU:         -     UU 14/1985 Pasal
                                                                            Putusan banding         46 ayat (1) dan
                                                                            diberitahukan           (2)
                perdata.kasasi                  Tergugat    -               MENUNGGU:         -     UU 14/1985 Pasal
                                                                            Putusan banding         46 ayat (1) dan
                                                                            diberitahukan           (2)
                perdata.penyelesaian            Pengadilan  -               TERTUTUP          -     SEMA 2/2014
                                                                                                    angka 1; PERMA
                                                                                                    1/2016
                perdata.penyelesaian_banding    Pengadilan  -               MENUNGGU:         -     SEMA 2/2014
                                                                            Perkara banding         angka 1
                                                                            didaftarkan di
                                                                            Pengadilan
                                                                            Tinggi
                perdata.pk                      Penggugat   -               MENUNGGU:         -     UU 14/1985 Pasal
                (pasal-67-huruf-c-d-f)                                      Putusan yang            67 dan Pasal 69
                                                                            berkekuatan
                                                                            hukum tetap
                                                                            diberitahukan
                perdata.pk                      Tergugat    -               MENUNGGU:         -     UU 14/1985 Pasal
                (pasal-67-huruf-c-d-f)                                      Putusan yang            67 dan Pasal 69
                                                                            berkekuatan
                                                                            hukum tetap
                                                                            diberitahukan
                Pengadilan: Target waktu pengadilan sendiri, bukan tenggat para pihak.

                Penjelasan perdata.banding — Permohonan banding (Penggugat):
                """);
        assertThat(run.out()).contains("Penjelasan perdata.banding — Permohonan banding (Tergugat):")
                .doesNotContainIgnoringCase("dikodekan");
        assertThat(run.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(100));
    }

    @Test
    void should_print_a_table_in_english_on_request() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-03-21", "--format", "text", "--lang", "en",
                sample("perdata-banding.json"));

        assertThat(run.out()).contains("Case 12/Pdt.G/2025/PN Jpa", "LEGAL BASIS");
        assertThat(run.out()).containsPattern("perdata\\.banding +Defendant +Tue 08-04-2025 +OPEN +18")
                .contains("Explanation perdata.banding — Notice of appeal (banding) (Defendant):");
    }

    @Test
    void should_answer_json_lines_with_json_lines_in_order_and_exit_1_for_a_bad_case() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-12-15", sample("batch.jsonl"));

        assertThat(run.status()).isEqualTo(1);
        List<JsonNode> answers = run.lines();
        answers.forEach(Cli::conforming);
        assertThat(answers).extracting(a -> a.get("caseNumber").asText()).containsExactly(
                "12/Pdt.G/2025/PN Jpa", "88/Pdt.G/2025/PN Grt", "321/Pid.B/2025/PN Dps", "5/Pdt.G/2025/PN Jpa");
        JsonNode error = answers.get(3).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("events[0].date");
        assertThat(error.get("value").asText()).isEqualTo("2025-02-30");
        assertThat(answers.get(3).get("deadlines")).isEmpty();
        // Pronounced Thu 11 Dec 2025 with both parties present: day 14 is Thu 25 Dec (Christmas), 26 Dec cuti
        // bersama, 27-28 Dec weekend: Mon 29 Dec 2025.
        assertThat(deadline(answers.get(1), "perdata.banding", "TERGUGAT").get("due").asText()).isEqualTo("2025-12-29");
    }

    @Test
    void should_answer_an_array_with_an_array() {
        String cases = "[{\"caseNumber\":\"a\",\"caseType\":\"PERDATA\"},{\"caseNumber\":\"b\",\"caseType\":\"PIDANA\"}]";

        Cli.Run run = run(cases, "deadlines", "--as-of", "2025-03-21");

        assertThat(run.status()).isZero();
        assertThat(run.json().isArray()).isTrue();
        run.json().forEach(Cli::conforming);
        assertThat(run.json()).extracting(a -> a.get("caseNumber").asText()).containsExactly("a", "b");
    }

    @Test
    void should_answer_bad_json_with_an_error_and_exit_1() {
        Cli.Run run = run("{\"caseType\": \"PERDATA\", ", "deadlines", "--as-of", "2025-03-21");

        assertThat(run.status()).isEqualTo(1);
        JsonNode error = conforming(run.json()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEmpty();
        assertThat(error.get("message").asText()).startsWith("not valid JSON");
    }

    @Test
    void should_name_unknown_fields_with_their_path() {
        String c = "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"SIDANG\",\"date\":\"2025-01-06\",\"partie\":\"TERGUGAT\"}]}";

        Cli.Run run = run(c, "deadlines", "--as-of", "2025-03-21");

        assertThat(run.status()).isEqualTo(1);
        JsonNode error = conforming(run.json()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("events[0].partie");
        assertThat(error.get("value").asText()).isEqualTo("TERGUGAT");
        assertThat(error.get("message").asText()).startsWith("unknown field");
    }

    @Test
    void should_name_an_invalid_date_with_its_path_and_value() {
        String c = "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-04-31\",\"party\":\"TERGUGAT\"}]}";

        Cli.Run run = run(c, "deadlines", "--as-of", "2025-03-21");

        assertThat(run.status()).isEqualTo(1);
        JsonNode error = conforming(run.json()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("events[0].date");
        assertThat(error.get("value").asText()).isEqualTo("2025-04-31");
    }

    @Test
    void should_answer_empty_batches_with_nothing() {
        Cli.Run array = run("[]", "deadlines", "--as-of", "2025-03-21");
        Cli.Run lines = run("", "deadlines", "--as-of", "2025-03-21");

        assertThat(array.status()).isZero();
        assertThat(array.out()).isEqualTo("[]\n");
        assertThat(lines.status()).isZero();
        assertThat(lines.out()).isEmpty();
    }

    @Test
    void should_report_a_due_date_beyond_the_calendar_as_out_of_coverage() {
        // Notified Tue 28 Dec 2027: day 14 is Tue 11 Jan 2028, where the calendar (2020-2027) has no data.
        String c = "{\"caseNumber\":\"9/Pdt.G/2027/PN Jpa\",\"caseType\":\"PERDATA\",\"court\":\"PN Jepara\","
                + "\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2027-12-28\",\"party\":\"TERGUGAT\"}]}";

        Cli.Run run = run(c, "deadlines", "--as-of", "2027-12-29");

        assertThat(run.status()).isZero();
        JsonNode tergugat = deadline(conforming(run.json()), "perdata.banding", "TERGUGAT");
        assertThat(tergugat.get("status").asText()).isEqualTo("OUT_OF_COVERAGE");
        assertThat(tergugat.has("due")).isFalse();
    }

    @Test
    void should_give_the_court_option_to_cases_that_name_none() {
        String c = "{\"caseType\":\"PERDATA\",\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-03-17\",\"party\":\"TERGUGAT\"}]}";

        Cli.Run run = run(c, "deadlines", "--as-of", "2025-03-21", "--court", "PN Jepara");

        assertThat(run.status()).isZero();
        assertThat(deadline(conforming(run.json()), "perdata.banding", "TERGUGAT").get("due").asText())
                .isEqualTo("2025-04-08");
    }

    @Test
    void should_exit_2_on_usage_errors_with_nothing_on_stdout() {
        Cli.Run badDate = run("{}", "deadlines", "--as-of", "21-03-2025");
        Cli.Run badCourt = run("{}", "deadlines", "--court", "PN Atlantis");
        Cli.Run badFile = run(null, "deadlines", "no-such-file.json");
        Cli.Run badOption = run(null, "deadlines", "--colour");

        assertThat(List.of(badDate, badCourt, badFile, badOption)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).isNotBlank();
        });
        assertThat(badCourt.err()).contains("--court: Unknown court 'PN Atlantis'");
    }

    @Test
    void should_say_what_a_bad_option_value_must_be_without_java_type_names() {
        Cli.Run badDate = run("{}", "deadlines", "--as-of", "2025-02-30");
        Cli.Run badLang = run("{}", "deadlines", "--lang", "xx");
        Cli.Run badFormat = run("{}", "deadlines", "--format", "foo");
        Cli.Run badNumber = run(null, "sipp", "--batch-size", "x", "--jdbc-url", "jdbc:x", "--user", "u", "--out", ".");

        assertThat(firstLine(badDate)).isEqualTo("Invalid value for option '--as-of': '2025-02-30' is not a date "
                + "yyyy-MM-dd that exists");
        assertThat(firstLine(badLang)).isEqualTo("Invalid value for option '--lang': expected one of [ID, EN] "
                + "(case-insensitive) but was 'xx'");
        assertThat(firstLine(badFormat)).isEqualTo("Invalid value for option '--format': expected one of "
                + "[JSON, TEXT, ICS] (case-insensitive) but was 'foo'");
        assertThat(firstLine(badNumber)).isEqualTo("Invalid value for option '--batch-size': 'x' is not a whole number");
        assertThat(List.of(badDate, badLang, badFormat, badNumber)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(2);
            assertThat(r.err()).doesNotContain("java.", "LocalDate", "Exception", "not an int");
        });
    }

    private static String firstLine(Cli.Run run) {
        return run.err().lines().findFirst().orElse("");
    }

    @Test
    void should_answer_ten_thousand_cases_in_order() {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            in.append("{\"caseNumber\":\"").append(i).append("/Pdt.G/2025/PN Jpa\",\"caseType\":\"PERDATA\",")
                    .append("\"court\":\"PN Jepara\",\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",\"date\":\"2025-03-17\",")
                    .append("\"party\":\"TERGUGAT\"}]}\n");
        }
        long start = System.nanoTime();

        Cli.Run run = run(in.toString(), "deadlines", "--as-of", "2025-03-21");

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("10,000 cases through the jar: " + millis + " ms");
        assertThat(run.status()).isZero();
        List<JsonNode> answers = run.lines();
        assertThat(answers).hasSize(10_000);
        for (int i = 0; i < answers.size(); i++) {
            assertThat(answers.get(i).get("caseNumber").asText()).isEqualTo(i + "/Pdt.G/2025/PN Jpa");
        }
        conforming(answers.get(0));
        conforming(answers.get(9_999));
        assertThat(deadline(answers.get(9_999), "perdata.banding", "TERGUGAT").get("due").asText()).isEqualTo("2025-04-08");
    }

    @Test
    void should_answer_as_of_today_in_the_courts_time_zone_by_default() {
        LocalDate before = LocalDate.now(ZoneId.of("Asia/Makassar"));

        Cli.Run run = run("{\"caseType\":\"PIDANA\",\"court\":\"PN Denpasar\"}", "deadlines", "--court", "PN Denpasar");

        LocalDate after = LocalDate.now(ZoneId.of("Asia/Makassar"));
        assertThat(run.status()).isZero();
        assertThat(LocalDate.parse(conforming(run.json()).get("asOf").asText())).isBetween(before, after);
    }

    @Test
    void should_show_help_with_an_example() {
        Cli.Run run = run(null, "deadlines", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("--as-of", "--lang", "--court", "--format", "--input", "Example",
                "perdata-banding.json", "3 input or output failed", "4 internal failure");
    }
}
