package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.engine.RuleCitation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
