package id.tenggat.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for results, as UTF-8, where a failed write (a full disk, a closed pipe) is an exception rather
 * than the silent error flag of {@link System#out}: a run whose results were not all written must not end as if
 * they had been.
 */
final class Output {
    private Output() {
    }

    /** Standard output; writes that fail throw {@link java.io.IOException}. */
    static Writer standard() {
        return new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Throws if a {@link PrintWriter} met an error since it was made (it flushes first).
     *
     * @throws UncheckedIOException if it did
     */
    static void check(PrintWriter out) {
        if (out.checkError()) {
            throw new UncheckedIOException("cannot write the results to standard output",
                    new IOException("the output stream reported an error"));
        }
    }
}
