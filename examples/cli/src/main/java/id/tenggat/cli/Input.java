package id.tenggat.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Where cases come from: a file, or standard input when no file (or "-") is given. */
final class Input {
    private Input() {
    }

    /**
     * The whole input as UTF-8 text.
     *
     * @throws ParameterException if the file cannot be read (a usage error)
     */
    static String read(Path file, CommandSpec spec) {
        try {
            if (file == null || file.toString().equals("-")) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + (file == null ? "standard input" : file)
                    + ": " + e);
        }
    }
}
