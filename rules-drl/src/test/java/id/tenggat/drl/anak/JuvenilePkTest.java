package id.tenggat.drl.anak;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Status;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Peninjauan kembali in a juvenile case: UU 11/2012 Pasal 16 applies the criminal procedure, so the convicted child
 * (KUHAP Pasal 263 ayat (1)) may ask for PK without a time limit under UU 8/1981 (Pasal 264 ayat (3)), and under
 * UU 20/2025 from 2 January 2026 whatever law the court stage followed (Pasal 361 huruf c), whose PK provision the
 * library does not yet hold (NOT_ENCODED). The PK request decides the version; without one, the day asked about.
 */
class JuvenilePkTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    /** A child convicted under UU 8/1981: judgment Mon 3 Nov 2025, notified as final Mon 17 Nov 2025. */
    private static CourtCase.Builder convicted() {
        return CourtCase.builder(CaseType.ANAK)
                .pronounced(of(2025, 11, 3), Party.TERDAKWA, Party.PENUNTUT_UMUM)
                .event(EventType.PUTUSAN_BHT_DIBERITAHUKAN, of(2025, 11, 17));
    }

    @Test
    void aPkAskedAboutOnNewYearsDay2026HasNoTimeLimitAndIsTheChildsOnly() {
        // Thu 1 Jan 2026 (a holiday) is before UU 20/2025 took effect: UU 8/1981, no time limit.
        DeadlineAnswer pk = onlyPk(TENGGAT.whatIsDue(convicted().build()).asOf(of(2026, 1, 1)));
        assertThat(pk.status()).isEqualTo(Status.NO_LIMIT);
        assertThat(pk.party()).isEqualTo(Party.TERDAKWA);
        assertThat(pk.due()).isNull();
        assertThat(pk.law()).isEqualTo("UU 8/1981 (KUHAP)");
        assertThat(pk.legalBasis()).contains("UU 11/2012 Pasal 16").contains("KUHAP Pasal 263 ayat (1)")
                .contains("Pasal 264 ayat (3)");
    }

    @Test
    void aPkFiledOnNewYearsEve2025StaysUnderTheOldLawWhenAskedIn2026() {
        // Filed Wed 31 Dec 2025, asked Mon 5 Jan 2026: the filing date decides, UU 8/1981.
        CourtCase c = convicted().event(EventType.PERMOHONAN_PK, of(2025, 12, 31), Party.TERDAKWA).build();
        DeadlineAnswer pk = onlyPk(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 5)));
        assertThat(pk.status()).isEqualTo(Status.NO_LIMIT);
        assertThat(pk.law()).isEqualTo("UU 8/1981 (KUHAP)");
    }

    @Test
    void aPkFiledOnTheDayTheNewLawTookEffectIsNotEncodedCitingBothLaws() {
        // Filed Fri 2 Jan 2026 in a case examined and decided under UU 8/1981: PK follows UU 20/2025 (Pasal 361 huruf c).
        CourtCase c = convicted().event(EventType.PERMOHONAN_PK, of(2026, 1, 2), Party.TERDAKWA).build();
        DeadlineAnswer pk = onlyPk(TENGGAT.whatIsDue(c).asOf(of(2026, 1, 2)));
        assertThat(pk.status()).isEqualTo(Status.NOT_ENCODED);
        assertThat(pk.law()).isEqualTo("UU 20/2025 (KUHAP)");
        assertThat(pk.legalBasis()).contains("UU 11/2012 Pasal 16").contains("UU 20/2025");
        assertThat(pk.due()).isNull();
    }

    @Test
    void withoutAFilingTheDayAskedDecidesAndTheProsecutorHasNoPk() {
        // Asked Fri 2 Jan 2026 with no request: a PK filed now follows UU 20/2025.
        for (LocalDate asOf : new LocalDate[] {of(2026, 1, 2), of(2026, 12, 1)}) {
            CaseAnswer a = TENGGAT.whatIsDue(convicted().build()).asOf(asOf);
            DeadlineAnswer pk = onlyPk(a);
            assertThat(pk.status()).as("asked %s", asOf).isEqualTo(Status.NOT_ENCODED);
            assertThat(a.deadlines("pidana.pk")).extracting(DeadlineAnswer::party).doesNotContain(Party.PENUNTUT_UMUM);
        }
    }

    @Test
    void anAdultCaseKeepsItsOwnPkRuleWithoutTheSppa() {
        CourtCase adult = CourtCase.builder(CaseType.PIDANA)
                .pronounced(of(2025, 11, 3), Party.TERDAKWA, Party.PENUNTUT_UMUM).build();
        DeadlineAnswer pk = onlyPk(TENGGAT.whatIsDue(adult).asOf(of(2025, 12, 31)));
        assertThat(pk.status()).isEqualTo(Status.NO_LIMIT);
        assertThat(pk.legalBasis()).doesNotContain("UU 11/2012");
    }

    private static DeadlineAnswer onlyPk(CaseAnswer a) {
        assertThat(a.deadlines("pidana.pk")).as("pidana.pk").hasSize(1);
        return a.deadlines("pidana.pk").get(0);
    }
}
