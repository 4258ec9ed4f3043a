package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.tenggat.Tenggat;
import id.tenggat.answer.Alternative;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.model.Verdict;
import id.tenggat.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The case corpus: one JSON file per legal instrument under {@code src/test/resources/cases/}, each case worked out
 * by hand from the law and the official calendar (its {@code reason}), run against the real rules.
 *
 * <p>For every deadline id a case lists, the answers for that id must be exactly the expected ones (one per party
 * and variant): an extra or a missing party fails the case.
 */
class CaseCorpusTest {
    static final List<String> FILES = List.of("uu-8-1981-kuhap.json", "uu-20-2025-kuhap.json", "uu-20-1947.json",
            "sk-kma-271-2019.json", "uu-14-1985.json", "hir-rbg.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> corpus() {
        List<Arguments> all = new ArrayList<>();
        for (String file : FILES) {
            for (JsonNode c : read(file)) {
                all.add(Arguments.of(file + " | " + c.get("name").asText(), c));
            }
        }
        return all.stream();
    }

    static JsonNode read(String file) {
        try (InputStream in = CaseCorpusTest.class.getResourceAsStream("/cases/" + file)) {
            Objects.requireNonNull(in, "missing corpus file " + file);
            JsonNode root = JSON.readTree(in);
            assertThat(root.isArray()).as("%s must hold a JSON array", file).isTrue();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void answersAsWorkedOutByHand(String name, JsonNode c) {
        for (String field : List.of("name", "source", "reason", "asOf", "input", "expected")) {
            assertThat(c.hasNonNull(field)).as("%s: field %s", name, field).isTrue();
        }
        Tenggat tenggat = tenggat(c.get("policies"));
        CaseAnswer answer = tenggat.whatIsDue(toCase(c.get("input"))).asOf(LocalDate.parse(c.get("asOf").asText()));
        assertThat(answer.errors()).as(name).isEmpty();

        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode e : c.get("expected")) {
            ids.add(e.get("id").asText());
            DeadlineAnswer actual = find(answer, e, name);
            check(actual, e, name + " [" + c.get("reason").asText() + "]");
        }
        for (JsonNode absent : c.path("absent")) {
            assertThat(answer.deadlines(absent.asText())).as("%s: %s must not be answered", name, absent.asText()).isEmpty();
        }
        for (String id : ids) {
            long expectedCount = stream(c.get("expected")).filter(e -> e.get("id").asText().equals(id)).count();
            assertThat(answer.deadlines(id)).as("%s: answers for %s", name, id).hasSize((int) expectedCount);
        }
    }

    private static Tenggat tenggat(JsonNode policies) {
        Tenggat.Builder b = Tenggat.builder();
        if (policies != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = policies.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                b.policy(Policy.byId(p.getKey()).orElseThrow(() -> new IllegalArgumentException("unknown policy " + p.getKey())),
                        p.getValue().asText());
            }
        }
        return b.build();
    }

    /** The JSON-contract case shape, mapped by hand so this test does not depend on the JSON module. */
    static CourtCase toCase(JsonNode in) {
        CourtCase.Builder b = CourtCase.builder(CaseType.valueOf(in.get("caseType").asText()))
                .electronic(in.path("electronic").asBoolean(false));
        if (in.hasNonNull("caseNumber")) {
            b.caseNumber(in.get("caseNumber").asText());
        }
        if (in.hasNonNull("court")) {
            b.court(in.get("court").asText());
        }
        for (JsonNode e : in.path("events")) {
            List<Party> present = new ArrayList<>();
            e.path("partiesPresent").forEach(p -> present.add(Party.valueOf(p.asText())));
            b.event(new CaseEvent(EventType.valueOf(e.get("type").asText()), LocalDate.parse(e.get("date").asText()),
                    e.hasNonNull("party") ? Party.valueOf(e.get("party").asText()) : null, present,
                    e.hasNonNull("verdict") ? Verdict.valueOf(e.get("verdict").asText()) : null));
        }
        return b.build();
    }

    private static DeadlineAnswer find(CaseAnswer answer, JsonNode e, String name) {
        String id = e.get("id").asText();
        Party party = e.hasNonNull("party") ? Party.valueOf(e.get("party").asText()) : null;
        List<DeadlineAnswer> matches = answer.deadlines(id).stream()
                .filter(d -> d.party() == party)
                .filter(d -> !e.has("variant") || Objects.equals(d.variant(), e.get("variant").asText()))
                .toList();
        assertThat(matches).as("%s: exactly one answer %s for %s%s among %s", name, id, party,
                e.has("variant") ? " variant " + e.get("variant").asText() : "", answer.deadlines(id)).hasSize(1);
        return matches.get(0);
    }

    private static void check(DeadlineAnswer a, JsonNode e, String what) {
        String where = what + " " + a.id() + "/" + a.party() + "/" + a.variant() + " explanation "
                + a.explanation(Language.ID);
        assertThat(a.status()).as("status of %s", where).isEqualTo(Status.valueOf(e.get("status").asText()));
        if (e.has("due")) {
            assertThat(a.due()).as("due of %s", where).isEqualTo(LocalDate.parse(e.get("due").asText()));
        } else {
            assertThat(a.due()).as("due of %s", where).isNull();
        }
        if (e.has("needs")) {
            assertThat(a.needs()).as("needs of %s", where).isEqualTo(EventType.valueOf(e.get("needs").asText()));
        }
        if (e.has("law")) {
            assertThat(a.law()).as("law of %s", where).isEqualTo(e.get("law").asText());
        }
        if (e.has("legalBasisContains")) {
            assertThat(a.legalBasis()).as("legal basis of %s", where).contains(e.get("legalBasisContains").asText());
        }
        if (e.has("closedBy")) {
            assertThat(a.closure()).as("closure of %s", where).isNotNull();
            assertThat(a.closure().event()).as("closedBy of %s", where).isEqualTo(EventType.valueOf(e.get("closedBy").asText()));
        }
        if (e.has("daysLate")) {
            assertThat(a.daysLate()).as("daysLate of %s", where).isEqualTo(e.get("daysLate").asInt());
        }
        if (e.has("daysRemaining")) {
            assertThat(a.daysRemaining()).as("daysRemaining of %s", where).isEqualTo(e.get("daysRemaining").asInt());
        }
        if (e.has("reading")) {
            assertThat(a.policy()).as("policy of %s", where).isNotNull();
            assertThat(a.policy().reading()).as("reading of %s", where).isEqualTo(e.get("reading").asText());
        }
        if (e.has("alternatives")) {
            List<String> actual = a.alternatives().stream().map(CaseCorpusTest::text).toList();
            List<String> expected = new ArrayList<>();
            e.get("alternatives").fields().forEachRemaining(f -> expected.add(f.getKey() + "=" + f.getValue().asText()));
            assertThat(actual).as("alternatives of %s", where).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    /** A reading of another policy than the answer's own (cuti-bersama) is written "policy:reading". */
    private static String text(Alternative alt) {
        return (alt.policy() == null ? "" : alt.policy() + ":") + alt.reading() + "=" + alt.due();
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }
}
