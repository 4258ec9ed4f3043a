package id.tenggat.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's table of event types lists every {@link EventType}, in declaration order, and nothing else. */
class EventTypeReadmeTest {

    @Test
    void readmeTableListsEveryEventType() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Event types"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<String> listed = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| [^|]+ \\| [^|]+ \\|$").matcher(section)
                .results().map(row -> row.group(1)).toList();

        assertThat(listed).containsExactlyElementsOf(Arrays.stream(EventType.values()).map(Enum::name).toList());
    }
}
