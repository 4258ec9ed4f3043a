package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.ics.DeadlineICalendar;
import id.tenggat.json.BatchSummary;
import id.tenggat.json.BatchWriter;
import id.tenggat.json.CaseReader;
import id.tenggat.json.InputFormat;
import id.tenggat.json.ParsedCase;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import id.tenggat.law.LawValues;
import id.tenggat.law.LawValuesException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Answers cases: every deadline per party with its due date, status and legal basis. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"Computes the deadlines of one case (a JSON object), a JSON array of cases or JSON Lines, "
                + "from FILE or standard input; writes one answer per case, in order, in the same shape. Cases are "
                + "read, answered and written one at a time, so a batch of any size runs in bounded memory "
                + "(--format ics writes one file for the whole input, so it holds the answers until the end)."},
        footer = {"", "Examples:",
                "  java -jar tenggat-cli.jar deadlines --as-of 2025-03-21 samples/perdata-banding.json",
                "  java -jar tenggat-cli.jar deadlines --format text --lang en < samples/batch.jsonl",
                "  java -jar tenggat-cli.jar deadlines --law-values nilai-hukum.json samples/pidana-kuhap-2025.json",
                "  java -jar tenggat-cli.jar deadlines --format ics samples/perdata-banding.json > perkara.ics",
                "", TenggatCli.EXIT_STATUS})
final class DeadlinesCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { JSON, TEXT, ICS }

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day asked about, yyyy-MM-dd (default: today in the time zone of each case's court).")
    private LocalDate asOf;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "ID",
            description = "Language of explanations and of the text table (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Mixin
    private CourtOptions courts;

    @Option(names = "--format", paramLabel = "json|text|ics", defaultValue = "JSON",
            description = "json (the JSON contract), text (a table for reading) or ics (an iCalendar file of the dated "
                    + "deadlines, for Google Calendar or Outlook) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--input", paramLabel = "auto|json|jsonl", defaultValue = "AUTO",
            description = TenggatCli.INPUT_FORMAT)
    private InputFormat input;

    @Option(names = "--law-values", paramLabel = "FILE",
            description = "Values of the law the library does not encode (e.g. UU 20/2025 appeal windows), from the "
                    + "enacted text this deployment holds, in the shape of law-values.schema.json. Answers computed "
                    + "from them list them in suppliedValues; the library does not vouch for them.")
    private Path lawValues;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases (default: standard input).")
    private Path file;

    @Mixin
    private CalendarFiles calendarFiles;

    @Mixin
    private PolicyOptions policies;

    @Mixin
    private ProgressOptions progressOptions;

    @Override
    public Integer call() throws IOException {
        try (Progress progress = progressOptions.start(language)) {
            return call(progress);
        }
    }

    private Integer call(Progress progress) throws IOException {
        Tenggat tenggat = tenggat();
        CourtCalendar calendar = courts.calendar(tenggat.calendar());
        Function<ParsedCase, LocalDate> day = asOf != null ? parsed -> asOf
                : TenggatJson.todayAtTheCourt(tenggat, calendar.zone());
        TenggatJson json = TenggatJson.create();
        int threads = Runtime.getRuntime().availableProcessors();
        BatchSummary summary;
        try (InputStream in = Input.open(file, spec)) {
            CaseReader cases = json.reader(in, input);
            Iterator<ParsedCase> withCourt = withCourt(cases);
            Writer out = Output.standard();
            summary = switch (format) {
                case TEXT -> json.answer(withCourt, tenggat, day, textReport(out).andThen(a -> progress.answered()),
                        threads);
                case ICS -> writeICalendar(json, tenggat, cases, withCourt, day, out, threads, progress);
                case JSON -> {
                    BatchWriter writer = json.writer(out, cases.shape(), language);
                    BatchSummary written = json.answer(withCourt, tenggat, day, answer -> {
                        writer.write(answer);
                        progress.answered();
                    }, threads);
                    writer.end();
                    yield written;
                }
            };
        }
        if (summary.cases() == 0) {
            Input.reportEmpty(file, spec.commandLine().getErr());
        }
        return summary.ok() ? 0 : TenggatCli.SOME_ERRORS;
    }

    /**
     * The library with the deployment's {@code --courts}, {@code --calendar} files and {@code --law-values}, and the
     * {@code --policy} readings; a file or reading it cannot use is a usage error.
     */
    private Tenggat tenggat() {
        try {
            return calendarFiles.tenggat(spec, builder -> {
                courts.configure(builder);
                policies.configure(builder);
                if (lawValues != null) {
                    builder.lawValues(LawValues.fromJson(lawValues));
                }
            });
        } catch (LawValuesException e) {
            throw new ParameterException(spec.commandLine(), "--law-values: " + e.getMessage());
        }
    }

    private Consumer<CaseAnswer> textReport(Writer out) {
        TextReport report = new TextReport(language);
        PrintWriter printer = new PrintWriter(out);
        boolean[] first = {true};
        return answer -> {
            report.write(answer, first[0], printer);
            first[0] = false;
            Output.check(printer);
        };
    }

    /**
     * The dated deadlines of the valid cases as one iCalendar file, written once every case is answered; the errors
     * of the others go to standard error.
     */
    private BatchSummary writeICalendar(TenggatJson json, Tenggat tenggat, CaseReader reader,
                                        Iterator<ParsedCase> cases, Function<ParsedCase, LocalDate> day, Writer out,
                                        int threads, Progress progress) {
        List<ParsedCase> read = new ArrayList<>();
        List<CaseAnswer> answers = new ArrayList<>();
        Iterator<ParsedCase> recorded = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cases.hasNext();
            }

            @Override
            public ParsedCase next() {
                ParsedCase next = cases.next();
                read.add(next);
                return next;
            }
        };
        BatchSummary summary = json.answer(recorded, tenggat, day, answer -> {
            answers.add(answer);
            progress.answered();
        }, threads);
        read.stream().filter(c -> !c.ok())
                .forEach(c -> spec.commandLine().getErr().println("case " + c.index() + ": " + c.errors()));
        DeadlineICalendar.in(language).write(
                DeadlineICalendar.Answered.of(tenggat, new ReadResult(reader.shape(), read), answers), out);
        return summary;
    }

    /** Gives the {@code --court} to the cases that name no court. */
    private Iterator<ParsedCase> withCourt(Iterator<ParsedCase> cases) {
        String court = courts.name();
        if (court == null) {
            return cases;
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return cases.hasNext();
            }

            @Override
            public ParsedCase next() {
                return cases.next().withDefaultCourt(court);
            }
        };
    }
}
