package id.tenggat.drl.sederhana;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Criterion;
import id.tenggat.answer.Eligibility;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.model.CaseType;
import id.tenggat.model.Claim;
import id.tenggat.model.ClaimBasis;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Small-claims eligibility (PERMA 2/2015 as amended by PERMA 4/2019, in force 20 August 2019). */
class SmallClaimsEligibilityTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();
    private static final BigInteger CAP = new BigInteger("500000000");
    private static final LocalDate REGISTERED = LocalDate.of(2025, 1, 10);

    /** A claim that meets every criterion. */
    private static Claim claim(BigInteger value) {
        return new Claim(value, ClaimBasis.WANPRESTASI, false, false, 1, 1, false, true, true, false);
    }

    private static Eligibility check(Claim claim, LocalDate registered) {
        CourtCase.Builder b = CourtCase.builder(CaseType.GUGATAN_SEDERHANA).claim(claim);
        if (registered != null) {
            b.event(EventType.PERKARA_DIDAFTARKAN, registered);
        }
        CaseAnswer answer = TENGGAT.whatIsDue(b.build()).asOf(LocalDate.of(2025, 6, 2));
        return answer.eligibility("sederhana.syarat").orElseThrow();
    }

    private static Criterion criterion(Eligibility e, String name) {
        return e.criteria().stream().filter(c -> c.criterion().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyCriterionIsReportedWithItsArticle() {
        Eligibility e = check(claim(CAP), REGISTERED);
        assertThat(e.eligible()).isTrue();
        assertThat(e.criteria()).extracting(Criterion::criterion).containsExactlyInAnyOrder("alamat-tergugat",
                "bukan-pengadilan-khusus", "bukan-sengketa-tanah", "domisili", "jenis-perkara", "jumlah-pihak",
                "nilai-gugatan");
        assertThat(e.criteria()).allSatisfy(c -> {
            assertThat(c.satisfied()).isTrue();
            assertThat(c.legalBasis()).contains("Pasal");
            assertThat(c.detail()).isNotBlank();
        });
        assertThat(criterion(e, "nilai-gugatan").legalBasis()).contains("PERMA 4/2019");
    }

    @Test
    void exactlyFiveHundredMillionIsEligibleOneRupiahMoreIsNot() {
        assertThat(criterion(check(claim(CAP), REGISTERED), "nilai-gugatan").satisfied()).isTrue();
        Eligibility over = check(claim(CAP.add(BigInteger.ONE)), REGISTERED);
        assertThat(over.eligible()).isFalse();
        assertThat(over.reasons()).extracting(Criterion::criterion).containsExactly("nilai-gugatan");
        assertThat(criterion(over, "nilai-gugatan").detail()).contains("500000001").contains("500000000");
    }

    @Test
    void capWasTwoHundredMillionBeforePerma4Of2019() {
        BigInteger threeHundred = new BigInteger("300000000");
        // Registered 19 August 2019, the day before PERMA 4/2019 took effect: cap Rp200,000,000.
        Eligibility before = check(claim(threeHundred), LocalDate.of(2019, 8, 19));
        assertThat(before.eligible()).isFalse();
        assertThat(criterion(before, "nilai-gugatan").legalBasis()).isEqualTo("PERMA 2/2015 Pasal 3 ayat (1)");
        assertThat(check(claim(new BigInteger("200000000")), LocalDate.of(2019, 8, 19)).eligible()).isTrue();
        assertThat(check(claim(new BigInteger("200000001")), LocalDate.of(2019, 8, 19)).eligible()).isFalse();
        // Registered on 20 August 2019: cap Rp500,000,000.
        assertThat(check(claim(threeHundred), LocalDate.of(2019, 8, 20)).eligible()).isTrue();
    }

    @Test
    void withoutRegistrationTheLawOfTheDayAskedAboutApplies() {
        // asOf 2 June 2025, no PERKARA_DIDAFTARKAN: PERMA 4/2019 applies.
        assertThat(check(claim(CAP), null).eligible()).isTrue();
    }

    @Test
    void plaintiffOutsideTheAreaNeedsARepresentativeAndOnlyFromPerma4Of2019() {
        Claim outsideRepresented = new Claim(CAP, ClaimBasis.WANPRESTASI, false, false, 1, 1, false, true, false, true);
        Claim outsideAlone = new Claim(CAP, ClaimBasis.WANPRESTASI, false, false, 1, 1, false, true, false, false);
        assertThat(check(outsideRepresented, REGISTERED).eligible()).isTrue();
        assertThat(criterion(check(outsideRepresented, REGISTERED), "domisili").legalBasis()).contains("(3a)");
        assertThat(check(outsideAlone, REGISTERED).reasons()).extracting(Criterion::criterion).containsExactly("domisili");
        Claim smallOutsideRepresented = new Claim(new BigInteger("1000000"), ClaimBasis.WANPRESTASI, false, false, 1, 1,
                false, true, false, true);
        Eligibility before = check(smallOutsideRepresented, LocalDate.of(2019, 8, 19));
        assertThat(before.reasons()).extracting(Criterion::criterion).containsExactly("domisili");
    }

    static Stream<Arguments> eachCriterionFailingAlone() {
        return Stream.of(
                Arguments.of("jenis-perkara", new Claim(CAP, ClaimBasis.LAINNYA, false, false, 1, 1, false, true, true, false)),
                Arguments.of("bukan-sengketa-tanah", new Claim(CAP, ClaimBasis.WANPRESTASI, true, false, 1, 1, false, true, true, false)),
                Arguments.of("bukan-pengadilan-khusus", new Claim(CAP, ClaimBasis.PERBUATAN_MELAWAN_HUKUM, false, true, 1, 1, false, true, true, false)),
                Arguments.of("jumlah-pihak", new Claim(CAP, ClaimBasis.WANPRESTASI, false, false, 2, 1, false, true, true, false)),
                Arguments.of("jumlah-pihak", new Claim(CAP, ClaimBasis.WANPRESTASI, false, false, 1, 0, false, true, true, false)),
                Arguments.of("alamat-tergugat", new Claim(CAP, ClaimBasis.WANPRESTASI, false, false, 1, 1, false, false, true, false)),
                Arguments.of("domisili", new Claim(CAP, ClaimBasis.WANPRESTASI, false, false, 1, 1, false, true, false, false)),
                Arguments.of("nilai-gugatan", claim(CAP.add(BigInteger.ONE))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void eachCriterionFailingAlone(String failing, Claim claim) {
        Eligibility e = check(claim, REGISTERED);
        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).extracting(Criterion::criterion).containsExactly(failing);
    }

    @Test
    void severalPartiesWithTheSameLegalInterestAreAllowed() {
        Claim twoPlaintiffs = new Claim(CAP, ClaimBasis.WANPRESTASI, false, false, 2, 3, true, true, true, false);
        assertThat(check(twoPlaintiffs, REGISTERED).eligible()).isTrue();
    }

    @Test
    void missingClaimNamesClaim() {
        CourtCase noClaim = CourtCase.builder(CaseType.GUGATAN_SEDERHANA).event(EventType.PERKARA_DIDAFTARKAN, REGISTERED).build();
        Eligibility e = TENGGAT.whatIsDue(noClaim).asOf(REGISTERED).eligibility("sederhana.syarat").orElseThrow();
        assertThat(e.eligible()).isFalse();
        assertThat(e.reasons()).singleElement().satisfies(c -> {
            assertThat(c.criterion()).isEqualTo("claim");
            assertThat(c.detail()).contains("claim");
        });
    }

    @Test
    void negativeValueIsRejected() {
        CourtCase bad = CourtCase.builder(CaseType.GUGATAN_SEDERHANA).claim(claim(BigInteger.valueOf(-1))).build();
        assertThatThrownBy(() -> TENGGAT.whatIsDue(bad).asOf(REGISTERED)).isInstanceOf(InvalidCaseException.class)
                .hasMessageContaining("value");
    }

    @Test
    void otherCaseTypesGetNoSmallClaimsCheck() {
        CourtCase perdata = CourtCase.builder(CaseType.PERDATA).claim(claim(CAP)).build();
        assertThat(TENGGAT.whatIsDue(perdata).asOf(REGISTERED).eligibility("sederhana.syarat")).isEmpty();
    }
}
