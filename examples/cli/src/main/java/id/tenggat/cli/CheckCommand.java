package id.tenggat.cli;

import id.tenggat.json.BatchWriter;
import id.tenggat.json.CaseReader;
import id.tenggat.json.InputFormat;
import id.tenggat.json.ParsedCase;
import id.tenggat.json.TenggatJson;
import id.tenggat.answer.Language;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates cases without computing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates cases (a JSON object, a JSON array or JSON Lines, from FILE or standard input) and "
                + "reports every error with its field path and value; computes nothing. Writes one "
                + "{index, caseNumber, valid, errors} per case, in the input's shape, as each case is read."},
        footer = {"", "Example:", "  java -jar tenggat-cli.jar check samples/batch.jsonl",
                "", TenggatCli.EXIT_STATUS_CHECK})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--input", paramLabel = "auto|json|jsonl", defaultValue = "AUTO",
            description = TenggatCli.INPUT_FORMAT)
    private InputFormat input;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases (default: standard input).")
    private Path file;

    @Override
    public Integer call() throws IOException {
        TenggatJson json = TenggatJson.create();
        boolean valid = true;
        try (InputStream in = Input.open(file, spec)) {
            CaseReader cases = json.reader(in, input);
            BatchWriter out = json.writer(Output.standard(), cases.shape(), Language.ID);
            while (cases.hasNext()) {
                ParsedCase parsed = cases.next();
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
