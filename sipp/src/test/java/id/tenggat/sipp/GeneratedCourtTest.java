package id.tenggat.sipp;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.detention.Violation;
import id.tenggat.json.TenggatJson;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A generated court of 1,800 cases read through the reader: every case, every dirty row, every violation. */
@ExtendWith(MariaDb.class)
class GeneratedCourtTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 6, 16);
    static final Tenggat TENGGAT = Tenggat.indonesia();
    static final TenggatJson JSON = TenggatJson.create();
    static MariaDb.TestDatabase db;
    static SippCourtGenerator court;
    static CollectingSink sink;
    static RunSummary summary;

    @BeforeAll
    static void generateAndRead() throws Exception {
        db = MariaDb.createSipp("generated");
        court = new SippCourtGenerator(20250616L, AS_OF, true);
        try (Connection c = db.admin()) {
            court.generate(c, 1_800);
        }
        sink = new CollectingSink();
        summary = SippReader.builder(db.dataSource()).tenggat(TENGGAT).build().run(AS_OF, sink);
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void hundreds_of_cases_of_every_type_are_read_and_answered() {
        assertThat(summary.court()).isEqualTo(SippCourtGenerator.COURT);
        assertThat(summary.casesRead()).isEqualTo(court.cases);
        assertThat(summary.casesNotAnswered()).isEqualTo(court.petitions).isEqualTo(sink.notAnswered.size());
        assertThat(sink.answers.values()).allMatch(CaseAnswer::ok);
        Map<CaseType, Long> byType = sink.mapped.values().stream()
                .collect(Collectors.groupingBy(m -> m.courtCase().caseType(), Collectors.counting()));
        assertThat(byType).containsOnlyKeys(CaseType.PERDATA, CaseType.GUGATAN_SEDERHANA, CaseType.PIDANA, CaseType.ANAK)
                .allSatisfy((type, count) -> assertThat(count).as(type.name()).isGreaterThanOrEqualTo(190));
    }

    @Test
    void each_case_is_answered_as_the_case_the_generator_meant() {
        Map<Long, CourtCase> expected = court.expected();
        assertThat(sink.answers.keySet()).isEqualTo(expected.keySet());
        sink.answers.forEach((id, answer) -> assertThat(JSON.write(answer, Language.ID)).as("perkara_id %d", id)
                .isEqualTo(JSON.write(TENGGAT.answer(expected.get(id), AS_OF), Language.ID)));
    }

    @Test
    void every_dirty_row_is_reported() {
        assertThat(sink.problems.stream().filter(p -> p.reason().contains("no perkara row")))
                .hasSize(court.orphanRows).allMatch(p -> p.table().equals("perkara_pihak1"));
        assertThat(sink.problems.stream().filter(p -> p.table().equals("perkara_putusan_pemberitahuan_putusan")))
                .hasSize(court.undatedNotices).allMatch(p -> p.reason().contains("without a date"));
        assertThat(court.undatedNotices).isPositive();
        assertThat(court.orphanRows).isGreaterThan(1);
    }

    @Test
    void the_orders_longer_than_the_law_allows_are_the_violations_found() {
        Set<Long> violating = summary.violations().stream().map(RunSummary.DetentionViolation::perkaraId)
                .collect(Collectors.toSet());
        assertThat(violating).isEqualTo(court.tooLong()).isNotEmpty();
        assertThat(summary.violations()).allMatch(v -> v.violation().kind() == Violation.Kind.ORDER_TOO_LONG);
    }

    @Test
    void the_answers_do_not_depend_on_the_batch_size() throws SQLException {
        CollectingSink small = new CollectingSink();
        RunSummary again = SippReader.builder(db.dataSource()).tenggat(TENGGAT).batchSize(37).build().run(AS_OF, small);
        assertThat(again.byStatus()).isEqualTo(summary.byStatus());
        assertThat(small.problems).containsExactlyInAnyOrderElementsOf(sink.problems);
        Function<CollectingSink, Map<Long, String>> text = s -> s.answers.entrySet().stream().collect(
                Collectors.toMap(Map.Entry::getKey, e -> JSON.write(e.getValue(), Language.EN), (a, b) -> a, TreeMap::new));
        assertThat(text.apply(small)).isEqualTo(text.apply(sink));
    }

    @Test
    void due_lists_every_overdue_deadline_and_those_due_in_the_range() throws SQLException {
        LocalDate from = AS_OF;
        LocalDate to = AS_OF.plusDays(14);
        var items = SippReader.builder(db.dataSource()).tenggat(TENGGAT).build().due(AS_OF, from, to);
        long overdue = summary.byStatus().get(Status.OVERDUE);
        long dueSoon = sink.answers.values().stream().flatMap(a -> a.deadlines().stream())
                .filter(d -> (d.status() == Status.OPEN || d.status() == Status.DUE_TODAY)
                        && !d.due().isBefore(from) && !d.due().isAfter(to)).count();
        assertThat(items).hasSize((int) (overdue + dueSoon));
        assertThat(overdue).isPositive();
        assertThat(dueSoon).isPositive();
        assertThat(items.get(0).status()).isEqualTo(Status.OVERDUE);
        assertThat(items.subList((int) overdue, items.size())).allMatch(i -> i.status() != Status.OVERDUE)
                .isSortedAccordingTo(java.util.Comparator.comparing(DueItem::due));
    }
}
