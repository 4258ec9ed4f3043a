package id.tenggat.law;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.tenggat.calendar.LastDayRule;
import id.tenggat.engine.Start;
import id.tenggat.engine.Unit;
import id.tenggat.law.LawValue.Confidence;
import id.tenggat.law.LawValue.Kind;
import id.tenggat.law.LawValue.Origin;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A set of {@link LawValue}s read from a file that follows {@code id/tenggat/schema/law-values.schema.json}: the
 * library's own data, or the values a deployment supplies. A file is validated against the schema when it is read;
 * every problem is reported at once, naming the file, the entry and the field.
 *
 * <p>{@link #withSupplied(LawValues)} adds a deployment's values to the library's. A supplied value may only fill a
 * value the library knows but does not encode; one that would replace an encoded value, or that names a value the
 * library does not know, is an error naming it.
 *
 * <p>Immutable and thread-safe.
 */
public final class LawValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA = "/id/tenggat/schema/law-values.schema.json";

    private final String name;
    private final Map<String, LawValue> byKey;

    private LawValues(String name, Map<String, LawValue> byKey) {
        this.name = name;
        this.byKey = byKey;
    }

    /** {@return no values: what a deployment supplies when it supplies none} */
    public static LawValues empty() {
        return new LawValues("(none)", Map.of());
    }

    /**
     * Reads the values a deployment supplies from a file.
     *
     * @param file  the JSON file, not null
     * @return the deployment's values
     * @throws LawValuesException naming the file, the entry and the field of every problem
     */
    public static LawValues fromJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.toString(), in, Origin.DEPLOYMENT);
        } catch (IOException e) {
            throw new LawValuesException(file.toString(), List.of("cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Reads a law-values document.
     *
     * @param name   how messages name the document (a file or resource name), not null
     * @param in     the JSON, not null; not closed
     * @param origin whose values they are
     * @return the values
     * @throws LawValuesException naming the document, the entry and the field of every problem
     */
    public static LawValues read(String name, InputStream in, Origin origin) {
        JsonNode root;
        try {
            root = JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new LawValuesException(name, List.of("not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root == null || root.isMissingNode()) {
            throw new LawValuesException(name, List.of("is empty"));
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : Schema.INSTANCE.validate(root)) {
            problems.add(entryOf(root, m.getInstanceLocation().toString()) + m.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new LawValuesException(name, problems);
        }
        Map<String, LawValue> byKey = new LinkedHashMap<>();
        JsonNode values = root.get("values");
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String where = "values[" + i + "] (key '" + v.get("key").asText() + "'): ";
            try {
                LawValue value = toValue(v, origin);
                if (byKey.putIfAbsent(value.key(), value) != null) {
                    problems.add(where + "the key is already used by an earlier entry");
                }
                if (value.validTo() != null && value.validTo().isBefore(value.validFrom())) {
                    problems.add(where + "validTo " + value.validTo() + " is before validFrom " + value.validFrom());
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                problems.add(where + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new LawValuesException(name, problems);
        }
        return new LawValues(name, Map.copyOf(byKey));
    }

    /** "values[2] (key 'x'): " for a message about an entry, else the location. */
    private static String entryOf(JsonNode root, String location) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\$\\.values\\[(\\d+)](.*)$").matcher(location);
        if (!m.matches()) {
            return location + ": ";
        }
        JsonNode key = root.path("values").path(Integer.parseInt(m.group(1))).path("key");
        return "values[" + m.group(1) + "]" + (key.isTextual() ? " (key '" + key.asText() + "')" : "")
                + (m.group(2).isEmpty() ? "" : " " + m.group(2).substring(1)) + ": ";
    }

    private static LawValue toValue(JsonNode v, Origin origin) {
        return new LawValue(v.get("key").asText(), v.get("instrument").asText(), Kind.valueOf(v.get("kind").asText()),
                v.get("deadline").asText(), v.get("article").asText(),
                v.has("length") ? v.get("length").asInt() : null,
                optional(v, "unit", Unit::valueOf), optional(v, "start", Start::valueOf),
                optional(v, "lastDay", LastDayRule::valueOf), optional(v, "trigger", LawValues::event),
                optional(v, "by", Official::valueOf), LocalDate.parse(v.get("validFrom").asText()),
                optional(v, "validTo", LocalDate::parse), v.get("source").asText(),
                Confidence.valueOf(v.get("confidence").asText()), origin);
    }

    private static EventType event(String name) {
        try {
            return EventType.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("trigger: unknown event " + name);
        }
    }

    private static <T> T optional(JsonNode v, String field, Function<String, T> parse) {
        return v.hasNonNull(field) ? parse.apply(v.get(field).asText()) : null;
    }

    /**
     * These values with a deployment's values added. Each supplied value must name a value of this set that has no
     * length, and agree with it on instrument, kind and deadline.
     *
     * @param supplied  the values a deployment supplied, not null
     * @return these values with the supplied ones added
     * @throws LawValuesException naming every supplied value that is refused, and why
     */
    public LawValues withSupplied(LawValues supplied) {
        if (supplied.byKey.isEmpty()) {
            return this;
        }
        List<String> problems = new ArrayList<>();
        Map<String, LawValue> merged = new LinkedHashMap<>(byKey);
        for (LawValue s : supplied.values()) {
            LawValue own = byKey.get(s.key());
            String where = "law value '" + s.key() + "': ";
            if (own == null) {
                problems.add(where + "the library has no value of that name; values that may be supplied: "
                        + String.join(", ", suppliableKeys()));
            } else if (own.isEncoded()) {
                problems.add(where + "the library encodes it (" + own.length() + " " + own.unit() + ", " + own.article()
                        + ", " + own.source() + "); a supplied value may not replace it");
            } else if (!s.isEncoded()) {
                problems.add(where + "a supplied value must give its length and unit");
            } else {
                mismatch(where, "instrument", own.instrument(), s.instrument(), problems);
                mismatch(where, "kind", own.kind(), s.kind(), problems);
                mismatch(where, "deadline", own.deadline(), s.deadline(), problems);
                merged.put(s.key(), s);
            }
        }
        if (!problems.isEmpty()) {
            throw new LawValuesException(supplied.name, problems);
        }
        return new LawValues(name + " + " + supplied.name, Map.copyOf(merged));
    }

    private static void mismatch(String where, String field, Object own, Object supplied, List<String> problems) {
        if (!own.equals(supplied)) {
            problems.add(where + field + " is " + supplied + " but the library's value is for " + own);
        }
    }

    /** {@return the keys of the values the library knows but does not encode, in order} */
    public List<String> suppliableKeys() {
        return byKey.values().stream().filter(v -> !v.isEncoded()).map(LawValue::key).sorted().toList();
    }

    /**
     * The value named {@code key}.
     *
     * @param key  the key, e.g. as listed by {@link #suppliableKeys()}
     * @return the value, or empty when there is none
     */
    public Optional<LawValue> get(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** {@return every value, by key} */
    public List<LawValue> values() {
        return byKey.values().stream().sorted(Comparator.comparing(LawValue::key)).toList();
    }

    /** {@return the values a deployment supplied} */
    public Collection<LawValue> supplied() {
        return byKey.values().stream().filter(LawValue::isSupplied).sorted(Comparator.comparing(LawValue::key)).toList();
    }

    /** {@return the file (or files) these values were read from} */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return "law values " + name;
    }

    /** The schema, loaded once on first use. */
    private static final class Schema {
        static final JsonSchema INSTANCE = load();

        private static JsonSchema load() {
            try (InputStream in = LawValues.class.getResourceAsStream(SCHEMA)) {
                if (in == null) {
                    throw new IllegalStateException("missing schema " + SCHEMA);
                }
                return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
