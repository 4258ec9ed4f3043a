package id.tenggat.sipp;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.json.ReadResult;
import id.tenggat.json.TenggatJson;
import id.tenggat.model.Party;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cases written into a SIPP database by hand, each answered through the reader and compared with the answer to the
 * same case written by hand as JSON ({@code cases/<perkara_id>.json}).
 */
@ExtendWith(MariaDb.class)
class HandWrittenCasesTest {
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 21);
    static final Tenggat TENGGAT = Tenggat.indonesia();
    static final TenggatJson JSON = TenggatJson.create();
    static MariaDb.TestDatabase db;
    static CollectingSink sink;
    static RunSummary summary;

    @BeforeAll
    static void readTheCourt() throws Exception {
        db = MariaDb.createSipp("handwritten");
        Fixtures.run(db, "handwritten-cases.sql");
        sink = new CollectingSink();
        // A batch of 2 puts the cases in several batches, with party rows without a case between them.
        summary = SippReader.builder(db.dataSource()).tenggat(TENGGAT).batchSize(2).build().run(AS_OF, sink);
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105})
    void each_case_is_answered_as_the_same_case_written_by_hand(long perkaraId) throws IOException {
        CaseAnswer fromSipp = sink.answers.get(perkaraId);
        ReadResult byHand = JSON.read(resource("cases/" + perkaraId + ".json"));
        assertThat(byHand.ok()).as("the hand-written case is valid: %s", byHand.invalid()).isTrue();
        CaseAnswer expected = TENGGAT.answer(byHand.cases().get(0).courtCase(), AS_OF);

        assertThat(fromSipp).as("perkara_id %d answered", perkaraId).isNotNull();
        assertThat(fromSipp.errors()).isEmpty();
        assertThat(fromSipp.deadlines()).as("deadlines").isNotEmpty();
        assertThat(JSON.write(fromSipp, Language.ID)).isEqualTo(JSON.write(expected, Language.ID));
        assertThat(sink.problems).as("no problem with a clean case")
                .noneMatch(p -> p.key().startsWith("perkara_id=" + perkaraId));
    }

    @Test
    void the_absent_defendant_counts_from_the_notice_across_idul_fitri() {
        // Notified Monday 17 March 2025; 14 days from the 18th: day 14 is Monday 31 March (Idul Fitri), 1 April Idul
        // Fitri, 2-4 and 7 April cuti bersama, 5-6 April weekend: the window closes on Tuesday 8 April 2025.
        DeadlineAnswer tergugat = deadline(101, "perdata.banding", Party.TERGUGAT);
        assertThat(tergugat.due()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(tergugat.status()).isEqualTo(Status.OPEN);
        // Present on Monday 10 March 2025: day 14 is Monday 24 March; filed on 20 March, in time.
        DeadlineAnswer penggugat = deadline(101, "perdata.banding", Party.PENGGUGAT);
        assertThat(penggugat.due()).isEqualTo(LocalDate.of(2025, 3, 24));
        assertThat(penggugat.status()).isEqualTo(Status.MET);
    }

    @Test
    void the_detention_extension_by_the_chief_judge_runs_to_19_may() {
        // Ketua PN's extension from Friday 21 March 2025 for 60 days, "sampai dengan" 19 May 2025 (inclusive).
        CaseAnswer answer = sink.answers.get(102L);
        assertThat(answer.detention()).isNotNull();
        assertThat(answer.detention().currentEnd()).isEqualTo(LocalDate.of(2025, 5, 19));
        assertThat(answer.detention().lawful()).isTrue();
    }

    @Test
    void the_court_comes_from_sys_config() {
        assertThat(summary.court()).isEqualTo("PN Jepara");
        assertThat(sink.mapped.get(101L).courtCase().court()).isEqualTo("PN Jepara");
    }

    @Test
    void the_court_is_told_without_reading_the_cases() throws SQLException {
        assertThat(SippReader.builder(db.dataSource()).build().court()).isEqualTo("PN Jepara");
        assertThat(SippReader.builder(db.dataSource()).court("PN Kudus").build().court()).as("the builder's court wins")
                .isEqualTo("PN Kudus");
    }

    @Test
    void the_summary_counts_every_case_read() {
        // 5 clean cases and 4 dirty ones answered (201, 203, 204 answered, 202 and 205 not).
        assertThat(summary.casesRead()).isEqualTo(10);
        assertThat(summary.casesNotAnswered()).isEqualTo(2);
        assertThat(summary.casesAnswered()).isEqualTo(8);
        assertThat(summary.problems()).isEqualTo(sink.problems.size());
        long deadlines = sink.answers.values().stream().mapToLong(a -> a.deadlines().size()).sum();
        assertThat(summary.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(deadlines);
        assertThat(summary.overdue()).hasSize(summary.byStatus().get(Status.OVERDUE).intValue());
    }

    private static DeadlineAnswer deadline(long perkaraId, String id, Party party) {
        return sink.answers.get(perkaraId).deadlines(id).stream().filter(d -> d.party() == party).findFirst()
                .orElseThrow(() -> new AssertionError(id + " " + party + " missing in perkara_id " + perkaraId));
    }

    static String resource(String name) throws IOException {
        try (InputStream in = HandWrittenCasesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
