package id.tenggat.sipp;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.calendar.CalendarCoverageException;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.CourtRegistry;
import id.tenggat.sipp.mapping.CaseRows;
import id.tenggat.sipp.mapping.MappedCase;
import id.tenggat.sipp.mapping.Problem;
import id.tenggat.sipp.mapping.SippCaseMapper;
import id.tenggat.sipp.mapping.SippRow;
import id.tenggat.sipp.mapping.SippTable;
import id.tenggat.model.CourtCase;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Answers every case in a court's SIPP database, read-only, in one streaming pass.
 *
 * <pre>{@code
 * SippReader reader = SippReader.builder(SippDataSources.readOnly(url, user, password)).build();
 * RunSummary summary = reader.run(LocalDate.of(2025, 3, 21), sink);
 * }</pre>
 *
 * <p>How it reads: the cases are taken in batches of {@link Builder#batchSize(int)} by {@code perkara_id}; for each
 * batch every other table is read for the same range of ids, ordered by case, so that a case is assembled from all
 * its rows, mapped ({@link SippCaseMapper}) and the batch answered with {@link Tenggat#answerAll}. Memory holds one
 * batch at a time whatever the size of the court; everything is read in one read-only transaction, so the run sees
 * one consistent state of the database. A row whose {@code perkara_id} has no case, a value that cannot be mapped or a
 * case that cannot be answered is reported to the sink and the run goes on.
 *
 * <p>Build one per database and share it: this class is immutable and thread-safe; each run opens its own
 * connection.
 */
public final class SippReader {
    private final DataSource dataSource;
    private final Tenggat tenggat;
    private final CourtRegistry courts;
    private final int batchSize;
    private final String court;
    /** A sink for reads that only need the court: what they find about cases is not theirs to report. */
    private static final SippSink IGNORED = new SippSink() {
        @Override
        public void answered(MappedCase mapped, CaseAnswer answer) {
        }

        @Override
        public void problem(Problem problem) {
        }
    };
    private final SippCaseMapper mapper = new SippCaseMapper();

    private SippReader(Builder b) {
        this.dataSource = b.dataSource;
        this.tenggat = b.tenggat != null ? b.tenggat : Tenggat.indonesia();
        this.courts = b.courts != null ? b.courts : CourtRegistry.embedded();
        this.batchSize = b.batchSize;
        this.court = b.court;
    }

    /**
     * Starts a reader of a SIPP database.
     *
     * @param dataSource  the database, read only, not null
     * @return the builder of the reader
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Reads and answers every case on {@code asOf}, streaming each answer and each problem to {@code sink}.
     *
     * @param asOf  the day asked about, not null
     * @param sink  where answers and problems go, not null
     * @return what the run did, with the counts by status, the overdue deadlines and the detention violations
     * @throws SQLException if the database cannot be read
     */
    public RunSummary run(LocalDate asOf, SippSink sink) throws SQLException {
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        RunSummary.Counter counter = new RunSummary.Counter(asOf);
        SippSink counting = new SippSink() {
            @Override
            public void answered(MappedCase mapped, CaseAnswer answer) {
                counter.answered(mapped, answer);
                sink.answered(mapped, answer);
            }

            @Override
            public void problem(Problem problem) {
                counter.problem(problem);
                sink.problem(problem);
            }

            @Override
            public void notAnswered(MappedCase mapped) {
                counter.notAnswered();
                sink.notAnswered(mapped);
            }
        };
        try (ReadOnlySession session = ReadOnlySession.open(dataSource)) {
            String courtName = court(session, counting);
            counter.court(courtName);
            Set<SippTable> present = presentTables(session, counting);
            long after = Long.MIN_VALUE;
            while (true) {
                Map<Long, CaseRows> batch = readCases(session, after);
                long upTo = batch.size() < batchSize ? Long.MAX_VALUE : lastKey(batch);
                for (SippTable table : SippTable.caseTables()) {
                    if (present.contains(table)) {
                        readRows(session, table, after, upTo, batch, counting);
                    }
                }
                answer(batch, courtName, asOf, counting);
                if (upTo == Long.MAX_VALUE) {
                    break;
                }
                after = upTo;
            }
        }
        return counter.summary();
    }

    /**
     * The deadlines a dashboard lists for the court on {@code asOf}: every OVERDUE one, and the OPEN and DUE_TODAY
     * ones due from {@code from} to {@code to} (inclusive), overdue first, then by due date.
     *
     * @param asOf  the day asked about, not null
     * @param from  the first due date listed, not null
     * @param to  the last due date listed, not null
     * @return the deadlines
     * @throws SQLException if the database cannot be read
     */
    public List<DueItem> due(LocalDate asOf, LocalDate from, LocalDate to) throws SQLException {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        List<DueItem> items = new ArrayList<>();
        run(asOf, new SippSink() {
            @Override
            public void answered(MappedCase mapped, CaseAnswer answer) {
                for (DeadlineAnswer d : answer.deadlines()) {
                    boolean dueSoon = (d.status() == Status.OPEN || d.status() == Status.DUE_TODAY)
                            && !d.due().isBefore(from) && !d.due().isAfter(to);
                    if (d.status() == Status.OVERDUE || dueSoon) {
                        items.add(DueItem.of(mapped, d));
                    }
                }
            }

            @Override
            public void problem(Problem problem) {
                // due() lists deadlines only; run() reports problems
            }
        });
        items.sort(DueItem.ORDER);
        return List.copyOf(items);
    }

    /**
     * The court whose cases this database holds, by its name in the registry: the one given to the builder, else the
     * one {@code sys_config} names; null when neither is known ({@link #run} then uses the national calendar and
     * reports it).
     *
     * @return the court's name, or null
     * @throws SQLException if the database cannot be read
     */
    public String court() throws SQLException {
        try (ReadOnlySession session = ReadOnlySession.open(dataSource)) {
            return court(session, IGNORED);
        }
    }

    /**
     * Compares SIPP's own holiday table ({@code hari_libur}) with the library's calendar of the court from {@code from}
     * to {@code to}: each day one has and the other lacks.
     *
     * @param from  the first day compared, not null
     * @param to  the last day compared, not null
     * @return the days they disagree on
     * @throws SQLException                if the database cannot be read
     * @throws CalendarCoverageException   if the range leaves the calendar's data
     */
    public HolidayComparison compareHolidays(LocalDate from, LocalDate to) throws SQLException {
        try (ReadOnlySession session = ReadOnlySession.open(dataSource)) {
            String name = court(session, IGNORED);
            CourtCalendar calendar = name == null ? tenggat.calendar() : courts.get(name);
            Map<LocalDate, String> sipp = new LinkedHashMap<>();
            session.select(SippQueries.HARI_LIBUR, rs -> {
                String day = rs.getString(1);
                if (day != null && !day.startsWith("0000")) {
                    LocalDate d = LocalDate.parse(day.substring(0, 10));
                    if (!d.isBefore(from) && !d.isAfter(to)) {
                        sipp.put(d, rs.getString(2));
                    }
                }
            });
            return HolidayComparison.of(from, to, sipp, calendar);
        }
    }

    /**
     * The court's name in the registry: the one given to the builder, else the one {@code sys_config} names; null
     * (the national calendar) with a problem when neither is known.
     */
    private String court(ReadOnlySession session, SippSink sink) throws SQLException {
        if (court != null) {
            return courts.get(court).name();
        }
        Map<String, String> config = new HashMap<>();
        session.select(SippQueries.SYS_CONFIG, rs -> config.put(rs.getString(1), rs.getString(2)));
        return CourtMatcher.match(config, courts).orElseGet(() -> {
            sink.problem(new Problem("sys_config", "NamaPN=" + config.get("NamaPN") + ", KodePN="
                    + config.get("KodePN"), "the court is not in the court registry; the national calendar is used"
                    + " (no regional closures, time zone Asia/Jakarta)"));
            return null;
        });
    }

    /** The tables this database has; a missing one is reported once and its events are not read. */
    private static Set<SippTable> presentTables(ReadOnlySession session, SippSink sink) throws SQLException {
        Set<String> names = new HashSet<>();
        session.select(SippQueries.TABLES, rs -> names.add(rs.getString(1).toLowerCase(Locale.ROOT)));
        Set<SippTable> present = new HashSet<>();
        for (SippTable t : SippTable.values()) {
            if (names.contains(t.tableName())) {
                present.add(t);
            } else {
                sink.problem(new Problem(t.tableName(), "-", "the table is not in this database; what it holds is"
                        + " not read"));
            }
        }
        if (!present.contains(SippTable.PERKARA)) {
            throw new SQLException("the database has no table perkara: is it a SIPP database?");
        }
        return present;
    }

    private Map<Long, CaseRows> readCases(ReadOnlySession session, long after) throws SQLException {
        Map<Long, CaseRows> batch = new LinkedHashMap<>();
        session.select(SippQueries.cases(), rs -> {
            SippRow row = row(rs, SippTable.PERKARA);
            batch.put(row.perkaraId(), new CaseRows(row));
        }, after, batchSize);
        return batch;
    }

    private static long lastKey(Map<Long, CaseRows> batch) {
        long last = Long.MIN_VALUE;
        for (long id : batch.keySet()) {
            last = id;
        }
        return last;
    }

    private static void readRows(ReadOnlySession session, SippTable table, long after, long upTo,
                                 Map<Long, CaseRows> batch, SippSink sink) throws SQLException {
        session.select(SippQueries.rows(table), rs -> {
            SippRow row = row(rs, table);
            CaseRows owner = batch.get(row.perkaraId());
            if (owner == null) {
                sink.problem(row.problem("no perkara row has this perkara_id; the row is left out"));
            } else {
                owner.add(row);
            }
        }, after, upTo);
    }

    private static SippRow row(ResultSet rs, SippTable table) throws SQLException {
        Map<String, String> values = new HashMap<>();
        for (String column : table.columns()) {
            values.put(column, rs.getString(column));
        }
        return new SippRow(table, rs.getLong("perkara_id"), table.hasRowId() ? rs.getLong("id") : null, values);
    }

    private void answer(Map<Long, CaseRows> batch, String courtName, LocalDate asOf, SippSink sink) {
        List<MappedCase> mapped = new ArrayList<>(batch.size());
        List<CourtCase> cases = new ArrayList<>(batch.size());
        for (CaseRows rows : batch.values()) {
            MappedCase m = mapper.map(rows, courtName, asOf);
            m.problems().forEach(sink::problem);
            if (m.answerable()) {
                mapped.add(m);
                cases.add(m.courtCase());
            } else {
                sink.notAnswered(m);
            }
        }
        List<CaseAnswer> answers = tenggat.answerAll(cases, asOf);
        for (int i = 0; i < mapped.size(); i++) {
            sink.answered(mapped.get(i), answers.get(i));
        }
    }

    /** Builds a {@link SippReader}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private Tenggat tenggat;
        private CourtRegistry courts;
        private int batchSize = 500;
        private String court;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        }

        /**
         * The library to answer with; by default {@link Tenggat#indonesia()}.
         *
         * @param value  the library, not null
         * @return this builder
         */
        public Builder tenggat(Tenggat value) {
            this.tenggat = Objects.requireNonNull(value, "tenggat must not be null");
            return this;
        }

        /**
         * The courts {@code sys_config} is matched against; by default {@link CourtRegistry#embedded()}.
         *
         * @param value  the registry, not null
         * @return this builder
         */
        public Builder courts(CourtRegistry value) {
            this.courts = Objects.requireNonNull(value, "courts must not be null");
            return this;
        }

        /**
         * The court, by its name in the registry, instead of the one {@code sys_config} names.
         *
         * @param value  the court's name, not null
         * @return this builder
         * @throws IllegalArgumentException if the registry does not know the court (checked at {@link #build()})
         */
        public Builder court(String value) {
            this.court = Objects.requireNonNull(value, "court must not be null");
            return this;
        }

        /**
         * How many cases are read, held and answered at a time (default 500).
         *
         * @param value  the number of cases, at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code value} is below 1
         */
        public Builder batchSize(int value) {
            if (value < 1) {
                throw new IllegalArgumentException("batchSize must be at least 1, not " + value);
            }
            this.batchSize = value;
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         * @throws IllegalArgumentException if the registry does not know the court given
         */
        public SippReader build() {
            SippReader reader = new SippReader(this);
            if (court != null) {
                reader.courts.get(court);
            }
            return reader;
        }
    }
}
