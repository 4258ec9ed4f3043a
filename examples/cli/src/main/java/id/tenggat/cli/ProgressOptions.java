package id.tenggat.cli;

import id.tenggat.answer.Language;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --progress} / {@code --no-progress} options of the commands that answer batches. */
final class ProgressOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--progress", negatable = true,
            description = "Show how many cases are answered on standard error, one line rewritten about every "
                    + "second and cleared at the end (default: when standard error is a terminal); never on "
                    + "standard output. --no-progress never shows it.")
    private Boolean progress;

    /** The progress of a run that starts now. */
    Progress start(Language language) {
        return Progress.start(progress, spec.commandLine().getErr(), language, System::nanoTime);
    }
}
