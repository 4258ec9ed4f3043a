package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.drl.facts.EventFact;
import id.tenggat.engine.RuleCitation;
import id.tenggat.law.LawValues;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;

/**
 * The engine's wiring around the rules: reading a rule's citation from its metadata, loading the generated model
 * from its index, and the engine's own accessors.
 */
class EngineWiringTest {

    /** The civil rules' generated model class, as the build's real index names it (its name hashes the rules). */
    private static final String MODEL_CLASS = modelClass("id.tenggat.drl.perdata.Rules");

    @Test
    void aCitationIsReadFromTheRuleMetadataWithTheQuotesDrlKeeps() {
        RuleCitation c = DroolsDeadlineEngine.citation(rule("perdata.banding", Map.of(
                "legalBasis", "\"UU 20/1947 Pasal 7 ayat (1)\"",
                "source", "  https://peraturan.bpk.go.id/Details/46431  ",
                "validFrom", "\"1947-06-24\"",
                "validTo", "open")));

        assertThat(c).isEqualTo(new RuleCitation("perdata.banding", "UU 20/1947 Pasal 7 ayat (1)",
                "https://peraturan.bpk.go.id/Details/46431", LocalDate.of(1947, 6, 24), null));
    }

    @Test
    void aClosedProvisionKeepsItsLastDay() {
        RuleCitation c = DroolsDeadlineEngine.citation(rule("r", meta("1981-12-31", "2025-12-31")));

        assertThat(c.validFrom()).isEqualTo(LocalDate.of(1981, 12, 31));
        assertThat(c.validTo()).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    @Test
    void onlyAValueWrappedInQuotesAtBothEndsLosesThem() {
        Map<String, Object> m = meta("1981-12-31", "open");
        m.put("legalBasis", "\"KUHAP Pasal 67");
        assertThat(DroolsDeadlineEngine.citation(rule("r", m)).legalBasis()).isEqualTo("\"KUHAP Pasal 67");
        m.put("legalBasis", "KUHAP Pasal 67\"");
        assertThat(DroolsDeadlineEngine.citation(rule("r", m)).legalBasis()).isEqualTo("KUHAP Pasal 67\"");
        // A lone quote is not a quoted value: one character both starts and ends it.
        m.put("legalBasis", "\"");
        assertThat(DroolsDeadlineEngine.citation(rule("r", m)).legalBasis()).isEqualTo("\"");
        m.put("legalBasis", "\"K\"");
        assertThat(DroolsDeadlineEngine.citation(rule("r", m)).legalBasis()).isEqualTo("K");
    }

    @Test
    void aMissingEmptyOrQuotedEmptyValueIsNoCitation() {
        Map<String, Object> m = meta("1981-12-31", "open");
        m.remove("source");
        assertThatThrownBy(() -> DroolsDeadlineEngine.citation(rule("x.y", m)))
                .isInstanceOf(IllegalStateException.class).hasMessage("rule 'x.y' has no @source");
        m.put("source", "   ");
        assertThatThrownBy(() -> DroolsDeadlineEngine.citation(rule("x.y", m)))
                .hasMessage("rule 'x.y' has no @source");
        m.put("source", "\"\"");
        assertThatThrownBy(() -> DroolsDeadlineEngine.citation(rule("x.y", m)))
                .hasMessage("rule 'x.y' has no @source");
    }

    @Test
    void aDateThatIsNotIsoNamesTheKeyAndForValidToTheOpenEnd() {
        assertThatThrownBy(() -> DroolsDeadlineEngine.citation(rule("x.y", meta("31-12-1981", "open"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("rule 'x.y' has @validFrom '31-12-1981', not an ISO date yyyy-MM-dd");
        assertThatThrownBy(() -> DroolsDeadlineEngine.citation(rule("x.y", meta("1981-12-31", "forever"))))
                .hasMessage("rule 'x.y' has @validTo 'forever', not an ISO date yyyy-MM-dd or \"open\"");
    }

    @Test
    void theRulesAreListedByName() {
        List<RuleCitation> rules = new DroolsDeadlineEngine().rules();

        assertThat(rules).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.comparing(RuleCitation::rule));
    }

    @Test
    void valuesSuppliedAsNoneLeaveTheLibrarysValues() {
        DroolsDeadlineEngine engine = new DroolsDeadlineEngine();

        assertThat(engine.withLawValues(LawValues.empty()).lawValues().values())
                .isEqualTo(engine.lawValues().values());
    }

    @Test
    void theModelIsLoadedFromItsIndexSkippingTheVersionLineAndBlankLines() {
        KieBase kieBase = KieBaseLoader.load(withIndex("Drools-Model-Version:10.2.0\n\n  " + MODEL_CLASS + "  \n"));

        // The civil rules' package only, with the fact types it imports.
        assertThat(kieBase.getKiePackages()).extracting(p -> p.getName())
                .containsExactlyInAnyOrder("id.tenggat.drl.perdata", "id.tenggat.drl.facts");
    }

    @Test
    void anIndexWithoutModelsOrWithoutTheFileOrNamingNoModelIsRefused() {
        assertThatThrownBy(() -> KieBaseLoader.load(withIndex("Drools-Model-Version:10.2.0\n\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("empty rule model index " + KieBaseLoader.MODEL_INDEX);
        assertThatThrownBy(() -> KieBaseLoader.load(withIndex(null)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no rule model on the class path (" + KieBaseLoader.MODEL_INDEX + ")");
        assertThatThrownBy(() -> KieBaseLoader.load(withIndex("id.tenggat.drl.NoSuchModel\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot instantiate the rule model id.tenggat.drl.NoSuchModel");
    }

    @Test
    void anEventFactGivesTheEventsParty() {
        EventFact fact = new EventFact(CaseEvent.of(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2025, 3, 17),
                Party.TERGUGAT));

        assertThat(fact.getParty()).isEqualTo(Party.TERGUGAT);
        assertThat(fact.getDate()).isEqualTo(LocalDate.of(2025, 3, 17));
    }

    private static Map<String, Object> meta(String validFrom, String validTo) {
        Map<String, Object> m = new HashMap<>();
        m.put("legalBasis", "KUHAP Pasal 67");
        m.put("source", "S3");
        m.put("validFrom", validFrom);
        m.put("validTo", validTo);
        return m;
    }

    private static Rule rule(String name, Map<String, Object> meta) {
        return (Rule) Proxy.newProxyInstance(Rule.class.getClassLoader(), new Class<?>[] {Rule.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getMetaData" -> meta;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** This module's class loader, with the model index replaced by {@code index} (none when null). */
    private static ClassLoader withIndex(String index) {
        return new ClassLoader(EngineWiringTest.class.getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                if (!name.equals(KieBaseLoader.MODEL_INDEX)) {
                    return super.getResourceAsStream(name);
                }
                return index == null ? null : new ByteArrayInputStream(index.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private static String modelClass(String prefix) {
        try (InputStream in = EngineWiringTest.class.getClassLoader().getResourceAsStream(KieBaseLoader.MODEL_INDEX)) {
            return new String(Objects.requireNonNull(in, KieBaseLoader.MODEL_INDEX).readAllBytes(),
                    StandardCharsets.UTF_8).lines().map(String::trim).filter(l -> l.startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + prefix + "* in " + KieBaseLoader.MODEL_INDEX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
