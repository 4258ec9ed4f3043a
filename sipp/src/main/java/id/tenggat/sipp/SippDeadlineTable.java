package id.tenggat.sipp;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Writes a run's deadlines to a table a dashboard joins on {@code perkara_id}: {@code <schema>.deadlines}
 * ({@code perkara_id}, {@code nomor_perkara}, {@code deadline_id}, {@code variant}, {@code party}, {@code due},
 * {@code status}, {@code legal_basis}, {@code law}, {@code explanation}, {@code as_of}, {@code rule}), in its own
 * schema (by default {@code tenggat}), never in SIPP's. The run fills {@code deadlines_next}; {@link #close()} swaps
 * it in with one {@code RENAME TABLE}, so readers see the previous run or the new one, never half of one.
 *
 * <p>Give it a connection to the output schema with an account that may create, fill, rename and drop tables there
 * (not the read-only SIPP account). Problems are not written here: route them to another sink. Not thread-safe.
 */
public final class SippDeadlineTable implements SippSink, AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final int BATCH = 1_000;

    private final Connection connection;
    private final String schema;
    private final Language language;
    private final PreparedStatement insert;
    private int pending;

    private SippDeadlineTable(Connection connection, String schema, Language language) throws SQLException {
        this.connection = connection;
        this.schema = schema;
        this.language = language;
        try (Statement s = connection.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4");
            s.execute("DROP TABLE IF EXISTS " + schema + ".deadlines_next");
            s.execute("CREATE TABLE " + schema + ".deadlines_next ("
                    + "perkara_id BIGINT NOT NULL, nomor_perkara VARCHAR(100), deadline_id VARCHAR(100) NOT NULL, "
                    + "variant VARCHAR(100), party VARCHAR(30), due DATE, status VARCHAR(20) NOT NULL, "
                    + "legal_basis TEXT NOT NULL, law VARCHAR(255) NOT NULL, explanation TEXT NOT NULL, "
                    + "as_of DATE NOT NULL, rule VARCHAR(255) NOT NULL, "
                    + "KEY (perkara_id), KEY (status, due)) CHARACTER SET utf8mb4");
        }
        this.insert = connection.prepareStatement("INSERT INTO " + schema + ".deadlines_next (perkara_id, "
                + "nomor_perkara, deadline_id, variant, party, due, status, legal_basis, law, explanation, as_of, rule)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /**
     * Starts writing a run into {@code schema} (created if missing).
     *
     * @param output   the database written to (not SIPP's), not null
     * @param schema   a plain schema name, e.g. {@code tenggat}
     * @param language the language of the explanations
     * @return the table, ready for the run's answers
     * @throws IllegalArgumentException if {@code schema} is not a plain name
     * @throws SQLException             if the table cannot be created
     */
    public static SippDeadlineTable in(DataSource output, String schema, Language language) throws SQLException {
        Objects.requireNonNull(output, "output must not be null");
        Objects.requireNonNull(language, "language must not be null");
        if (schema == null || !NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("schema must be a plain name (letters, digits, _), not: " + schema);
        }
        Connection c = output.getConnection();
        try {
            c.setAutoCommit(true);
            return new SippDeadlineTable(c, schema, language);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    @Override
    public void answered(MappedCase mapped, CaseAnswer answer) {
        try {
            for (DeadlineAnswer d : answer.deadlines()) {
                insert.setLong(1, mapped.perkaraId());
                insert.setString(2, mapped.nomorPerkara());
                insert.setString(3, d.id());
                insert.setString(4, d.variant());
                insert.setString(5, d.party() == null ? null : d.party().name());
                insert.setDate(6, d.due() == null ? null : Date.valueOf(d.due()));
                insert.setString(7, d.status().name());
                insert.setString(8, d.legalBasis());
                insert.setString(9, d.law());
                insert.setString(10, String.join("\n", d.explanation(language)));
                insert.setDate(11, Date.valueOf(answer.asOf()));
                insert.setString(12, d.rule());
                insert.addBatch();
                if (++pending == BATCH) {
                    flush();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the deadlines could not be written to " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Problems go to another sink (e.g. {@link SippJsonFiles}). */
    @Override
    public void problem(Problem problem) {
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    /**
     * Writes what is left and swaps the new table in: {@code deadlines_next} becomes {@code deadlines} in one
     * {@code RENAME TABLE}; the previous run's table is dropped.
     *
     * @throws SQLException if the swap fails (the previous run's table is then untouched)
     */
    @Override
    public void close() throws SQLException {
        try (connection; insert; Statement s = connection.createStatement()) {
            flush();
            s.execute("CREATE TABLE IF NOT EXISTS " + schema + ".deadlines LIKE " + schema + ".deadlines_next");
            s.execute("DROP TABLE IF EXISTS " + schema + ".deadlines_previous");
            s.execute("RENAME TABLE " + schema + ".deadlines TO " + schema + ".deadlines_previous, "
                    + schema + ".deadlines_next TO " + schema + ".deadlines");
            s.execute("DROP TABLE " + schema + ".deadlines_previous");
        }
    }
}
