package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.engine.CitedSource;
import id.tenggat.engine.RuleCitation;
import id.tenggat.engine.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * The rule inventory: every rule in the shipped KieBase cites its law, and no rule is lost between the DRL files and
 * the generated model.
 */
class RuleInventoryTest {
    private static final Path DRL_ROOT = Path.of("src", "main", "resources", "id", "tenggat", "drl");
    private static final Pattern RULE_DECLARATION = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final KieBase kieBase = KieBaseLoader.shared();

    @Test
    void everyRuleCarriesLegalBasisSourceAndValidity() {
        List<Rule> rules = rules();
        assertThat(rules).isNotEmpty();
        for (Rule r : rules) {
            RuleCitation c = DroolsDeadlineEngine.citation(r);
            assertThat(c.legalBasis()).as("@legalBasis of %s", r.getName()).isNotBlank();
            assertThat(c.source()).as("@source of %s", r.getName()).isNotBlank();
            // citation() refuses a missing @validFrom or @validTo and one that is neither a date nor "open"
            assertThat(c.validFrom()).as("@validFrom of %s", r.getName()).isNotNull();
            if (c.validTo() != null) {
                assertThat(c.validFrom()).as("%s: validFrom must not be after validTo", r.getName())
                        .isBeforeOrEqualTo(c.validTo());
            }
        }
    }

    /**
     * Rules that cite no official text of their law, by instrument: no official publication of the text was found
     * (see the README, "Sources cited in answers"). A rule that gains an official source leaves this list; a rule
     * that loses one, or a new rule without one, fails the test until it is listed here and in the README.
     */
    private static final Set<String> WITHOUT_OFFICIAL_SOURCE = Set.of(
            // UU 11/2012 (SPPA): quoted by blogs and document-sharing sites only.
            "anak.penahanan.penyidik", "anak.penahanan.penuntut_umum", "anak.penahanan.pn", "anak.penahanan.pt",
            "anak.penahanan.ma", "anak.penahanan.syarat.umur", "anak.penahanan.syarat.ancaman-pidana",
            "anak.penahanan.tanpa-pengecualian",
            "anak.diversi.syarat.umur", "anak.diversi.syarat.ancaman-di-bawah-7-tahun",
            "anak.diversi.syarat.ancaman-7-tahun-atau-lebih", "anak.diversi.syarat.bukan-pengulangan",
            "anak.diversi.penunjukan_hakim", "anak.diversi.mulai", "anak.diversi.selesai",
            // PERMA 4/2014 (diversi): the seed S4 only.
            "anak.diversi.syarat.dakwaan-gabungan",
            // The court's own service standard (S4) and court targets (S3, S4): the seed is the instrument.
            "layanan.pengaduan.pengajuan", "layanan.pengaduan.tanggapan", "layanan.pengaduan.kelengkapan",
            "layanan.pengaduan.putusan", "layanan.pengaduan.pemberitahuan", "layanan.pengaduan.siwas.informasi",
            "layanan.pengaduan.siwas.penyelesaian", "layanan.informasi.kelengkapan",
            "perdata.salinan-putusan.standar-pelayanan", "pidana.putusan_sebelum_tahanan_habis",
            "pidana.putusan_banding_sebelum_tahanan_habis", "pidana.putusan_kasasi_sebelum_tahanan_habis",
            // PERMA 1/2016 (mediasi).
            "mediasi.proses", "mediasi.resume", "mediasi.akta-perdamaian",
            // SEMA 2/2014.
            "perdata.penyelesaian.sema-2-2014", "perdata.penyelesaian-banding.sema-2-2014",
            "pidana.penyelesaian.sema-2-2014",
            // HIR and RBg.
            "perdata.verzet.hir-129", "perdata.panggilan.hir-122", "perdata.aanmaning.hir-196",
            // SK KMA 271/KMA/SK/XII/2019.
            "perdata.banding.elektronik.sk-kma-271-2019",
            // UU 14/1985 (Mahkamah Agung).
            "perdata.kasasi.uu-14-1985", "perdata.kasasi.memori.uu-14-1985",
            "perdata.kasasi.kontra_memori.uu-14-1985", "perdata.pk.uu-14-1985",
            // UU 20/1947 (peradilan ulangan).
            "perdata.banding.uu-20-1947", "perdata.banding.elektronik.uu-20-1947",
            // PERMA 2/2015 and PERMA 4/2019 (gugatan sederhana): quoted by district courts' pages and blogs only.
            "sederhana.syarat.claim-missing", "sederhana.syarat.jenis-perkara",
            "sederhana.syarat.bukan-pengadilan-khusus", "sederhana.syarat.bukan-sengketa-tanah",
            "sederhana.syarat.jumlah-pihak", "sederhana.syarat.alamat-tergugat",
            "sederhana.syarat.nilai-gugatan.perma-2-2015", "sederhana.syarat.domisili.perma-2-2015",
            "sederhana.penyelesaian.hari-kalender", "sederhana.penyelesaian.hari-kerja", "sederhana.keberatan",
            "sederhana.keberatan.pemberitahuan", "sederhana.keberatan.kontra-memori", "sederhana.keberatan.putusan",
            "sederhana.syarat.nilai-gugatan.perma-4-2019", "sederhana.syarat.domisili.perma-4-2019",
            "sederhana.verzet.pemberitahuan", "sederhana.verzet.putusan-dibacakan");

    @Test
    void everySourceOfEveryRuleIsClassified() {
        for (RuleCitation c : new DroolsDeadlineEngine().rules()) {
            assertThat(c.sources()).as("sources of %s", c.rule()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.kind()).as("%s cited by %s", s.reference(), c.rule())
                            .isNotEqualTo(SourceKind.UNCLASSIFIED));
        }
    }

    @Test
    void officialTextsAreCitedFirst() {
        for (RuleCitation c : new DroolsDeadlineEngine().rules()) {
            List<SourceKind> kinds = c.sources().stream().map(CitedSource::kind).toList();
            int firstOther = 0;
            while (firstOther < kinds.size() && kinds.get(firstOther) == SourceKind.OFFICIAL) {
                firstOther++;
            }
            assertThat(kinds.subList(firstOther, kinds.size()))
                    .as("sources of %s after the first that is not official: %s", c.rule(), c.source())
                    .doesNotContain(SourceKind.OFFICIAL);
        }
    }

    @Test
    void rulesWithoutAnOfficialSourceAreTheKnownOnes() {
        List<RuleCitation> citations = new DroolsDeadlineEngine().rules();
        List<String> without = citations.stream().filter(c -> !c.hasOfficialSource()).map(RuleCitation::rule)
                .toList();
        assertThat(without).as("rules citing no official text").containsExactlyInAnyOrderElementsOf(
                WITHOUT_OFFICIAL_SOURCE);
        // Most rules cite their law's official text; the list above is the documented rest.
        assertThat(citations.size() - without.size()).as("rules citing an official text").isEqualTo(79);
    }

    @Test
    void ruleNamesAreUnique() {
        List<String> names = rules().stream().map(r -> r.getPackageName() + "/" + r.getName()).toList();
        List<String> bare = rules().stream().map(Rule::getName).toList();
        assertThat(bare).as("rule names across packages").doesNotHaveDuplicates();
        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void kieBaseHoldsEveryRuleDeclaredInTheDrlFiles() throws IOException {
        List<String> declared = new ArrayList<>();
        for (Path file : drlFiles()) {
            Matcher m = RULE_DECLARATION.matcher(Files.readString(file, StandardCharsets.UTF_8));
            while (m.find()) {
                declared.add(m.group(1));
            }
        }
        assertThat(declared).as("rule declarations under %s", DRL_ROOT).isNotEmpty().doesNotHaveDuplicates();
        assertThat(rules().stream().map(Rule::getName).toList())
                .as("rules in the KieBase built from the generated model")
                .containsExactlyInAnyOrderElementsOf(declared);
    }

    @Test
    void drlCompilesWithoutErrorsOrWarnings() throws IOException {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (Path file : drlFiles()) {
            builder.add(ResourceFactory.newByteArrayResource(Files.readAllBytes(file)).setSourcePath(file.toString()),
                    ResourceType.DRL);
        }
        List<String> problems = builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING).stream()
                .map(KnowledgeBuilderResult::toString).toList();
        assertThat(problems).as("DRL compiler errors and warnings").isEmpty();
        assertThat(builder.getKnowledgePackages().stream().mapToInt(p -> p.getRules().size()).sum())
                .as("rules compiled from the DRL text").isEqualTo(rules().size());
    }

    @Test
    void compileCheckSeesProblems() {
        // Proves the check above is live: an unknown fact type is reported.
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(("package x;\nrule \"broken\"\nwhen\n  NoSuchFact()\nthen\nend\n")
                .getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        assertThat(builder.getResults(ResultSeverity.ERROR)).isNotEmpty();
    }

    @Test
    void inventoryIsExposedThroughTheEngine() {
        List<RuleCitation> citations = new DroolsDeadlineEngine().rules();
        assertThat(citations).hasSize(rules().size());
        assertThat(citations).extracting(RuleCitation::rule).isSorted();
    }

    @Test
    void citationGivesDatesAndAnOpenEndAsAbsent() {
        List<RuleCitation> citations = new DroolsDeadlineEngine().rules();
        // PERMA 2/2015 (in force 7 Aug 2015) was replaced by PERMA 4/2019 (20 Aug 2019): its last day is 19 Aug 2019.
        assertThat(citations).filteredOn(c -> c.rule().equals("sederhana.syarat.nilai-gugatan.perma-2-2015"))
                .singleElement().satisfies(c -> {
                    assertThat(c.validFrom()).isEqualTo(LocalDate.of(2015, 8, 7));
                    assertThat(c.validTo()).isEqualTo(LocalDate.of(2019, 8, 19));
                });
        // UU 20/1947 is in force: @validTo("open") is an absent end.
        assertThat(citations).filteredOn(c -> c.rule().equals("perdata.banding.uu-20-1947"))
                .singleElement().satisfies(c -> {
                    assertThat(c.validFrom()).isEqualTo(LocalDate.of(1947, 6, 24));
                    assertThat(c.validTo()).isNull();
                });
    }

    @Test
    void citationRefusesAMissingEndAndAnEndThatIsNeitherADateNorOpen() {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(("""
                package x;
                rule "no-end" @legalBasis("Pasal 1") @source("S3") @validFrom("2020-01-01") when then end
                rule "bad-end" @legalBasis("Pasal 1") @source("S3") @validFrom("2020-01-01") @validTo("someday")
                when then end
                """).getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        Map<String, Rule> byName = new HashMap<>();
        builder.getKnowledgePackages().forEach(p -> p.getRules().forEach(r -> byName.put(r.getName(), r)));

        assertThatThrownBy(() -> DroolsDeadlineEngine.citation(byName.get("no-end")))
                .hasMessage("rule 'no-end' has no @validTo");
        assertThatThrownBy(() -> DroolsDeadlineEngine.citation(byName.get("bad-end")))
                .hasMessage("rule 'bad-end' has @validTo 'someday', not an ISO date yyyy-MM-dd or \"open\"");
    }

    private List<Rule> rules() {
        List<Rule> result = new ArrayList<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            result.addAll(p.getRules());
        }
        return result;
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> s = Files.walk(DRL_ROOT)) {
            return s.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
    }
}
