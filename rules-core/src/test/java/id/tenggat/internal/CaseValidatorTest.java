package id.tenggat.internal;

import static id.tenggat.model.EventType.KONTRA_MEMORI_DITERIMA;
import static id.tenggat.model.EventType.MEMORI_KASASI_DITERIMA;
import static id.tenggat.model.EventType.PANGGILAN_DITERIMA;
import static id.tenggat.model.EventType.PERKARA_BANDING_DIDAFTARKAN;
import static id.tenggat.model.EventType.PERKARA_DIDAFTARKAN;
import static id.tenggat.model.EventType.PERLAWANAN_DIAJUKAN;
import static id.tenggat.model.EventType.PERMOHONAN_BANDING;
import static id.tenggat.model.EventType.PERMOHONAN_KASASI;
import static id.tenggat.model.EventType.PUTUSAN_BANDING_DIBERITAHUKAN;
import static id.tenggat.model.EventType.PUTUSAN_DIBERITAHUKAN;
import static id.tenggat.model.EventType.PUTUSAN_DIUCAPKAN;
import static id.tenggat.model.EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN;
import static id.tenggat.model.EventType.SIDANG;
import static id.tenggat.model.Party.PENGGUGAT;
import static id.tenggat.model.Party.PENUNTUT_UMUM;
import static id.tenggat.model.Party.TERDAKWA;
import static id.tenggat.model.Party.TERGUGAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.tenggat.answer.FieldError;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.query.Filing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The checks that a case can be true, each failing alone on a hand-built case, and the orders the law allows staying
 * valid.
 */
class CaseValidatorTest {
    private static final CaseValidator VALIDATOR = new CaseValidator();
    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    private static LocalDate d(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    @Test
    void aBandingWithoutItsPartyIsRefused() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).pronounced(d(3, 10))
                .event(PERMOHONAN_BANDING, d(3, 20)).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[1].party", null,
                "PERMOHONAN_BANDING is the act of one party: name the party; without it the act would count for "
                        + "every party of the case"));
    }

    @Test
    void aNotificationToEveryPartyNeedsNoParty() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).pronounced(d(3, 10))
                .event(PERMOHONAN_BANDING, d(3, 20), TERGUGAT)
                .event(PUTUSAN_BANDING_DIBERITAHUKAN, d(6, 2)).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).isEmpty();
    }

    @Test
    void aCivilPartyInACriminalCaseIsRefusedWhereverItIsNamed() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA).party(TERDAKWA).party(TERGUGAT)
                .pronounced(d(3, 10), TERDAKWA, PENGGUGAT).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(
                tuple("events[0].partiesPresent[1]", "PENGGUGAT",
                        "PENGGUGAT is not a party of a PIDANA case; its parties are TERDAKWA, PENUNTUT_UMUM"),
                tuple("parties[1]", "TERGUGAT",
                        "TERGUGAT is not a party of a PIDANA case; its parties are TERDAKWA, PENUNTUT_UMUM"));
    }

    @Test
    void theAccusedInACivilCaseIsRefused() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).pronounced(d(3, 10))
                .event(PERMOHONAN_BANDING, d(3, 12), TERDAKWA).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[1].party", "TERDAKWA",
                "TERDAKWA is not a party of a PERDATA case; its parties are PENGGUGAT, TERGUGAT, TURUT_TERGUGAT, "
                        + "PEMOHON, TERMOHON"));
    }

    @Test
    void anEventAfterTheDayAskedAboutIsRefusedButAScheduledHearingIsNot() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).pronounced(d(3, 10))
                .event(PUTUSAN_DIBERITAHUKAN, d(7, 1), TERGUGAT)
                .event(SIDANG, d(7, 14)).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[1].date", "2025-07-01",
                "PUTUSAN_DIBERITAHUKAN is dated after the day asked about (2025-06-30): an answer cannot rest on an "
                        + "event that has not happened yet"));
        // The same case is well formed: whether it can be true depends on the day asked about.
        assertThat(VALIDATOR.validate(c)).isEmpty();
    }

    @Test
    void aJudgmentBeforeRegistrationIsRefused() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(PERKARA_DIDAFTARKAN, d(2, 3))
                .pronounced(d(1, 27)).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[1].date", "2025-01-27",
                "PUTUSAN_DIUCAPKAN on 2025-01-27 is before PERKARA_DIDAFTARKAN on 2025-02-03 (events[0]): a judgment "
                        + "is pronounced only in a case already registered"));
    }

    @Test
    void aNotificationBeforeTheJudgmentIsRefused() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(PUTUSAN_DIBERITAHUKAN, d(3, 7), TERGUGAT)
                .pronounced(d(3, 10), PENGGUGAT).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[0].date", "2025-03-07",
                "PUTUSAN_DIBERITAHUKAN on 2025-03-07 is before PUTUSAN_DIUCAPKAN on 2025-03-10 (events[1]): a "
                        + "judgment is notified only after it is pronounced"));
    }

    @Test
    void aKasasiBeforeTheBandingWhoseJudgmentItAttacksIsRefused() {
        // The banding was filed on 20 Mar and registered at the high court on 14 Apr: its judgment, the only one a
        // kasasi can attack in a case that went to banding, cannot exist before 14 Apr.
        CourtCase c = CourtCase.builder(CaseType.PERDATA).pronounced(d(3, 10), PENGGUGAT, TERGUGAT)
                .event(PERMOHONAN_BANDING, d(3, 20), TERGUGAT)
                .event(PERKARA_BANDING_DIDAFTARKAN, d(4, 14))
                .event(PERMOHONAN_KASASI, d(4, 1), PENGGUGAT).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[3].date", "2025-04-01",
                "PERMOHONAN_KASASI on 2025-04-01 is before PERKARA_BANDING_DIDAFTARKAN on 2025-04-14 (events[2]): in "
                        + "a case that went to banding a kasasi attacks the banding judgment, which cannot exist "
                        + "before the high court registers the banding"));
    }

    @Test
    void aCounterMemorialBeforeTheMemorialIsRefused() {
        CourtCase c = CourtCase.builder(CaseType.PIDANA).pronounced(d(1, 6), TERDAKWA, PENUNTUT_UMUM)
                .event(PERMOHONAN_KASASI, d(1, 10), PENUNTUT_UMUM)
                .event(MEMORI_KASASI_DITERIMA, d(1, 20), PENUNTUT_UMUM)
                .event(KONTRA_MEMORI_DITERIMA, d(1, 17), TERDAKWA).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[3].date", "2025-01-17",
                "KONTRA_MEMORI_DITERIMA on 2025-01-17 is before MEMORI_KASASI_DITERIMA on 2025-01-20 (events[2]): a "
                        + "counter-memorial answers a kasasi memorial already received"));
    }

    @Test
    void aRegistrationRecordedTwiceWithDifferentDatesIsRefused() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(PERKARA_DIDAFTARKAN, d(1, 6))
                .event(PERKARA_DIDAFTARKAN, d(1, 8)).event(PERKARA_DIDAFTARKAN, d(1, 6)).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[1].date", "2025-01-08",
                "PERKARA_DIDAFTARKAN is recorded twice with different dates (events[0] on 2025-01-06, events[1] on "
                        + "2025-01-08): it happens once in a case"));
    }

    @Test
    void twoJudgmentsAreRefusedUnlessAVerzetWasHeard() {
        CourtCase twice = CourtCase.builder(CaseType.PERDATA).pronounced(d(3, 10)).pronounced(d(4, 2)).build();
        assertThat(VALIDATOR.validate(twice, AS_OF)).extracting(FieldError::field, FieldError::value, FieldError::message).containsExactly(tuple("events[1].date", "2025-04-02",
                "PUTUSAN_DIUCAPKAN is recorded twice with different dates (events[0] on 2025-03-10, events[1] on "
                        + "2025-04-02): it happens once in a case (a second judgment only on a verzet or a keberatan, "
                        + "PERLAWANAN_DIAJUKAN or KEBERATAN_DIAJUKAN)"));
        // A default judgment of 10 Mar notified on 14 Mar, the verzet of 20 Mar and the judgment on it of 2 Jun.
        CourtCase verzet = CourtCase.builder(CaseType.PERDATA).pronounced(d(3, 10))
                .event(PUTUSAN_VERSTEK_DIBERITAHUKAN, d(3, 14), TERGUGAT)
                .event(PERLAWANAN_DIAJUKAN, d(3, 20), TERGUGAT).pronounced(d(6, 2)).build();
        assertThat(VALIDATOR.validate(verzet, AS_OF)).isEmpty();
    }

    @Test
    void anEarlyFilingStaysValid() {
        // Policy early-filing: TERGUGAT, absent on 10 Mar, appeals on 12 Mar before its notice of 17 Mar; PENGGUGAT
        // files kasasi on 2 Jun, after the banding judgment reached TERGUGAT and before its own notice of 4 Jun.
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(PERKARA_DIDAFTARKAN, d(1, 6))
                .pronounced(d(3, 10), PENGGUGAT)
                .event(PERMOHONAN_BANDING, d(3, 12), TERGUGAT)
                .event(PUTUSAN_DIBERITAHUKAN, d(3, 17), TERGUGAT)
                .event(PERKARA_BANDING_DIDAFTARKAN, d(4, 14))
                .event(PUTUSAN_BANDING_DIBERITAHUKAN, d(6, 2), TERGUGAT)
                .event(PERMOHONAN_KASASI, d(6, 2), PENGGUGAT)
                .event(PUTUSAN_BANDING_DIBERITAHUKAN, d(6, 4), PENGGUGAT).build();
        assertThat(VALIDATOR.validate(c, AS_OF)).isEmpty();
    }

    @Test
    void eventsOnTheSameDayAreInOrder() {
        CourtCase c = CourtCase.builder(CaseType.PERDATA).event(PERKARA_DIDAFTARKAN, d(3, 10)).pronounced(d(3, 10))
                .event(PUTUSAN_DIBERITAHUKAN, d(3, 10), TERGUGAT).event(PANGGILAN_DITERIMA, d(3, 3)).build();
        assertThat(VALIDATOR.validate(c, d(3, 10))).isEmpty();
    }

    @Test
    void aQueryForAPartyOfAnotherCaseTypeIsRefused() {
        assertThatThrownBy(() -> Filing.of("pidana.banding").forParty(TERGUGAT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("pidana.banding: TERGUGAT is not a party of a PIDANA case; its parties are TERDAKWA, "
                        + "PENUNTUT_UMUM");
        assertThatThrownBy(() -> Filing.of("perdata.kasasi").forParty(TERDAKWA))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("perdata.kasasi: TERDAKWA is not a party of a PERDATA case");
    }
}
