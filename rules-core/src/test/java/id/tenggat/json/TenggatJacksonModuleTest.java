package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tenggat.Versions;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A plain ObjectMapper with the module reads and writes the contract's shapes, not the records' own. */
class TenggatJacksonModuleTest {
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new TenggatJacksonModule());

    /** What an application's request body might look like: the case inside its own object. */
    record Request(String requestedBy, CourtCase courtCase) {
    }

    @Test
    void readsTheContractCase() throws Exception {
        CourtCase read = mapper.readValue(SchemaSupport.text("/json/contract-case.json"), CourtCase.class);

        assertThat(read.caseNumber()).isEqualTo("12/Pdt.G/2025/PN Jpa");
        assertThat(read.caseType()).isEqualTo(CaseType.PERDATA);
        assertThat(read.court()).isEqualTo("PN Jepara");
        assertThat(read.events()).hasSize(3);
        assertThat(read.events().get(1).type()).isEqualTo(EventType.PUTUSAN_DIBERITAHUKAN);
        assertThat(read.events().get(1).date()).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(read.events().get(1).party()).isEqualTo(Party.TERGUGAT);
    }

    @Test
    void readsACaseNestedInAnApplicationsOwnObject() throws Exception {
        Request request = mapper.readValue("""
                {"requestedBy": "panitera", "courtCase": {"caseType": "PIDANA",
                 "events": [{"type": "PUTUSAN_DIUCAPKAN", "date": "2025-03-10"}]}}""", Request.class);

        assertThat(request.requestedBy()).isEqualTo("panitera");
        assertThat(request.courtCase().caseType()).isEqualTo(CaseType.PIDANA);
        assertThat(request.courtCase().events().get(0).date()).isEqualTo(LocalDate.of(2025, 3, 10));
    }

    @Test
    void aBadCaseFailsNamingEveryFieldAndValue() {
        String bad = """
                {"caseNumber": "7/Pdt.G/2025/PN Jpa", "caseType": "PERDATA",
                 "events": [{"type": "PUTUSAN_DIBERITAHUKAN", "date": "2025-02-30"}], "colour": "red"}""";

        assertThatThrownBy(() -> mapper.readValue(bad, CourtCase.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("events[0].date").hasMessageContaining("2025-02-30")
                .hasMessageContaining("colour")
                .cause().isInstanceOfSatisfying(InvalidCaseException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).contains("events[0].date", "colour"));
    }

    @Test
    void writesAnAnswerInTheContractShape() {
        CaseAnswer answer = CaseAnswer.invalid("7/Pdt.G/2025/PN Jpa", LocalDate.of(2025, 3, 21),
                List.of(new FieldError("caseType", null, "must not be null", "tidak boleh null")));

        JsonNode written = mapper.valueToTree(answer);

        SchemaSupport.assertConforms(SchemaSupport.ANSWER, written);
        assertThat(written.path("asOf").textValue()).isEqualTo("2025-03-21");
        assertThat(written.path("errors").get(0).path("field").textValue()).isEqualTo("caseType");
        assertThat(written.path("libraryVersion").textValue()).isEqualTo(Versions.library());
        assertThat(written.has("ok")).as("the record's accessor ok() is not part of the contract").isFalse();
    }
}
