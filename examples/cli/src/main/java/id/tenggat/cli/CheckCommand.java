package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.json.BatchWriter;
import id.tenggat.json.CaseReader;
import id.tenggat.json.InputFormat;
import id.tenggat.json.ParsedCase;
import id.tenggat.json.TenggatJson;
import id.tenggat.answer.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates cases without computing anything, exactly as {@code deadlines} validates them before answering. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates cases (a JSON object, a JSON array or JSON Lines, from FILE or standard input) "
                + "exactly as deadlines does before answering them, on the same day and with the same courts, and "
                + "reports every error with its field path and value; computes nothing. Writes one "
                + "{index, caseNumber, valid, errors} per case, in the input's shape, as each case is read."},
        footer = {"", "Example:", "  java -jar tenggat-cli.jar check samples/batch.jsonl",
                "", TenggatCli.EXIT_STATUS_CHECK})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day asked about, yyyy-MM-dd: an event after it is an error (default: today in the time "
                    + "zone of each case's court).")
    private LocalDate asOf;

    @Mixin
    private CourtOptions courts;

    @Option(names = "--input", paramLabel = "auto|json|jsonl", defaultValue = "AUTO",
            description = TenggatCli.INPUT_FORMAT)
    private InputFormat input;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases (default: standard input).")
    private Path file;

    @Override
    public Integer call() throws IOException {
        Tenggat.Builder builder = Tenggat.builder();
        courts.configure(builder);
        Tenggat tenggat = builder.build();
        CourtCalendar calendar = courts.calendar(tenggat.calendar());
        Function<ParsedCase, LocalDate> day = asOf != null ? parsed -> asOf
                : TenggatJson.todayAtTheCourt(tenggat, calendar.zone());
        TenggatJson json = TenggatJson.create();
        boolean valid = true;
        try (InputStream in = Input.open(file, spec)) {
            CaseReader cases = json.reader(in, input);
            BatchWriter out = json.writer(Output.standard(), cases.shape(), Language.ID);
            while (cases.hasNext()) {
                ParsedCase read = cases.next().withDefaultCourt(courts.name());
                ParsedCase parsed = read.checkedBy(tenggat, day.apply(read));
                out.writeCheck(parsed);
                valid &= parsed.ok();
            }
            out.end();
            if (out.written() == 0) {
                Input.reportEmpty(file, spec.commandLine().getErr());
            }
        }
        return valid ? 0 : TenggatCli.SOME_ERRORS;
    }
}
