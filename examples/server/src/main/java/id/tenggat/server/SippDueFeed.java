package id.tenggat.server;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import id.tenggat.Tenggat;
import id.tenggat.sipp.DueItem;
import id.tenggat.sipp.SippDataSources;
import id.tenggat.sipp.SippReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The court's overdue and due-soon deadlines, read from its SIPP database for {@code GET /v1/sipp/due}.
 *
 * <p>It owns the pool of read-only connections, opened at the first read so that the service starts (and answers
 * everything else) while the database is down, and tried again at the next read after a failure. What it read is
 * reused for {@link ServerSettings.Sipp#refresh()}: a dashboard polling every few seconds costs the database one read
 * of the court per refresh, not one per poll. One read runs at a time; a caller asking meanwhile waits and then gets
 * what was just read. Thread-safe.
 */
final class SippDueFeed implements AutoCloseable {
    /** How many windows (asOf, from, to) are kept; a dashboard asks for one or two. */
    private static final int WINDOWS_KEPT = 16;

    private final ServerSettings.Sipp source;
    private final Object reading = new Object();
    /** Guarded by {@link #reading}. */
    private Read<String> court;
    /** Guarded by {@link #reading}; the least recently used window goes first. */
    private final Map<Window, Read<List<DueItem>>> items = new LinkedHashMap<>(WINDOWS_KEPT, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Window, Read<List<DueItem>>> eldest) {
            return size() > WINDOWS_KEPT;
        }
    };
    /** Guarded by {@code this}. */
    private HikariDataSource pool;
    /** Guarded by {@code this}. */
    private boolean closed;

    SippDueFeed(ServerSettings.Sipp source) {
        this.source = source;
    }

    /** The days a list is asked for: the day its statuses are answered on, and the due dates it lists. */
    record Window(LocalDate asOf, LocalDate from, LocalDate to) {
    }

    /** What one read of the database gave, and when. */
    record Read<T>(T value, Instant at, long nanos) {
    }

    /**
     * The court the database belongs to, by its name in {@code tenggat}'s registry, or null when SIPP names none the
     * registry knows (the national calendar is then used).
     *
     * @throws SQLException if the database cannot be read
     */
    String court(Tenggat tenggat) throws SQLException {
        synchronized (reading) {
            if (court == null || stale(court)) {
                court = read(reader(tenggat).court());
            }
            return court.value();
        }
    }

    /**
     * The deadlines of {@link SippReader#due}: every overdue one, then those open or due today from {@code from} to
     * {@code to}, as of the window's day; with when they were read.
     *
     * @throws SQLException if the database cannot be read
     */
    Read<List<DueItem>> due(Tenggat tenggat, Window window) throws SQLException {
        synchronized (reading) {
            Read<List<DueItem>> kept = items.get(window);
            if (kept == null || stale(kept)) {
                kept = read(reader(tenggat).due(window.asOf(), window.from(), window.to()));
                items.put(window, kept);
            }
            return kept;
        }
    }

    private boolean stale(Read<?> read) {
        return System.nanoTime() - read.nanos() >= source.refresh().toNanos();
    }

    private static <T> Read<T> read(T value) {
        return new Read<>(value, Instant.now(), System.nanoTime());
    }

    /** A reader over the pool, opening the pool if it is not open yet. */
    private synchronized SippReader reader(Tenggat tenggat) throws SQLException {
        if (closed) {
            throw new SQLException("the service is stopping");
        }
        if (pool == null) {
            try {
                pool = SippDataSources.readOnly(source.jdbcUrl(), source.user(), source.password());
            } catch (HikariPool.PoolInitializationException e) {
                throw new SQLException(e.getCause() != null ? e.getCause().getMessage() : e.getMessage(), e);
            }
        }
        return SippReader.builder(pool).tenggat(tenggat).courts(tenggat.courts()).build();
    }

    /** Closes the pool; reads after this fail. */
    @Override
    public synchronized void close() {
        closed = true;
        if (pool != null) {
            pool.close();
        }
    }
}
