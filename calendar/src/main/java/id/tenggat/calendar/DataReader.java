package id.tenggat.calendar;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.tenggat.calendar.internal.Quote;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the JSON formats of the calendar (a decree year, an overlay) and validates every field against the
 * formats documented by {@code holiday-year.schema.json} and {@code calendar-overlay.schema.json}, so that an
 * error names the file, the line, the field and the value: {@code court.json:3: field 'closures[0].from' is not
 * an ISO date (yyyy-MM-dd): '18-11-2025'}.
 */
final class DataReader {

    /** The longest closure one entry may describe; longer ranges are almost certainly typing errors. */
    static final int MAX_CLOSURE_DAYS = 366;
    /** The first and last year calendar data may name; dates outside are typing errors, not data. */
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    /** The most non-working days one file may describe (about forty years of decrees and closures). */
    static final int MAX_DAYS = 10_000;
    /** The largest file read; the embedded year files are a few kilobytes. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final String file;
    private final SourceLines lines;
    private final JsonNode root;
    /** Non-working days read so far, held to {@link #MAX_DAYS}. */
    private int dayCount;

    private DataReader(InputStream in, String file) {
        this.file = file;
        byte[] bytes = bytes(in, file);
        this.root = parse(bytes, file);
        this.lines = SourceLines.of(MAPPER, bytes, file);
    }

    /** Reads one decree year file. */
    static HolidayYear readYear(InputStream in, String file) {
        DataReader reader = new DataReader(in, file);
        return reader.year(reader.root, "", false);
    }

    /** Reads an overlay file. */
    static CalendarOverlay readOverlay(InputStream in, String file) {
        DataReader reader = new DataReader(in, file);
        return reader.overlay(reader.root);
    }

    /** Parses a JSON data file, closing the stream; an error names the file and, for bad JSON, the line. */
    static JsonNode parse(InputStream in, String file) {
        return parse(bytes(in, file), file);
    }

    /** Reads a whole data file, refusing one larger than {@link #MAX_BYTES} before it fills the memory. */
    static byte[] bytes(InputStream in, String file) {
        try (in) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new CalendarDataException(file + ": larger than the limit of " + MAX_BYTES / (1024 * 1024)
                        + " MiB for one calendar data file");
            }
            return bytes;
        } catch (IOException e) {
            throw new CalendarDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * Counts {@code days} more non-working days of one file against {@link #MAX_DAYS}, before they are expanded.
     *
     * @param counted the days counted so far
     * @param where   the entry's place for the error message: file and line, or file and event
     * @return the new count
     */
    static int countDays(int counted, long days, String where) {
        if (counted + days > MAX_DAYS) {
            throw new CalendarDataException(where + ": this entry brings the file past the limit of " + MAX_DAYS
                    + " non-working days in one calendar data file");
        }
        return (int) (counted + days);
    }

    /** Refuses a date outside {@link #FIRST_YEAR}..{@link #LAST_YEAR}; null when it is inside, else the problem. */
    static String outsideYears(LocalDate date) {
        return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR
                ? "is outside the years " + FIRST_YEAR + " to " + LAST_YEAR + " that calendar data may name" : null;
    }

    private static JsonNode parse(byte[] bytes, String file) {
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new CalendarDataException(file + ": empty file, expected a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new CalendarDataException(file + ": not valid JSON" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new CalendarDataException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private CalendarOverlay overlay(JsonNode root) {
        object(root, "", Set.of("$schema", "description", "years", "amendments", "closures"));
        List<HolidayYear> years = new ArrayList<>();
        Set<Integer> seenYears = new HashSet<>();
        forEach(root, "years", (node, path) -> {
            HolidayYear year = year(node, path + ".", true);
            if (!seenYears.add(year.year())) {
                throw invalid(path + ".year", "repeats a year of this overlay", year.year());
            }
            years.add(year);
        });
        List<NonWorkingDay> additions = new ArrayList<>();
        List<Withdrawal> withdrawals = new ArrayList<>();
        JsonNode amendments = root.get("amendments");
        if (amendments != null) {
            object(amendments, "amendments", Set.of("added", "withdrawn"));
            forEach(amendments, "amendments.added", (node, path) -> {
                dayCount = countDays(dayCount, 1, lines.where(path));
                additions.add(day(node, path, null, null));
            });
            forEach(amendments, "amendments.withdrawn",
                    (node, path) -> withdrawals.add(withdrawal(node, path, null)));
        }
        forEach(root, "closures", (node, path) -> additions.addAll(closure(node, path)));
        return new CalendarOverlay(file, years, additions, withdrawals, lines);
    }

    /** Reads a decree year; in an overlay ({@code inOverlay}) the year may say that it replaces a covered year. */
    private HolidayYear year(JsonNode node, String prefix, boolean inOverlay) {
        Set<String> fields = new HashSet<>(Set.of("$schema", "year", "coverage", "note", "sources", "days",
                "withdrawn"));
        if (inOverlay) {
            fields.add("replace");
        }
        object(node, prefix.isEmpty() ? "" : prefix.substring(0, prefix.length() - 1), fields);
        int year = integer(node, prefix + "year", FIRST_YEAR, LAST_YEAR);
        String coverageText = text(node, prefix + "coverage", true);
        YearCoverage coverage;
        try {
            coverage = YearCoverage.valueOf(coverageText);
        } catch (IllegalArgumentException e) {
            throw invalid(prefix + "coverage", "must be one of " + List.of(YearCoverage.values()), coverageText);
        }
        String note = text(node, prefix + "note", false);
        Map<String, Source> sources = new LinkedHashMap<>();
        forEach(node, prefix + "sources", (s, path) -> {
            object(s, path, Set.of("instrument", "url"));
            Source source = new Source(text(s, path + ".instrument", true), text(s, path + ".url", false));
            if (sources.putIfAbsent(source.instrument(), source) != null) {
                throw invalid(path + ".instrument", "repeats a source", source.instrument());
            }
        });
        if (sources.isEmpty()) {
            throw invalid(prefix + "sources", "must cite at least one instrument", node.get("sources"));
        }
        List<NonWorkingDay> days = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        forEach(node, prefix + "days", (d, path) -> {
            dayCount = countDays(dayCount, 1, lines.where(path));
            NonWorkingDay day = day(d, path, sources, year);
            if (!seen.add(day.date() + " " + day.name())) {
                throw invalid(path, "repeats a day with the same date and name", day.date() + " " + day.name());
            }
            days.add(day);
        });
        List<Withdrawal> withdrawn = new ArrayList<>();
        forEach(node, prefix + "withdrawn", (w, path) -> {
            Withdrawal withdrawal = withdrawal(w, path, year);
            if (days.stream().anyMatch(d -> d.date().equals(withdrawal.date()))) {
                throw invalid(path + ".date", "is withdrawn but also listed in days", withdrawal.date());
            }
            withdrawn.add(withdrawal);
        });
        JsonNode replace = node.get("replace");
        if (replace != null && !replace.isBoolean()) {
            throw invalid(prefix + "replace", "must be true or false", replace);
        }
        return new HolidayYear(year, coverage, note, List.copyOf(sources.values()), days, withdrawn,
                replace != null && replace.booleanValue());
    }

    /**
     * Reads a day. With {@code sources} (a year file) the instrument must be one of them and the URL comes from
     * there; without (an overlay amendment) the day gives its own instrument and URL.
     */
    private NonWorkingDay day(JsonNode node, String path, Map<String, Source> sources, Integer year) {
        object(node, path, sources == null
                ? Set.of("date", "kind", "name", "nameEn", "instrument", "url")
                : Set.of("date", "kind", "name", "nameEn", "instrument"));
        LocalDate date = date(node, path + ".date", year);
        String kindText = text(node, path + ".kind", true);
        DayKind kind;
        try {
            kind = DayKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        boolean allowed = kind != null && (kind.isDecreed() || (sources == null && kind == DayKind.COURT_CLOSURE));
        if (!allowed) {
            throw invalid(path + ".kind", "must be NATIONAL_HOLIDAY, CUTI_BERSAMA, ELECTION_DAY"
                    + (sources == null ? " or COURT_CLOSURE" : ""), kindText);
        }
        String name = text(node, path + ".name", true);
        String nameEn = text(node, path + ".nameEn", false);
        String instrument = text(node, path + ".instrument", true);
        Source source;
        if (sources == null) {
            source = new Source(instrument, text(node, path + ".url", false));
        } else {
            source = sources.get(instrument);
            if (source == null) {
                throw invalid(path + ".instrument", "is not listed in sources", instrument);
            }
        }
        return new NonWorkingDay(date, kind, name, nameEn == null ? name : nameEn, source);
    }

    private Withdrawal withdrawal(JsonNode node, String path, Integer year) {
        object(node, path, Set.of("date", "name", "instrument", "url", "note"));
        return new Withdrawal(date(node, path + ".date", year), text(node, path + ".name", false),
                new Source(text(node, path + ".instrument", true), text(node, path + ".url", false)),
                text(node, path + ".note", false));
    }

    private List<NonWorkingDay> closure(JsonNode node, String path) {
        object(node, path, Set.of("from", "to", "name", "nameEn", "instrument", "url"));
        LocalDate from = date(node, path + ".from", null);
        LocalDate to = date(node, path + ".to", null);
        if (to.isBefore(from)) {
            throw invalid(path + ".to", "is before from " + from, to);
        }
        if (from.plusDays(MAX_CLOSURE_DAYS).isBefore(to)) {
            throw invalid(path + ".to", "is more than " + MAX_CLOSURE_DAYS + " days after from " + from, to);
        }
        dayCount = countDays(dayCount, ChronoUnit.DAYS.between(from, to) + 1, lines.where(path));
        String name = text(node, path + ".name", true);
        String nameEn = text(node, path + ".nameEn", false);
        Source source = new Source(text(node, path + ".instrument", true), text(node, path + ".url", false));
        return CalendarOverlay.closureDays(from, to, name, nameEn == null ? name : nameEn, source);
    }

    // ----------------------------------------------------------------------------------------------------
    // field access

    private interface ElementReader {
        void read(JsonNode node, String path);
    }

    private void forEach(JsonNode parent, String path, ElementReader reader) {
        String field = path.substring(path.lastIndexOf('.') + 1);
        JsonNode array = parent.get(field);
        if (array == null) {
            return;
        }
        if (!array.isArray()) {
            throw invalid(path, "must be an array", array);
        }
        for (int i = 0; i < array.size(); i++) {
            reader.read(array.get(i), path + "[" + i + "]");
        }
    }

    private void object(JsonNode node, String path, Set<String> allowed) {
        if (!node.isObject()) {
            throw invalid(path.isEmpty() ? "(root)" : path, "must be a JSON object", node);
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                String field = path.isEmpty() ? name : path + "." + name;
                throw invalid(field, "is not a known field (known: " + new TreeSet<>(allowed) + ")",
                        node.get(name));
            }
        }
    }

    private String text(JsonNode parent, String path, boolean required) {
        JsonNode value = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (value == null || value.isNull()) {
            if (required) {
                throw invalid(path, "is required", value == null ? "(missing)" : "null");
            }
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(path, "must be a non-blank string", value);
        }
        return value.asText();
    }

    private int integer(JsonNode parent, String path, int min, int max) {
        JsonNode value = parent.get(path.substring(path.lastIndexOf('.') + 1));
        if (value == null) {
            throw invalid(path, "is required", "(missing)");
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw invalid(path, "must be an integer from " + min + " to " + max, value);
        }
        return value.asInt();
    }

    private LocalDate date(JsonNode parent, String path, Integer year) {
        String text = text(parent, path, true);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw invalid(path, "is not an ISO date (yyyy-MM-dd)", text);
        }
        String outside = outsideYears(date);
        if (outside != null) {
            throw invalid(path, outside, text);
        }
        if (year != null && date.getYear() != year) {
            throw invalid(path, "is not in year " + year, text);
        }
        return date;
    }

    private CalendarDataException invalid(String path, String problem, Object value) {
        String shown = value instanceof JsonNode node && node.isTextual() ? node.asText() : String.valueOf(value);
        return new CalendarDataException(lines.where(path) + ": field '" + path + "' " + problem + ": '"
                + Quote.bounded(shown) + "'");
    }

    /**
     * The line on which each value of a JSON file starts, by its path, so that an error can name the line.
     * Paths are written as the reader writes them: {@code years[0].days[3].date}.
     */
    static final class SourceLines {

        private final String file;
        private final Map<String, Integer> lineByPath;

        private SourceLines(String file, Map<String, Integer> lineByPath) {
            this.file = file;
            this.lineByPath = Map.copyOf(lineByPath);
        }

        /** Records the line of every value, read with Jackson's streaming parser. */
        static SourceLines of(ObjectMapper mapper, byte[] json, String file) {
            Map<String, Integer> lines = new HashMap<>();
            try (JsonParser parser = mapper.createParser(json)) {
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                        continue;
                    }
                    // A structure just opened has its own context; its parent's pointer names the structure.
                    JsonStreamContext context = token.isStructStart()
                            ? parser.getParsingContext().getParent() : parser.getParsingContext();
                    String pointer = context == null ? "" : context.pathAsPointer().toString();
                    lines.putIfAbsent(path(pointer), parser.currentTokenLocation().getLineNr());
                }
            } catch (IOException e) {
                throw new CalendarDataException(file + ": cannot be read: " + e.getMessage(), e);
            }
            return new SourceLines(file, lines);
        }

        /** Turns a JSON pointer ({@code /years/0/days/3/date}) into a reader path ({@code years[0].days[3].date}). */
        private static String path(String pointer) {
            StringBuilder path = new StringBuilder();
            for (String step : pointer.split("/")) {
                if (step.isEmpty()) {
                    continue;
                }
                if (step.chars().allMatch(Character::isDigit)) {
                    path.append('[').append(step).append(']');
                } else {
                    path.append(path.length() == 0 ? "" : ".").append(step);
                }
            }
            return path.toString();
        }

        /**
         * Names the place of a path as {@code file:line}: the line of the value, or of the nearest enclosing value
         * when the path names a field that is missing.
         */
        String where(String path) {
            for (String p = path.equals("(root)") ? "" : path; ; ) {
                Integer line = lineByPath.get(p);
                if (line != null) {
                    return file + ":" + line;
                }
                if (p.isEmpty()) {
                    return file;
                }
                int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
                p = cut < 0 ? "" : p.substring(0, cut);
            }
        }
    }
}
