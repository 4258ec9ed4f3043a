package id.tenggat.sipp;

import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every dirty row of the hand-written fixture is reported with its table, key and reason, and stops nothing. */
@ExtendWith(MariaDb.class)
class DirtyRowsTest {
    static MariaDb.TestDatabase db;
    static CollectingSink sink;

    @BeforeAll
    static void readTheCourt() throws Exception {
        db = MariaDb.createSipp("dirty");
        Fixtures.run(db, "handwritten-cases.sql");
        sink = new CollectingSink();
        SippReader.builder(db.dataSource()).batchSize(3).build().run(LocalDate.of(2025, 3, 21), sink);
    }

    @AfterAll
    static void drop() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void a_notice_with_a_zero_date_keeps_the_party_absent_and_waiting() {
        assertThat(sink.reasons("perkara_putusan_pemberitahuan_putusan", "perkara_id=201, id=5001"))
                .singleElement().asString().contains("without a date", "TERGUGAT");
        DeadlineAnswer tergugat = sink.answers.get(201L).deadlines("perdata.banding").stream()
                .filter(d -> d.party() == Party.TERGUGAT).findFirst().orElseThrow();
        assertThat(tergugat.status()).isEqualTo(Status.WAITING);
        assertThat(tergugat.needs()).isEqualTo(EventType.PUTUSAN_DIBERITAHUKAN);
    }

    @Test
    void a_classification_without_deadlines_is_reported_not_answered() {
        assertThat(sink.notAnswered).contains(202L, 205L);
        assertThat(sink.reasons("perkara", "perkara_id=202")).singleElement().asString()
                .contains("Pdt.P", "not answered");
        assertThat(sink.reasons("perkara", "perkara_id=205")).singleElement().asString()
                .contains("no classification");
    }

    @Test
    void impossible_and_zero_dates_are_reported_or_read_as_not_recorded() {
        assertThat(sink.reasons("perkara_putusan", "perkara_id=203")).singleElement().asString()
                .contains("tanggal_putusan '2025-03-00' is not a calendar date");
        assertThat(sink.reasons("perkara", "perkara_id=203")).singleElement().asString()
                .contains("tanggal_pendaftaran is empty");
        assertThat(sink.reasons("perkara_jadwal_sidang", "perkara_id=203, id=6001")).singleElement().asString()
                .contains("without a date");
        assertThat(sink.answers.get(203L).ok()).isTrue();
        assertThat(sink.mapped.get(203L).courtCase().events()).isEmpty();
    }

    @Test
    void a_detention_order_of_an_unknown_kind_is_reported_and_left_out() {
        assertThat(sink.reasons("penahanan_terdakwa", "perkara_id=204, id=7001")).singleElement().asString()
                .contains("status_penahanan_id '99'");
        assertThat(sink.mapped.get(204L).courtCase().detentions()).isEmpty();
    }

    @Test
    void party_rows_without_a_case_are_reported_wherever_their_id_falls() {
        assertThat(sink.reasons("perkara_pihak1", "perkara_id=7, id=8001")).singleElement().asString()
                .contains("no perkara row");
        assertThat(sink.reasons("perkara_pihak1", "perkara_id=150, id=8002")).hasSize(1);
        assertThat(sink.reasons("perkara_pihak1", "perkara_id=999999, id=8003")).hasSize(1);
    }
}
