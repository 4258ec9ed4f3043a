package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.ics.DeadlineICalendar;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Answers cases: every deadline per party with its due date, status and legal basis. */
@Command(name = "deadlines", mixinStandardHelpOptions = true,
        description = {"Computes the deadlines of one case (a JSON object), a JSON array of cases or JSON Lines, "
                + "from FILE or standard input; writes one answer per case, in order, in the same shape."},
        footer = {"", "Examples:",
                "  java -jar tenggat-cli.jar deadlines --as-of 2025-03-21 samples/perdata-banding.json",
                "  java -jar tenggat-cli.jar deadlines --format text --lang en < samples/batch.jsonl",
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

    @Option(names = "--court", paramLabel = "NAME",
            description = "The court of cases that name none, e.g. \"PN Jepara\" (default: the national calendar).")
    private String court;

    @Option(names = "--format", paramLabel = "json|text|ics", defaultValue = "JSON",
            description = "json (the JSON contract), text (a table for reading) or ics (an iCalendar file of the dated "
                    + "deadlines, for Google Calendar or Outlook) (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases (default: standard input).")
    private Path file;

    @Override
    public Integer call() {
        Tenggat tenggat = Tenggat.indonesia();
        CourtCalendar calendar = Courts.calendar(court, tenggat.calendar(), spec);
        LocalDate day = asOf != null ? asOf : tenggat.today(calendar.zone());
        TenggatJson json = TenggatJson.create();
        ReadResult read = json.read(Input.read(file, spec)).withDefaultCourt(court);
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

    /** The dated deadlines of the valid cases as one iCalendar file; the errors of the others on standard error. */
    private void writeICalendar(Tenggat tenggat, ReadResult read, List<CaseAnswer> answers) {
        read.invalid().forEach(c -> spec.commandLine().getErr().println("case " + c.index() + ": " + c.errors()));
        DeadlineICalendar.in(language).write(DeadlineICalendar.Answered.of(tenggat, read, answers),
                spec.commandLine().getOut());
    }
}
