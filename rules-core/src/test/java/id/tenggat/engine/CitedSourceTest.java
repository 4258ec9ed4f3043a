package id.tenggat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule that tells an official text from a secondary source and a seed document. */
class CitedSourceTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            // The legislation databases and the JDIH network publish the law's text.
            "https://peraturan.go.id/id/uu-no-20-tahun-2025, OFFICIAL",
            "https://peraturan.go.id/files/uu-no-20-tahun-2025.pdf, OFFICIAL",
            "https://peraturan.bpk.go.id/Details/337302/uu-no-20-tahun-2025, OFFICIAL",
            "https://jdih.mahkamahagung.go.id/legal-product/kitab-undang-undang-hukum-acara-pidana/download, OFFICIAL",
            "https://jdih.kemenkumham.go.id/x, OFFICIAL",
            "http://acarapidana.bphn.go.id/proses/permohonan-banding/, OFFICIAL",
            "https://www.mahkamahagung.go.id/id/x, OFFICIAL",
            "HTTPS://WWW.MKRI.ID/index.php?page=web.Putusan&id=1, OFFICIAL",
            // The Constitutional Court's news page reports a decision; it is not the decision.
            "https://www.mkri.id/index.php?page=web.Berita&id=13114&menu=2, SECONDARY",
            // A news portal and the registry's FAQ of the Supreme Court, and lower courts quoting a PERMA: secondary.
            "https://marinews.mahkamahagung.go.id/artikel/wajah-baru-aturan-penahanan-dalam-kuhap-2025-0MN, SECONDARY",
            "https://kepaniteraan.mahkamahagung.go.id/registry-news/seputar-kasasi-pk-elektronik/2398-faq, SECONDARY",
            "https://pn-mempawah.go.id/pages/kepaniteraan/perdata/gugatan-sederhana, SECONDARY",
            "https://sippn.menpan.go.id/pelayanan-publik/8129462/x, SECONDARY",
            // Look-alike hosts are not the official ones.
            "https://jdih.example.com/x, SECONDARY",
            "https://peraturan.go.id.example.com/x, SECONDARY",
            "https://notbphn.go.id/x, SECONDARY",
            "https://yuridis.id/pasal-29-kuhap-kitab-undang-undang-hukum-acara-pidana/, SECONDARY",
            "https://www.scribd.com/document/379294461/SEMA-02-2014-pdf, SECONDARY",
            // The seed documents S0 to S4.
            "S4 III.C.2.e, SEED",
            "'S3 IV.A, IV.B', SEED",
            "S3, SEED",
            "S0 2, SEED",
            // Neither a URL nor a seed tag.
            "S5 I.A, UNCLASSIFIED",
            "S4III, UNCLASSIFIED",
            "a textbook, UNCLASSIFIED",
            "ftp://peraturan.go.id/x, UNCLASSIFIED",
            "https://, UNCLASSIFIED",
            "peraturan.go.id/id/uu-no-20-tahun-2025, UNCLASSIFIED"
    })
    void classifies(String reference, SourceKind kind) {
        assertThat(CitedSource.classify(reference)).isEqualTo(kind);
    }

    @Test
    void parsesASourceTextInTheOrderCited() {
        assertThat(CitedSource.parse(" https://peraturan.go.id/id/uu-no-20-tahun-2025 ; https://dandapala.com/x;;S3 IV.D; "))
                .containsExactly(new CitedSource("https://peraturan.go.id/id/uu-no-20-tahun-2025", SourceKind.OFFICIAL),
                        new CitedSource("https://dandapala.com/x", SourceKind.SECONDARY),
                        new CitedSource("S3 IV.D", SourceKind.SEED));
        assertThat(CitedSource.parse("  ")).isEmpty();
    }

    @Test
    void ruleCitationSaysWhetherItCitesAnOfficialText() {
        RuleCitation official = new RuleCitation("r", "Pasal 1", "S4 I.A; https://peraturan.bpk.go.id/Details/1/x",
                LocalDate.of(2020, 1, 1), null);
        RuleCitation secondary = new RuleCitation("r", "Pasal 1", "https://yuridis.id/x; S4 I.A",
                LocalDate.of(2020, 1, 1), null);
        assertThat(official.hasOfficialSource()).isTrue();
        assertThat(official.sources()).extracting(CitedSource::kind)
                .containsExactly(SourceKind.SEED, SourceKind.OFFICIAL);
        assertThat(secondary.hasOfficialSource()).isFalse();
    }

    @Test
    void refusesABlankReferenceAndNulls() {
        assertThatThrownBy(() -> new CitedSource(" ", SourceKind.SEED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CitedSource("S3", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CitedSource.classify(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> CitedSource.parse(null)).isInstanceOf(NullPointerException.class);
    }
}
