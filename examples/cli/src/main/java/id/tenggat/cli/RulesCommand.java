package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.json.TenggatJson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the rule inventory. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Prints the rule inventory as JSON: the number of rules and, per rule, its name, legal basis, "
                + "sources (each OFFICIAL, SECONDARY or SEED) and dates of validity."},
        footer = {"", "Example:", "  java -jar tenggat-cli.jar rules"})
final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().println(TenggatJson.create().writeRules(Tenggat.indonesia().rules()));
        return 0;
    }
}
