package id.tenggat.sipp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.calendar.NonWorkingDay;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * Writes a run to a directory, as it streams, for dashboards that join on {@code perkara_id}:
 * <ul>
 *   <li>{@code deadlines.jsonl}: one line per deadline of every answered case: {@code perkaraId}, {@code nomorPerkara},
 *       {@code id}, {@code variant}, {@code party}, {@code due}, {@code status}, {@code legalBasis}, {@code law},
 *       {@code rule}, {@code explanation} (in the language asked for) and {@code asOf};</li>
 *   <li>{@code problems.jsonl}: one line per problem: {@code table}, {@code key}, {@code reason};</li>
 *   <li>{@code summary.json} ({@link #writeSummary}) and {@code holidays.json} ({@link #writeHolidays}).</li>
 * </ul>
 * Files are written under a temporary name and moved into place on {@link #close()}, so a dashboard never reads half
 * a run. Not thread-safe.
 */
public final class SippJsonFiles implements SippSink, AutoCloseable {
    static final String DEADLINES = "deadlines.jsonl";
    static final String PROBLEMS = "problems.jsonl";
    static final String SUMMARY = "summary.json";
    static final String HOLIDAYS = "holidays.json";
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final Path directory;
    private final Language language;
    private final BufferedWriter deadlines;
    private final BufferedWriter problems;

    private SippJsonFiles(Path directory, Language language) throws IOException {
        this.directory = directory;
        this.language = language;
        Files.createDirectories(directory);
        this.deadlines = Files.newBufferedWriter(partial(DEADLINES), StandardCharsets.UTF_8);
        this.problems = Files.newBufferedWriter(partial(PROBLEMS), StandardCharsets.UTF_8);
    }

    /**
     * Opens the files of a run in {@code directory} (created if missing).
     *
     * @param directory  where the files go, not null
     * @param language  the language of the explanations, not null
     * @return the files, to be closed when the run ends
     * @throws UncheckedIOException if the directory cannot be written
     */
    public static SippJsonFiles in(Path directory, Language language) {
        Objects.requireNonNull(directory, "directory must not be null");
        Objects.requireNonNull(language, "language must not be null");
        try {
            return new SippJsonFiles(directory, language);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path partial(String name) {
        return directory.resolve(name + ".partial");
    }

    @Override
    public void answered(MappedCase mapped, CaseAnswer answer) {
        for (FieldError e : answer.errors()) {
            problem(new Problem("perkara", "perkara_id=" + mapped.perkaraId(),
                    "the library did not answer the case: " + e));
        }
        for (DeadlineAnswer d : answer.deadlines()) {
            ObjectNode o = MAPPER.createObjectNode();
            o.put("perkaraId", mapped.perkaraId());
            o.put("nomorPerkara", mapped.nomorPerkara());
            deadline(o, d, language);
            o.put("asOf", answer.asOf().toString());
            line(deadlines, o);
        }
    }

    private static void deadline(ObjectNode o, DeadlineAnswer d, Language language) {
        o.put("id", d.id());
        o.put("variant", d.variant());
        o.put("party", d.party() == null ? null : d.party().name());
        o.put("due", d.due() == null ? null : d.due().toString());
        o.put("status", d.status().name());
        o.put("legalBasis", d.legalBasis());
        o.put("law", d.law());
        o.put("rule", d.rule());
        ArrayNode explanation = o.putArray("explanation");
        d.explanation(language).forEach(explanation::add);
    }

    @Override
    public void problem(Problem problem) {
        line(problems, MAPPER.createObjectNode().put("table", problem.table()).put("key", problem.key())
                .put("reason", problem.reason()));
    }

    private static void line(BufferedWriter out, ObjectNode o) {
        try {
            out.write(MAPPER.writeValueAsString(o));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the files and moves them into place. */
    @Override
    public void close() {
        try {
            deadlines.close();
            problems.close();
            move(DEADLINES);
            move(PROBLEMS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(String name) throws IOException {
        Files.move(partial(name), directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Writes {@code summary.json}: the detention violations and the overdue deadlines first, then the counts.
     *
     * @param s  what the run did, not null
     * @param directory  where the file goes, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeSummary(RunSummary s, Path directory) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("asOf", s.asOf().toString());
        o.put("court", s.court());
        ArrayNode violations = o.putArray("detentionViolations");
        for (RunSummary.DetentionViolation v : s.violations()) {
            violations.addObject().put("perkaraId", v.perkaraId()).put("nomorPerkara", v.nomorPerkara())
                    .put("kind", v.violation().kind().name()).put("stage", v.violation().stage().name())
                    .put("orderStart", v.violation().orderStart().toString())
                    .put("legalBasis", v.violation().legalBasis()).put("detail", v.violation().detail());
        }
        ArrayNode overdue = o.putArray("overdue");
        for (RunSummary.Overdue i : s.overdue()) {
            overdue.addObject().put("perkaraId", i.perkaraId()).put("nomorPerkara", i.nomorPerkara()).put("id", i.id())
                    .put("party", i.party() == null ? null : i.party().name()).put("due", i.due().toString())
                    .put("legalBasis", i.legalBasis());
        }
        ObjectNode byStatus = o.putObject("byStatus");
        s.byStatus().entrySet().stream()
                .sorted(Comparator.comparing(e -> e.getKey() == Status.OVERDUE ? -1 : e.getKey().ordinal()))
                .forEach(e -> byStatus.put(e.getKey().name(), e.getValue()));
        o.put("casesRead", s.casesRead());
        o.put("casesAnswered", s.casesAnswered());
        o.put("casesNotAnswered", s.casesNotAnswered());
        o.put("problems", s.problems());
        write(directory.resolve(SUMMARY), o);
    }

    /**
     * Writes {@code holidays.json}: the days SIPP's {@code hari_libur} and the library's calendar disagree on.
     *
     * @param c  the comparison, not null
     * @param directory  where the file goes, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeHolidays(HolidayComparison c, Path directory) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("from", c.from().toString());
        o.put("to", c.to().toString());
        ArrayNode onlyInSipp = o.putArray("onlyInSipp");
        c.onlyInSipp().forEach((LocalDate day, String name) -> onlyInSipp.addObject().put("date", day.toString())
                .put("keterangan", name));
        ArrayNode onlyInLibrary = o.putArray("onlyInLibrary");
        for (NonWorkingDay d : c.onlyInLibrary()) {
            onlyInLibrary.addObject().put("date", d.date().toString()).put("kind", d.kind().name())
                    .put("name", d.name()).put("source", d.source().instrument());
        }
        write(directory.resolve(HOLIDAYS), o);
    }

    private static void write(Path file, ObjectNode o) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(o) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
