package id.tenggat.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Criterion;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Eligibility;
import id.tenggat.answer.FieldError;
import id.tenggat.detention.DetentionQuestion;
import id.tenggat.detention.DetentionSummary;
import id.tenggat.detention.StageDetention;
import id.tenggat.detention.Violation;
import id.tenggat.answer.Language;
import id.tenggat.calendar.NonWorkingDay;
import id.tenggat.engine.RuleCitation;
import id.tenggat.internal.CaseValidator;
import id.tenggat.model.CourtCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The JSON contract: reads cases (one object, a JSON array or JSON Lines) into {@link CourtCase}s and writes
 * {@link CaseAnswer}s, errors and calendar listings, for every caller that is not Java (the command-line tool, an
 * HTTP service, reports). The schemas {@code id/tenggat/schema/case.schema.json} and {@code answer.schema.json} on
 * the class path describe both sides.
 *
 * <pre>{@code
 * TenggatJson json = TenggatJson.create();
 * ReadResult read = json.read(Files.readString(path));
 * List<CaseAnswer> answers = read.answer(Tenggat.indonesia(), LocalDate.of(2025, 3, 21));
 * json.writeAnswers(answers, read.shape(), Language.ID, writer);
 * }</pre>
 *
 * <p>Reading never stops at a bad case: each case carries either itself or every problem found in it, each naming
 * the field's path (e.g. {@code events[2].date}) and the value. Unknown fields, values of the wrong type, dates
 * that are not ISO calendar dates and names that are not in the catalogue are problems; so is a missing required
 * field. Only a document that is not JSON at all reads as a single case with the syntax error.
 *
 * <p>Build one and share it: this class is immutable and thread-safe.
 */
public final class TenggatJson {
    private final ObjectMapper mapper;
    private final TreeChecker checker;
    private final CaseValidator validator;

    private TenggatJson() {
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        this.checker = new TreeChecker();
        this.validator = new CaseValidator();
    }

    /** The JSON contract, version 1. */
    public static TenggatJson create() {
        return new TenggatJson();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads one case, a JSON array of cases, or JSON Lines (one case per non-blank line).
     *
     * @param text the input, not null; blank input is an empty batch of JSON Lines
     * @return every case in input order with the input's shape
     */
    public ReadResult read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String trimmed = body.strip();
        if (trimmed.isEmpty()) {
            return new ReadResult(InputShape.LINES, List.of());
        }
        JsonNode whole;
        try {
            whole = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            if (trimmed.startsWith("{") && looksLikeLines(body)) {
                return readLines(body);
            }
            InputShape shape = trimmed.startsWith("[") ? InputShape.ARRAY : InputShape.OBJECT;
            return new ReadResult(shape, List.of(ParsedCase.invalid(0, null, List.of(syntaxError(e, null)))));
        }
        if (whole.isArray()) {
            List<ParsedCase> cases = new ArrayList<>(whole.size());
            for (int i = 0; i < whole.size(); i++) {
                cases.add(toCase(i, whole.get(i)));
            }
            return new ReadResult(InputShape.ARRAY, cases);
        }
        return new ReadResult(InputShape.OBJECT, List.of(toCase(0, whole)));
    }

    /** Reads the whole stream as UTF-8; see {@link #read(String)}. */
    public ReadResult read(InputStream in) {
        Objects.requireNonNull(in, "in must not be null");
        try {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the first non-blank line is a complete JSON value on its own: the mark of JSON Lines. */
    private boolean looksLikeLines(String body) {
        String first = body.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        try {
            mapper.readTree(first);
            return true;
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private ReadResult readLines(String body) {
        List<ParsedCase> cases = new ArrayList<>();
        int lineNumber = 0;
        for (String line : (Iterable<String>) body.lines()::iterator) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            int index = cases.size();
            try {
                cases.add(toCase(index, mapper.readTree(line)));
            } catch (JsonProcessingException e) {
                cases.add(ParsedCase.invalid(index, null, List.of(syntaxError(e, lineNumber))));
            }
        }
        return new ReadResult(InputShape.LINES, cases);
    }

    private static FieldError syntaxError(JsonProcessingException e, Integer line) {
        JsonLocation at = e.getLocation();
        String where = at == null ? null
                : "line " + (line != null ? line : at.getLineNr()) + ", column " + at.getColumnNr();
        return new FieldError("", where, "not valid JSON: " + e.getOriginalMessage());
    }

    private ParsedCase toCase(int index, JsonNode node) {
        String caseNumber = node.path("caseNumber").isTextual() ? node.path("caseNumber").textValue() : null;
        List<FieldError> errors = checker.check(node, CourtCase.class);
        if (!errors.isEmpty()) {
            return ParsedCase.invalid(index, caseNumber, errors);
        }
        CourtCase courtCase;
        try {
            courtCase = mapper.treeToValue(node, CourtCase.class);
        } catch (JsonMappingException e) {
            return ParsedCase.invalid(index, caseNumber, List.of(new FieldError(path(e), null, e.getOriginalMessage())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ParsedCase.invalid(index, caseNumber, List.of(new FieldError("", null, e.getMessage())));
        }
        errors = validator.validate(courtCase);
        return errors.isEmpty() ? ParsedCase.valid(index, courtCase) : ParsedCase.invalid(index, caseNumber, errors);
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- writing

    /**
     * One answer as the contract's JSON object, with explanations in the given language. Optional fields without a
     * value are left out; {@code caseNumber} and {@code party} are written as null when absent.
     *
     * @param answer   the answer, not null
     * @param language the language of the explanations, not null
     */
    public ObjectNode toJson(CaseAnswer answer, Language language) {
        Objects.requireNonNull(answer, "answer must not be null");
        Objects.requireNonNull(language, "language must not be null");
        ObjectNode o = mapper.createObjectNode();
        o.put("caseNumber", answer.caseNumber());
        o.put("asOf", answer.asOf().toString());
        ArrayNode deadlines = o.putArray("deadlines");
        answer.deadlines().forEach(d -> deadlines.add(toJson(d, language)));
        ArrayNode eligibility = o.putArray("eligibility");
        answer.eligibility().forEach(e -> eligibility.add(toJson(e)));
        if (answer.detention() != null) {
            o.set("detention", toJson(answer.detention()));
        }
        o.set("errors", errorsToJson(answer.errors()));
        return o;
    }

    /** The detention chain: where it stands, how far it may lawfully go, and every violation found. */
    private ObjectNode toJson(DetentionSummary d) {
        ObjectNode o = mapper.createObjectNode();
        o.put("currentStage", d.currentStage().name());
        o.put("currentEnd", d.currentEnd().toString());
        putIfPresent(o, "latestLawfulEnd", d.latestLawfulEnd());
        putIfPresent(o, "nextExtensionBy", d.nextExtensionBy());
        o.put("daysRemaining", d.daysRemaining());
        o.put("totalDays", d.totalDays());
        o.put("lawful", d.lawful());
        o.put("lawfulness", d.lawfulness().name());
        ArrayNode stages = o.putArray("stages");
        for (StageDetention s : d.stages()) {
            ObjectNode st = stages.addObject().put("id", s.deadlineId()).put("stage", s.stage().name());
            putIfPresent(st, "end", s.end());
            putIfPresent(st, "latestLawfulEnd", s.latestLawfulEnd());
            putIfPresent(st, "nextExtensionBy", s.nextExtensionBy());
            st.put("days", s.days());
        }
        ArrayNode violations = o.putArray("violations");
        for (Violation v : d.violations()) {
            ObjectNode vo = violations.addObject().put("kind", v.kind().name()).put("stage", v.stage().name());
            putIfPresent(vo, "orderStart", v.orderStart());
            vo.put("legalBasis", v.legalBasis());
            putIfPresent(vo, "detail", v.detail());
        }
        ArrayNode undetermined = o.putArray("undetermined");
        for (DetentionQuestion q : d.undetermined()) {
            ObjectNode qo = undetermined.addObject().put("stage", q.stage().name());
            putIfPresent(qo, "orderStart", q.orderStart());
            qo.put("needs", q.needs()).put("legalBasis", q.legalBasis());
            putIfPresent(qo, "detail", q.detail());
        }
        return o;
    }

    private ObjectNode toJson(DeadlineAnswer d, Language language) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", d.id());
        putIfPresent(o, "variant", d.variant());
        o.put("party", d.party() == null ? null : d.party().name());
        putIfPresent(o, "due", d.due());
        if (d.lastMoment() != null) {
            o.put("lastMoment", d.lastMoment().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        }
        o.put("status", d.status().name());
        putIfPresent(o, "daysRemaining", d.daysRemaining());
        putIfPresent(o, "workingDaysRemaining", d.workingDaysRemaining());
        putIfPresent(o, "daysLate", d.daysLate());
        putIfPresent(o, "needs", d.needs());
        putIfPresent(o, "triggerDate", d.triggerDate());
        putIfPresent(o, "actDate", d.actDate());
        putIfPresent(o, "metBy", d.metBy());
        o.put("legalBasis", d.legalBasis());
        o.put("law", d.law());
        o.put("rule", d.rule());
        o.put("source", d.source());
        o.put("courtTarget", d.courtTarget());
        if (d.policy() != null) {
            o.putObject("policy").put("name", d.policy().name()).put("reading", d.policy().reading());
        }
        ArrayNode alternatives = o.putArray("alternatives");
        for (Alternative a : d.alternatives()) {
            ObjectNode alt = alternatives.addObject().put("reading", a.reading());
            putIfPresent(alt, "due", a.due());
            putIfPresent(alt, "policy", a.policy());
        }
        ArrayNode explanation = o.putArray("explanation");
        d.explanation(language).forEach(explanation::add);
        if (d.closure() != null) {
            ObjectNode closure = o.putObject("closure");
            putIfPresent(closure, "event", d.closure().event());
            closure.put("date", d.closure().date().toString());
            closure.putObject("reason").put("code", d.closure().reason().name())
                    .put("id", d.closure().reason().indonesian()).put("en", d.closure().reason().english());
        }
        return o;
    }

    private ObjectNode toJson(Eligibility e) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", e.id());
        o.put("eligible", e.eligible());
        ArrayNode reasons = o.putArray("reasons");
        for (Criterion c : e.reasons()) {
            ObjectNode r = reasons.addObject().put("criterion", c.criterion());
            putIfPresent(r, "detail", c.detail());
            r.put("legalBasis", c.legalBasis());
        }
        ArrayNode criteria = o.putArray("criteria");
        for (Criterion c : e.criteria()) {
            ObjectNode r = criteria.addObject().put("criterion", c.criterion()).put("satisfied", c.satisfied());
            putIfPresent(r, "detail", c.detail());
            r.put("legalBasis", c.legalBasis());
            r.put("rule", c.rule());
        }
        return o;
    }

    private ArrayNode errorsToJson(List<FieldError> errors) {
        ArrayNode a = mapper.createArrayNode();
        for (FieldError e : errors) {
            a.addObject().put("field", e.field()).put("value", e.value()).put("message", e.message());
        }
        return a;
    }

    private static void putIfPresent(ObjectNode o, String name, Object value) {
        if (value instanceof Integer i) {
            o.put(name, i);
        } else if (value instanceof Enum<?> e) {
            o.put(name, e.name());
        } else if (value != null) {
            o.put(name, value.toString());
        }
    }

    /** One answer as compact JSON text; see {@link #toJson(CaseAnswer, Language)}. */
    public String write(CaseAnswer answer, Language language) {
        return text(toJson(answer, language), false);
    }

    /**
     * Writes answers in the shape their cases came in: one object for {@link InputShape#OBJECT} (which needs exactly
     * one answer), an array with one answer per line for {@link InputShape#ARRAY}, one answer per line for
     * {@link InputShape#LINES}. Every answer is written on one line, so that a reader of JSON Lines also reads the
     * answer to a single case. Output ends with a line break unless there is nothing to write.
     *
     * @throws IllegalArgumentException if the shape is OBJECT and there is not exactly one answer
     * @throws UncheckedIOException     if the writer fails
     */
    public void writeAnswers(List<CaseAnswer> answers, InputShape shape, Language language, Writer out) {
        Objects.requireNonNull(answers, "answers must not be null");
        Objects.requireNonNull(language, "language must not be null");
        writeShaped(answers.stream().map(a -> toJson(a, language)).toList(), shape, out);
    }

    /**
     * Writes the result of reading cases without answering them, in the shape they came in (see
     * {@link #writeAnswers}): per case its {@code index}, {@code caseNumber}, {@code valid} and {@code errors}.
     *
     * @throws UncheckedIOException if the writer fails
     */
    public void writeCheck(ReadResult read, Writer out) {
        Objects.requireNonNull(read, "read must not be null");
        List<ObjectNode> checks = new ArrayList<>(read.cases().size());
        for (ParsedCase c : read.cases()) {
            ObjectNode o = mapper.createObjectNode();
            o.put("index", c.index());
            o.put("caseNumber", c.caseNumber());
            o.put("valid", c.ok());
            o.set("errors", errorsToJson(c.errors()));
            checks.add(o);
        }
        writeShaped(checks, read.shape(), out);
    }

    private void writeShaped(List<ObjectNode> items, InputShape shape, Writer out) {
        Objects.requireNonNull(shape, "shape must not be null");
        Objects.requireNonNull(out, "out must not be null");
        try {
            switch (shape) {
                case OBJECT -> {
                    if (items.size() != 1) {
                        throw new IllegalArgumentException("an object input has one result, not " + items.size());
                    }
                    out.write(text(items.get(0), false));
                    out.write('\n');
                }
                case ARRAY -> {
                    out.write('[');
                    for (int i = 0; i < items.size(); i++) {
                        out.write(i == 0 ? "\n" : ",\n");
                        out.write(text(items.get(i), false));
                    }
                    out.write(items.isEmpty() ? "]\n" : "\n]\n");
                }
                case LINES -> {
                    for (ObjectNode item : items) {
                        out.write(text(item, false));
                        out.write('\n');
                    }
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rule inventory as {@code {"count": n, "rules": [...]}}, per rule its {@code rule} name, {@code legalBasis},
     * {@code source}, {@code validFrom} and, when the provision is no longer in force, {@code validTo}.
     */
    public String writeRules(List<RuleCitation> rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        ObjectNode o = mapper.createObjectNode();
        o.put("count", rules.size());
        ArrayNode a = o.putArray("rules");
        for (RuleCitation r : rules) {
            ObjectNode rule = a.addObject().put("rule", r.rule()).put("legalBasis", r.legalBasis())
                    .put("source", r.source()).put("validFrom", r.validFrom());
            putIfPresent(rule, "validTo", r.validTo());
        }
        return text(o, true);
    }

    /** Errors that concern the whole request rather than one case, as {@code {"errors": [...]}}. */
    public String writeErrors(List<FieldError> errors) {
        Objects.requireNonNull(errors, "errors must not be null");
        ObjectNode o = mapper.createObjectNode();
        o.set("errors", errorsToJson(errors));
        return text(o, true);
    }

    /**
     * A calendar listing as a JSON array: per entry {@code date}, {@code kind}, {@code name} (Bahasa Indonesia),
     * {@code nameEn}, {@code source} (the instrument) and, where known, {@code url}.
     */
    public ArrayNode calendarToJson(List<NonWorkingDay> days) {
        Objects.requireNonNull(days, "days must not be null");
        ArrayNode a = mapper.createArrayNode();
        for (NonWorkingDay d : days) {
            ObjectNode o = a.addObject();
            o.put("date", d.date().toString());
            o.put("kind", d.kind().name());
            o.put("name", d.name());
            o.put("nameEn", d.nameEn());
            o.put("source", d.source().instrument());
            putIfPresent(o, "url", d.source().url());
        }
        return a;
    }

    /** A calendar listing as pretty-printed JSON text; see {@link #calendarToJson(List)}. */
    public String writeCalendar(List<NonWorkingDay> days) {
        return text(calendarToJson(days), true);
    }

    private String text(JsonNode node, boolean pretty) {
        try {
            return pretty ? mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node)
                    : mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e);
        }
    }
}
