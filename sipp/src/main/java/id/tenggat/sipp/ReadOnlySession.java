package id.tenggat.sipp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * One connection to a SIPP database that can only read: the connection is marked read-only, the session's
 * transactions are READ ONLY (so the server itself refuses any write), everything is read in one REPEATABLE READ
 * transaction (one consistent snapshot of the court), and {@link #select} refuses any statement but a SELECT.
 * Not thread-safe: one run, one session.
 */
final class ReadOnlySession implements AutoCloseable {
    /** Rows fetched from the server at a time, so that a large result never sits whole in memory. */
    static final int FETCH_SIZE = 1_000;

    private final Connection connection;

    private ReadOnlySession(Connection connection) {
        this.connection = connection;
    }

    /**
     * Opens a read-only session.
     *
     * @throws SQLException if the database cannot be reached or refuses read-only mode
     */
    static ReadOnlySession open(DataSource dataSource) throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // The server refuses writes in a READ ONLY transaction, whatever the account may do.
                s.execute("SET SESSION TRANSACTION READ ONLY");
            }
            return new ReadOnlySession(c);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    /** Receives the rows of a query, one at a time. */
    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a SELECT with the given parameters, streaming its rows to {@code handler}.
     *
     * @throws IllegalArgumentException if {@code sql} is not a SELECT
     */
    void select(String sql, RowHandler handler, Object... parameters) throws SQLException {
        requireSelect(sql);
        try (PreparedStatement ps = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        }
    }

    /** @throws IllegalArgumentException if the statement is not a SELECT */
    static void requireSelect(String sql) {
        Objects.requireNonNull(sql, "sql must not be null");
        String head = sql.stripLeading().toUpperCase(Locale.ROOT);
        if (!head.startsWith("SELECT ") || sql.contains(";")) {
            throw new IllegalArgumentException("a SIPP session runs one SELECT at a time, not: " + sql);
        }
    }

    /** The underlying connection, for tests that check what the server allows. */
    Connection connection() {
        return connection;
    }

    /** Ends the read-only transaction (nothing to keep) and closes the connection. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
