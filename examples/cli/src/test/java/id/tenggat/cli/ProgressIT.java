package id.tenggat.cli;

import static id.tenggat.cli.Cli.run;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Progress of a batch through the built jar: on standard error only when asked (the tests' standard error is a pipe,
 * not a terminal), never on standard output, and the answers are the same with and without it.
 */
class ProgressIT {
    /** Notified Mon 17 Mar 2025 to TERGUGAT at PN Jepara. */
    private static String batch(int cases) {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= cases; i++) {
            in.append("{\"caseNumber\":\"").append(i).append("/Pdt.G/2025/PN Jpa\",\"caseType\":\"PERDATA\",")
                    .append("\"court\":\"PN Jepara\",\"events\":[{\"type\":\"PUTUSAN_DIBERITAHUKAN\",")
                    .append("\"date\":\"2025-03-17\",\"party\":\"TERGUGAT\"}]}\n");
        }
        return in.toString();
    }

    @Test
    void progressGoesToStandardErrorAsOneLineClearedAtTheEndAndLeavesTheAnswersAlone() {
        String in = batch(3_000);

        // The run takes more than a second from its start (the rule base alone takes longer to build), so the line
        // appears at least once.
        Cli.Run shown = run(in, "deadlines", "--as-of", "2025-03-21", "--lang", "en", "--progress");
        Cli.Run quiet = run(in, "deadlines", "--as-of", "2025-03-21", "--lang", "en", "--no-progress");

        assertThat(shown.status()).isZero();
        assertThat(shown.out()).doesNotContain("\r").isEqualTo(quiet.out());
        assertThat(shown.lines()).hasSize(3_000);
        assertThat(shown.err()).matches("(\\r[0-9,]+ cases? answered *)+\\r +\\r");
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void withoutAnOptionAPipeGetsNoProgress() {
        Cli.Run run = run(batch(2_000), "deadlines", "--as-of", "2025-03-21", "--format", "text");

        assertThat(run.status()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).doesNotContain("\r").contains("2000/Pdt.G/2025/PN Jpa");
    }

    @Test
    void deadlinesAndSippOfferTheOptionInTheirHelp() {
        for (String command : new String[] {"deadlines", "sipp"}) {
            Cli.Run help = run(null, command, "--help");

            assertThat(help.status()).as(command).isZero();
            assertThat(help.out()).as(command).contains("--[no-]progress", "standard error is a terminal");
        }
    }
}
