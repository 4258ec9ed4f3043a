package id.tenggat.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.calendar.Court;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.calendar.NonWorkingDay;
import id.tenggat.catalogue.CatalogueEntry;
import id.tenggat.catalogue.DeadlineCatalogue;
import id.tenggat.engine.CitedSource;
import id.tenggat.engine.RuleCitation;
import id.tenggat.internal.CaseValidator;
import id.tenggat.model.CourtCase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

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
 * <p>A batch of any size is read, answered and written case by case, in bounded memory, with
 * {@link #reader(InputStream, InputFormat)}, {@link #writer(Writer, InputShape, Language)} and
 * {@link #answer(Iterator, Tenggat, Function, BatchWriter, int)}: JSON Lines in, JSON Lines out; a JSON array is
 * read and written element by element.
 *
 * <p>Reading never stops at a bad case: each case carries either itself or every problem found in it, each naming
 * the field's path (e.g. {@code events[2].date}) and the value. Unknown fields, values of the wrong type, dates
 * that are not ISO calendar dates and names that are not in the catalogue are problems; so is a missing required
 * field, a JSON Lines line that is not JSON, and bytes that are not UTF-8 (named by their byte offset). Only a
 * document that is not JSON at all reads as a single case with the syntax error.
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
        this.checker = new TreeChecker(CourtCase.class);
        this.validator = new CaseValidator();
    }

    /**
     * The JSON contract, version 1.
     *
     * @return a reader and writer of the contract, with its own configured mapper
     */
    public static TenggatJson create() {
        return new TenggatJson();
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads one case, a JSON array of cases, or JSON Lines (one case per non-blank line), telling which from the
     * text; see {@link InputFormat#AUTO} and {@link #reader(InputStream, InputFormat)}.
     *
     * @param text the input, not null; blank input is an empty batch of JSON Lines
     * @return every case in input order with the input's shape
     */
    public ReadResult read(String text) {
        Objects.requireNonNull(text, "text must not be null");
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Reads the whole stream as UTF-8 into memory; see {@link #read(String)}. For a batch of any size, read and answer
     * case by case with {@link #reader(InputStream, InputFormat)} and {@link #answer}.
     *
     * @param in  the input, not null; it is not closed
     * @return every case read, valid or not, in input order
     * @throws UncheckedIOException if the stream fails
     */
    public ReadResult read(InputStream in) {
        CaseReader reader = reader(in, InputFormat.AUTO);
        List<ParsedCase> cases = new ArrayList<>();
        reader.forEachRemaining(cases::add);
        return new ReadResult(reader.shape(), cases);
    }

    /**
     * Reads cases one at a time from a stream of UTF-8 bytes, in bounded memory whatever the input's size; see
     * {@link CaseReader}. The format is told at once (for {@link InputFormat#AUTO}, from the first two non-blank
     * lines, or the first byte for an array), so {@link CaseReader#shape()} is known before any case is read.
     *
     * @param in     the input, not null; it is not closed
     * @param format how cases are given, or {@link InputFormat#AUTO} to tell from the input, not null
     * @return a reader that yields one case at a time
     * @throws UncheckedIOException if the stream fails while the format is told
     */
    public CaseReader reader(InputStream in, InputFormat format) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(format, "format must not be null");
        return new CaseReader(this, mapper, in, format);
    }

    // ---------------------------------------------------------------- answering a stream

    /**
     * Answers a stream of cases case by case and writes each answer as soon as it and those before it are ready, in
     * input order, so that memory stays bounded (at most {@value BatchAnswerer#IN_FLIGHT} cases between reading and
     * writing) and answers appear while input is still read. A case with problems gets an answer that carries its
     * errors; the others are answered by {@code tenggat}. With more than one thread, one reads, the others answer
     * and the caller's thread writes; the {@link Tenggat} is shared.
     *
     * <pre>{@code
     * CaseReader cases = json.reader(request.body(), InputFormat.AUTO);
     * BatchWriter answers = json.writer(response.writer(), cases.shape(), Language.ID);
     * BatchSummary summary = json.answer(cases, tenggat, TenggatJson.todayAtTheCourt(tenggat, zone), answers, 2);
     * }</pre>
     *
     * <p>A failure of the run itself (the input or the output fails, or the JVM runs out of memory) is not a case
     * error: it is thrown, and the output is left unended, so that it cannot be taken for a complete batch.
     *
     * @param cases   the cases, e.g. a {@link CaseReader}, not null
     * @param tenggat the library, not null
     * @param asOf    the day each case is answered on, e.g. one fixed day or {@link #todayAtTheCourt}, not null
     * @param out     where answers go, ended (see {@link BatchWriter#end()}) once every case is answered, not null
     * @param threads how many threads answer cases, at least 1 (1: everything in the caller's thread)
     * @return how many cases were answered and how many carry errors
     * @throws UncheckedIOException if reading or writing fails
     */
    public BatchSummary answer(Iterator<ParsedCase> cases, Tenggat tenggat, Function<ParsedCase, LocalDate> asOf,
                               BatchWriter out, int threads) {
        Objects.requireNonNull(out, "out must not be null");
        BatchSummary summary = answer(cases, tenggat, asOf, out::write, threads);
        out.end();
        return summary;
    }

    /**
     * As {@link #answer(Iterator, Tenggat, Function, BatchWriter, int)}, handing each answer, in input order and in
     * the caller's thread, to {@code out} (e.g. a report of another format).
     *
     * @param cases  the cases, e.g. a {@link CaseReader}, not null
     * @param tenggat  the library, not null
     * @param asOf  the day each case is answered on, not null
     * @param out  receives each answer, in input order, not null
     * @param threads  how many threads answer cases, at least 1
     * @return how many cases were answered and how many carry errors
     */
    public BatchSummary answer(Iterator<ParsedCase> cases, Tenggat tenggat, Function<ParsedCase, LocalDate> asOf,
                               Consumer<CaseAnswer> out, int threads) {
        Objects.requireNonNull(cases, "cases must not be null");
        Objects.requireNonNull(tenggat, "tenggat must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(out, "out must not be null");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        return new BatchAnswerer(tenggat, asOf, threads).run(cases, out);
    }

    /**
     * "Today" for each case, as the courts count it: the date in the time zone of the case's court (Jayapura is two
     * hours ahead of Jakarta), from the clock of {@code tenggat}.
     *
     * @param tenggat   the library, not null
     * @param otherwise the zone of a case that names no court known to {@code tenggat} or could not be read
     * @return the day asked about per case
     */
    public static Function<ParsedCase, LocalDate> todayAtTheCourt(Tenggat tenggat, ZoneId otherwise) {
        Objects.requireNonNull(tenggat, "tenggat must not be null");
        Objects.requireNonNull(otherwise, "otherwise must not be null");
        return parsed -> tenggat.today(courtZone(tenggat, parsed, otherwise));
    }

    private static ZoneId courtZone(Tenggat tenggat, ParsedCase parsed, ZoneId otherwise) {
        if (!parsed.ok() || parsed.courtCase().court() == null) {
            return otherwise;
        }
        try {
            return tenggat.calendarFor(parsed.courtCase()).zone();
        } catch (IllegalArgumentException unknownCourt) {
            return otherwise; // the case is answered with the error naming its court
        }
    }

    /**
     * One case from its JSON tree; {@code index} is its place in the input. Shared with {@link TenggatJacksonModule}.
     */
    ParsedCase toCase(int index, JsonNode node) {
        String caseNumber = node.path("caseNumber").isTextual() ? node.path("caseNumber").textValue() : null;
        List<FieldError> errors = checker.check(node);
        if (!errors.isEmpty()) {
            return ParsedCase.invalid(index, caseNumber, errors);
        }
        CourtCase courtCase;
        try {
            courtCase = mapper.treeToValue(node, CourtCase.class);
        } catch (JsonMappingException e) {
            return ParsedCase.invalid(index, caseNumber, List.of(new FieldError(path(e), null, e.getOriginalMessage(),
                    "tidak dapat dibaca: " + e.getOriginalMessage())));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return ParsedCase.invalid(index, caseNumber, List.of(new FieldError("", null, e.getMessage(),
                    "tidak dapat dibaca: " + e.getMessage())));
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
     * @return the answer's JSON object
     */
    public ObjectNode toJson(CaseAnswer answer, Language language) {
        Objects.requireNonNull(answer, "answer must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return tree(g -> AnswerJson.answer(g, answer, language));
    }

    /**
     * A court of the registry as the contract's JSON object ({@code $defs/court} of the answer schema): its names,
     * kind, jurisdiction, whether it hears appeals, high court, province, zone and satker code.
     *
     * @param court the court, not null
     * @return the court's JSON object
     */
    public ObjectNode toJson(Court court) {
        Objects.requireNonNull(court, "court must not be null");
        return tree(g -> AnswerJson.court(g, court));
    }

    /**
     * One deadline as the contract's JSON object ({@code $defs/deadline} of the answer schema), as it appears in an
     * answer's {@code deadlines}: for callers that list deadlines of many cases, e.g. a court's due items.
     *
     * @param d        the deadline, not null
     * @param language the language of the explanation, not null
     * @return the deadline's JSON object
     */
    public ObjectNode toJson(DeadlineAnswer d, Language language) {
        Objects.requireNonNull(d, "deadline must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return tree(g -> AnswerJson.deadline(g, d, language));
    }

    /**
     * One answer as compact JSON text; see {@link #toJson(CaseAnswer, Language)}.
     *
     * @param answer  the answer, not null
     * @param language  the language of the explanations, not null
     * @return the JSON text
     */
    public String write(CaseAnswer answer, Language language) {
        Objects.requireNonNull(answer, "answer must not be null");
        Objects.requireNonNull(language, "language must not be null");
        return text(g -> AnswerJson.answer(g, answer, language));
    }

    /**
     * Writes answers in the shape their cases came in, one at a time; see {@link BatchWriter}. Every answer is
     * written on one line, so that a reader of JSON Lines also reads the answer to a single case. Output ends with a
     * line break unless there is nothing to write.
     *
     * @param answers  the answers, in input order, not null
     * @param shape  the shape the cases came in, not null
     * @param language  the language of the explanations, not null
     * @param out  the output, not null; not closed
     * @throws IllegalArgumentException if the shape is OBJECT and there is not exactly one answer
     * @throws UncheckedIOException     if the writer fails
     */
    public void writeAnswers(List<CaseAnswer> answers, InputShape shape, Language language, Writer out) {
        Objects.requireNonNull(answers, "answers must not be null");
        BatchWriter writer = writer(out, shape, language);
        if (shape == InputShape.OBJECT && answers.size() != 1) {
            throw new IllegalArgumentException("an object input has one result, not " + answers.size());
        }
        answers.forEach(writer::write);
        writer.end();
    }

    /**
     * Writes the result of reading cases without answering them, in the shape they came in (see
     * {@link #writeAnswers}): per case its {@code index}, {@code caseNumber}, {@code valid} and {@code errors}.
     *
     * @param read  the cases as read, not null
     * @param out  the output, not null; not closed
     * @throws UncheckedIOException if the writer fails
     */
    public void writeCheck(ReadResult read, Writer out) {
        Objects.requireNonNull(read, "read must not be null");
        BatchWriter writer = writer(out, read.shape(), Language.ID);
        read.cases().forEach(writer::writeCheck);
        writer.end();
    }

    /**
     * A writer of results one at a time, in the shape their cases came in; see {@link BatchWriter}.
     *
     * @param out      the output, not null; flushed after each result, never closed
     * @param shape    the shape of the input, e.g. {@link CaseReader#shape()}, not null
     * @param language the language of the answers' explanations, not null
     * @return the writer; finish it with {@link BatchWriter#end()}
     */
    public BatchWriter writer(Writer out, InputShape shape, Language language) {
        return new BatchWriter(mapper, out, shape, language);
    }

    /**
     * The rule inventory in the shape of {@code rules.schema.json}: {@code {"count": n, "rules": [...]}}, per rule its
     * {@code rule} name, {@code legalBasis}, {@code source}, {@code sources} (each cited source's {@code reference} and
     * {@code kind}: {@code OFFICIAL}, {@code SECONDARY}, {@code SEED} or {@code UNCLASSIFIED}), {@code validFrom} and,
     * when the provision has an end, {@code validTo} (ISO dates; an open end is an absent {@code validTo}).
     *
     * @param rules  the rules' citations, not null
     * @return the JSON text
     */
    public String writeRules(List<RuleCitation> rules) {
        Objects.requireNonNull(rules, "rules must not be null");
        ObjectNode o = mapper.createObjectNode();
        o.put("count", rules.size());
        ArrayNode a = o.putArray("rules");
        for (RuleCitation r : rules) {
            ObjectNode rule = a.addObject().put("rule", r.rule()).put("legalBasis", r.legalBasis())
                    .put("source", r.source()).put("validFrom", r.validFrom().toString());
            if (r.validTo() != null) {
                rule.put("validTo", r.validTo().toString());
            }
            ArrayNode sources = rule.putArray("sources");
            for (CitedSource c : r.sources()) {
                sources.addObject().put("reference", c.reference()).put("kind", c.kind().name());
            }
        }
        return text(o);
    }

    /**
     * The deadline catalogue in the shape of {@code catalogue.schema.json}: {@code count} and, per id, {@code id},
     * {@code kind}, {@code name} (Bahasa Indonesia), {@code nameEn}, {@code length}, {@code lengthEn},
     * {@code triggers}, {@code basis} and {@code courtTarget}.
     *
     * @param catalogue  the catalogue, not null
     * @return the JSON text
     */
    public String writeCatalogue(DeadlineCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue must not be null");
        ObjectNode o = mapper.createObjectNode();
        o.put("count", catalogue.entries().size());
        ArrayNode a = o.putArray("deadlines");
        for (CatalogueEntry e : catalogue.entries()) {
            ObjectNode entry = a.addObject().put("id", e.id()).put("kind", e.kind().name()).put("name", e.name())
                    .put("nameEn", e.nameEn()).put("length", e.length()).put("lengthEn", e.lengthEn());
            ArrayNode triggers = entry.putArray("triggers");
            e.triggers().forEach(t -> triggers.add(t.name()));
            entry.put("basis", e.basis()).put("courtTarget", e.courtTarget());
        }
        return text(o);
    }

    /**
     * Errors that concern the whole request rather than one case, as {@code {"errors": [...]}}.
     *
     * @param errors  the errors, not null
     * @return the JSON text
     */
    public String writeErrors(List<FieldError> errors) {
        Objects.requireNonNull(errors, "errors must not be null");
        return text(g -> {
            g.writeStartObject();
            AnswerJson.errors(g, errors);
            g.writeEndObject();
        });
    }

    /**
     * A calendar listing as a JSON array: per entry {@code date}, {@code kind}, {@code name} (Bahasa Indonesia),
     * {@code nameEn}, {@code source} (the instrument) and, where known, {@code url}.
     *
     * @param days  the non-working days, not null
     * @return the JSON array
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
            if (d.source().url() != null) {
                o.put("url", d.source().url());
            }
        }
        return a;
    }

    /**
     * A calendar listing as compact JSON text on one line, like answers; see {@link #calendarToJson(List)}.
     *
     * @param days  the non-working days, not null
     * @return the JSON text
     */
    public String writeCalendar(List<NonWorkingDay> days) {
        return text(calendarToJson(days));
    }

    /** A tree as compact JSON text on one line; see {@link #text(AnswerJson.Writing)}. */
    private String text(JsonNode node) {
        return text(g -> mapper.writeTree(g, node));
    }

    /** What {@code writing} writes, as compact JSON on one line: the one style of everything this class writes. */
    private String text(AnswerJson.Writing writing) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = mapper.createGenerator(out)) {
            writing.write(g);
        } catch (IOException e) {
            throw new IllegalStateException("JSON could not be written", e);
        }
        return out.toString();
    }

    /** What {@code writing} writes, as a tree: for callers that add to it or embed it in their own JSON. */
    private ObjectNode tree(AnswerJson.Writing writing) {
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            writing.write(buffer);
            try (JsonParser written = buffer.asParser()) {
                return mapper.readTree(written);
            }
        } catch (IOException e) {
            throw new IllegalStateException("a JSON tree could not be built", e);
        }
    }
}
