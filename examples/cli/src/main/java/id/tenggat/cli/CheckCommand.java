package id.tenggat.cli;

import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates cases without computing anything. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validates cases (a JSON object, a JSON array or JSON Lines, from FILE or standard input) and "
                + "reports every error with its field path and value; computes nothing. Writes one "
                + "{index, caseNumber, valid, errors} per case, in the input's shape."},
        footer = {"", "Example:", "  java -jar tenggat-cli.jar check samples/batch.jsonl",
                "", "Exit status: 0 every case valid, 1 some case has errors, 2 usage error."})
final class CheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The cases (default: standard input).")
    private Path file;

    @Override
    public Integer call() {
        TenggatJson json = TenggatJson.create();
        ReadResult read = json.read(Input.read(file, spec));
        json.writeCheck(read, spec.commandLine().getOut());
        return read.ok() ? 0 : TenggatCli.SOME_ERRORS;
    }
}
