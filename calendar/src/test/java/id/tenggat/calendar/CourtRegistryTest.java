package id.tenggat.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CourtRegistryTest {

    private static final CourtRegistry REGISTRY = CourtRegistry.embedded();
    private static final String[] BALI = {"PN Denpasar", "PN Gianyar", "PN Tabanan", "PN Negara", "PN Singaraja",
            "PN Semarapura", "PN Amlapura", "PN Bangli"};

    @Test
    void names_containTheNamedCourts() {
        assertThat(REGISTRY.names()).contains("PN Jepara", "PN Garut", "PN Kalabahi", "PN Jayapura",
                "PN Surabaya", "PA Jakarta Selatan", "PN Merauke", "MS Banda Aceh").contains(BALI);
    }

    @Test
    void get_zones() {
        assertThat(REGISTRY.get("PN Jepara").zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(REGISTRY.get("PN Garut").zone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(REGISTRY.get("PN Kalabahi").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(REGISTRY.get("PN Denpasar").zone()).isEqualTo(ZoneId.of("Asia/Makassar"));
        assertThat(REGISTRY.get("PN Jayapura").zone()).isEqualTo(ZoneId.of("Asia/Jayapura"));
        assertThat(REGISTRY.get("PN Kalabahi").zoneAbbreviation()).isEqualTo("WITA");
        assertThat(REGISTRY.get("PN Merauke").zoneAbbreviation()).isEqualTo("WIT");
    }

    @Test
    void court_byEveryNameForm() {
        Court kalabahi = REGISTRY.court("PN Kalabahi");
        assertThat(kalabahi.fullName()).isEqualTo("Pengadilan Negeri Kalabahi");
        assertThat(kalabahi.kind()).isEqualTo(CourtKind.PN);
        assertThat(kalabahi.jurisdiction()).isEqualTo(Jurisdiction.UMUM);
        assertThat(kalabahi.highCourt()).isEqualTo("PT Kupang");
        assertThat(REGISTRY.court("Pengadilan Negeri Kalabahi")).isEqualTo(kalabahi);
        assertThat(REGISTRY.court("PENGADILAN NEGERI KALABAHI")).isEqualTo(kalabahi);
        assertThat(REGISTRY.court("  pn   kalabahi ")).isEqualTo(kalabahi);
        assertThat(REGISTRY.court(kalabahi.satkerCode())).isEqualTo(kalabahi);
        assertThat(REGISTRY.court("0" + kalabahi.satkerCode())).as("a code with a leading zero").isEqualTo(kalabahi);
    }

    @Test
    void court_mahkamahSyariyah_withOrWithoutApostrophe() {
        Court court = REGISTRY.court("MS Banda Aceh");
        assertThat(court.kind()).isEqualTo(CourtKind.PA);
        assertThat(court.jurisdiction()).isEqualTo(Jurisdiction.AGAMA);
        assertThat(REGISTRY.court("Mahkamah Syar'iyah Banda Aceh")).isEqualTo(court);
        assertThat(REGISTRY.court("MAHKAMAH SYAR’IYAH BANDA ACEH")).isEqualTo(court);
        assertThat(REGISTRY.court("Mahkamah Syariyah Banda Aceh")).isEqualTo(court);
        assertThat(REGISTRY.court("MS Aceh").kind()).isEqualTo(CourtKind.PTA);
    }

    @Test
    void court_kindsAndJurisdictions() {
        assertThat(REGISTRY.court("PTUN Jakarta").jurisdiction()).isEqualTo(Jurisdiction.TATA_USAHA_NEGARA);
        assertThat(REGISTRY.court("PTTUN Jakarta").kind().appellate()).isTrue();
        assertThat(REGISTRY.court("Dilmil III-19 Jayapura").jurisdiction()).isEqualTo(Jurisdiction.MILITER);
        assertThat(REGISTRY.court("Pengadilan Militer Tinggi II Jakarta").kind()).isEqualTo(CourtKind.DILMILTI);
        assertThat(REGISTRY.court("PA Jakarta Selatan").highCourt()).isEqualTo("PTA Jakarta");
    }

    @Test
    void court_ambiguousName_listsBothWithTheirProvinces() {
        assertThatThrownBy(() -> REGISTRY.court("PA Negara"))
                .isInstanceOfSatisfying(CourtLookupException.class, e -> {
                    assertThat(e.ambiguous()).isTrue();
                    assertThat(e.matches()).extracting(Court::province)
                            .containsExactlyInAnyOrder("Bali", "Kalimantan Selatan");
                })
                .hasMessage("Court name 'PA Negara' is ambiguous, it names 2 courts: PA Negara (Bali, satker 402732),"
                        + " PA Negara (Kalimantan Selatan, satker 402571); give the satker code");
        assertThat(REGISTRY.court("402732").province()).isEqualTo("Bali");
        assertThat(REGISTRY.court("402571").province()).isEqualTo("Kalimantan Selatan");
    }

    @Test
    void court_unknownName_suggestsTheNearest() {
        assertThatThrownBy(() -> REGISTRY.court("PN Kalabahy"))
                .isInstanceOfSatisfying(CourtLookupException.class, e -> {
                    assertThat(e.ambiguous()).isFalse();
                    assertThat(e.suggestions()).first().extracting(Court::name).isEqualTo("PN Kalabahi");
                })
                .hasMessageStartingWith("Unknown court 'PN Kalabahy'; nearest names: PN Kalabahi");
        // The seat alone is near the courts sitting there.
        assertThatThrownBy(() -> REGISTRY.court("Kalabahi"))
                .hasMessageStartingWith("Unknown court 'Kalabahi'; nearest names: PA Kalabahi, PN Kalabahi");
        assertThatThrownBy(() -> REGISTRY.court("Pengadilan Negeri Xyzzyqq"))
                .hasMessage("Unknown court 'Pengadilan Negeri Xyzzyqq'");
        assertThat(REGISTRY.find("PN Xyz")).isEmpty();
    }

    @Test
    void court_aMegabyteName_isQuotedBoundedAndNotComparedWithEveryCourt() {
        String name = "PN " + "x".repeat(1_000_000);

        // 80 characters quoted, then the length: "PN " and 77 x's of 1,000,003 characters
        assertThatThrownBy(() -> REGISTRY.court(name))
                .hasMessage("Unknown court 'PN " + "x".repeat(77) + "... (1000003 characters)'");
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
    void jeparaAndBaliReligiousCourt_openDuringGalungan2025() {
        CourtCalendar jepara = REGISTRY.get("PN Jepara");
        assertThat(jepara.workingDaysBetween(LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 21))).isEqualTo(4);
        assertThat(REGISTRY.get("PN Denpasar")
                .workingDaysBetween(LocalDate.of(2025, 11, 17), LocalDate.of(2025, 11, 21))).isEqualTo(1);
        // The Governor's circular closed the district courts; the registry gives no closure to PA Denpasar.
        assertThat(REGISTRY.get("PA Denpasar").isWorkingDay(LocalDate.of(2025, 11, 18))).isTrue();
    }

    @Test
    void calendar_isBuiltOnceAndNamedAfterTheCourt() {
        Court garut = REGISTRY.court("PN Garut");
        assertThat(REGISTRY.calendar(garut)).isSameAs(REGISTRY.calendar(garut));
        assertThat(REGISTRY.calendar(garut).name()).isEqualTo("PN Garut");
    }

    // ------------------------------------------------------------------------------------------------
    // a deployment's courts

    private static final String SUMBAWA_BARAT = """
            {"name": "PN Sumbawa Barat", "fullName": "Pengadilan Negeri Sumbawa Barat", "kind": "PN",
             "highCourt": "PT Mataram", "province": "Nusa Tenggara Barat", "zone": "Asia/Makassar",
             "officeHours": {"opens": "07:30", "closes": "16:00"}, "source": "Keppres 39/2025"}""";
    private static final String BADUNG = """
            {"name": "PN Badung", "fullName": "Pengadilan Negeri Badung", "kind": "PN", "highCourt": "PT Denpasar",
             "province": "Bali", "zone": "Asia/Makassar", "overlays": ["bali-2025.json"], "source": "Keppres 39/2025"}""";

    private static Path write(Path dir, String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void withCourts_addsCourtsBeingSetUp(@TempDir Path dir) throws IOException {
        Path file = write(dir, "keppres-39-2025.json", "{\"courts\": [" + SUMBAWA_BARAT + ", " + BADUNG + "]}");
        CourtRegistry deployed = REGISTRY.withCourts(file);
        assertThat(deployed.courts()).hasSize(866);
        assertThat(REGISTRY.courts()).as("the embedded registry is unchanged").hasSize(864);
        Court sumbawaBarat = deployed.court("PENGADILAN NEGERI SUMBAWA BARAT");
        assertThat(sumbawaBarat.zoneAbbreviation()).isEqualTo("WITA");
        assertThat(deployed.calendar(sumbawaBarat).officeHours().opens()).isEqualTo(LocalTime.of(7, 30));
        // Badung takes the Bali closures: Tue 18 to Thu 20 Nov 2025 closed.
        assertThat(deployed.get("PN Badung").isWorkingDay(LocalDate.of(2025, 11, 19))).isFalse();
    }

    @Test
    void withCourts_correctsACourtWithTheSameNameAndProvince(@TempDir Path dir) throws IOException {
        Court lebong = REGISTRY.court("PA Lebong");
        Path file = write(dir, "fix.json", "{\"courts\": [{\"name\": \"PA Lebong\", \"fullName\": \"Pengadilan Agama"
                + " Lebong\", \"kind\": \"PA\", \"highCourt\": \"PTA Bengkulu\", \"province\": \"Bengkulu\","
                + " \"zone\": \"Asia/Jakarta\", \"satkerCode\": \"" + lebong.satkerCode() + "\","
                + " \"source\": \"checked with the court\", \"note\": \"seat in Kab. Lebong\"}]}");
        CourtRegistry fixed = REGISTRY.withCourts(file);
        assertThat(fixed.courts()).hasSize(864);
        assertThat(fixed.court("PA Lebong").note()).isEqualTo("seat in Kab. Lebong");
    }

    @Test
    void withCourts_badZone_namesTheFileAndTheEntry(@TempDir Path dir) throws IOException {
        Path file = write(dir, "bad.json", "{\"courts\": [" + SUMBAWA_BARAT + ", "
                + BADUNG.replace("Asia/Makassar", "Asia/Singapore") + "]}");
        assertThatThrownBy(() -> REGISTRY.withCourts(file))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith(file + ": courts[1] ('PN Badung'): ")
                .hasMessageContaining("zone");
    }

    @Test
    void withCourts_unknownField_namesTheFileAndTheEntry(@TempDir Path dir) throws IOException {
        Path file = write(dir, "typo.json", "{\"courts\": [" + SUMBAWA_BARAT.replace("\"province\"", "\"provinsi\"")
                + "]}");
        assertThatThrownBy(() -> REGISTRY.withCourts(file))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith(file + ": courts[0] ('PN Sumbawa Barat'): ")
                .hasMessageContaining("provinsi");
    }

    @Test
    void withCourts_unknownHighCourt_rejected(@TempDir Path dir) throws IOException {
        Path file = write(dir, "high.json", "{\"courts\": [" + SUMBAWA_BARAT.replace("PT Mataram", "PTA Mataram") + "]}");
        assertThatThrownBy(() -> REGISTRY.withCourts(file))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage(file + ": courts[0] ('PN Sumbawa Barat'): field 'highCourt' names no appellate court of"
                        + " the general courts in the registry: 'PTA Mataram'");
    }

    @Test
    void withCourts_satkerCodeOfAnotherCourt_rejected(@TempDir Path dir) throws IOException {
        String code = REGISTRY.court("PN Kalabahi").satkerCode();
        Path file = write(dir, "code.json", "{\"courts\": [" + SUMBAWA_BARAT.replace("\"source\"",
                "\"satkerCode\": \"" + code + "\", \"source\"") + "]}");
        assertThatThrownBy(() -> REGISTRY.withCourts(file))
                .hasMessage(file + ": courts[0] ('PN Sumbawa Barat'): field 'satkerCode' is also the code of"
                        + " PN Kalabahi (Nusa Tenggara Timur, satker " + code + "): '" + code + "'");
    }

    @Test
    void withCourts_sameCourtTwice_rejected(@TempDir Path dir) throws IOException {
        Path file = write(dir, "twice.json", "{\"courts\": [" + SUMBAWA_BARAT + ", " + SUMBAWA_BARAT + "]}");
        assertThatThrownBy(() -> REGISTRY.withCourts(file))
                .hasMessageStartingWith(file + ": courts[1] ('PN Sumbawa Barat'): repeats the name and province of"
                        + " courts[0]");
    }

    @Test
    void withCourts_missingOverlay_rejected(@TempDir Path dir) throws IOException {
        Path file = write(dir, "overlay.json", "{\"courts\": [" + BADUNG.replace("bali-2025.json", "badung.json") + "]}");
        assertThatThrownBy(() -> REGISTRY.withCourts(file))
                .hasMessageStartingWith(file + ": courts[0] ('PN Badung'): field 'overlays' names no embedded overlay"
                        + " and no file");
    }

    @Test
    void withCourts_notJson_namesTheLine(@TempDir Path dir) throws IOException {
        Path file = write(dir, "broken.json", "{\"courts\": [\n" + SUMBAWA_BARAT + ",\n]}");
        assertThatThrownBy(() -> REGISTRY.withCourts(file))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith(file + ": not valid JSON at line 5");
    }
}
