package id.tenggat.sipp;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** Connection pools for reading SIPP: read-only connections, for the command-line tool and the service. */
public final class SippDataSources {
    /** The environment variable that holds the SIPP account's password unless a deployment names another. */
    public static final String PASSWORD_VARIABLE = "TENGGAT_SIPP_PASSWORD";

    private SippDataSources() {
    }

    /**
     * A small pool of read-only connections to a SIPP database (MariaDB or MySQL). Close it when done.
     *
     * @param jdbcUrl  e.g. {@code jdbc:mariadb://127.0.0.1:3306/sipp}, not null
     * @param user     an account with SELECT on the SIPP schema, not null
     * @param password its password, not null (may be empty)
     * @return the pool
     */
    public static HikariDataSource readOnly(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Objects.requireNonNull(jdbcUrl, "jdbcUrl must not be null"));
        config.setUsername(Objects.requireNonNull(user, "user must not be null"));
        config.setPassword(Objects.requireNonNull(password, "password must not be null"));
        config.setReadOnly(true);
        config.setAutoCommit(false);
        config.setMaximumPoolSize(2);
        config.setMinimumIdle(0);
        config.setPoolName("tenggat-sipp");
        return new HikariDataSource(config);
    }

    /**
     * The password of the SIPP account from where a deployment keeps it, never from a command line (which every user
     * of the machine can see): the first line of {@code file} when one is given, else the environment variable
     * {@code variable} (set and empty means no password); empty when neither is given.
     *
     * @param file     a file whose first line is the password, or null
     * @param variable the name of the environment variable, not null
     * @return the password, or empty when neither is given
     * @throws IOException if the file cannot be read
     */
    public static Optional<String> password(Path file, String variable) throws IOException {
        Objects.requireNonNull(variable, "variable must not be null");
        if (file != null) {
            return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse(""));
        }
        return Optional.ofNullable(System.getenv(variable));
    }
}
