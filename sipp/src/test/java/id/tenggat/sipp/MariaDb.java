package id.tenggat.sipp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The real MariaDB server the database tests run against ({@code tenggat.sipp.jdbcUrl}, by default 127.0.0.1:3306,
 * user root with an empty password), and a JUnit condition: when no server answers, the tests are skipped with one
 * plain line on standard output, or fail when a server is required: {@code -Dtenggat.sipp.requireDb=true}, or the
 * environment variable {@code CI=true} (continuous integration starts a server first and must never skip them).
 * Public, with {@link #createSipp}, for the tests of modules that read SIPP through this one (the service).
 */
public final class MariaDb implements ExecutionCondition {
    public static final String URL = System.getProperty("tenggat.sipp.jdbcUrl", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String USER = System.getProperty("tenggat.sipp.user", "root");
    private static final boolean REQUIRED = required();
    private static final AtomicBoolean SAID = new AtomicBoolean();
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile String unreachable;
    private static volatile boolean checked;

    /** Whether a missing server fails the tests instead of skipping them. */
    public static boolean required() {
        return Boolean.getBoolean("tenggat.sipp.requireDb") || "true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String why = unreachable();
        if (why == null) {
            return ConditionEvaluationResult.enabled("MariaDB answers at " + URL);
        }
        String line = "SIPP database tests SKIPPED (module sipp, the sipp command and the service's /v1/sipp/due): "
                + "no MariaDB server answers at " + URL + " (" + why + ")";
        if (REQUIRED) {
            throw new IllegalStateException(line.replace("SKIPPED", "FAILED") + "; a server is required here");
        }
        if (SAID.compareAndSet(false, true)) {
            System.out.println(line);
        }
        return ConditionEvaluationResult.disabled(line);
    }

    private static synchronized String unreachable() {
        if (!checked) {
            checked = true;
            DriverManager.setLoginTimeout(3);
            try (Connection c = DriverManager.getConnection(URL + "?connectTimeout=3000", USER, "")) {
                unreachable = c.isValid(3) ? null : "the connection is not valid";
            } catch (SQLException e) {
                unreachable = e.getMessage().lines().findFirst().orElse("no answer");
            }
        }
        return unreachable;
    }

    /** A connection with every right, for creating, filling and dropping test databases. */
    static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(URL + (database == null ? "" : database), USER, "");
    }

    /** A fresh database with SIPP's shape, dropped on {@link TestDatabase#close()}. */
    public static TestDatabase createSipp(String purpose) throws SQLException {
        String name = "sipp_test_" + purpose + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = admin(null); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
            s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
        try (Connection c = admin(name); Statement s = c.createStatement()) {
            for (String ddl : schema().split(";")) {
                String body = ddl.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
                if (!body.isEmpty()) {
                    s.execute(body);
                }
            }
        }
        return new TestDatabase(name);
    }

    private static String schema() {
        try (InputStream in = MariaDb.class.getResourceAsStream("sipp-schema.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A test database: its name, a writable connection for fixtures, the data source the reader gets. */
    public record TestDatabase(String name) implements AutoCloseable {
        public Connection admin() throws SQLException {
            return MariaDb.admin(name);
        }

        public MariaDbDataSource dataSource() throws SQLException {
            MariaDbDataSource ds = new MariaDbDataSource(URL + name);
            ds.setUser(USER);
            ds.setPassword("");
            return ds;
        }

        public void execute(String... statements) throws SQLException {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        }

        @Override
        public void close() throws SQLException {
            try (Connection c = MariaDb.admin(null); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        }
    }
}
