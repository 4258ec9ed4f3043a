package id.tenggat.sipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the SIPP account's password comes from: a file's first line, else the environment, else nowhere. */
class SippDataSourcesTest {
    static final String UNSET = "TENGGAT_TEST_NO_SUCH_VARIABLE";

    @Test
    void a_file_gives_its_first_line_and_wins_over_the_environment(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("password"), "rahasia\nthe second line is not read\n",
                StandardCharsets.UTF_8);
        Path empty = Files.writeString(dir.resolve("empty"), "", StandardCharsets.UTF_8);

        assertThat(SippDataSources.password(file, "PATH")).contains("rahasia");
        assertThat(SippDataSources.password(empty, "PATH")).as("an empty file: no password").contains("");
    }

    @Test
    void without_a_file_the_environment_variable_or_nothing() throws IOException {
        assertThat(SippDataSources.password(null, "PATH")).contains(System.getenv("PATH"));
        assertThat(SippDataSources.password(null, UNSET)).isEmpty();
    }

    @Test
    void a_missing_file_is_an_error_not_an_empty_password(@TempDir Path dir) {
        assertThatThrownBy(() -> SippDataSources.password(dir.resolve("none"), "PATH"))
                .isInstanceOf(NoSuchFileException.class);
    }
}
