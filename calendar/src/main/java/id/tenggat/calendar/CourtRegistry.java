package id.tenggat.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The calendars of individual courts, by name: each is the national calendar with the court's time zone and
 * the closures that apply to it.
 * <p>
 * {@link #embedded()} holds the courts shipped with the library, among them the district courts of Bali with
 * their closure for Galungan on 18 to 20 November 2025 (Surat Edaran Gubernur Bali Nomor 16 Tahun 2024).
 * Names are matched without regard to case: {@code find("pn denpasar")} finds "PN Denpasar".
 *
 * <h2>Implementation Requirements:</h2>
 * This class is immutable and thread-safe.
 */
public final class CourtRegistry {

    private static final String COURTS = "data/courts/courts.json";
    private static final String OVERLAYS = "data/courts/";

    private final Map<String, CourtCalendar> byKey;
    private final Set<String> names;

    private CourtRegistry(Map<String, CourtCalendar> courts) {
        Map<String, CourtCalendar> keyed = new TreeMap<>();
        courts.forEach((name, calendar) -> keyed.put(key(name), calendar));
        this.byKey = Collections.unmodifiableMap(keyed);
        this.names = Collections.unmodifiableSet(new TreeSet<>(courts.keySet()));
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
        static final CourtRegistry REGISTRY = load();

        private static CourtRegistry load() {
            JsonNode root;
            try (InputStream in = resource(COURTS)) {
                root = JsonMapper.builder().build().readTree(in);
            } catch (IOException e) {
                throw new CalendarDataException(COURTS + ": cannot be read: " + e.getMessage(), e);
            }
            Map<String, CourtCalendar> courts = new TreeMap<>();
            JsonNode list = root.path("courts");
            for (int i = 0; i < list.size(); i++) {
                JsonNode court = list.get(i);
                String name = court.path("name").asText();
                CourtCalendar.Builder builder = CourtCalendar.indonesia().toBuilder().name(name);
                String zone = court.path("zone").asText();
                try {
                    builder.zone(ZoneId.of(zone));
                } catch (DateTimeException | IllegalArgumentException e) {
                    throw new CalendarDataException(COURTS + ": field 'courts[" + i + "].zone' is not an Indonesian"
                            + " time zone: '" + zone + "'", e);
                }
                for (JsonNode overlay : court.path("overlays")) {
                    String file = OVERLAYS + overlay.asText();
                    builder.overlay(CalendarOverlay.fromJson(resource(file), file));
                }
                courts.put(name, builder.build());
            }
            return new CourtRegistry(courts);
        }

        private static InputStream resource(String name) {
            InputStream in = CourtRegistry.class.getResourceAsStream(name);
            if (in == null) {
                throw new CalendarDataException(name + ": embedded resource is missing");
            }
            return in;
        }
    }

    /**
     * Returns the names of the courts, sorted.
     *
     * @return the names, immutable, not null
     */
    public Set<String> names() {
        return names;
    }

    /**
     * Finds a court's calendar by name, ignoring case.
     *
     * @param name  the court's name, for example "PN Jepara", not null
     * @return the calendar, or empty if the court is unknown, not null
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<CourtCalendar> find(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return Optional.ofNullable(byKey.get(key(name)));
    }

    /**
     * Returns a court's calendar by name, ignoring case.
     *
     * @param name  the court's name, for example "PN Jepara", not null
     * @return the calendar, not null
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the court is unknown; the message lists the known courts
     */
    public CourtCalendar get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException(
                "Unknown court '" + name + "'; known courts: " + String.join(", ", names)));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return "CourtRegistry" + names;
    }
}
