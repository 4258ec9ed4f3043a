package id.tenggat.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reader enforces the published schemas: every file it accepts conforms to them, and what the schemas refuse
 * it refuses too. It is stricter where a schema cannot say enough (a real calendar date, a repeated day).
 */
class CalendarSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(m -> m.mapPrefix("https://tenggat.id/schema/",
                    "classpath:id/tenggat/calendar/data/")));
    private static final JsonSchema YEAR = FACTORY.getSchema(json("/id/tenggat/calendar/data/holiday-year.schema.json"));
    private static final JsonSchema OVERLAY =
            FACTORY.getSchema(json("/id/tenggat/calendar/data/calendar-overlay.schema.json"));

    private static JsonNode json(String resource) {
        try (InputStream in = CalendarSchemaTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }

    @Test
    void everyEmbeddedYearFile_conformsToTheYearSchema() {
        for (int year = 2011; year <= 2027; year++) {
            assertThat(YEAR.validate(json("/id/tenggat/calendar/data/national/" + year + ".json")))
                    .as("schema violations in " + year + ".json").isEmpty();
        }
    }

    @Test
    void dropInsTheReaderAccepts_conformToTheOverlaySchema() {
        for (String name : new String[] {"idul-fitri-2027-moved.json", "overlap-2025.json"}) {
            assertThat(OVERLAY.validate(json("/dropin/" + name))).as(name).isEmpty();
            CalendarOverlay.fromJson(CalendarSchemaTest.class.getResourceAsStream("/dropin/" + name), name);
        }
        assertThat(OVERLAY.validate(json("/id/tenggat/calendar/data/courts/bali-2025.json"))).isEmpty();
    }

    @Test
    void whatTheSchemaRefuses_theReaderRefuses() {
        String[] refused = {
            "{ \"closure\": [] }",
            "{ \"amendments\": { \"added\": [ { \"date\": \"2027-01-04\", \"kind\": \"HOLIDAY\", \"name\": \"x\", \"instrument\": \"y\" } ] } }",
            "{ \"years\": [ { \"year\": 2028, \"coverage\": \"CONFIRMED\", \"sources\": [], \"days\": [] } ] }",
            "{ \"years\": [ { \"year\": 2028, \"replace\": \"yes\", \"coverage\": \"CONFIRMED\", \"sources\": [ { \"instrument\": \"x\" } ], \"days\": [] } ] }",
        };
        for (String text : refused) {
            assertThat(OVERLAY.validate(read(text))).as(text).isNotEmpty();
            assertThatThrownBy(() -> CalendarOverlay.fromJson(
                    new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.json"))
                    .as(text).isInstanceOf(CalendarDataException.class);
        }
    }

    @Test
    void theReaderIsStricterThanTheSchema_onDatesAndRepeatedDays() {
        // 30 February matches the schema's date pattern, and a repeated day is valid JSON of the right shape.
        for (String name : new String[] {"bad-date.json", "duplicate-day.json"}) {
            assertThat(OVERLAY.validate(json("/dropin/" + name))).as(name).isEmpty();
            assertThatThrownBy(() -> CalendarOverlay.fromJson(
                    CalendarSchemaTest.class.getResourceAsStream("/dropin/" + name), name))
                    .isInstanceOf(CalendarDataException.class).hasMessageStartingWith(name + ":");
        }
    }

    private static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
