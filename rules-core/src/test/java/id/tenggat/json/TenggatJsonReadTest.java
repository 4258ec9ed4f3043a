package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import id.tenggat.answer.FieldError;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.Party;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TenggatJsonReadTest {
    private final TenggatJson json = TenggatJson.create();

    @Test
    void should_read_the_contract_example_case() {
        ReadResult read = json.read(SchemaSupport.text("/json/contract-case.json"));

        assertThat(read.shape()).isEqualTo(InputShape.OBJECT);
        assertThat(read.ok()).isTrue();
        CourtCase c = read.cases().get(0).courtCase();
        assertThat(c.caseNumber()).isEqualTo("12/Pdt.G/2025/PN Jpa");
        assertThat(c.caseType()).isEqualTo(CaseType.PERDATA);
        assertThat(c.court()).isEqualTo("PN Jepara");
        assertThat(c.events()).hasSize(3);
        assertThat(c.events().get(0).partiesPresent()).containsExactly(Party.PENGGUGAT);
        assertThat(c.events().get(1).party()).isEqualTo(Party.TERGUGAT);
        assertThat(c.events().get(1).date()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(c.detentions().get(0).stage()).isEqualTo(DetentionStage.PN);
        assertThat(c.detentions().get(0).days()).isEqualTo(30);
        assertThat(c.claim().value()).isEqualTo(BigInteger.valueOf(350_000_000));
    }

    @Test
    void should_read_a_stream_as_utf8() {
        byte[] bytes = "{\"caseNumber\":\"1/Pid.B/2025/PN Dps\",\"caseType\":\"PIDANA\"}".getBytes(StandardCharsets.UTF_8);

        ReadResult read = json.read(new ByteArrayInputStream(bytes));

        assertThat(read.cases()).singleElement().satisfies(p -> assertThat(p.caseNumber()).isEqualTo("1/Pid.B/2025/PN Dps"));
    }

    @Test
    void should_name_an_unknown_field_with_its_path_at_every_level() {
        ReadResult read = json.read("""
                {"caseType":"PERDATA","cortu":"PN Jepara",
                 "events":[{"type":"SIDANG","date":"2025-01-06"},{"type":"SIDANG","date":"2025-01-07","partie":"TERGUGAT"}]}
                """);

        assertThat(read.cases().get(0).errors()).extracting(FieldError::field, FieldError::value)
                .containsExactly(tuple("cortu", "PN Jepara"), tuple("events[1].partie", "TERGUGAT"));
        assertThat(read.cases().get(0).errors().get(0).message()).startsWith("unknown field").contains("court");
    }

    @Test
    void should_name_an_invalid_date_an_unknown_enum_and_a_wrong_type_with_path_and_value() {
        ReadResult read = json.read("""
                {"caseNumber":"7/Pdt.G/2025/PN Jpa","caseType":"PERDATAA","electronic":"no",
                 "events":[{"type":"PUTUSAN_DIUCAPKAN","date":"2025-02-30"},{"type":"BANDING","date":"17-03-2025"}],
                 "detentions":[{"stage":"PN","start":"2025-01-06","days":30.5}]}
                """);

        ParsedCase p = read.cases().get(0);
        assertThat(p.ok()).isFalse();
        assertThat(p.caseNumber()).isEqualTo("7/Pdt.G/2025/PN Jpa");
        assertThat(p.errors()).extracting(FieldError::field, FieldError::value).containsExactly(
                tuple("caseType", "PERDATAA"),
                tuple("electronic", "no"),
                tuple("events[0].date", "2025-02-30"),
                tuple("events[1].type", "BANDING"),
                tuple("events[1].date", "17-03-2025"),
                tuple("detentions[0].days", "30.5"));
        assertThat(p.errors().get(0).message()).isEqualTo(
                "must be a case type, one of PIDANA, PERDATA, ANAK, GUGATAN_SEDERHANA, LAYANAN (did you mean PERDATA?)");
    }

    @Test
    void should_report_missing_required_fields_from_the_model_constraints() {
        ReadResult read = json.read("{\"events\":[{\"type\":\"SIDANG\"}]}");

        assertThat(read.cases().get(0).errors()).extracting(FieldError::field)
                .containsExactly("events[0].date", "caseType");
        assertThat(read.cases().get(0).errors().get(1).message()).isEqualTo("required field is missing");
    }

    @Test
    void should_keep_every_case_of_an_array_in_place_when_one_is_bad() {
        ReadResult read = json.read("""
                [{"caseNumber":"a","caseType":"PIDANA"},
                 {"caseNumber":"b","caseType":"PIDANA","events":[{"type":"SIDANG","date":"2025-13-01"}]},
                 42,
                 {"caseNumber":"d","caseType":"PERDATA"}]
                """);

        assertThat(read.shape()).isEqualTo(InputShape.ARRAY);
        assertThat(read.cases()).extracting(ParsedCase::index, ParsedCase::caseNumber, ParsedCase::ok).containsExactly(
                tuple(0, "a", true), tuple(1, "b", false), tuple(2, null, false), tuple(3, "d", true));
        assertThat(read.invalid()).extracting(p -> p.errors().get(0).field()).containsExactly("events[0].date", "");
        assertThat(read.cases().get(2).errors().get(0).message()).isEqualTo("must be a JSON object");
    }

    @Test
    void should_read_json_lines_and_keep_a_broken_line_in_place() {
        ReadResult read = json.read("""
                {"caseNumber":"a","caseType":"PIDANA"}

                {"caseNumber":"b","caseType":"PIDANA"
                {"caseNumber":"c","caseType":"PERDATA"}
                """);

        assertThat(read.shape()).isEqualTo(InputShape.LINES);
        assertThat(read.cases()).extracting(ParsedCase::caseNumber, ParsedCase::ok)
                .containsExactly(tuple("a", true), tuple(null, false), tuple("c", true));
        FieldError syntax = read.cases().get(1).errors().get(0);
        assertThat(syntax.field()).isEmpty();
        assertThat(syntax.value()).startsWith("line 3,");
        assertThat(syntax.message()).startsWith("not valid JSON");
    }

    @Test
    void should_read_a_pretty_printed_object_as_one_case() {
        ReadResult read = json.read("{\n  \"caseType\": \"PIDANA\",\n  \"electronic\": true\n}\n");

        assertThat(read.shape()).isEqualTo(InputShape.OBJECT);
        assertThat(read.cases()).singleElement().satisfies(p -> assertThat(p.courtCase().electronic()).isTrue());
    }

    @Test
    void should_read_blank_input_and_an_empty_array_as_empty_batches() {
        assertThat(json.read(" \n").cases()).isEmpty();
        assertThat(json.read(" \n").shape()).isEqualTo(InputShape.LINES);
        assertThat(json.read("[]").cases()).isEmpty();
        assertThat(json.read("[]").shape()).isEqualTo(InputShape.ARRAY);
    }

    @Test
    void should_read_the_elements_before_a_syntax_error_and_end_the_array_with_the_error() {
        ReadResult read = json.read("[{\"caseType\":\"PIDANA\"},");

        assertThat(read.cases()).extracting(ParsedCase::ok).containsExactly(true, false);
        assertThat(read.cases().get(1).errors().get(0).message()).startsWith("not valid JSON");
        assertThat(json.read("caseType: PIDANA").cases().get(0).errors().get(0).value()).startsWith("line 1");
    }

    @Test
    void should_reject_a_duplicate_field() {
        ReadResult read = json.read("{\"caseType\":\"PIDANA\",\"caseType\":\"PERDATA\"}");

        assertThat(read.cases().get(0).errors().get(0).message()).contains("Duplicate field 'caseType'");
    }

    @Test
    void should_reject_parties_present_on_an_event_other_than_a_pronouncement() {
        ReadResult read = json.read("""
                {"caseType":"PERDATA","events":[{"type":"SIDANG","date":"2025-01-06","partiesPresent":["TERGUGAT"]}]}
                """);

        assertThat(read.cases().get(0).errors()).extracting(FieldError::field).containsExactly("events[0].partiesPresent");
    }

    @Test
    void should_quote_a_long_bad_value_by_its_first_80_characters_and_its_length() {
        String caseType = "P".repeat(5_000);
        String megabyte = "x".repeat(1_000_000);
        ReadResult read = json.read("{\"caseType\":\"" + caseType + "\",\"note\":\"" + megabyte
                + "\",\"events\":[{\"type\":\"SIDANG\",\"date\":\"" + megabyte + "\"}]}");

        assertThat(read.cases().get(0).errors()).extracting(FieldError::field, FieldError::value).containsExactly(
                tuple("caseType", "P".repeat(80) + "... (5000 characters)"),
                tuple("note", "x".repeat(80) + "... (1000000 characters)"),
                tuple("events[0].date", "x".repeat(80) + "... (1000000 characters)"));
        assertThat(read.cases().get(0).errors()).allSatisfy(e -> assertThat(e.message()).hasSizeLessThan(200));
    }

    @Test
    void should_name_the_allowed_values_of_every_enum_in_words_and_suggest_the_nearest() {
        ReadResult read = json.read("""
                {"caseType":"PIDANA","parties":["TERDAKWAH"],
                 "events":[{"type":"PUTUSAN_DIUCAPKN","date":"2025-01-06","verdict":"BEBASS","partiesPresent":["X"]},
                           {"type":"BANDING","date":"2025-01-07","party":1}],
                 "detentions":[{"stage":"PNN","start":"2025-01-06","days":30,"issuedBy":"ketua_pn","ground":"MEDICAL"}],
                 "claim":{"value":1,"basis":"WANPRESTASIE"},
                 "defendant":{"chargeForm":"TUNGGAL"}}
                """);

        String parties = "PENGGUGAT, TERGUGAT, TURUT_TERGUGAT, PEMOHON, TERMOHON, TERDAKWA, PENUNTUT_UMUM";
        assertThat(read.cases().get(0).errors()).extracting(FieldError::field, FieldError::value, FieldError::message)
                .containsExactly(
                        tuple("parties[0]", "TERDAKWAH", "must be a party, one of " + parties + " (did you mean TERDAKWA?)"),
                        // 1 letter from PUTUSAN_DIUCAPKAN; the 44 are not listed
                        tuple("events[0].type", "PUTUSAN_DIUCAPKN",
                                "must be one of the 44 event types (did you mean PUTUSAN_DIUCAPKAN?)"),
                        tuple("events[0].verdict", "BEBASS",
                                "must be a verdict, one of PEMIDANAAN, BEBAS, LEPAS (did you mean BEBAS?)"),
                        // a one-letter value may be one letter away at most: no party is
                        tuple("events[0].partiesPresent[0]", "X", "must be a party, one of " + parties),
                        // no event type is within 2 letters of BANDING: the first three are examples
                        tuple("events[1].type", "BANDING", "must be one of the 44 event types, such as "
                                + "PERKARA_DIDAFTARKAN, PERKARA_DILIMPAHKAN, PEMERIKSAAN_DIMULAI"),
                        tuple("events[1].party", "1", "must be a party, one of " + parties),
                        tuple("detentions[0].stage", "PNN",
                                "must be a detention stage, one of PENYIDIK, PENUNTUT_UMUM, PN, PT, MA (did you mean PN?)"),
                        // the case of the letters is ignored in the suggestion, not in the value
                        tuple("detentions[0].issuedBy", "ketua_pn", "must be an official, one of PENYIDIK, PENUNTUT_UMUM, "
                                + "HAKIM_PN, KETUA_PN, HAKIM_PT, KETUA_PT, HAKIM_MA, KETUA_MA, MAHKAMAH_AGUNG (did you mean KETUA_PN?)"),
                        tuple("detentions[0].ground", "MEDICAL",
                                "must be an exceptional ground, one of MEDICAL_CERTIFICATE, NINE_YEARS_OR_MORE"),
                        tuple("claim.basis", "WANPRESTASIE", "must be a claim basis, one of WANPRESTASI, "
                                + "PERBUATAN_MELAWAN_HUKUM, LAINNYA (did you mean WANPRESTASI?)"),
                        tuple("defendant.chargeForm", "TUNGGAL",
                                "must be a form of charge, one of SINGLE, SUBSIDIARY, ALTERNATIVE, CUMULATIVE, COMBINED"));
    }
}
