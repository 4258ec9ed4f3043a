package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.engine.RuleCitation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
            LocalDate from = isoDate(c.validFrom(), "@validFrom of " + r.getName());
            assertThat(c.validTo()).as("@validTo of %s", r.getName()).isNotNull();
            if (!c.validTo().equals("open")) {
                LocalDate to = isoDate(c.validTo(), "@validTo of " + r.getName());
                assertThat(from).as("%s: validFrom must not be after validTo", r.getName()).isBeforeOrEqualTo(to);
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

    private static LocalDate isoDate(String text, String what) {
        assertThat(text).as(what).isNotBlank();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new AssertionError(what + " is not an ISO date: " + text, e);
        }
    }
}
