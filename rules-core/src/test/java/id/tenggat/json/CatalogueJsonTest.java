package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.catalogue.DeadlineCatalogue;
import id.tenggat.model.EventType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue in the JSON contract's shape. */
class CatalogueJsonTest {

    @Test
    void writes_the_catalogue_as_its_schema_says() throws Exception {
        JsonNode json = SchemaSupport.MAPPER.readTree(TenggatJson.create().writeCatalogue(DeadlineCatalogue.embedded()));

        SchemaSupport.assertConforms(SchemaSupport.CATALOGUE, json);
        assertThat(json.get("count").asInt()).isEqualTo(json.get("deadlines").size())
                .isEqualTo(DeadlineCatalogue.embedded().entries().size());
        JsonNode kasasi = Stream.of(SchemaSupport.MAPPER.treeToValue(json.get("deadlines"), JsonNode[].class))
                .filter(d -> d.get("id").asText().equals("perdata.kasasi")).findFirst().orElseThrow();
        // UU 14/1985 Pasal 46: 14 days from the notice of the appeal judgment.
        assertThat(kasasi.get("name").asText()).isEqualTo("Permohonan kasasi");
        assertThat(kasasi.get("lengthEn").asText()).isEqualTo("14 calendar days");
        assertThat(kasasi.get("triggers").get(0).asText()).isEqualTo(EventType.PUTUSAN_BANDING_DIBERITAHUKAN.name());
        assertThat(kasasi.get("courtTarget").asBoolean()).isFalse();
        assertThat(kasasi.get("kind").asText()).isEqualTo("PERIOD");
    }
}
