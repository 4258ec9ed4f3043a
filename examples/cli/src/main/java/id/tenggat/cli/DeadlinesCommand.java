package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.ics.DeadlineICalendar;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import id.tenggat.law.LawValues;
import id.tenggat.law.LawValuesException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
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
                + "from FILE or standard input; writes one answer per case, in order, in the same shape."},
        footer = {"", "Examples:",
                "  java -jar tenggat-cli.jar deadlines --as-of 2025-03-21 samples/perdata-banding.json",
                "  java -jar tenggat-cli.jar deadlines --format text --lang en < samples/batch.jsonl",
                "  java -jar tenggat-cli.jar deadlines --law-values nilai-hukum.json samples/pidana-kuhap-2025.json",
                "  java -jar tenggat-cli.jar deadlines --format ics samples/perdata-banding.json > perkara.ics",
                "", "Exit status: 0 every case answered, 1 some case had errors, 2 usage error."})
final class DeadlinesCommand implements Callable<Integer> {

    /** Output formats. */
    enum Format { JSON, TEXT, ICS }

    @Spec
    private CommandSpec spec;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The day asked about, yyyy-MM-dd (default: today in the court's time zone).")
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

    @Option(names = "--law-values", paramLabel = "FILE",
            description = "Values of the law the library does not encode (e.g. UU 20/2025 appeal windows), from the "
                    + "enacted text this deployment holds, in the shape of law-values.schema.json. Answers computed "
                    + "from them list them in suppliedValues; the library does not vouch for them.")
    private Path lawValues;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases (default: standard input).")
    private Path file;

    @Mixin
    private CalendarFiles calendarFiles;

    @Override
    public Integer call() {
        Tenggat tenggat = tenggat();
        CourtCalendar calendar = courts.calendar(tenggat.calendar());
        LocalDate day = asOf != null ? asOf : tenggat.today(calendar.zone());
        TenggatJson json = TenggatJson.create();
        ReadResult read = json.read(Input.read(file, spec)).withDefaultCourt(courts.name());
        List<CaseAnswer> answers = read.answer(tenggat, day);
        if (format == Format.TEXT) {
            new TextReport(language).write(answers, spec.commandLine().getOut());
        } else if (format == Format.ICS) {
            writeICalendar(tenggat, read, answers);
        } else {
            json.writeAnswers(answers, read.shape(), language, spec.commandLine().getOut());
        }
        return answers.stream().allMatch(CaseAnswer::ok) ? 0 : TenggatCli.SOME_ERRORS;
    }

    /**
     * The library with the deployment's {@code --courts}, {@code --calendar} files and {@code --law-values}; a file it
     * cannot use is a usage error.
     */
    private Tenggat tenggat() {
        try {
            return calendarFiles.tenggat(spec, builder -> {
                courts.configure(builder);
                if (lawValues != null) {
                    builder.lawValues(LawValues.fromJson(lawValues));
                }
            });
        } catch (LawValuesException e) {
            throw new ParameterException(spec.commandLine(), "--law-values: " + e.getMessage());
        }
    }

    /** The dated deadlines of the valid cases as one iCalendar file; the errors of the others on standard error. */
    private void writeICalendar(Tenggat tenggat, ReadResult read, List<CaseAnswer> answers) {
        read.invalid().forEach(c -> spec.commandLine().getErr().println("case " + c.index() + ": " + c.errors()));
        DeadlineICalendar.in(language).write(DeadlineICalendar.Answered.of(tenggat, read, answers),
                spec.commandLine().getOut());
    }
}
