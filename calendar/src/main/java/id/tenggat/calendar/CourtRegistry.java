package id.tenggat.calendar;

import id.tenggat.calendar.internal.EditDistance;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The courts under the Supreme Court of Indonesia, with the calendar of each: the national calendar in the court's
 * time zone, with its office hours and the closures that apply to it.
 * <p>
 * {@link #embedded()} holds the 864 courts shipped with the library (district, high, religious including the
 * Mahkamah Syar'iyah of Aceh, state administrative and military courts), among them the district courts of Bali
 * with their closure for Galungan on 18 to 20 November 2025 (Surat Edaran Gubernur Bali Nomor 16 Tahun 2024).
 * A deployment adds courts being set up, or corrects one, with {@link #withCourts(Path)}.
 * <p>
 * A court is found by its short name ("PN Kalabahi"), its full name ("Pengadilan Negeri Kalabahi"), SIPP's
 * upper-case form ("PENGADILAN NEGERI KALABAHI") or its satker code ("98441"), ignoring case, spacing, apostrophes
 * and punctuation ("Mahkamah Syariah Banda Aceh" finds "MS Banda Aceh"). Some names belong to two courts (there are
 * two "PA Negara"): such a name is an error that lists both, and the satker code tells them apart.
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe. A court's calendar is built on first use and kept.
 */
public final class CourtRegistry {

    private static final String COURTS = "data/courts/courts.json";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final int SUGGESTIONS = 5;

    private final List<Court> courts;
    private final Map<String, List<Court>> byKey;
    private final Map<Court, CourtCalendar> calendars = new ConcurrentHashMap<>();

    private CourtRegistry(List<Court> courts) {
        List<Court> sorted = new ArrayList<>(courts);
        sorted.sort(Comparator.comparing(Court::name).thenComparing(Court::province));
        this.courts = List.copyOf(sorted);
        Map<String, List<Court>> keyed = new HashMap<>();
        for (Court court : this.courts) {
            for (String key : keys(court)) {
                keyed.computeIfAbsent(key, k -> new ArrayList<>()).add(court);
            }
        }
        keyed.replaceAll((key, list) -> List.copyOf(list));
        this.byKey = Collections.unmodifiableMap(keyed);
    }

    /** A registry of the given courts, without the checks of {@link #withCourts(Path)}. */
    static CourtRegistry of(List<Court> courts) {
        return new CourtRegistry(courts);
    }

    /**
     * Returns the registry of the courts embedded in the library. It is loaded once, on first use, and shared.
     *
     * @return the embedded registry, not null
     * @throws CalendarDataException if the embedded data is damaged
     */
    public static CourtRegistry embedded() {
        return Embedded.REGISTRY;
    }

    /** Holds the embedded registry, loaded on first use. */
    private static final class Embedded {
        static final CourtRegistry REGISTRY = new CourtRegistry(List.of()).merge(resource(), COURTS, null, false);

        private static InputStream resource() {
            InputStream in = CourtRegistry.class.getResourceAsStream(COURTS);
            if (in == null) {
                throw new CalendarDataException(COURTS + ": embedded resource is missing");
            }
            return in;
        }
    }

    /**
     * Returns a registry with the courts of a deployment's file added, for example courts formed by a Keppres and
     * not yet in the library, or corrected. The file follows {@code court-registry.schema.json} and is validated
     * against it. An entry with the name and province of a court of this registry replaces that court; any other
     * entry adds a court. Overlays named by an entry are embedded overlays or files relative to this file.
     *
     * @param file  the JSON file, not null
     * @return a new registry, not null
     * @throws NullPointerException if {@code file} is null
     * @throws CalendarDataException if the file cannot be read or is invalid: the message names the file, the entry
     *     and the field; also if an entry repeats another's name and province, shares a satker code with another
     *     court, or names a high court that is not an appellate court of its jurisdiction
     */
    public CourtRegistry withCourts(Path file) {
        Objects.requireNonNull(file, "file must not be null");
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (IOException e) {
            throw new CalendarDataException(file + ": cannot be read: " + e, e);
        }
        return merge(in, file.toString(), file.toAbsolutePath().getParent(), true);
    }

    /**
     * Returns a registry with the courts of a JSON stream added, as {@link #withCourts(Path)} does; overlays must be
     * embedded ones. The stream is closed.
     *
     * @param in  the JSON stream, not null
     * @param sourceName  the name used for the stream in error messages, not null
     * @return a new registry, not null
     * @throws NullPointerException if an argument is null
     * @throws CalendarDataException as {@link #withCourts(Path)}
     */
    public CourtRegistry withCourts(InputStream in, String sourceName) {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(sourceName, "sourceName must not be null");
        return merge(in, sourceName, null, true);
    }

    private CourtRegistry merge(InputStream in, String file, Path directory, boolean validate) {
        List<Court> added = CourtReader.read(in, file, directory, validate);
        Map<String, Court> merged = new LinkedHashMap<>();
        courts.forEach(c -> merged.put(identity(c), c));
        Map<String, Integer> entryOf = new HashMap<>();
        for (int i = 0; i < added.size(); i++) {
            Court court = added.get(i);
            Integer earlier = entryOf.putIfAbsent(identity(court), i);
            if (earlier != null) {
                throw new CalendarDataException(CourtReader.entry(file, i, court.name()) + ": repeats the name and"
                        + " province of courts[" + earlier + "]: '" + court.label() + "'");
            }
            merged.put(identity(court), court);
        }
        CourtRegistry result = new CourtRegistry(List.copyOf(merged.values()));
        for (int i = 0; i < added.size(); i++) {
            result.check(added.get(i), CourtReader.entry(file, i, added.get(i).name()));
        }
        return result;
    }

    /** What makes an entry of a deployment's file replace a court: the same name in the same province. */
    private static String identity(Court court) {
        return key(court.name()) + "|" + key(court.province());
    }

    /** The checks a schema cannot make: a unique satker code, and a high court that exists and fits. */
    private void check(Court court, String entry) {
        if (court.satkerCode() != null && byKey.get(court.satkerCode()).size() > 1) {
            throw new CalendarDataException(entry + ": field 'satkerCode' is also the code of "
                    + byKey.get(court.satkerCode()).stream().filter(c -> c != court).findFirst()
                            .map(Court::label).orElseThrow() + ": '" + court.satkerCode() + "'");
        }
        if (court.kind().appellate() && court.highCourt() != null) {
            throw new CalendarDataException(entry + ": field 'highCourt' is set for an appellate court: '"
                    + court.highCourt() + "'");
        }
        if (court.highCourt() != null) {
            List<Court> high = byKey.getOrDefault(key(court.highCourt()), List.of()).stream()
                    .filter(c -> c.kind().appellate() && c.jurisdiction() == court.jurisdiction()).toList();
            if (high.size() != 1) {
                throw new CalendarDataException(entry + ": field 'highCourt' names no appellate court of the "
                        + court.jurisdiction().nameEn() + " in the registry: '" + court.highCourt() + "'");
            }
        }
    }

    /**
     * Returns every court, sorted by name and province.
     *
     * @return the courts, immutable, not null
     */
    public List<Court> courts() {
        return courts;
    }

    /**
     * Returns the short names of the courts, sorted; a name shared by two courts appears once.
     *
     * @return the names, immutable, not null
     */
    public Set<String> names() {
        Set<String> names = new TreeSet<>();
        courts.forEach(c -> names.add(c.name()));
        return Collections.unmodifiableSet(names);
    }

    /**
     * Returns the court with the given name or satker code.
     *
     * @param nameOrCode  a short name ("PN Kalabahi"), a full name in any case ("PENGADILAN NEGERI KALABAHI") or a
     *     satker code ("98441"), not null
     * @return the court, not null
     * @throws NullPointerException if {@code nameOrCode} is null
     * @throws CourtLookupException if no court has the name or code (the message gives the nearest names), or
     *     several courts have the name (the message lists them with their provinces and codes)
     */
    public Court court(String nameOrCode) {
        return find(nameOrCode).orElseThrow(() -> CourtLookupException.unknown(nameOrCode, nearest(nameOrCode)));
    }

    /**
     * Finds the court with the given name or satker code, as {@link #court(String)} does.
     *
     * @param nameOrCode  a name or satker code, not null
     * @return the court, or empty if no court has the name or code, not null
     * @throws NullPointerException if {@code nameOrCode} is null
     * @throws CourtLookupException if several courts have the name
     */
    public Optional<Court> find(String nameOrCode) {
        Objects.requireNonNull(nameOrCode, "nameOrCode must not be null");
        List<Court> found = byKey.getOrDefault(key(nameOrCode), List.of());
        if (found.size() > 1) {
            throw CourtLookupException.ambiguous(nameOrCode, found);
        }
        return found.stream().findFirst();
    }

    /**
     * Returns the calendar of a court of this registry: the national calendar named after the court, in its zone,
     * with its office hours and overlays.
     *
     * @param court  a court of this registry, not null
     * @return the calendar, not null
     * @throws NullPointerException if {@code court} is null
     * @throws IllegalArgumentException if the court is not one of this registry's
     */
    public CourtCalendar calendar(Court court) {
        Objects.requireNonNull(court, "court must not be null");
        if (!byKey.getOrDefault(key(court.name()), List.of()).contains(court)) {
            throw new IllegalArgumentException("not a court of this registry: " + court.label());
        }
        return calendars.computeIfAbsent(court, c -> {
            CourtCalendar.Builder builder = CourtCalendar.indonesia().toBuilder().name(c.name()).zone(c.zone())
                    .officeHours(c.officeHours());
            c.overlays().forEach(builder::overlay);
            return builder.build();
        });
    }

    /**
     * Returns the calendar of the court with the given name or satker code.
     *
     * @param nameOrCode  a name or satker code, not null
     * @return the calendar, not null
     * @throws NullPointerException if {@code nameOrCode} is null
     * @throws CourtLookupException if the name or code does not identify exactly one court
     */
    public CourtCalendar get(String nameOrCode) {
        return calendar(court(nameOrCode));
    }

    /**
     * The courts whose seats are nearest to the query's by edit distance, at most a third of the seat's letters
     * apart; the courts of the kind the query names ("PN", "Pengadilan Agama") first. A query without a kind is a
     * seat alone ("Kalabahi").
     */
    private List<Court> nearest(String query) {
        String wanted = key(query);
        String prefix = courts.stream().flatMap(c -> prefixes(c).stream()).filter(p -> wanted.startsWith(p + " "))
                .max(Comparator.comparingInt(String::length)).orElse("");
        String seat = prefix.isEmpty() ? wanted : wanted.substring(prefix.length() + 1);
        int limit = Math.max(1, seat.length() / 3);
        record Near(Court court, int distance, boolean otherKind) {
        }
        List<Near> near = new ArrayList<>();
        for (Court c : courts) {
            EditDistance.within(seat, seat(c), limit).ifPresent(d ->
                    near.add(new Near(c, d, !prefix.isEmpty() && !prefixes(c).contains(prefix))));
        }
        return near.stream()
                .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::otherKind))
                .limit(SUGGESTIONS).map(Near::court).toList();
    }

    /** The seat in a court's short name: "kalabahi" in "PN Kalabahi". */
    private static String seat(Court court) {
        String name = key(court.name());
        return name.substring(name.indexOf(' ') + 1);
    }

    /** The words before the seat in a court's names: "pn" and "pengadilan negeri" for "PN Kalabahi". */
    private static Set<String> prefixes(Court court) {
        String name = key(court.name());
        String full = key(court.fullName());
        String seat = seat(court);
        return full.endsWith(" " + seat)
                ? Set.of(name.substring(0, name.indexOf(' ')), full.substring(0, full.length() - seat.length() - 1))
                : Set.of(name.substring(0, name.indexOf(' ')));
    }

    /** The lookup keys of a court: its short name, its full name and its satker code. */
    private static Set<String> keys(Court court) {
        Set<String> keys = new LinkedHashSet<>(List.of(key(court.name()), key(court.fullName())));
        if (court.satkerCode() != null) {
            keys.add(key(court.satkerCode()));
        }
        return keys;
    }

    /**
     * The form in which names are compared: lower case, apostrophes dropped, other punctuation as spaces, spaces
     * collapsed; a code without its leading zeros.
     */
    static String key(String name) {
        String stripped = name.strip();
        if (DIGITS.matcher(stripped).matches()) {
            String code = stripped.replaceFirst("^0+", "");
            return code.isEmpty() ? "0" : code;
        }
        String noApostrophes = APOSTROPHES.matcher(stripped.toLowerCase(Locale.ROOT)).replaceAll("");
        return NOT_LETTERS.matcher(noApostrophes).replaceAll(" ").strip();
    }

    @Override
    public String toString() {
        return "CourtRegistry[" + courts.size() + " courts]";
    }
}
