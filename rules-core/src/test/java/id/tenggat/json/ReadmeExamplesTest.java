package id.tenggat.json;

import static id.tenggat.json.SchemaSupport.ANSWER;
import static id.tenggat.json.SchemaSupport.CASE;
import static id.tenggat.json.SchemaSupport.CATALOGUE;
import static id.tenggat.json.SchemaSupport.LAW_VALUES;
import static id.tenggat.json.SchemaSupport.MAPPER;
import static id.tenggat.json.SchemaSupport.assertConforms;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every JSON example in the project README conforms to the published schema it shows: a case, an answer, law values or the catalogue. */
class ReadmeExamplesTest {
    private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    @Test
    void should_validate_every_json_example_of_the_readme() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        List<JsonNode> examples = new ArrayList<>();
        Matcher m = JSON_BLOCK.matcher(readme);
        while (m.find()) {
            examples.add(MAPPER.readTree(m.group(1)));
        }

        assertThat(examples).as("JSON examples in README.md").hasSizeGreaterThanOrEqualTo(2);
        for (JsonNode example : examples) {
            assertConforms(example.has("count") ? CATALOGUE : example.has("deadlines") ? ANSWER
                    : example.has("values") ? LAW_VALUES : CASE, example);
        }
    }
}
