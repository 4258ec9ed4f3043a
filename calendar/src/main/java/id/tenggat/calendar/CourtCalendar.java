package id.tenggat.calendar;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjuster;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The working-day calendar of an Indonesian court: which days are working days, why a day is not,
 * and working-day arithmetic over the years for which official holiday data exists.
 * <p>
 * {@link #indonesia()} is the national calendar embedded in the library: the national holidays, cuti bersama
 * and election days decreed for 2011 to 2027, each with its instrument. {@link #toBuilder()} derives a court's
 * own calendar from it: its name, time zone, office hours, local closures and overlays of data loaded at run
 * time. The adjusters work with {@code java.time}:
 * <pre>
 *   CourtCalendar cal = CourtCalendar.indonesia();
 *   LocalDate open = LocalDate.of(2025, 3, 31).with(cal.nextWorkingDayOrSame());   // 2025-04-08, after Lebaran
 *   LocalDate due = cal.plusWorkingDays(LocalDate.of(2025, 8, 14), 5);
 * </pre>
 * Working days are Monday to Friday, except national holidays, election days, court closures and, unless the
 * calendar says otherwise, cuti bersama.
 * <p>
 * A calendar covers whole years, from {@link #firstCoveredDate()} to {@link #lastCoveredDate()}. Any answer that
 * depends on a date outside that range throws {@link CalendarCoverageException}: an unknown year is never
 * treated as having no holidays. The working-day counts are precomputed, so every method runs in constant time
 * whatever the span.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class CourtCalendar {

    /** The name of the national calendar. */
    static final String INDONESIA = "Indonesia";
    /** The zone of the national calendar, WIB. */
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** The first year of the embedded national data. */
    static final int FIRST_NATIONAL_YEAR = 2011;
    /** Where the embedded national year files live, one per year: {@code 2011.json}, ... */
    static final String NATIONAL_DATA = "data/national/";

    private static final Set<ZoneOffset> INDONESIAN_OFFSETS =
            Set.of(ZoneOffset.ofHours(7), ZoneOffset.ofHours(8), ZoneOffset.ofHours(9));

    private final String name;
    private final ZoneId zone;
    private final OfficeHours officeHours;
    private final boolean cutiBersamaNonWorking;
    private final NavigableMap<Integer, HolidayYear> years;
    private final LocalDate first;
    private final LocalDate last;
    /** All non-working-day entries, sorted by {@link NonWorkingDay#ORDER}. */
    private final List<NonWorkingDay> entries;
    /** The entries of day i (days since {@code first}) are {@code entries[entryStart[i], entryStart[i + 1])}. */
    private final int[] entryStart;
    /** {@code workingBefore[i]} is the number of working days among days 0 .. i-1. */
    private final int[] workingBefore;
    /** The day numbers of all working days, ascending. */
    private final int[] workingDays;
    /** The hash of the calendar's data: see {@link #dataVersion()}. */
    private final String dataVersion;
    /** This calendar under the other cuti bersama reading, built on first use; a race only builds an equal one. */
    private volatile CourtCalendar otherCutiBersamaReading;

    private final TemporalAdjuster nextWorkingDay = t -> t.with(plusWorkingDays(LocalDate.from(t), 1));
    private final TemporalAdjuster previousWorkingDay = t -> t.with(minusWorkingDays(LocalDate.from(t), 1));
    private final TemporalAdjuster nextWorkingDayOrSame = t -> {
        LocalDate date = LocalDate.from(t);
        return isWorkingDay(date) ? t : t.with(plusWorkingDays(date, 1));
    };
    private final TemporalAdjuster previousWorkingDayOrSame = t -> {
        LocalDate date = LocalDate.from(t);
        return isWorkingDay(date) ? t : t.with(minusWorkingDays(date, 1));
    };

    private CourtCalendar(Builder builder, NavigableMap<Integer, HolidayYear> years, List<NonWorkingDay> sorted) {
        this.name = builder.name;
        this.zone = builder.zone;
        this.officeHours = builder.officeHours;
        this.cutiBersamaNonWorking = builder.cutiBersamaNonWorking;
        this.years = Collections.unmodifiableNavigableMap(years);
        this.first = LocalDate.of(years.firstKey(), 1, 1);
        this.last = LocalDate.of(years.lastKey(), 12, 31);
        this.entries = List.copyOf(sorted);
        int days = Math.toIntExact(last.toEpochDay() - first.toEpochDay() + 1);
        this.entryStart = new int[days + 1];
        this.workingBefore = new int[days + 1];
        int[] working = new int[days];
        int entry = 0;
        int count = 0;
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            entryStart[i] = entry;
            boolean open = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
            for (; entry < entries.size() && entries.get(entry).date().equals(date); entry++) {
                open &= !closes(entries.get(entry).kind());
            }
            workingBefore[i] = count;
            if (open) {
                working[count++] = i;
            }
        }
        entryStart[days] = entry;
        workingBefore[days] = count;
        this.workingDays = Arrays.copyOf(working, count);
        this.dataVersion = hash(this.years, this.entries);
    }

    /**
     * The SHA-256 of the covered years with their coverage and of every entry (date, kind, names, instrument,
     * URL) in order, one line each, in UTF-8.
     */
    private static String hash(NavigableMap<Integer, HolidayYear> years, List<NonWorkingDay> entries) {
        StringBuilder text = new StringBuilder();
        years.values().forEach(y -> text.append(y.year()).append('\t').append(y.coverage()).append('\n'));
        for (NonWorkingDay d : entries) {
            text.append(d.date()).append('\t').append(d.kind()).append('\t').append(d.name()).append('\t')
                    .append(d.nameEn()).append('\t').append(d.source().instrument()).append('\t')
                    .append(d.source().url()).append('\n');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private boolean closes(DayKind kind) {
        return kind != DayKind.CUTI_BERSAMA || cutiBersamaNonWorking;
    }

    /**
     * Returns the national calendar of Indonesia, embedded in the library.
     * <p>
     * It covers 2011-01-01 to 2027-12-31 with the national holidays and cuti bersama of each year's joint
     * decree (SKB) after its amendments, and the election days set by Keppres. Its name is "Indonesia", its zone
     * Asia/Jakarta (WIB), its office hours {@link OfficeHours#DEFAULT}, and cuti bersama is a non-working day.
     * The 2027 data is provisional: Idul Fitri and Idul Adha 1448 H may still move after the isbat.
     * The data is loaded once, on first use, and shared.
     *
     * @return the national calendar, not null
     * @throws CalendarDataException if the embedded data is damaged
     */
    public static CourtCalendar indonesia() {
        return National.CALENDAR;
    }

    /** Holds the national calendar, loaded on first use. */
    private static final class National {
        static final CourtCalendar CALENDAR = load();

        private static CourtCalendar load() {
            List<HolidayYear> loaded = new ArrayList<>();
            for (int year = FIRST_NATIONAL_YEAR; ; year++) {
                String resource = NATIONAL_DATA + year + ".json";
                InputStream in = CourtCalendar.class.getResourceAsStream(resource);
                if (in == null) {
                    break;
                }
                HolidayYear data = DataReader.readYear(in, resource);
                if (data.year() != year) {
                    throw new CalendarDataException(resource + ": field 'year' does not match the file name: '"
                            + data.year() + "'");
                }
                loaded.add(data);
            }
            return new Builder().overlay(new CalendarOverlay("national data", loaded, List.of(), List.of()))
                    .build();
        }
    }

    /**
     * Returns a builder that starts from this calendar, to derive a court's calendar from it.
     * <p>
     * The builder starts with this calendar's name, zone, office hours, cuti bersama setting and days; each of
     * the single-valued options may then be set once.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the name of the calendar, for example "Indonesia" or "PN Denpasar".
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the court's time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT).
     *
     * @return the zone, not null
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Returns the Indonesian abbreviation of the court's zone: WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9).
     *
     * @return the abbreviation, not null
     */
    public String zoneAbbreviation() {
        return zoneAbbreviation(zone);
    }

    /** The abbreviation of an Indonesian zone, from its offset; the zone's id for any other zone. */
    static String zoneAbbreviation(ZoneId zone) {
        int hours = zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() / 3600;
        return switch (hours) {
            case 7 -> "WIB";
            case 8 -> "WITA";
            case 9 -> "WIT";
            default -> zone.getId();
        };
    }

    /**
     * Returns the hours in which the court receives filings, in its local time.
     *
     * @return the office hours, not null
     */
    public OfficeHours officeHours() {
        return officeHours;
    }

    /**
     * Returns whether cuti bersama days are non-working days in this calendar (the default).
     *
     * @return true if cuti bersama days are non-working days
     */
    public boolean cutiBersamaIsNonWorking() {
        return cutiBersamaNonWorking;
    }

    /**
     * Returns this calendar with the other cuti bersama setting: the same name, zone, office hours and days, with
     * cuti bersama days working where this calendar closes them and closed where it opens them. Answers use it to
     * show the date under the other reading of the cuti bersama policy. It is built on first use and kept, so a
     * calendar shared by many cases builds it once; the other calendar's own other calendar is this one.
     *
     * @return the calendar under the other reading, not null
     */
    public CourtCalendar withOtherCutiBersamaReading() {
        CourtCalendar other = otherCutiBersamaReading;
        if (other == null) {
            other = toBuilder().cutiBersamaIsNonWorking(!cutiBersamaNonWorking).build();
            other.otherCutiBersamaReading = this;
            otherCutiBersamaReading = other;
        }
        return other;
    }

    /**
     * Returns the version of the calendar's data: {@code "sha256:"} and the SHA-256, in hexadecimal, of its covered
     * years and of every holiday, cuti bersama, election day and closure with its names and instrument. Two
     * calendars built from the same data (embedded data, the same overlays in the same order) have the same version
     * in every run and on every machine; any change of a day changes it. An answer that records it can be traced
     * to the calendar it was counted on; the name, zone, office hours and the cuti bersama setting are not part of
     * it.
     *
     * @return the data version, not null
     */
    public String dataVersion() {
        return dataVersion;
    }

    /**
     * Returns the first date with official holiday data, always a 1 January.
     *
     * @return the first covered date, not null
     */
    public LocalDate firstCoveredDate() {
        return first;
    }

    /**
     * Returns the last date with official holiday data, always a 31 December.
     *
     * @return the last covered date, not null
     */
    public LocalDate lastCoveredDate() {
        return last;
    }

    /**
     * Checks whether the calendar has official holiday data for a date.
     *
     * @param date  the date, not null
     * @return true if the date lies within the coverage
     * @throws NullPointerException if {@code date} is null
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /**
     * Checks whether the holiday data of a date's year is provisional: the decree is known, but some dates
     * (Idul Fitri, Idul Adha) may still move after the isbat. An answer that depends on such a date should
     * say so.
     *
     * @param date  the date, not null
     * @return true if the year's data is provisional
     * @throws NullPointerException if {@code date} is null
     * @throws CalendarCoverageException if the date is outside the coverage
     */
    public boolean isProvisional(LocalDate date) {
        index(date, "date");
        return years.get(date.getYear()).coverage() != YearCoverage.CONFIRMED;
    }

    /**
     * Checks whether a date is a working day.
     *
     * @param date  the date, not null
     * @return true if the court is open on the date
     * @throws NullPointerException if {@code date} is null
     * @throws CalendarCoverageException if the date is outside the coverage
     */
    public boolean isWorkingDay(LocalDate date) {
        int i = index(date, "date");
        return workingBefore[i + 1] != workingBefore[i];
    }

    /**
     * Describes a date: whether it is a working day, its kind, and the holidays, cuti bersama, election days
     * and closures on it with their instruments.
     *
     * @param date  the date, not null
     * @return the description, not null
     * @throws NullPointerException if {@code date} is null
     * @throws CalendarCoverageException if the date is outside the coverage
     */
    public DayInfo day(LocalDate date) {
        int i = index(date, "date");
        List<NonWorkingDay> reasons = entries.subList(entryStart[i], entryStart[i + 1]);
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        DayKind kind = !reasons.isEmpty() ? reasons.get(0).kind() : weekend ? DayKind.WEEKEND : DayKind.WORKING_DAY;
        return new DayInfo(date, workingBefore[i + 1] != workingBefore[i], kind, reasons);
    }

    /**
     * Lists the national holidays, cuti bersama, election days and court closures in a range of dates, sorted by
     * date and, within a date, most significant first. Plain weekends are not listed; holidays that fall on a
     * weekend are. Cuti bersama days are listed even where the calendar treats them as working days.
     *
     * @param from  the first date, inclusive, not null
     * @param toInclusive  the last date, inclusive, not null
     * @return the entries, immutable, not null
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code toInclusive} is before {@code from}
     * @throws CalendarCoverageException if the range leaves the coverage
     */
    public List<NonWorkingDay> nonWorkingDays(LocalDate from, LocalDate toInclusive) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(toInclusive, "toInclusive must not be null");
        if (toInclusive.isBefore(from)) {
            throw new IllegalArgumentException("toInclusive must not be before from: from " + from
                    + ", toInclusive " + toInclusive);
        }
        int start = index(from, "from");
        int end = index(toInclusive, "toInclusive");
        return entries.subList(entryStart[start], entryStart[end + 1]);
    }

    /**
     * Returns an adjuster to the next working day, strictly after the date adjusted.
     * <p>
     * Use it as {@code date.with(calendar.nextWorkingDay())}; it works on any temporal that has a date.
     * The adjuster throws {@link CalendarCoverageException} if the date adjusted, or the search, leaves the
     * coverage.
     *
     * @return the adjuster, not null
     */
    public TemporalAdjuster nextWorkingDay() {
        return nextWorkingDay;
    }

    /**
     * Returns an adjuster to the date adjusted if it is a working day, else to the next working day.
     * The adjuster throws {@link CalendarCoverageException} if the date adjusted, or the search, leaves the
     * coverage.
     *
     * @return the adjuster, not null
     */
    public TemporalAdjuster nextWorkingDayOrSame() {
        return nextWorkingDayOrSame;
    }

    /**
     * Returns an adjuster to the previous working day, strictly before the date adjusted.
     * The adjuster throws {@link CalendarCoverageException} if the date adjusted, or the search, leaves the
     * coverage.
     *
     * @return the adjuster, not null
     */
    public TemporalAdjuster previousWorkingDay() {
        return previousWorkingDay;
    }

    /**
     * Returns an adjuster to the date adjusted if it is a working day, else to the previous working day.
     * The adjuster throws {@link CalendarCoverageException} if the date adjusted, or the search, leaves the
     * coverage.
     *
     * @return the adjuster, not null
     */
    public TemporalAdjuster previousWorkingDayOrSame() {
        return previousWorkingDayOrSame;
    }

    /**
     * Returns the n-th working day after a date; the start itself is not counted, whether or not it is a
     * working day. {@code plusWorkingDays(start, 0)} returns {@code start}.
     *
     * @param start  the date to count from, not null
     * @param n  the number of working days, not negative
     * @return the n-th working day after {@code start}, not null
     * @throws NullPointerException if {@code start} is null
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarCoverageException if {@code start} is outside the coverage, or the count runs past its end
     */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        int i = index(start, "start");
        requireNotNegative(n);
        if (n == 0) {
            return start;
        }
        long k = (long) workingBefore[i + 1] + n - 1;
        if (k >= workingDays.length) {
            throw outside(last.plusDays(1));
        }
        return first.plusDays(workingDays[(int) k]);
    }

    /**
     * Returns the n-th working day before a date; the start itself is not counted.
     * {@code minusWorkingDays(start, 0)} returns {@code start}.
     *
     * @param start  the date to count back from, not null
     * @param n  the number of working days, not negative
     * @return the n-th working day before {@code start}, not null
     * @throws NullPointerException if {@code start} is null
     * @throws IllegalArgumentException if {@code n} is negative
     * @throws CalendarCoverageException if {@code start} is outside the coverage, or the count runs past its start
     */
    public LocalDate minusWorkingDays(LocalDate start, int n) {
        int i = index(start, "start");
        requireNotNegative(n);
        if (n == 0) {
            return start;
        }
        int k = workingBefore[i] - n;
        if (k < 0) {
            throw outside(first.minusDays(1));
        }
        return first.plusDays(workingDays[k]);
    }

    /**
     * Counts the working days after one date up to and including another, like
     * {@link java.time.temporal.ChronoUnit#between}: the result is negative if the end is before the start.
     *
     * @param startExclusive  the date after which to count, not null
     * @param endInclusive  the last date counted, not null
     * @return the number of working days in {@code (startExclusive, endInclusive]}, negated if reversed
     * @throws NullPointerException if an argument is null
     * @throws CalendarCoverageException if either date is outside the coverage
     */
    public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
        int start = index(startExclusive, "startExclusive");
        int end = index(endInclusive, "endInclusive");
        return workingBefore[end + 1] - workingBefore[start + 1];
    }

    /**
     * Adds calendar days to a date, then adjusts the resulting last day by a rule.
     *
     * @param start  the date to count from, not null
     * @param n  the number of calendar days, negative to count back
     * @param rule  what to do when the last day is not a working day, not null
     * @return the adjusted last day, not null
     * @throws NullPointerException if {@code start} or {@code rule} is null
     * @throws CalendarCoverageException if the rule adjusts and the answer depends on a date outside the coverage
     */
    public LocalDate plusDays(LocalDate start, int n, LastDayRule rule) {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(rule, "rule must not be null");
        return rule.apply(start.plusDays(n), this);
    }

    private int index(LocalDate date, String argument) {
        Objects.requireNonNull(date, () -> argument + " must not be null");
        if (!covers(date)) {
            throw outside(date);
        }
        return (int) (date.toEpochDay() - first.toEpochDay());
    }

    private CalendarCoverageException outside(LocalDate date) {
        return new CalendarCoverageException(date, name, first, last);
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
    }

    @Override
    public String toString() {
        return "CourtCalendar[" + name + ", " + zone + ", " + first + " to " + last + ", " + dataVersion + "]";
    }

    /**
     * Builds a court calendar from another, validating each option as it is set.
     * <p>
     * Obtain one from {@link CourtCalendar#toBuilder()}. A single-valued option (name, zone, office hours, the cuti
     * bersama setting) may be set once; setting it again throws {@link IllegalStateException}. Closures and overlays
     * accumulate and are applied in the order given, after the days of the calendar the builder started from.
     * <pre>
     *   CourtCalendar denpasar = CourtCalendar.indonesia().toBuilder()
     *       .name("PN Denpasar")
     *       .zone(ZoneId.of("Asia/Makassar"))
     *       .closure(LocalDate.of(2025, 11, 18), LocalDate.of(2025, 11, 20), "Libur Hari Raya Galungan",
     *                Source.of("Surat Edaran Gubernur Bali Nomor 16 Tahun 2024"))
     *       .build();
     * </pre>
     *
     * <h2>Implementation Requirements:</h2>
     * This class is mutable and not thread-safe; the calendars it builds are immutable and thread-safe.
     */
    public static final class Builder {

        private String name = INDONESIA;
        private boolean nameSet;
        private ZoneId zone = JAKARTA;
        private boolean zoneSet;
        private OfficeHours officeHours = OfficeHours.DEFAULT;
        private boolean officeHoursSet;
        private boolean cutiBersamaNonWorking = true;
        private boolean cutiBersamaSet;
        private final NavigableMap<Integer, HolidayYear> years = new TreeMap<>();
        private final List<NonWorkingDay> entries = new ArrayList<>();
        private final List<CalendarOverlay> overlays = new ArrayList<>();
        /** The overlays made by {@link #closure}: arguments, not data read from a file. */
        private final Set<CalendarOverlay> closureArguments = Collections.newSetFromMap(new IdentityHashMap<>());

        private Builder() {
        }

        private Builder(CourtCalendar from) {
            this.name = from.name;
            this.zone = from.zone;
            this.officeHours = from.officeHours;
            this.cutiBersamaNonWorking = from.cutiBersamaNonWorking;
            this.years.putAll(from.years);
            this.entries.addAll(from.entries);
        }

        /**
         * Sets the calendar's name, usually the court's, for example "PN Jepara".
         *
         * @param name  the name, not null, not blank
         * @return this builder, not null
         * @throws NullPointerException if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank
         * @throws IllegalStateException if the name was already set
         */
        public Builder name(String name) {
            Objects.requireNonNull(name, "name must not be null");
            requireUnset(nameSet, "name", "'" + this.name + "'");
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank: '" + name + "'");
            }
            this.name = name.strip();
            nameSet = true;
            return this;
        }

        /**
         * Sets the court's time zone: one of Indonesia's three zones, UTC+07:00 (WIB, e.g. Asia/Jakarta),
         * UTC+08:00 (WITA, Asia/Makassar) or UTC+09:00 (WIT, Asia/Jayapura), without daylight saving.
         *
         * @param zone  the zone, not null
         * @return this builder, not null
         * @throws NullPointerException if {@code zone} is null
         * @throws IllegalArgumentException if the zone is not a fixed UTC+07:00, +08:00 or +09:00
         * @throws IllegalStateException if the zone was already set
         */
        public Builder zone(ZoneId zone) {
            Objects.requireNonNull(zone, "zone must not be null");
            requireUnset(zoneSet, "zone", this.zone);
            ZoneRules rules = zone.getRules();
            Instant since = Instant.parse("2000-01-01T00:00:00Z");
            if (!INDONESIAN_OFFSETS.contains(rules.getOffset(since)) || rules.nextTransition(since) != null) {
                throw new IllegalArgumentException("zone must be an Indonesian time zone (UTC+07:00 WIB, "
                        + "UTC+08:00 WITA or UTC+09:00 WIT, no daylight saving): " + zone);
            }
            this.zone = zone;
            zoneSet = true;
            return this;
        }

        /**
         * Sets the hours in which the court receives filings.
         *
         * @param officeHours  the office hours, not null
         * @return this builder, not null
         * @throws NullPointerException if {@code officeHours} is null
         * @throws IllegalStateException if the office hours were already set
         */
        public Builder officeHours(OfficeHours officeHours) {
            Objects.requireNonNull(officeHours, "officeHours must not be null");
            requireUnset(officeHoursSet, "officeHours", this.officeHours);
            this.officeHours = officeHours;
            officeHoursSet = true;
            return this;
        }

        /**
         * Sets whether cuti bersama days are non-working days. The default is true: courts close their front
         * office on those days in practice. Cuti bersama is leave for civil servants, not a public holiday, so a
         * user who reads "hari libur" narrowly can set false.
         *
         * @param nonWorking  true if cuti bersama days are non-working days
         * @return this builder, not null
         * @throws IllegalStateException if the setting was already set
         */
        public Builder cutiBersamaIsNonWorking(boolean nonWorking) {
            requireUnset(cutiBersamaSet, "cutiBersamaIsNonWorking", this.cutiBersamaNonWorking);
            this.cutiBersamaNonWorking = nonWorking;
            cutiBersamaSet = true;
            return this;
        }

        /**
         * Adds a closure of the court, for example a regional holiday or an order of the court's chief.
         * The closure's days must lie within the coverage of the built calendar.
         *
         * @param from  the first closed day, not null
         * @param toInclusive  the last closed day, not null, not before {@code from}
         * @param name  the name of the closure, not null, not blank; also used as the English name
         * @param source  the instrument that orders the closure, not null
         * @return this builder, not null
         * @throws NullPointerException if an argument is null
         * @throws IllegalArgumentException if the range is reversed or longer than a year, or the name is blank
         */
        public Builder closure(LocalDate from, LocalDate toInclusive, String name, Source source) {
            Objects.requireNonNull(from, "from must not be null");
            Objects.requireNonNull(toInclusive, "toInclusive must not be null");
            Objects.requireNonNull(name, "name must not be null");
            Objects.requireNonNull(source, "source must not be null");
            if (toInclusive.isBefore(from)) {
                throw new IllegalArgumentException("toInclusive must not be before from: from " + from
                        + ", toInclusive " + toInclusive);
            }
            if (from.plusDays(DataReader.MAX_CLOSURE_DAYS).isBefore(toInclusive)) {
                throw new IllegalArgumentException("a closure must not be longer than " + DataReader.MAX_CLOSURE_DAYS
                        + " days: from " + from + ", toInclusive " + toInclusive);
            }
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank: '" + name + "'");
            }
            CalendarOverlay closure = new CalendarOverlay("closure '" + name + "'", List.of(),
                    CalendarOverlay.closureDays(from, toInclusive, name, name, source), List.of());
            overlays.add(closure);
            closureArguments.add(closure);
            return this;
        }

        /**
         * Adds an overlay: whole years (which extend the coverage, or replace a covered year's decreed days when the
         * year says {@code "replace": true}), amendments and closures.
         *
         * @param overlay  the overlay, not null
         * @return this builder, not null
         * @throws NullPointerException if {@code overlay} is null
         */
        public Builder overlay(CalendarOverlay overlay) {
            overlays.add(Objects.requireNonNull(overlay, "overlay must not be null"));
            return this;
        }

        /**
         * Builds the calendar: applies the overlays and closures in order and precomputes the working-day index.
         *
         * @return the calendar, not null
         * @throws IllegalStateException if the calendar would cover no year, or its years would not be contiguous
         * @throws CalendarDataException if an overlay withdraws a date that has no decreed day, adds a day the
         *     calendar already has, gives a year the calendar covers without {@code "replace": true}, leaves a gap
         *     between years, or adds a day outside the years covered
         * @throws CalendarCoverageException if a closure given to this builder lies outside the coverage
         */
        public CourtCalendar build() {
            NavigableMap<Integer, HolidayYear> allYears = new TreeMap<>(years);
            Map<Integer, CalendarOverlay> yearFrom = new HashMap<>();
            List<NonWorkingDay> all = new ArrayList<>(entries);
            Map<NonWorkingDay, CalendarOverlay> addedBy = new IdentityHashMap<>();
            for (CalendarOverlay overlay : overlays) {
                for (int i = 0; i < overlay.years().size(); i++) {
                    HolidayYear year = overlay.years().get(i);
                    requireReplaceMatchesCoverage(overlay, "years[" + i + "]", year, allYears.containsKey(year.year()));
                    allYears.put(year.year(), year);
                    yearFrom.put(year.year(), overlay);
                    all.removeIf(d -> d.date().getYear() == year.year() && d.kind().isDecreed());
                    all.addAll(year.days());
                }
                for (int i = 0; i < overlay.withdrawals().size(); i++) {
                    Withdrawal withdrawal = overlay.withdrawals().get(i);
                    if (!all.removeIf(d -> d.date().equals(withdrawal.date()) && d.kind().isDecreed())) {
                        String path = "amendments.withdrawn[" + i + "].date";
                        throw new CalendarDataException(overlay.where(path) + ": field '" + path
                                + "' names a date without a decreed day: '" + withdrawal.date() + "'");
                    }
                }
                Set<String> present = new HashSet<>();
                all.forEach(d -> present.add(sameDayKey(d)));
                for (NonWorkingDay added : overlay.additions()) {
                    if (!present.add(sameDayKey(added))) {
                        throw new CalendarDataException(overlay.sourceName() + ": the day " + added.date() + " '"
                                + added.name() + "' (" + added.kind() + ") repeats a day the calendar already has");
                    }
                    all.add(added);
                    if (!closureArguments.contains(overlay)) {
                        addedBy.put(added, overlay);
                    }
                }
            }
            if (allYears.isEmpty()) {
                throw new IllegalStateException("a calendar needs the holiday data of at least one year");
            }
            Integer previous = null;
            for (Integer year : allYears.keySet()) {
                if (previous != null && year != previous + 1) {
                    String gap = "the years of a calendar must be contiguous: " + previous + " is followed by " + year;
                    CalendarOverlay overlay = yearFrom.getOrDefault(year, yearFrom.get(previous));
                    if (overlay != null) {
                        throw new CalendarDataException(overlay.sourceName() + ": " + gap
                                + "; give the years between as well");
                    }
                    throw new IllegalStateException(gap);
                }
                previous = year;
            }
            LocalDate from = LocalDate.of(allYears.firstKey(), 1, 1);
            LocalDate to = LocalDate.of(allYears.lastKey(), 12, 31);
            for (NonWorkingDay day : all) {
                if (day.date().isBefore(from) || day.date().isAfter(to)) {
                    CalendarOverlay overlay = addedBy.get(day);
                    if (overlay != null) {
                        throw new CalendarDataException(overlay.sourceName() + ": the day " + day.date() + " '"
                                + day.name() + "' lies outside the calendar's years " + from + " to " + to
                                + "; add that year's decree data first");
                    }
                    throw new CalendarCoverageException(day.date(), name, from, to);
                }
            }
            all.sort(NonWorkingDay.ORDER);
            return new CourtCalendar(this, allYears, all);
        }

        /**
         * A year of an overlay either extends the coverage or, saying {@code "replace": true}, replaces a covered
         * year; anything else is an accidental overlap (or a replacement of nothing) and fails.
         */
        private static void requireReplaceMatchesCoverage(CalendarOverlay overlay, String path, HolidayYear year,
                                                          boolean covered) {
            if (covered && !year.replace()) {
                throw new CalendarDataException(overlay.where(path + ".year") + ": field '" + path + ".year' "
                        + "overlaps the data the calendar already has for that year; set \"replace\": true on the "
                        + "year to replace it, or change single days with \"amendments\": '" + year.year() + "'");
            }
            if (!covered && year.replace()) {
                throw new CalendarDataException(overlay.where(path + ".replace") + ": field '" + path
                        + ".replace' replaces a year the calendar does not cover: '" + year.year() + "'");
            }
        }

        /** Two entries are the same day when their date, kind and name are. */
        private static String sameDayKey(NonWorkingDay day) {
            return day.date() + " " + day.kind() + " " + day.name();
        }

        private static void requireUnset(boolean set, String option, Object value) {
            if (set) {
                throw new IllegalStateException(option + " was already set to " + value);
            }
        }
    }
}
