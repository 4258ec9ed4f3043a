package id.tenggat.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The server's --sipp-* options: read as given, and refused with a message naming the option before it listens. */
class SippDueOptionsTest {

    /** Runs the command line; the exit status and what it wrote to standard error. */
    static String[] run(String... args) {
        StringWriter err = new StringWriter();
        int status = new CommandLine(new TenggatServer()).setErr(new PrintWriter(err)).execute(args);
        return new String[] {Integer.toString(status), err.toString()};
    }

    @Test
    void should_read_the_refresh_as_an_iso_duration_with_five_minutes_by_default() {
        TenggatServer given = new TenggatServer();
        new CommandLine(given).parseArgs("--sipp-jdbc-url", "jdbc:mariadb://127.0.0.1:3306/sipp", "--sipp-user",
                "tenggat_ro", "--sipp-refresh", "PT30S");
        TenggatServer defaults = new TenggatServer();
        new CommandLine(defaults).parseArgs();

        assertThat(given.sippRefresh).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.sippRefresh).isEqualTo(Duration.ofMinutes(5));
        assertThat(defaults.sippJdbcUrl).isNull();
    }

    @Test
    void should_say_what_a_bad_number_or_duration_must_be_without_java_type_names() {
        String[] port = run("--port", "http");
        String[] bytes = run("--max-body-bytes", "1MB");
        String[] refresh = run("--sipp-refresh", "5m");

        assertThat(port[0]).isEqualTo("2");
        assertThat(port[1]).startsWith("Invalid value for option '--port': 'http' is not a whole number");
        assertThat(bytes[1]).startsWith("Invalid value for option '--max-body-bytes': '1MB' is not a whole number of bytes");
        assertThat(refresh[1]).startsWith(
                "Invalid value for option '--sipp-refresh': '5m' is not an ISO-8601 duration such as PT5M or PT30S");
        assertThat(port[1] + bytes[1] + refresh[1]).doesNotContain("java.", "Exception", "not an int", "not a long");
    }

    @Test
    void should_refuse_a_user_without_a_database() {
        String[] result = run("--port", "0", "--sipp-user", "tenggat_ro");

        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains("--sipp-user and --sipp-password-file need --sipp-jdbc-url");
    }

    @Test
    void should_refuse_a_database_without_a_user() {
        String[] result = run("--port", "0", "--sipp-jdbc-url", "jdbc:mariadb://127.0.0.1:3306/sipp");

        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains("--sipp-jdbc-url needs --sipp-user");
    }

    @Test
    void should_name_a_password_file_it_cannot_read(@TempDir Path dir) {
        Path missing = dir.resolve("sipp-password");
        String[] result = run("--port", "0", "--sipp-jdbc-url", "jdbc:mariadb://127.0.0.1:3306/sipp", "--sipp-user",
                "tenggat_ro", "--sipp-password-file", missing.toString());

        assertThat(result[0]).isEqualTo("2");
        assertThat(result[1]).contains("--sipp-password-file: cannot read " + missing);
    }
}
