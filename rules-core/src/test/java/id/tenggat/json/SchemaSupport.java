package id.tenggat.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/** The published schemas, loaded from the class path, and an assertion that a document conforms. */
final class SchemaSupport {
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final JsonSchema CASE = schema("case.schema.json");
    static final JsonSchema ANSWER = schema("answer.schema.json");
    static final JsonSchema LAW_VALUES = schema("law-values.schema.json");
    static final JsonSchema CATALOGUE = schema("catalogue.schema.json");
    static final JsonSchema RULES = schema("rules.schema.json");

    private SchemaSupport() {
    }

    static JsonNode resource(String path) {
        try (InputStream in = SchemaSupport.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String path) {
        try (InputStream in = SchemaSupport.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema schema(String name) {
        JsonNode node = resource("/id/tenggat/schema/" + name);
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(node);
    }

    static void assertConforms(JsonSchema schema, JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        assertThat(messages).as("schema violations in %s", document).isEmpty();
    }
}
