package id.tenggat.drl;

import id.tenggat.drl.facts.CaseFact;
import id.tenggat.drl.facts.ClaimFact;
import id.tenggat.drl.facts.DefendantFact;
import id.tenggat.drl.facts.DetentionFact;
import id.tenggat.drl.facts.DetentionStageFact;
import id.tenggat.drl.facts.EventFact;
import id.tenggat.detention.AppliedDetentionRule;
import id.tenggat.detention.DetentionRule;
import id.tenggat.engine.AppliedFinding;
import id.tenggat.engine.AppliedProvision;
import id.tenggat.engine.DeadlineEngine;
import id.tenggat.engine.Evaluation;
import id.tenggat.engine.Finding;
import id.tenggat.engine.Provision;
import id.tenggat.engine.RuleCitation;
import id.tenggat.law.LawValue;
import id.tenggat.law.LawValues;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.ExceptionalGround;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The {@link DeadlineEngine} backed by Drools: the DRL rules under {@code id/tenggat/drl/} select the provisions
 * that apply to a case; each result carries the legal basis of the rule that inserted it, read from the rule's
 * metadata.
 *
 * <p>The numbers of the law the rules read are data ({@link #LAW_VALUES}, checked against its schema when first
 * read): every evaluation inserts them as facts, with any values a deployment supplied.
 *
 * <p>The KieBase is built once per process, lazily, and shared. Every evaluation takes a session from a pool over
 * it and gives it back reset, empty, at the end: the same as a fresh session for the rules, without rebuilding the
 * session's node memory for every case. Each rule's citation is read from its metadata once, when the engine is
 * built. This class is immutable (its pool hands each session to one thread at a time) and thread-safe.
 */
public final class DroolsDeadlineEngine implements DeadlineEngine {
    /** The library's law values, on the class path. */
    static final String LAW_VALUES = "id/tenggat/drl/kuhap-law-values.json";
    /** What a rule's {@code @validTo} says of a provision still in force. */
    static final String OPEN_END = "open";

    private final KieBase kieBase;
    private final KieSessionsPool sessions;
    private final Map<String, RuleCitation> citations;
    private final LawValues lawValues;

    /** The engine over the rules and law values shipped in this jar; used by {@link java.util.ServiceLoader}. */
    public DroolsDeadlineEngine() {
        this(KieBaseLoader.shared(), LibraryValues.VALUES);
    }

    DroolsDeadlineEngine(KieBase kieBase, LawValues lawValues) {
        this(Objects.requireNonNull(kieBase, "kieBase must not be null"),
                kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors()), citations(kieBase), lawValues);
    }

    private DroolsDeadlineEngine(KieBase kieBase, KieSessionsPool sessions, Map<String, RuleCitation> citations,
                                 LawValues lawValues) {
        this.kieBase = kieBase;
        this.sessions = sessions;
        this.citations = citations;
        this.lawValues = Objects.requireNonNull(lawValues, "lawValues must not be null");
    }

    @Override
    public LawValues lawValues() {
        return lawValues;
    }

    @Override
    public DeadlineEngine withLawValues(LawValues supplied) {
        return new DroolsDeadlineEngine(kieBase, sessions, citations, lawValues.withSupplied(supplied));
    }

    /** Reads a law-values resource of this jar as the library's own data. */
    static LawValues readLibraryValues(String resource) {
        try (InputStream in = DroolsDeadlineEngine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing law values " + resource);
            }
            return LawValues.read(resource, in, LawValue.Origin.LIBRARY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The library's law values, read once per process on first use. */
    private static final class LibraryValues {
        static final LawValues VALUES = readLibraryValues(LAW_VALUES);
    }

    @Override
    public Evaluation evaluate(CourtCase courtCase, LocalDate asOf) {
        Objects.requireNonNull(courtCase, "courtCase must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        KieSession session = sessions.newKieSession();
        Collector collector = new Collector(citations);
        session.addEventListener(collector);
        try {
            session.insert(new CaseFact(courtCase, asOf));
            for (LawValue v : lawValues.values()) {
                session.insert(v);
            }
            for (CaseEvent e : courtCase.events()) {
                session.insert(new EventFact(e));
            }
            if (courtCase.claim() != null) {
                session.insert(new ClaimFact(courtCase.claim()));
            }
            insertDetention(session, courtCase);
            session.fireAllRules();
            return new Evaluation(collector.provisions, collector.findings, collector.detention);
        } finally {
            session.removeEventListener(collector);
            session.dispose();
        }
    }

    /** One fact per detention order, one per stage with orders, and the defendant when given. */
    private static void insertDetention(KieSession session, CourtCase courtCase) {
        for (Detention d : courtCase.detentions()) {
            session.insert(new DetentionFact(d));
        }
        for (DetentionStage stage : DetentionStage.values()) {
            List<Detention> ofStage = courtCase.detentions().stream().filter(d -> d.stage() == stage).toList();
            if (!ofStage.isEmpty()) {
                session.insert(new DetentionStageFact(stage, ofStage.stream()
                        .anyMatch(d -> d.exceptional() && d.ground() == ExceptionalGround.MEDICAL_CERTIFICATE)));
            }
        }
        if (courtCase.defendant() != null) {
            session.insert(new DefendantFact(courtCase.defendant()));
        }
    }

    @Override
    public List<RuleCitation> rules() {
        List<RuleCitation> result = new ArrayList<>(citations.values());
        result.sort(Comparator.comparing(RuleCitation::rule));
        return result;
    }

    /** A rule's name within the whole rule base. */
    private static String key(Rule rule) {
        return rule.getPackageName() + '.' + rule.getName();
    }

    /** Every rule's citation by {@link #key},  read once from the rules' metadata. */
    private static Map<String, RuleCitation> citations(KieBase kieBase) {
        Map<String, RuleCitation> result = new HashMap<>();
        for (KiePackage p : kieBase.getKiePackages()) {
            for (Rule r : p.getRules()) {
                result.put(key(r), citation(r));
            }
        }
        return Map.copyOf(result);
    }

    /**
     * The rule's citation from its metadata; a rule without the required metadata cannot be cited. {@code @validTo}
     * is required too, as an ISO date or {@value #OPEN_END} for a provision still in force, so that no rule leaves
     * its end unsaid.
     */
    static RuleCitation citation(Rule rule) {
        Map<String, Object> meta = rule.getMetaData();
        String validTo = text(meta, "validTo", rule);
        return new RuleCitation(rule.getName(), text(meta, "legalBasis", rule), text(meta, "source", rule),
                date(text(meta, "validFrom", rule), "validFrom", rule),
                validTo.equals(OPEN_END) ? null : date(validTo, "validTo", rule));
    }

    private static LocalDate date(String text, String key, Rule rule) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has @" + key + " '" + text
                    + "', not an ISO date yyyy-MM-dd" + (key.equals("validTo") ? " or \"" + OPEN_END + "\"" : ""), e);
        }
    }

    private static String text(Map<String, Object> meta, String key, Rule rule) {
        String value = optionalText(meta, key);
        if (value == null) {
            throw new IllegalStateException("rule '" + rule.getName() + "' has no @" + key);
        }
        return value;
    }

    private static String optionalText(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s.isEmpty() ? null : s;
    }

    /** Gathers what rules insert, with the rule that inserted it. */
    private static final class Collector extends DefaultRuleRuntimeEventListener {
        final Map<String, RuleCitation> citations;
        final List<AppliedProvision> provisions = new ArrayList<>();
        final List<AppliedFinding> findings = new ArrayList<>();
        final List<AppliedDetentionRule> detention = new ArrayList<>();

        Collector(Map<String, RuleCitation> citations) {
            this.citations = citations;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            Object o = event.getObject();
            if (o instanceof Provision p) {
                provisions.add(new AppliedProvision(p, citations.get(key(event.getRule()))));
            } else if (o instanceof Finding f) {
                findings.add(new AppliedFinding(f, citations.get(key(event.getRule()))));
            } else if (o instanceof DetentionRule r) {
                detention.add(new AppliedDetentionRule(r, citations.get(key(event.getRule()))));
            }
        }
    }
}
