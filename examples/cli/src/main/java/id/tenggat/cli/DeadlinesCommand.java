package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.json.BatchSummary;
import id.tenggat.json.CaseReader;
import id.tenggat.json.InputFormat;
import id.tenggat.json.ParsedCase;
import id.tenggat.json.TenggatJson;
import id.tenggat.model.CourtCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Answers cases: every deadline per party with its due date, status and legal basis. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"Computes the deadlines of one case (a JSON object), a JSON array of cases or JSON Lines, "
                + "from FILE or standard input; writes one answer per case, in order, in the same shape. Cases are "
                + "read, answered and written one at a time, so a batch of any size runs in bounded memory."},
        footer = {"", "Examples:",
                "  java -jar tenggat-cli.jar deadlines --as-of 2025-03-21 samples/perdata-banding.json",
                "  java -jar tenggat-cli.jar deadlines --format text --lang en < samples/batch.jsonl",
                "", TenggatCli.EXIT_STATUS})
final class DeadlinesCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { JSON, TEXT }

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day asked about, yyyy-MM-dd (default: today in the time zone of each case's court).")
    private LocalDate asOf;

    @Option(names = "--lang", paramLabel = "id|en", defaultValue = "ID",
            description = "Language of explanations and of the text table (default: ${DEFAULT-VALUE}).")
    private Language language;

    @Option(names = "--court", paramLabel = "NAME",
            description = "The court of cases that name none, e.g. \"PN Jepara\" (default: the national calendar).")
    private String court;

    @Option(names = "--format", paramLabel = "json|text", defaultValue = "JSON",
            description = "json (the JSON contract) or text (a table for reading) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Option(names = "--input", paramLabel = "auto|json|jsonl", defaultValue = "AUTO",
            description = TenggatCli.INPUT_FORMAT)
    private InputFormat input;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases (default: standard input).")
    private Path file;

    @Override
    public Integer call() throws IOException {
        Tenggat tenggat = Tenggat.indonesia();
        CourtCalendar calendar = Courts.calendar(court, tenggat.calendar(), spec);
        Function<ParsedCase, LocalDate> day = asOf != null ? parsed -> asOf
                : TenggatJson.todayAtTheCourt(tenggat, calendar.zone());
        TenggatJson json = TenggatJson.create();
        int threads = Runtime.getRuntime().availableProcessors();
        BatchSummary summary;
        try (InputStream in = Input.open(file, spec)) {
            CaseReader cases = json.reader(in, input);
            Writer out = Output.standard();
            if (format == Format.TEXT) {
                summary = json.answer(withCourt(cases), tenggat, day, textReport(out), threads);
            } else {
                summary = json.answer(withCourt(cases), tenggat, day, json.writer(out, cases.shape(), language), threads);
            }
        }
        if (summary.cases() == 0) {
            Input.reportEmpty(file, spec.commandLine().getErr());
        }
        return summary.ok() ? 0 : TenggatCli.SOME_ERRORS;
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

    /** Gives the {@code --court} to the cases that name no court. */
    private Iterator<ParsedCase> withCourt(Iterator<ParsedCase> cases) {
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
                ParsedCase p = cases.next();
                CourtCase c = p.courtCase();
                if (c == null || c.court() != null) {
                    return p;
                }
                CourtCase moved = new CourtCase(c.caseNumber(), c.caseType(), c.electronic(), court, c.parties(),
                        c.events(), c.detentions(), c.claim(), c.defendant());
                return new ParsedCase(p.index(), moved, p.caseNumber(), p.errors());
            }
        };
    }
}
