package id.tenggat.cli;

import id.tenggat.answer.Language;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * How many cases a long batch has answered, on standard error, as one line rewritten in place ("12.000 kasus
 * dijawab"): first once the run has taken a second, then about every second, and cleared when the run ends, so that
 * nothing of it stays on the terminal or reaches standard output. Used by one thread at a time.
 */
final class Progress implements AutoCloseable {
    /** How often the line is rewritten, and how long a run goes before it first appears. */
    static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** Where standard error goes on Linux; a terminal is a {@code /dev/pts/N} or {@code /dev/ttyN}. */
    private static final Path STANDARD_ERROR = Path.of("/proc/self/fd/2");

    private final PrintWriter err;
    private final Language language;
    private final LongSupplier clock;
    private final NumberFormat numbers;
    private long count;
    private long lastShown;
    private int shownWidth;

    private Progress(PrintWriter err, Language language, LongSupplier clock) {
        this.err = err;
        this.language = language;
        this.clock = clock;
        this.numbers = NumberFormat.getIntegerInstance(language.locale());
        this.lastShown = clock.getAsLong();
    }

    /**
     * The progress of a run that starts now, or one that shows nothing.
     *
     * @param shown  {@code --progress} (true), {@code --no-progress} (false) or neither (null: shown when standard
     *     error is a terminal)
     * @param err  standard error
     * @param language  the language of the line
     * @param clock  the time in nanoseconds, e.g. {@link System#nanoTime}
     * @return the progress
     */
    static Progress start(Boolean shown, PrintWriter err, Language language, LongSupplier clock) {
        boolean show = shown != null ? shown : standardErrorIsATerminal();
        return new Progress(show ? err : null, language, clock);
    }

    /**
     * Whether standard error is a terminal. Java 17 cannot ask (its {@code System.console()} speaks of standard
     * input and output), so on Linux the target of {@code /proc/self/fd/2} tells; elsewhere the answer is no.
     */
    static boolean standardErrorIsATerminal() {
        try {
            return isTerminal(Files.readSymbolicLink(STANDARD_ERROR).toString());
        } catch (Exception | LinkageError notLinux) {
            return false;
        }
    }

    /** Whether a file descriptor's target is a terminal device. */
    static boolean isTerminal(String target) {
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    }

    /** One more case answered; rewrites the line if a second has passed since it was last written. */
    void answered() {
        count++;
        if (err == null) {
            return;
        }
        long now = clock.getAsLong();
        if (now - lastShown >= INTERVAL_NANOS) {
            lastShown = now;
            String line = numbers.format(count) + (language == Language.ID ? " kasus dijawab"
                    : count == 1 ? " case answered" : " cases answered");
            err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
            err.flush();
            shownWidth = Math.max(shownWidth, line.length());
        }
    }

    /** Clears the line, if one was written. */
    @Override
    public void close() {
        if (err != null && shownWidth > 0) {
            err.print("\r" + " ".repeat(shownWidth) + "\r");
            err.flush();
            shownWidth = 0;
        }
    }
}
