package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Eligibility;
import id.tenggat.catalogue.CatalogueEntry;
import id.tenggat.catalogue.DeadlineCatalogue;
import id.tenggat.detention.DetentionLimit;
import id.tenggat.detention.Regime;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.office.OfficeDeadlines;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The deadline catalogue holds exactly the ids the library answers: every id a rule writes or the golden corpus is
 * answered with is listed, and every listed id is written by some rule or by the office deadlines.
 */
class CatalogueCoverageTest {
    private static final Path DRL_ROOT = Path.of("src", "main", "resources", "id", "tenggat", "drl");
    /** The id a rule gives as a literal: a provision, an eligibility finding, a court target tied to detention. */
    private static final Pattern LITERAL_ID =
            Pattern.compile("(?:Provision|Finding|DecisionTarget)\\.of\\(\\s*\"([^\"]+)\"");
    /** A detention limit: its id follows from the regime, the stage and the kind (ordinary or exceptional). */
    private static final Pattern DETENTION_LIMIT =
            Pattern.compile("DetentionLimit\\.(\\w+)\\(\\s*Regime\\.(\\w+),\\s*([^,]+),([^;]*)");
    private static final DeadlineCatalogue CATALOGUE = DeadlineCatalogue.embedded();

    @Test
    void every_id_a_rule_writes_is_in_the_catalogue() throws IOException {
        TreeMap<String, String> written = idsWrittenByRules();

        assertThat(written).isNotEmpty();
        written.forEach((id, file) -> assertThat(CATALOGUE.find(id))
                .as("deadline id '%s' written in %s is not in the catalogue (id/tenggat/catalogue/deadline-catalogue.json)",
                        id, file).isPresent());
    }

    @Test
    void every_catalogue_id_is_written_by_a_rule_or_the_office_deadlines() throws IOException {
        Set<String> answered = new TreeSet<>(idsWrittenByRules().keySet());
        answered.addAll(OfficeDeadlines.ids());

        assertThat(CATALOGUE.entries()).extracting(CatalogueEntry::id)
                .as("catalogue ids no rule writes").allSatisfy(id -> assertThat(answered).contains(id));
        assertThat(CATALOGUE.entries()).extracting(CatalogueEntry::id).containsExactlyInAnyOrderElementsOf(answered);
    }

    @Test
    void every_id_the_corpus_is_answered_with_is_in_the_catalogue() {
        Tenggat tenggat = Tenggat.indonesia();
        Set<String> seen = new TreeSet<>();
        for (String file : CaseCorpusTest.FILES) {
            for (JsonNode c : CaseCorpusTest.read(file)) {
                CaseAnswer answer = tenggat.whatIsDue(CaseCorpusTest.toCase(c.get("input")))
                        .asOf(LocalDate.parse(c.get("asOf").asText()));
                answer.deadlines().stream().map(DeadlineAnswer::id).forEach(seen::add);
                answer.eligibility().stream().map(Eligibility::id).forEach(seen::add);
            }
        }

        assertThat(seen).contains("perdata.banding", "perdata.pk", "pidana.kasasi")
                .allSatisfy(id -> assertThat(CATALOGUE.find(id)).as(id).isPresent());
    }

    /** Every id the DRL files write, with the file that writes it. */
    private static TreeMap<String, String> idsWrittenByRules() throws IOException {
        TreeMap<String, String> ids = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DRL_ROOT)) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            String drl = Files.readString(file, StandardCharsets.UTF_8);
            Matcher literal = LITERAL_ID.matcher(drl);
            while (literal.find()) {
                ids.putIfAbsent(literal.group(1), file.getFileName().toString());
            }
            Matcher limit = DETENTION_LIMIT.matcher(drl);
            while (limit.find()) {
                for (String id : detentionIds(limit)) {
                    ids.putIfAbsent(id, file.getFileName().toString());
                }
            }
        }
        return ids;
    }

    /**
     * The ids a detention limit may carry, computed by the library itself: one stage when the rule names it, every
     * stage when the stage comes from a fact; none for a limit that allows no exceptional extension.
     */
    private static List<String> detentionIds(Matcher call) {
        String method = call.group(1);
        if (method.equals("notAllowed")) {
            // The law allows no exceptional extension there: no answer carries an id, only violations cite it.
            return List.of();
        }
        Regime regime = Regime.valueOf(call.group(2));
        String stage = call.group(3).trim();
        Matcher kindArg = Pattern.compile("Kind\\.(\\w+)").matcher(call.group(4));
        DetentionLimit.Kind kind = switch (method) {
            case "ordinary" -> DetentionLimit.Kind.ORDINARY;
            case "exceptional", "needsFact" -> DetentionLimit.Kind.EXCEPTIONAL;
            default -> {
                assertThat(kindArg.find()).as("kind of %s", call.group()).isTrue();
                yield DetentionLimit.Kind.valueOf(kindArg.group(1));
            }
        };
        List<DetentionStage> stages = stage.startsWith("DetentionStage.")
                ? List.of(DetentionStage.valueOf(stage.substring("DetentionStage.".length())))
                : List.of(DetentionStage.values());
        return stages.stream().map(s -> DetentionLimit.undetermined(regime, s, kind, EventType.PENAHANAN_DIMULAI, "")
                .getDeadlineId()).distinct().toList();
    }
}
