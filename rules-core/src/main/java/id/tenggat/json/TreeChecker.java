package id.tenggat.json;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.answer.FieldError;
import id.tenggat.calendar.internal.EditDistance;
import id.tenggat.model.CaseType;
import id.tenggat.model.ChargeForm;
import id.tenggat.model.ClaimBasis;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import id.tenggat.model.Party;
import id.tenggat.model.Verdict;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a JSON tree against the model's records before it is bound, collecting every problem rather than stopping
 * at the first: unknown fields, values of the wrong JSON type, dates that are not ISO {@code yyyy-MM-dd} calendar
 * dates, and enum names that do not exist. The fields allowed are the record components, so the check follows the
 * model without a second description of it; so do required fields, the components other than lists whose
 * accessor is {@link NotNull} (a missing list reads as empty). Errors come in document order, missing fields after the fields of their object. Other value
 * constraints are left to the model's validation, which runs once the structure is sound.
 * The model is read by reflection once, when the checker is made. Immutable and thread-safe.
 */
final class TreeChecker {
    /** Enums with at most this many constants list them in their error message. */
    private static final int LISTED_CONSTANTS = 12;
    /** How many names the message of a longer enum gives as examples, when none is near the value given. */
    private static final int EXAMPLES = 3;
    /** What the values of each enum of the model are, as a message names them. */
    private static final Map<Class<?>, Kind> ENUM_KINDS = Map.of(
            CaseType.class, new Kind("a case type", "case types", "jenis perkara"),
            EventType.class, new Kind("an event type", "event types", "jenis peristiwa"),
            Party.class, new Kind("a party", "parties", "pihak"),
            ChargeForm.class, new Kind("a form of charge", "forms of charge", "bentuk dakwaan"),
            ClaimBasis.class, new Kind("a claim basis", "claim bases", "dasar gugatan"),
            DetentionStage.class, new Kind("a detention stage", "detention stages", "tahap penahanan"),
            ExceptionalGround.class, new Kind("an exceptional ground", "exceptional grounds", "alasan pengecualian"),
            Official.class, new Kind("an official", "officials", "pejabat"),
            Verdict.class, new Kind("a verdict", "verdicts", "amar putusan"));

    /**
     * The words for one value and for several of an enum: "a party", "parties", and the Indonesian noun, which is
     * the same for one and several ("pihak").
     */
    private record Kind(String one, String many, String indonesian) {
    }

    /** One field of a record: its name, its declared type and whether it must be present. */
    private record Field(String name, Type type, boolean required) {
    }

    /** The constant names of an enum, in declaration order for messages and as a set for the check. */
    private record Constants(List<String> names, Set<String> lookup) {
        Constants(List<String> names) {
            this(names, Set.copyOf(names));
        }
    }

    private final Class<? extends Record> root;
    /** The fields of every record reachable from the root, in declaration order, read once by reflection. */
    private final Map<Class<?>, Map<String, Field>> records;
    /** The constant names of every enum reachable from the root, in declaration order. */
    private final Map<Class<?>, Constants> enums;

    /**
     * A checker for trees read as {@code root}; the model's records and enums it reaches are read once, here.
     *
     * @param root a record type of the model, not null
     */
    TreeChecker(Class<? extends Record> root) {
        this.root = root;
        Map<Class<?>, Map<String, Field>> recordFields = new HashMap<>();
        Map<Class<?>, Constants> enumNames = new HashMap<>();
        collect(root, recordFields, enumNames);
        this.records = Map.copyOf(recordFields);
        this.enums = Map.copyOf(enumNames);
    }

    private static void collect(Type type, Map<Class<?>, Map<String, Field>> recordFields,
                                Map<Class<?>, Constants> enumNames) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            collect(p.getActualTypeArguments()[0], recordFields, enumNames);
        } else if (type instanceof Class<?> c && c.isEnum() && !enumNames.containsKey(c)) {
            enumNames.put(c, new Constants(Arrays.stream(c.getEnumConstants()).map(o -> ((Enum<?>) o).name()).toList()));
        } else if (type instanceof Class<?> c && c.isRecord() && !recordFields.containsKey(c)) {
            Map<String, Field> fields = new LinkedHashMap<>();
            recordFields.put(c, Collections.unmodifiableMap(fields));
            for (RecordComponent component : c.getRecordComponents()) {
                fields.put(component.getName(), new Field(component.getName(), component.getGenericType(),
                        required(component)));
                collect(component.getGenericType(), recordFields, enumNames);
            }
        }
    }

    /**
     * Every structural problem in {@code node} read as the root type, in document order.
     *
     * @param node a JSON tree, not null
     */
    List<FieldError> check(JsonNode node) {
        List<FieldError> errors = new ArrayList<>();
        checkRecord(node, root, "", errors);
        return errors;
    }

    private void check(JsonNode node, Type type, String path, List<FieldError> errors) {
        if (node.isNull()) {
            return;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            checkList(node, p.getActualTypeArguments()[0], path, errors);
            return;
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord()) {
            checkRecord(node, c.asSubclass(Record.class), path, errors);
        } else if (c.isEnum()) {
            checkEnum(node, c, path, errors);
        } else if (c == String.class) {
            require(node.isTextual(), node, path, "must be a string", "harus berupa teks (string)", errors);
        } else if (c == boolean.class || c == Boolean.class) {
            require(node.isBoolean(), node, path, "must be true or false", "harus true atau false", errors);
        } else if (c == int.class || c == Integer.class) {
            require(node.isIntegralNumber() && node.canConvertToInt(), node, path, "must be a whole number",
                    "harus bilangan bulat", errors);
        } else if (c == BigInteger.class) {
            require(node.isIntegralNumber(), node, path, "must be a whole number", "harus bilangan bulat", errors);
        } else if (c == LocalDate.class) {
            checkDate(node, path, errors);
        } else {
            throw new IllegalStateException("no JSON check for " + c.getName() + " at " + path);
        }
    }

    private void checkRecord(JsonNode node, Class<? extends Record> type, String path, List<FieldError> errors) {
        if (!node.isObject()) {
            errors.add(new FieldError(path, text(node), "must be a JSON object", "harus berupa objek JSON"));
            return;
        }
        Map<String, Field> fields = records.get(type);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String fieldPath = path.isEmpty() ? entry.getKey() : path + "." + entry.getKey();
            Field field = fields.get(entry.getKey());
            if (field == null) {
                errors.add(new FieldError(fieldPath, text(entry.getValue()),
                        "unknown field; the fields are " + String.join(", ", fields.keySet()),
                        "kolom tidak dikenal; kolomnya adalah " + String.join(", ", fields.keySet())));
            } else {
                check(entry.getValue(), field.type(), fieldPath, errors);
            }
        }
        for (Field field : fields.values()) {
            JsonNode value = node.get(field.name());
            if (field.required() && (value == null || value.isNull())) {
                String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
                errors.add(new FieldError(fieldPath, null, "required field is missing", "kolom wajib tidak ada"));
            }
        }
    }

    /** A non-null component other than a list: a missing list reads as empty. */
    private static boolean required(RecordComponent component) {
        return component.getAccessor().isAnnotationPresent(NotNull.class) && component.getType() != List.class;
    }

    private void checkList(JsonNode node, Type element, String path, List<FieldError> errors) {
        if (!node.isArray()) {
            errors.add(new FieldError(path, text(node), "must be a JSON array", "harus berupa larik (array) JSON"));
            return;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            String itemPath = path + "[" + i + "]";
            if (item.isNull()) {
                errors.add(new FieldError(itemPath, null, "must not be null", "tidak boleh null"));
            } else {
                check(item, element, itemPath, errors);
            }
        }
    }

    private void checkEnum(JsonNode node, Class<?> type, String path, List<FieldError> errors) {
        Constants constants = enums.get(type);
        if (node.isTextual() && constants.lookup().contains(node.textValue())) {
            return;
        }
        List<String> names = constants.names();
        Kind kind = ENUM_KINDS.get(type);
        if (kind == null) {
            throw new IllegalStateException("no words for the values of " + type.getName() + " at " + path);
        }
        Optional<String> nearest = node.isTextual() ? EditDistance.nearest(node.textValue(), names) : Optional.empty();
        String message;
        String pesan;
        if (names.size() <= LISTED_CONSTANTS) {
            message = "must be " + kind.one() + ", one of " + String.join(", ", names);
            pesan = "harus berupa " + kind.indonesian() + ", salah satu dari " + String.join(", ", names);
        } else if (nearest.isEmpty()) {
            message = "must be one of the " + names.size() + " " + kind.many() + ", such as "
                    + String.join(", ", names.subList(0, EXAMPLES));
            pesan = "harus salah satu dari " + names.size() + " " + kind.indonesian() + ", misalnya "
                    + String.join(", ", names.subList(0, EXAMPLES));
        } else {
            message = "must be one of the " + names.size() + " " + kind.many();
            pesan = "harus salah satu dari " + names.size() + " " + kind.indonesian();
        }
        errors.add(new FieldError(path, text(node), message + nearest.map(n -> " (did you mean " + n + "?)").orElse(""),
                pesan + nearest.map(n -> " (maksud Anda " + n + "?)").orElse("")));
    }

    private static void checkDate(JsonNode node, String path, List<FieldError> errors) {
        if (!node.isTextual()) {
            errors.add(new FieldError(path, text(node), "must be an ISO date yyyy-MM-dd",
                    "harus berupa tanggal ISO yyyy-MM-dd"));
            return;
        }
        try {
            LocalDate.parse(node.textValue());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(path, node.textValue(), "must be an ISO date yyyy-MM-dd that exists",
                    "harus berupa tanggal ISO yyyy-MM-dd yang ada di kalender"));
        }
    }

    private static void require(boolean ok, JsonNode node, String path, String message, String pesan,
                                List<FieldError> errors) {
        if (!ok) {
            errors.add(new FieldError(path, text(node), message, pesan));
        }
    }

    /** The value as the caller wrote it: a string without quotes, anything else as JSON. */
    private static String text(JsonNode node) {
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
