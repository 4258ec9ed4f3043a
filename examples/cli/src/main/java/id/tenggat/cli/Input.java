package id.tenggat.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Where cases come from: a file, or standard input when no file (or "-") is given. */
final class Input {
    private Input() {
    }

    /**
     * The input's bytes, read as they are needed (never all at once).
     *
     * @throws ParameterException if the file cannot be opened (a usage error)
     */
    static InputStream open(Path file, CommandSpec spec) {
        if (standardInput(file)) {
            return System.in;
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e);
        }
    }

    /** Says on standard error that the input held no case, so that an empty run is not silent. */
    static void reportEmpty(Path file, PrintWriter err) {
        err.println("tenggat: no case in " + (standardInput(file) ? "standard input" : file) + "; nothing to answer");
    }

    private static boolean standardInput(Path file) {
        return file == null || file.toString().equals("-");
    }
}
