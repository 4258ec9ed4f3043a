package id.tenggat.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a court registry file ({@code court-registry.schema.json}): the registry embedded in the library or a
 * deployment's file of added and corrected courts. A deployment's file is validated against the schema first, so
 * that an error names the file, the entry and the field.
 */
final class CourtReader {

    private static final String SCHEMA = "data/court-registry.schema.json";
    private static final String EMBEDDED_OVERLAYS = "data/courts/";
    private static final Pattern ENTRY = Pattern.compile("courts\\[(\\d+)]");

    private final String file;
    private final Path directory;
    private final Map<String, CalendarOverlay> overlays = new HashMap<>();

    private CourtReader(String file, Path directory) {
        this.file = file;
        this.directory = directory;
    }

    /**
     * Reads the courts of a registry file, in file order.
     *
     * @param in  the JSON, closed when read
     * @param file  the file's name, for error messages
     * @param directory  where overlays named by a relative path are looked for, or null for embedded data only
     * @param validate  whether to validate against the schema (the embedded registry is validated by its tests)
     */
    static List<Court> read(InputStream in, String file, Path directory, boolean validate) {
        CourtReader reader = new CourtReader(file, directory);
        JsonNode root = DataReader.parse(in, file);
        if (validate) {
            reader.validate(root);
        }
        List<Court> courts = new ArrayList<>();
        JsonNode entries = root.path("courts");
        for (int i = 0; i < entries.size(); i++) {
            courts.add(reader.court(entries.get(i), i));
        }
        return courts;
    }

    /** The message prefix that names the file and an entry. */
    static String entry(String file, int index, String name) {
        return file + ": courts[" + index + "] ('" + name + "')";
    }

    private void validate(JsonNode root) {
        List<ValidationMessage> problems = Schema.REGISTRY.validate(root).stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage)).toList();
        if (!problems.isEmpty()) {
            throw new CalendarDataException(problems.stream().map(p -> where(root, p) + ": " + p.getMessage())
                    .collect(Collectors.joining("; ")));
        }
    }

    /** The file and, where the problem is inside one, the entry with its name. */
    private String where(JsonNode root, ValidationMessage problem) {
        Matcher m = ENTRY.matcher(String.valueOf(problem.getInstanceLocation()));
        if (!m.find()) {
            return file;
        }
        int index = Integer.parseInt(m.group(1));
        return entry(file, index, root.path("courts").path(index).path("name").asText("?"));
    }

    private Court court(JsonNode node, int index) {
        String name = node.path("name").asText();
        JsonNode hours = node.get("officeHours");
        List<CalendarOverlay> closures = new ArrayList<>();
        for (JsonNode overlay : node.path("overlays")) {
            closures.add(overlay(overlay.asText(), index, name));
        }
        return new Court(name, node.path("fullName").asText(), CourtKind.valueOf(node.path("kind").asText()),
                text(node, "highCourt"), node.path("province").asText(), ZoneId.of(node.path("zone").asText()),
                text(node, "satkerCode"),
                hours == null ? OfficeHours.DEFAULT : OfficeHours.of(LocalTime.parse(hours.path("opens").asText()),
                        LocalTime.parse(hours.path("closes").asText())),
                closures, node.path("source").asText(), text(node, "note"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null ? null : value.asText();
    }

    /** An overlay embedded in the library by its file name, or else a file relative to the registry file. */
    private CalendarOverlay overlay(String name, int index, String court) {
        return overlays.computeIfAbsent(name, n -> {
            InputStream embedded = CourtReader.class.getResourceAsStream(EMBEDDED_OVERLAYS + n);
            if (embedded != null) {
                return CalendarOverlay.fromJson(embedded, EMBEDDED_OVERLAYS + n);
            }
            Path path = directory == null ? null : directory.resolve(n);
            if (path == null || !Files.isRegularFile(path)) {
                throw new CalendarDataException(entry(file, index, court) + ": field 'overlays' names no embedded"
                        + " overlay and no file" + (directory == null ? "" : " in " + directory) + ": '" + n + "'");
            }
            return CalendarOverlay.fromJson(path);
        });
    }

    /** The registry schema, loaded on first use. */
    private static final class Schema {
        static final JsonSchema REGISTRY = load();

        private static JsonSchema load() {
            InputStream in = CourtReader.class.getResourceAsStream(SCHEMA);
            if (in == null) {
                throw new CalendarDataException(SCHEMA + ": embedded resource is missing");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DataReader.parse(in, SCHEMA));
        }
    }
}
