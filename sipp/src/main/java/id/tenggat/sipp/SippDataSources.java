package id.tenggat.sipp;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;

/** Connection pools for reading SIPP: read-only connections, for the command-line tool and the service. */
public final class SippDataSources {
    private SippDataSources() {
    }

    /**
     * A small pool of read-only connections to a SIPP database (MariaDB or MySQL). Close it when done.
     *
     * @param jdbcUrl  e.g. {@code jdbc:mariadb://127.0.0.1:3306/sipp}, not null
     * @param user     an account with SELECT on the SIPP schema, not null
     * @param password its password, not null (may be empty)
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
}
