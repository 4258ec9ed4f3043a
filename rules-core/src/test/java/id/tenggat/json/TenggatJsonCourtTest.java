package id.tenggat.json;

import static id.tenggat.json.SchemaSupport.ANSWER;
import static id.tenggat.json.SchemaSupport.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.calendar.Court;
import id.tenggat.calendar.CourtRegistry;
import id.tenggat.internal.CourtScope;
import id.tenggat.model.CaseType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The case-level {@code court} and {@code outOfScope} of an answer, as the answer schema describes them. */
class TenggatJsonCourtTest {
    private static final TenggatJson JSON = TenggatJson.create();

    @Test
    void court_isWrittenWithItsJurisdictionAndZone() {
        Court kalabahi = CourtRegistry.embedded().court("PN Kalabahi");
        ObjectNode o = JSON.toJson(kalabahi);
        assertThat(o.get("name").asText()).isEqualTo("PN Kalabahi");
        assertThat(o.get("fullName").asText()).isEqualTo("Pengadilan Negeri Kalabahi");
        assertThat(o.get("kind").asText()).isEqualTo("PN");
        assertThat(o.get("jurisdiction").asText()).isEqualTo("UMUM");
        assertThat(o.get("appellate").asBoolean()).isFalse();
        assertThat(o.get("highCourt").asText()).isEqualTo("PT Kupang");
        assertThat(o.get("zone").asText()).isEqualTo("Asia/Makassar");
        assertThat(o.get("zoneAbbreviation").asText()).isEqualTo("WITA");
        assertThat(o.get("satkerCode").asText()).isEqualTo(kalabahi.satkerCode());
    }

    @Test
    void outOfScopeAnswer_conformsToTheAnswerSchema() {
        Court dilmil = CourtRegistry.embedded().court("Dilmil III-19 Jayapura");
        CaseAnswer answer = CaseAnswer.outOfScope("1-K/PM.III-19/AD/I/2025", LocalDate.of(2025, 3, 21), dilmil,
                CourtScope.outOfScope(dilmil, CaseType.PIDANA).orElseThrow());
        ObjectNode o = JSON.toJson(answer, Language.ID);
        assertConforms(ANSWER, o);
        assertThat(o.get("deadlines")).isEmpty();
        assertThat(o.get("errors")).isEmpty();
        assertThat(o.get("court").get("jurisdiction").asText()).isEqualTo("MILITER");
        assertThat(o.get("outOfScope").get("jurisdiction").asText()).isEqualTo("MILITER");
        assertThat(o.get("outOfScope").get("explanation").get(0).asText())
                .startsWith("Perkara di Dilmil III-19 Jayapura (peradilan militer)");
    }

    @Test
    void appellateCourt_hasNoHighCourt() {
        ObjectNode o = JSON.toJson(CourtRegistry.embedded().court("PTA Jakarta"));
        assertThat(o.get("appellate").asBoolean()).isTrue();
        assertThat(o.has("highCourt")).isFalse();
    }
}
