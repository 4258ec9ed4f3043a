package id.tenggat.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.calendar.LastDayRule;
import id.tenggat.engine.Start;
import id.tenggat.engine.Unit;
import id.tenggat.law.LawValue.Origin;
import id.tenggat.model.EventType;
import id.tenggat.model.Official;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading law-values files (schema, entries, fields) and adding a deployment's values to the library's. */
class LawValuesTest {
    /** A library with one window it does not encode and one detention period it does. */
    static final String LIBRARY = """
            { "values": [
              { "key": "uu-20-2025.pidana.banding", "instrument": "UU 20/2025 (KUHAP)", "kind": "WINDOW",
                "deadline": "pidana.banding", "article": "UU 20/2025 (permintaan banding; belum dikonfirmasi)",
                "validFrom": "2026-01-02", "source": "https://example.org/research", "confidence": "NOT_CONFIRMED" },
              { "key": "uu-20-2025.penahanan.pn.pertama", "instrument": "UU 20/2025 (KUHAP)", "kind": "DETENTION",
                "deadline": "pidana.penahanan.pn", "article": "UU 20/2025 (penahanan oleh hakim pengadilan negeri 30 hari)",
                "length": 30, "unit": "CALENDAR_DAYS", "by": "HAKIM_PN", "validFrom": "2026-01-02",
                "source": "https://example.org/text", "confidence": "ENACTED_TEXT" } ] }
            """;

    static final String SUPPLIED_BANDING = """
            { "values": [
              { "key": "uu-20-2025.pidana.banding", "instrument": "UU 20/2025 (KUHAP)", "kind": "WINDOW",
                "deadline": "pidana.banding", "article": "UU 20/2025 pasal banding (naskah PN Contoh)",
                "length": 7, "unit": "CALENDAR_DAYS", "start": "NEXT_DAY", "lastDay": "NEXT_WORKING_DAY",
                "trigger": "PUTUSAN_DIUCAPKAN", "validFrom": "2026-01-02",
                "source": "Salinan UU 20/2025, LN 2025 No. 188, arsip PN Contoh", "confidence": "ENACTED_TEXT" } ] }
            """;

    static LawValues library() {
        return read("library.json", LIBRARY, Origin.LIBRARY);
    }

    static LawValues read(String name, String json, Origin origin) {
        return LawValues.read(name, new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), origin);
    }

    @Test
    void readsEveryFieldOfAnEntry() {
        LawValue pn = library().get("uu-20-2025.penahanan.pn.pertama").orElseThrow();
        assertThat(pn.length()).isEqualTo(30);
        assertThat(pn.unit()).isEqualTo(Unit.CALENDAR_DAYS);
        assertThat(pn.by()).isEqualTo(Official.HAKIM_PN);
        assertThat(pn.validFrom()).isEqualTo(LocalDate.of(2026, 1, 2));
        assertThat(pn.validTo()).isNull();
        assertThat(pn.isEncoded()).isTrue();
        assertThat(pn.isSupplied()).isFalse();
        assertThat(library().get("uu-20-2025.pidana.banding").orElseThrow().isEncoded()).isFalse();
        assertThat(library().suppliableKeys()).containsExactly("uu-20-2025.pidana.banding");
    }

    @Test
    void aDeploymentFillsAValueTheLibraryDoesNotEncode(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("nilai-pn-contoh.json");
        Files.writeString(file, SUPPLIED_BANDING);
        LawValues merged = library().withSupplied(LawValues.fromJson(file));
        LawValue banding = merged.get("uu-20-2025.pidana.banding").orElseThrow();
        assertThat(banding.isSupplied()).isTrue();
        assertThat(banding.length()).isEqualTo(7);
        assertThat(banding.start()).isEqualTo(Start.NEXT_DAY);
        assertThat(banding.lastDay()).isEqualTo(LastDayRule.NEXT_WORKING_DAY);
        assertThat(banding.trigger()).isEqualTo(EventType.PUTUSAN_DIUCAPKAN);
        assertThat(banding.article()).isEqualTo("UU 20/2025 pasal banding (naskah PN Contoh)");
        assertThat(merged.supplied()).containsExactly(banding);
        assertThat(merged.get("uu-20-2025.penahanan.pn.pertama").orElseThrow().isSupplied()).isFalse();
    }

    @Test
    void aSuppliedValueMayNotReplaceOneTheLibraryEncodes() {
        LawValues supplied = read("pn-contoh.json", """
                { "values": [
                  { "key": "uu-20-2025.penahanan.pn.pertama", "instrument": "UU 20/2025 (KUHAP)", "kind": "DETENTION",
                    "deadline": "pidana.penahanan.pn", "article": "UU 20/2025 Pasal 1xx", "length": 40,
                    "unit": "CALENDAR_DAYS", "by": "HAKIM_PN", "validFrom": "2026-01-02", "source": "arsip",
                    "confidence": "ENACTED_TEXT" } ] }
                """, Origin.DEPLOYMENT);
        assertThatThrownBy(() -> library().withSupplied(supplied))
                .isInstanceOf(LawValuesException.class)
                .hasMessageContaining("pn-contoh.json")
                .hasMessageContaining("law value 'uu-20-2025.penahanan.pn.pertama'")
                .hasMessageContaining("the library encodes it (30 CALENDAR_DAYS")
                .hasMessageContaining("may not replace it");
    }

    @Test
    void aSuppliedValueTheLibraryDoesNotKnowIsRefusedNamingWhatMayBeSupplied() {
        LawValues supplied = read("pn-contoh.json", SUPPLIED_BANDING.replace("uu-20-2025.pidana.banding\"",
                "uu-20-2025.pidana.bandingg\""), Origin.DEPLOYMENT);
        assertThatThrownBy(() -> library().withSupplied(supplied))
                .hasMessageContaining("law value 'uu-20-2025.pidana.bandingg': the library has no value of that name")
                .hasMessageContaining("values that may be supplied: uu-20-2025.pidana.banding");
    }

    @Test
    void aSuppliedValueMustMatchTheLibrarysDeadlineAndGiveItsLength() {
        LawValues wrongDeadline = read("pn-contoh.json",
                SUPPLIED_BANDING.replace("\"deadline\": \"pidana.banding\"", "\"deadline\": \"pidana.kasasi\""),
                Origin.DEPLOYMENT);
        assertThatThrownBy(() -> library().withSupplied(wrongDeadline))
                .hasMessageContaining("deadline is pidana.kasasi but the library's value is for pidana.banding");
        LawValues noLength = read("pn-contoh.json", LIBRARY.substring(0, LIBRARY.indexOf("},") + 1) + "]}",
                Origin.DEPLOYMENT);
        assertThatThrownBy(() -> library().withSupplied(noLength))
                .hasMessageContaining("a supplied value must give its length and unit");
    }

    @Test
    void aFileThatIsNotJsonNamesTheFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("rusak.json");
        Files.writeString(file, "{ \"values\": [ ");
        assertThatThrownBy(() -> LawValues.fromJson(file))
                .isInstanceOf(LawValuesException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> LawValues.fromJson(dir.resolve("missing.json")))
                .hasMessageContaining("missing.json").hasMessageContaining("cannot be read");
    }

    @Test
    void everySchemaViolationNamesTheEntryItsKeyAndTheField() {
        String bad = """
                { "values": [
                  { "key": "uu-20-2025.pidana.kasasi", "instrument": "UU 20/2025 (KUHAP)", "kind": "WINDOW",
                    "deadline": "pidana.kasasi", "article": "x", "length": "14", "unit": "CALENDAR_DAYS",
                    "start": "NEXT_DAY", "lastDay": "NEXT_WORKING_DAY", "trigger": "PUTUSAN_BANDING_DIBERITAHUKAN",
                    "validFrom": "2026-01-02", "source": "s", "confidence": "ENACTED_TEXT" },
                  { "key": "uu-20-2025.pidana.banding", "instrument": "UU 20/2025 (KUHAP)", "kind": "WINDOW",
                    "deadline": "pidana.banding", "article": "x", "length": 7, "unit": "CALENDAR_DAYS",
                    "validFrom": "2026-01-02", "source": "s", "confidence": "ENACTED_TEXT", "lenght": 7 } ] }
                """;
        assertThatThrownBy(() -> read("nilai.json", bad, Origin.DEPLOYMENT))
                .isInstanceOfSatisfying(LawValuesException.class, e -> {
                    assertThat(e.file()).isEqualTo("nilai.json");
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                            .startsWith("values[0] (key 'uu-20-2025.pidana.kasasi') length: "));
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                            .startsWith("values[1] (key 'uu-20-2025.pidana.banding')").contains("lenght"));
                    // a confirmed window must say how it is counted and what triggers it
                    assertThat(e.problems()).anySatisfy(p -> assertThat(p)
                            .startsWith("values[1] (key 'uu-20-2025.pidana.banding')").contains("trigger"));
                });
    }

    @Test
    void anUnconfirmedValueMayNotCarryALengthAndAConfirmedOneMust() {
        String unconfirmedWithLength = LIBRARY.replace("\"confidence\": \"ENACTED_TEXT\"", "\"confidence\": \"NOT_CONFIRMED\"");
        assertThatThrownBy(() -> read("library.json", unconfirmedWithLength, Origin.LIBRARY))
                .hasMessageContaining("values[1] (key 'uu-20-2025.penahanan.pn.pertama')");
        String confirmedWithoutLength = LIBRARY.replace("\"confidence\": \"NOT_CONFIRMED\"", "\"confidence\": \"SECONDARY\"");
        assertThatThrownBy(() -> read("library.json", confirmedWithoutLength, Origin.LIBRARY))
                .hasMessageContaining("values[0] (key 'uu-20-2025.pidana.banding')").hasMessageContaining("length");
    }

    @Test
    void anUnknownTriggerADuplicateKeyAndABackwardValidityAreRefused() {
        String unknownTrigger = SUPPLIED_BANDING.replace("PUTUSAN_DIUCAPKAN", "PUTUSAN_DIBACAKAN");
        assertThatThrownBy(() -> read("nilai.json", unknownTrigger, Origin.DEPLOYMENT))
                .hasMessageContaining("values[0] (key 'uu-20-2025.pidana.banding'): trigger: unknown event PUTUSAN_DIBACAKAN");
        String body = SUPPLIED_BANDING.substring(SUPPLIED_BANDING.indexOf('{', 1), SUPPLIED_BANDING.lastIndexOf('}'));
        String entry = body.substring(0, body.lastIndexOf('}') + 1);
        String twice = "{ \"values\": [" + entry + "," + entry + "] }";
        assertThatThrownBy(() -> read("nilai.json", twice, Origin.DEPLOYMENT))
                .hasMessageContaining("values[1] (key 'uu-20-2025.pidana.banding'): the key is already used by an earlier entry");
        String backward = SUPPLIED_BANDING.replace("\"validFrom\": \"2026-01-02\"",
                "\"validFrom\": \"2026-01-02\", \"validTo\": \"2025-12-31\"");
        assertThatThrownBy(() -> read("nilai.json", backward, Origin.DEPLOYMENT))
                .hasMessageContaining("validTo 2025-12-31 is before validFrom 2026-01-02");
    }
}
