package id.tenggat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.answer.Language;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line, on a clock the test moves. */
class ProgressTest {
    private final AtomicLong clock = new AtomicLong();
    private final StringWriter err = new StringWriter();

    private Progress progress(Boolean shown, Language language) {
        return Progress.start(shown, new PrintWriter(err, true), language, clock::get);
    }

    private void answer(Progress progress, int cases, long millisEach) {
        for (int i = 0; i < cases; i++) {
            clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(millisEach));
            progress.answered();
        }
    }

    @Test
    void showsTheCountAboutEverySecondRewritingOneLineAndClearsItAtTheEnd() {
        try (Progress progress = progress(true, Language.ID)) {
            answer(progress, 999, 1);      // 0.999 s: nothing yet
            answer(progress, 1, 1);        // 1 s: "1.000 kasus dijawab"
            answer(progress, 11_000, 0);   // no time passes: the line stays
            answer(progress, 1, 1_000);    // a second later: "12.001 kasus dijawab"
        }

        String line1 = "1.000 kasus dijawab";
        String line2 = "12.001 kasus dijawab";
        assertThat(err.toString()).isEqualTo("\r" + line1 + "\r" + line2 + "\r" + " ".repeat(line2.length()) + "\r");
    }

    @Test
    void writesEnglishInEnglishWithItsNumbers() {
        try (Progress progress = progress(true, Language.EN)) {
            answer(progress, 1, 1_000);
            answer(progress, 1_999, 0);
            answer(progress, 1, 1_000);
        }

        assertThat(err.toString()).isEqualTo("\r1 case answered\r2,001 cases answered\r" + " ".repeat(20) + "\r");
    }

    @Test
    void aShortRunShowsNothingAndClearsNothing() {
        try (Progress progress = progress(true, Language.ID)) {
            answer(progress, 500, 1);
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void noProgressShowsNothingHoweverLongTheRun() {
        try (Progress progress = progress(false, Language.ID)) {
            answer(progress, 10, 1_000);
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aTerminalIsAPseudoTerminalOrATtyDevice() {
        assertThat(Progress.isTerminal("/dev/pts/3")).isTrue();
        assertThat(Progress.isTerminal("/dev/tty1")).isTrue();
        assertThat(Progress.isTerminal("pipe:[123456]")).isFalse();
        assertThat(Progress.isTerminal("/tmp/err.log")).isFalse();
        assertThat(Progress.isTerminal("/dev/null")).isFalse();
    }
}
