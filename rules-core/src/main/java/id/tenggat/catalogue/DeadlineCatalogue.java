package id.tenggat.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tenggat.calendar.internal.EditDistance;
import id.tenggat.calendar.internal.Quote;
import id.tenggat.model.EventType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Every deadline id the library answers, with its names, length, trigger and law: the public list of ids that
 * answers, the JSON interface and other teams' tests use. Ids are never renamed or reused.
 *
 * <pre>{@code
 * CatalogueEntry banding = DeadlineCatalogue.embedded().require("perdata.banding");
 * banding.name(Language.ID);   // "Permohonan banding"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; {@link #embedded()} reads the library's catalogue once per process.
 */
public final class DeadlineCatalogue {
    private static final String RESOURCE = "deadline-catalogue.json";

    private final List<CatalogueEntry> entries;
    private final Map<String, CatalogueEntry> byId;

    private DeadlineCatalogue(List<CatalogueEntry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, CatalogueEntry> map = new LinkedHashMap<>();
        for (CatalogueEntry e : entries) {
            if (map.put(e.id(), e) != null) {
                throw new IllegalStateException("deadline id '" + e.id() + "' is listed twice in " + RESOURCE);
            }
        }
        this.byId = Map.copyOf(map);
    }

    /** {@return the library's catalogue} */
    public static DeadlineCatalogue embedded() {
        return Embedded.CATALOGUE;
    }

    /**
     * {@return every entry, grouped by area (pidana, anak, perdata, sederhana, mediasi, layanan, sop) as the catalogue
     * lists them}
     */
    public List<CatalogueEntry> entries() {
        return entries;
    }

    /**
     * The entry of an id, or empty when the library has no such deadline.
     *
     * @param id  the deadline id
     * @return the entry, or empty
     */
    public Optional<CatalogueEntry> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /**
     * The entry of an id.
     *
     * @param id  the deadline id
     * @return the entry
     * @throws IllegalArgumentException naming the id and, when one is close, the nearest id: "unknown deadline id
     *     'perdata.bandig'; did you mean 'perdata.banding'?"
     */
    public CatalogueEntry require(String id) {
        Objects.requireNonNull(id, "deadline id must not be null");
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown deadline id '" + Quote.bounded(id) + "'"
                + nearest(id).map(n -> "; did you mean '" + n + "'?")
                        .orElse("; the catalogue lists every id (Tenggat.catalogue(), the CLI's catalogue command)")));
    }

    /**
     * The catalogue id nearest to a mistyped one by edit distance (ignoring case), if it is at most a third of
     * the id's letters away; of ids equally near, the first in catalogue order.
     *
     * @param id  the mistyped id
     * @return the nearest id, or empty when none is near enough
     */
    public Optional<String> nearest(String id) {
        return EditDistance.nearest(id, entries.stream().map(CatalogueEntry::id).toList());
    }

    private static DeadlineCatalogue load() {
        try (InputStream in = DeadlineCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<CatalogueEntry> entries = new ArrayList<>();
            for (JsonNode e : root.path("deadlines")) {
                List<EventType> triggers = new ArrayList<>();
                e.path("triggers").forEach(t -> triggers.add(EventType.valueOf(t.asText())));
                entries.add(new CatalogueEntry(text(e, "id"), CatalogueEntry.Kind.valueOf(text(e, "kind")),
                        text(e, "name"), text(e, "nameEn"), text(e, "length"), text(e, "lengthEn"), triggers,
                        text(e, "basis"), e.path("courtTarget").asBoolean()));
            }
            return new DeadlineCatalogue(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalStateException(RESOURCE + ": entry " + entry.path("id").asText("(no id)")
                    + " has no " + field);
        }
        return value.asText();
    }

    /** Reads the catalogue when first asked for, once per process. */
    private static final class Embedded {
        static final DeadlineCatalogue CATALOGUE = load();
    }
}
