package id.tenggat.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** What the built jar leaves out so that a run loads only what it uses. */
class JarContentsIT {

    @Test
    void should_not_register_ical4j_time_zone_provider_which_every_first_zone_lookup_would_load() throws IOException {
        try (JarFile jar = new JarFile(Cli.JAR.toFile())) {
            assertThat(jar.getEntry("net/fortuna/ical4j/model/Calendar.class")).as("ical4j is in the jar").isNotNull();
            assertThat(jar.getEntry("META-INF/services/java.time.zone.ZoneRulesProvider")).isNull();
        }
    }
}
