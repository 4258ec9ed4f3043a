package id.tenggat.cli;

import static id.tenggat.cli.Cli.conforming;
import static id.tenggat.cli.Cli.deadline;
import static id.tenggat.cli.Cli.run;
import static id.tenggat.cli.Cli.sample;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code deadlines --policy ID=READING}: another reading of an interpretation policy than its default. */
class PolicyOptionIT {

    @Test
    void should_count_with_the_reading_given_and_offer_the_default_as_the_alternative() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-03-21", "--policy", "cuti-bersama=working",
                sample("perdata-banding.json"));

        assertThat(run.status()).isZero();
        JsonNode tergugat = deadline(conforming(run.json()), "perdata.banding", "TERGUGAT");
        // Notified Mon 17 Mar 2025; day 14 is Mon 31 Mar, and 1 Apr is the second day of Idul Fitri. With cuti
        // bersama as working days, Wed 2 Apr 2025 is the next working day (by default it is Tue 8 Apr).
        assertThat(tergugat.get("due").asText()).isEqualTo("2025-04-02");
        assertThat(tergugat.get("alternatives")).extracting(a -> a.get("policy").asText() + ":"
                + a.get("reading").asText() + "=" + a.get("due").asText())
                .contains("cuti-bersama:non-working=2025-04-08");
    }

    @Test
    void should_take_several_policies() {
        Cli.Run run = run(null, "deadlines", "--as-of", "2025-12-15", "--policy", "criminal-kasasi-start=same-day",
                "--policy", "cuti-bersama=working", sample("pidana-kasasi.json"));

        assertThat(run.status()).isZero();
        // TERDAKWA notified Thu 11 Dec 2025; counting the day itself, day 14 is Wed 24 Dec 2025, a working day.
        // PENUNTUT_UMUM notified Fri 12 Dec: day 14 is Thu 25 Dec (Christmas); Fri 26 Dec cuti bersama, here a
        // working day.
        JsonNode answer = conforming(run.json());
        assertThat(deadline(answer, "pidana.kasasi", "TERDAKWA").get("due").asText()).isEqualTo("2025-12-24");
        assertThat(deadline(answer, "pidana.kasasi", "PENUNTUT_UMUM").get("due").asText()).isEqualTo("2025-12-26");
    }

    @Test
    void should_refuse_an_unknown_policy_or_reading_as_a_usage_error_listing_what_is_allowed() {
        Cli.Run unknown = run(null, "deadlines", "--policy", "cuti=working", sample("perdata-banding.json"));
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err()).contains("--policy: unknown policy 'cuti'; policies: ")
                .contains("cuti-bersama (non-working, working)");

        Cli.Run reading = run(null, "deadlines", "--policy", "cuti-bersama=libur", sample("perdata-banding.json"));
        assertThat(reading.status()).isEqualTo(2);
        assertThat(reading.err()).contains("--policy: policy cuti-bersama has no reading 'libur'; readings: "
                + "[non-working, working]");
    }
}
