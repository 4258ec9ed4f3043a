package id.tenggat;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The versions named in answers come from the build, filtered into the jar, not from the source. */
class VersionsTest {

    @Test
    void libraryVersionIsTheBuiltMavenVersion() {
        assertThat(Versions.library()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?").doesNotContain("${");
    }

    @Test
    void ruleSetVersionIsTheLibraryVersion() {
        assertThat(Versions.ruleSet()).isEqualTo(Versions.library());
    }
}
