package id.tenggat.calendar;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Checks the embedded court registry against the reference list it was generated from ({@code id-courts.csv}),
 * against its schema, and that every court is found by each of its names and its code.
 */
class CourtRegistryIntegrityTest {

    private static final CourtRegistry REGISTRY = CourtRegistry.embedded();

    /** One row of the reference list. */
    record Row(String name, String fullName, String kind, String highCourt, String province, String zone,
               String satkerCode) {
        /** The reference list calls the high military courts "other". */
        CourtKind courtKind() {
            return kind.equals("other") ? CourtKind.DILMILTI : CourtKind.valueOf(kind);
        }
    }

    static List<Row> rows() throws IOException {
        CsvSchema header = CsvSchema.emptySchema().withHeader();
        try (InputStream in = CourtRegistryIntegrityTest.class.getResourceAsStream("/reference/id-courts.csv");
             MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class).with(header)
                     .readValues(in)) {
            return it.readAll().stream().map(r -> new Row(r.get("name"), r.get("full_name"), r.get("kind"),
                    r.get("high_court"), r.get("province"), r.get("time_zone"), r.get("satker_code"))).toList();
        }
    }

    static List<Court> courts() {
        return REGISTRY.courts();
    }

    @Test
    void embeddedFile_passesTheSchemaAndTheDeploymentChecks() {
        InputStream in = CourtRegistry.class.getResourceAsStream("data/courts/courts.json");
        CourtRegistry reloaded = CourtRegistry.of(List.of()).withCourts(in, "courts.json");
        // Overlays are read anew, so the courts are compared by their text, which names each overlay's file.
        assertThat(reloaded.courts()).extracting(Court::toString)
                .containsExactlyElementsOf(REGISTRY.courts().stream().map(Court::toString).toList());
    }

    @Test
    void everyReferenceRow_isACourtWithTheSameFields() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(864);
        assertThat(REGISTRY.courts()).hasSize(864);
        Map<String, Court> byLabel = REGISTRY.courts().stream()
                .collect(Collectors.toMap(c -> c.name() + "|" + c.province(), Function.identity()));
        for (Row row : rows) {
            Court court = byLabel.get(row.name() + "|" + row.province());
            assertThat(court).as(row.name()).isNotNull();
            assertThat(court.fullName()).as(row.name()).isEqualTo(row.fullName());
            assertThat(court.kind()).as(row.name()).isEqualTo(row.courtKind());
            assertThat(court.highCourt()).as(row.name()).isEqualTo(row.highCourt().isEmpty() ? null : row.highCourt());
            assertThat(court.zone()).as(row.name()).isEqualTo(ZoneId.of(row.zone()));
            assertThat(court.satkerCode()).as(row.name())
                    .isEqualTo(row.satkerCode().isEmpty() ? null : row.satkerCode());
        }
    }

    @Test
    void countsPerKindAndZone_areThoseOfTheReferenceNotes() {
        Map<CourtKind, Long> perKind = REGISTRY.courts().stream()
                .collect(Collectors.groupingBy(Court::kind, Collectors.counting()));
        assertThat(perKind).containsExactlyInAnyOrderEntriesOf(Map.of(CourtKind.PN, 382L, CourtKind.PT, 34L,
                CourtKind.PA, 360L, CourtKind.PTA, 34L, CourtKind.PTUN, 28L, CourtKind.PTTUN, 4L,
                CourtKind.DILMIL, 19L, CourtKind.DILMILTI, 3L));
        Map<String, Long> perZone = REGISTRY.courts().stream()
                .collect(Collectors.groupingBy(Court::zoneAbbreviation, Collectors.counting()));
        assertThat(perZone).containsExactlyInAnyOrderEntriesOf(Map.of("WIB", 552L, "WITA", 255L, "WIT", 57L));
    }

    @Test
    void overlaysKept_baliDistrictCourtsOnly() {
        assertThat(REGISTRY.courts().stream().filter(c -> !c.overlays().isEmpty()).map(Court::name))
                .containsExactlyInAnyOrder("PN Denpasar", "PN Gianyar", "PN Tabanan", "PN Negara", "PN Singaraja",
                        "PN Semarapura", "PN Amlapura", "PN Bangli");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("courts")
    void everyCourt_isFoundByEachOfItsNamesAndItsCode(Court court) {
        if (court.name().equals("PA Negara")) {
            assertThatThrownBy(() -> REGISTRY.court(court.name())).isInstanceOf(CourtLookupException.class);
        } else {
            assertThat(REGISTRY.court(court.name())).isEqualTo(court);
            assertThat(REGISTRY.court(court.fullName())).isEqualTo(court);
            assertThat(REGISTRY.court(court.sippName())).isEqualTo(court);
            assertThat(REGISTRY.court(court.name().toLowerCase(Locale.ROOT))).isEqualTo(court);
        }
        if (court.satkerCode() != null) {
            assertThat(REGISTRY.court(court.satkerCode())).isEqualTo(court);
        }
        assertThat(REGISTRY.calendar(court).zone()).isEqualTo(court.zone());
    }
}
