package id.tenggat.calendar;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourtRegistryTest {

    private static final CourtRegistry REGISTRY = CourtRegistry.embedded();
    private static final String[] BALI = {"PN Denpasar", "PN Gianyar", "PN Tabanan", "PN Negara", "PN Singaraja",
            "PN Semarapura", "PN Amlapura", "PN Bangli"};

    @Test
    void names_containsEmbeddedCourts() {
        assertThat(REGISTRY.names()).contains("PN Jepara", "PN Garut", "PN Kalabahi", "PN Jayapura").contains(BALI);
    }

    @Test
    void get_zones() {
        assertThat(REGISTRY.get("PN Jepara").zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(REGISTRY.get("PN Garut").zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(REGISTRY.get("PN Kalabahi").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(REGISTRY.get("PN Denpasar").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(REGISTRY.get("PN Jayapura").zone()).isEqualTo(ZoneId.of("Asia/Jayapura"));
    }

    @Test
    void find_ignoresCase() {
        assertThat(REGISTRY.find("pn denpasar")).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("PN Denpasar"));
        assertThat(REGISTRY.find("PN Xyz")).isEmpty();
    }

    @Test
    void get_unknown_throwsListingKnownCourts() {
        assertThatThrownBy(() -> REGISTRY.get("PN Xyz"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unknown court 'PN Xyz'; known courts: ")
                .hasMessageContaining("PN Jepara");
    }

    @Test
    void baliCourts_closedForGalungan2025() {
        for (String court : BALI) {
            CourtCalendar cal = REGISTRY.get(court);
            for (int day = 18; day <= 20; day++) {
                DayInfo info = cal.day(LocalDate.of(2025, 11, day));
                assertThat(info.workingDay()).as(court + " 2025-11-" + day).isFalse();
                assertThat(info.kind()).isEqualTo(DayKind.COURT_CLOSURE);
                assertThat(info.reasons().get(0).source().instrument())
                        .startsWith("Surat Edaran Gubernur Bali Nomor 16 Tahun 2024");
            }
            // Mon 17 Nov 2025 open; closed Tue 18 to Thu 20; open again Fri 21 Nov 2025.
            assertThat(LocalDate.of(2025, 11, 17).with(cal.nextWorkingDay())).isEqualTo(LocalDate.of(2025, 11, 21));
        }
    }

    @Test
    void jepara_openDuringGalungan2025() {
        CourtCalendar jepara = REGISTRY.get("PN Jepara");
        assertThat(jepara.isWorkingDay(LocalDate.of(2025, 11, 18))).isTrue();
        assertThat(jepara.isWorkingDay(LocalDate.of(2025, 11, 19))).isTrue();
        assertThat(jepara.isWorkingDay(LocalDate.of(2025, 11, 20))).isTrue();
        assertThat(jepara.workingDaysBetween(LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 21))).isEqualTo(4);
        assertThat(REGISTRY.get("PN Denpasar")
                .workingDaysBetween(LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 21))).isEqualTo(1);
    }
}
