package id.tenggat.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.answer.Language;
import id.tenggat.model.EventType;
import id.tenggat.office.OfficeDeadlines;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineCatalogueTest {
    private static final DeadlineCatalogue CATALOGUE = DeadlineCatalogue.embedded();

    @Test
    void holds_the_contract_ids_and_the_office_duties_one_by_one() {
        // The contract's tables list 60 rows, sop.keuangan.* as one; the library answers that row as five ids, and
        // two court targets the contract names in its prose (appeal and cassation decided before detention ends).
        assertThat(CATALOGUE.entries()).hasSize(60 - 1 + 5 + 2);
        assertThat(CATALOGUE.entries()).extracting(CatalogueEntry::id).doesNotHaveDuplicates()
                .contains("pidana.putusan_banding_sebelum_tahanan_habis", "pidana.putusan_kasasi_sebelum_tahanan_habis",
                        "pidana.penahanan.pasal29", "anak.diversi.syarat", "layanan.pengaduan.siwas")
                .containsAll(OfficeDeadlines.ids())
                .allSatisfy(id -> assertThat(id).matches("(pidana|anak|perdata|sederhana|mediasi|layanan|sop)\\.[a-z0-9_.]+"));
    }

    @Test
    void describes_the_civil_appeal_as_the_law_gives_it() {
        // UU 20/1947 Pasal 7 ayat (1): 14 days from the judgment pronounced in the party's presence, else from notice.
        CatalogueEntry banding = CATALOGUE.require("perdata.banding");

        assertThat(banding.kind()).isEqualTo(CatalogueEntry.Kind.PERIOD);
        assertThat(banding.name(Language.ID)).isEqualTo("Permohonan banding");
        assertThat(banding.name(Language.EN)).isEqualTo("Notice of appeal (banding)");
        assertThat(banding.length(Language.ID)).isEqualTo("14 hari kalender");
        assertThat(banding.length(Language.EN)).isEqualTo("14 calendar days");
        assertThat(banding.triggers()).containsExactly(EventType.PUTUSAN_DIUCAPKAN, EventType.PUTUSAN_DIBERITAHUKAN);
        assertThat(banding.basis()).startsWith("UU 20/1947 Pasal 7 ayat (1)");
        assertThat(banding.courtTarget()).isFalse();
    }

    @Test
    void marks_the_courts_own_targets() {
        // SEMA 2/2014: 5 months for the first instance, a target of the court, not a party's deadline.
        CatalogueEntry penyelesaian = CATALOGUE.require("perdata.penyelesaian");
        assertThat(penyelesaian.courtTarget()).isTrue();
        assertThat(penyelesaian.length(Language.ID)).startsWith("5 bulan");
        // KUHAP Pasal 264 ayat (3): no time limit for a criminal PK, and no trigger.
        assertThat(CATALOGUE.require("pidana.pk").triggers()).isEmpty();
        assertThat(CATALOGUE.require("pidana.pk").length(Language.EN)).isEqualTo("no time limit");
        assertThat(CATALOGUE.require("sederhana.syarat").kind()).isEqualTo(CatalogueEntry.Kind.ELIGIBILITY);
        assertThat(CATALOGUE.require("anak.penahanan.pn").kind()).isEqualTo(CatalogueEntry.Kind.DETENTION);
        assertThat(CATALOGUE.require("sop.laporan.bulanan").kind()).isEqualTo(CatalogueEntry.Kind.OFFICE);
    }

    @Test
    void every_entry_has_both_names_a_length_a_basis_and_is_found_by_its_id() {
        for (CatalogueEntry e : CATALOGUE.entries()) {
            for (Language language : Language.values()) {
                assertThat(e.name(language)).as("%s name %s", e.id(), language).isNotBlank().hasSizeLessThanOrEqualTo(60);
                assertThat(e.length(language)).as("%s length %s", e.id(), language).isNotBlank();
            }
            assertThat(e.name()).as(e.id()).isNotEqualTo(e.nameEn());
            assertThat(e.basis()).as(e.id()).isNotBlank();
            assertThat(CATALOGUE.find(e.id())).contains(e);
            // A period the court calendar counts runs from an event; detention runs from the order.
            if (e.kind() == CatalogueEntry.Kind.DETENTION) {
                assertThat(e.triggers()).as(e.id()).containsExactly(EventType.PENAHANAN_DIMULAI);
            }
            if (e.kind() == CatalogueEntry.Kind.ELIGIBILITY || e.kind() == CatalogueEntry.Kind.OFFICE) {
                assertThat(e.triggers()).as(e.id()).isEmpty();
            }
        }
    }

    @Test
    void an_unknown_id_names_the_nearest_one() {
        assertThatThrownBy(() -> CATALOGUE.require("perdata.bandig")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown deadline id 'perdata.bandig'; did you mean 'perdata.banding'?");
        assertThatThrownBy(() -> CATALOGUE.require("Pidana.Kasasi.Memory"))
                .hasMessage("unknown deadline id 'Pidana.Kasasi.Memory'; did you mean 'pidana.kasasi.memori'?");
        assertThatThrownBy(() -> CATALOGUE.require("banding")).hasMessageStartingWith("unknown deadline id 'banding'; ")
                .hasMessageContaining("catalogue");
        assertThat(CATALOGUE.find("perdata.bandig")).isEmpty();
        assertThat(CATALOGUE.find(null)).isEmpty();
        assertThat(CATALOGUE.nearest("sop.laporan.bulan")).contains("sop.laporan.bulanan");
    }

    @Test
    void lists_entries_area_by_area_and_cannot_be_changed() {
        List<String> areas = CATALOGUE.entries().stream().map(e -> e.id().substring(0, e.id().indexOf('.'))).distinct().toList();
        assertThat(areas).containsExactly("pidana", "anak", "perdata", "sederhana", "mediasi", "layanan", "sop");
        assertThatThrownBy(() -> CATALOGUE.entries().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(DeadlineCatalogue.embedded()).isSameAs(CATALOGUE);
    }
}
