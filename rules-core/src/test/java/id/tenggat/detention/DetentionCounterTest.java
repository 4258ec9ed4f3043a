package id.tenggat.detention;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Explanation;
import id.tenggat.answer.Status;
import id.tenggat.engine.LawChoice;
import id.tenggat.engine.RuleCitation;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.EventType;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import id.tenggat.model.Suspension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Detention chains counted against limits given directly (the rules that select them are tested in rules-drl).
 * Every expected date is worked by hand: inclusive counting, N days from A end on A + N - 1, calendar days, no roll.
 */
class DetentionCounterTest {
    static final LawChoice KUHAP = LawChoice.only("UU 8/1981 (KUHAP)");
    static final LawChoice SPPA = LawChoice.only("UU 11/2012 (SPPA)");
    static final RuleCitation CITE = new RuleCitation("test", "KUHAP", "test", LocalDate.of(1981, 12, 31), null);

    static DetentionLimit adult(DetentionStage stage) {
        return switch (stage) {
            case PENYIDIK -> DetentionLimit.ordinary(Regime.ADULT, stage, KUHAP, "KUHAP Pasal 24", 20, Official.PENYIDIK,
                    "KUHAP Pasal 24 ayat (1)", 40, Official.PENUNTUT_UMUM, "KUHAP Pasal 24 ayat (2)", "KUHAP Pasal 24 ayat (4)");
            case PENUNTUT_UMUM -> DetentionLimit.ordinary(Regime.ADULT, stage, KUHAP, "KUHAP Pasal 25", 20, Official.PENUNTUT_UMUM,
                    "KUHAP Pasal 25 ayat (1)", 30, Official.KETUA_PN, "KUHAP Pasal 25 ayat (2)", "KUHAP Pasal 25 ayat (4)");
            case PN -> DetentionLimit.ordinary(Regime.ADULT, stage, KUHAP, "KUHAP Pasal 26", 30, Official.HAKIM_PN,
                    "KUHAP Pasal 26 ayat (1)", 60, Official.KETUA_PN, "KUHAP Pasal 26 ayat (2)", "KUHAP Pasal 26 ayat (4)");
            case PT -> DetentionLimit.ordinary(Regime.ADULT, stage, KUHAP, "KUHAP Pasal 27", 30, Official.HAKIM_PT,
                    "KUHAP Pasal 27 ayat (1)", 60, Official.KETUA_PT, "KUHAP Pasal 27 ayat (2)", "KUHAP Pasal 27 ayat (4)");
            case MA -> DetentionLimit.ordinary(Regime.ADULT, stage, KUHAP, "KUHAP Pasal 28", 50, Official.HAKIM_MA,
                    "KUHAP Pasal 28 ayat (1)", 60, Official.KETUA_MA, "KUHAP Pasal 28 ayat (2)", "KUHAP Pasal 28 ayat (4)");
        };
    }

    static DetentionLimit child(DetentionStage stage) {
        int[] first = {7, 5, 10, 10, 15};
        int[] ext = {8, 5, 15, 15, 20};
        Official[] by = {Official.PENYIDIK, Official.PENUNTUT_UMUM, Official.HAKIM_PN, Official.HAKIM_PT, Official.HAKIM_MA};
        Official[] extBy = {Official.PENUNTUT_UMUM, Official.HAKIM_PN, Official.KETUA_PN, Official.KETUA_PT, Official.KETUA_MA};
        int[] pasal = {33, 34, 35, 37, 38};
        int i = stage.ordinal();
        String p = "UU 11/2012 Pasal " + pasal[i];
        return DetentionLimit.ordinary(Regime.CHILD, stage, SPPA, p, first[i], by[i], p + " ayat (1)", ext[i], extBy[i],
                p + " ayat (2)", p);
    }

    static DetentionLimit pasal29(DetentionStage stage, Official by) {
        return DetentionLimit.exceptional(Regime.ADULT, stage, KUHAP, "KUHAP Pasal 29", 30, 2, by,
                "KUHAP Pasal 29 ayat (2) dan (3)", ExceptionalGround.NINE_YEARS_OR_MORE);
    }

    static List<AppliedDetentionRule> rules(DetentionRule... limits) {
        List<AppliedDetentionRule> result = new ArrayList<>();
        for (DetentionRule l : limits) {
            result.add(new AppliedDetentionRule(l, CITE));
        }
        return result;
    }

    static CourtCase caseOf(Detention... orders) {
        CourtCase.Builder b = CourtCase.builder(CaseType.PIDANA);
        for (Detention d : orders) {
            b.detention(d);
        }
        return b.build();
    }

    final DetentionCounter inclusive = new DetentionCounter("inclusive");

    DetentionSummary count(LocalDate asOf, List<AppliedDetentionRule> rules, Detention... orders) {
        return inclusive.count(caseOf(orders), asOf, rules).orElseThrow();
    }

    @Test
    void thirtyDaysFromSixJanuaryEndOnFourFebruary() {
        // Catalogue example: 6 Jan + 30 - 1 = 4 Feb (Jan 6..31 = 26 days, Feb 1..4 = 4 days).
        DetentionSummary s = count(of(2025, 1, 20), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 2, 4));
        // 4 Feb + 60 (extension not yet granted): Feb 5..28 = 24, Mar = 31 (55), Apr 1..5 = 5 (60): 5 Apr 2025.
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 4, 5));
        assertThat(s.nextExtensionBy()).isEqualTo(Official.KETUA_PN);
        // 20 Jan to 4 Feb = 15 days; detained 6..20 Jan inclusive = 15 days.
        assertThat(s.daysRemaining()).isEqualTo(15);
        assertThat(s.totalDays()).isEqualTo(15);
        assertThat(s.violations()).isEmpty();
    }

    @Test
    void exclusiveReadingEndsOneDayLater() {
        DetentionSummary s = new DetentionCounter("exclusive").count(caseOf(
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN)), of(2025, 1, 20),
                rules(adult(DetentionStage.PN))).orElseThrow();
        // 6 Jan + 30 = 5 Feb.
        assertThat(s.currentEnd()).isEqualTo(of(2025, 2, 5));
    }

    @Test
    void penyidikWithExtension() {
        // 20 days from 6 Jan 2025: 25 Jan. Extension 40 days from 26 Jan: Jan 26..31 = 6, Feb = 28 (34), Mar 1..6 (40).
        DetentionSummary s = count(of(2025, 3, 1), rules(adult(DetentionStage.PENYIDIK)),
                Detention.first(DetentionStage.PENYIDIK, of(2025, 1, 6), 20, Official.PENYIDIK),
                Detention.extension(DetentionStage.PENYIDIK, of(2025, 1, 26), 40, Official.PENUNTUT_UMUM));
        assertThat(s.stage(DetentionStage.PENYIDIK).orElseThrow().orders()).extracting(StageDetention.CountedOrder::end)
                .containsExactly(of(2025, 1, 25), of(2025, 3, 6));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 3, 6));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 3, 6));
        assertThat(s.nextExtensionBy()).isNull();
        // 6 Jan .. 1 Mar 2025: Jan 26 + Feb 28 + Mar 1 = 55 days.
        assertThat(s.totalDays()).isEqualTo(55);
        assertThat(s.violations()).isEmpty();
    }

    @Test
    void penuntutUmumAcrossTheYearBoundary() {
        // 20 days from 15 Dec 2025: Dec 15..31 = 17, Jan 1..3 = 3: 3 Jan 2026. +30 from 4 Jan: Jan 4..31 = 28, Feb 1..2: 2 Feb 2026.
        DetentionSummary s = count(of(2026, 1, 10), rules(adult(DetentionStage.PENUNTUT_UMUM)),
                Detention.first(DetentionStage.PENUNTUT_UMUM, of(2025, 12, 15), 20, Official.PENUNTUT_UMUM),
                Detention.extension(DetentionStage.PENUNTUT_UMUM, of(2026, 1, 4), 30, Official.KETUA_PN));
        assertThat(s.currentEnd()).isEqualTo(of(2026, 2, 2));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2026, 2, 2));
        assertThat(s.daysRemaining()).isEqualTo(23);
    }

    @Test
    void pnExtensionEndsInLebaranWithoutRolling() {
        // 30 from 6 Jan 2025 -> 4 Feb; 60 from 5 Feb -> 5 Apr 2025 (cuti bersama Lebaran): detention never rolls.
        DetentionSummary s = count(of(2025, 4, 5), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 4, 5));
        assertThat(s.daysRemaining()).isZero();
        assertThat(s.totalDays()).isEqualTo(90);
    }

    @Test
    void ptAcrossTheYearBoundary() {
        // 30 from 1 Dec 2025 -> 30 Dec; 60 from 31 Dec: Dec 31 = 1, Jan = 31 (32), Feb 1..28 (60): 28 Feb 2026.
        DetentionSummary s = count(of(2026, 1, 1), rules(adult(DetentionStage.PT)),
                Detention.first(DetentionStage.PT, of(2025, 12, 1), 30, Official.HAKIM_PT),
                Detention.extension(DetentionStage.PT, of(2025, 12, 31), 60, Official.KETUA_PT));
        assertThat(s.currentEnd()).isEqualTo(of(2026, 2, 28));
        assertThat(s.violations()).isEmpty();
    }

    @Test
    void maFiftyPlusSixty() {
        // 50 from 1 Mar 2025: Mar = 31, Apr 1..19 = 19: 19 Apr. 60 from 20 Apr: Apr 20..30 = 11, May = 31 (42), Jun 1..18: 18 Jun.
        DetentionSummary s = count(of(2025, 3, 2), rules(adult(DetentionStage.MA)),
                Detention.first(DetentionStage.MA, of(2025, 3, 1), 50, Official.HAKIM_MA));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 4, 19));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 6, 18));
        assertThat(s.nextExtensionBy()).isEqualTo(Official.KETUA_MA);
    }

    @Test
    void pasal29AddsTwoThirtyDayExtensionsGrantedByTheNextCourtUp() {
        // PN from 6 Jan 2025: 4 Feb; +60: 5 Apr; Pasal 29: 6 Apr..5 May, 6 May..4 Jun 2025.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), pasal29(DetentionStage.PN, Official.KETUA_PT));
        DetentionSummary before = count(of(2025, 1, 10), r,
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN));
        assertThat(before.latestLawfulEnd()).isEqualTo(of(2025, 6, 4));
        DetentionSummary after = count(of(2025, 4, 10), r,
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE));
        assertThat(after.currentEnd()).isEqualTo(of(2025, 5, 5));
        assertThat(after.latestLawfulEnd()).isEqualTo(of(2025, 6, 4));
        assertThat(after.nextExtensionBy()).isEqualTo(Official.KETUA_PT);
        assertThat(after.violations()).isEmpty();
    }

    @Test
    void suspensionStopsTheClock() {
        // 30 days from 6 Jan 2025 with 10..14 Jan in hospital (5 days): 4 Feb + 5 = 9 Feb; 30 days counted.
        DetentionSummary s = count(of(2025, 1, 20), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN)
                        .withSuspensions(new Suspension(of(2025, 1, 10), of(2025, 1, 14))));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 2, 9));
        assertThat(s.stage(DetentionStage.PN).orElseThrow().days()).isEqualTo(30);
        // 6..20 Jan = 15 days, minus 5 in hospital.
        assertThat(s.totalDays()).isEqualTo(10);
    }

    @Test
    void childStagesFirstPeriodAndExtension() {
        // Penyidik 7 from 6 Jan 2025 -> 12 Jan; +8 from 13 Jan -> 20 Jan.
        // Penuntut umum 5 from 21 Jan -> 25 Jan; +5 from 26 Jan -> 30 Jan.
        // PN 10 from 31 Jan -> 9 Feb; +15 from 10 Feb -> 24 Feb 2025.
        DetentionSummary s = count(of(2025, 2, 20), rules(child(DetentionStage.PENYIDIK), child(DetentionStage.PENUNTUT_UMUM),
                        child(DetentionStage.PN)),
                Detention.first(DetentionStage.PENYIDIK, of(2025, 1, 6), 7, Official.PENYIDIK),
                Detention.extension(DetentionStage.PENYIDIK, of(2025, 1, 13), 8, Official.PENUNTUT_UMUM),
                Detention.first(DetentionStage.PENUNTUT_UMUM, of(2025, 1, 21), 5, Official.PENUNTUT_UMUM),
                Detention.extension(DetentionStage.PENUNTUT_UMUM, of(2025, 1, 26), 5, Official.HAKIM_PN),
                Detention.first(DetentionStage.PN, of(2025, 1, 31), 10, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 10), 15, Official.KETUA_PN));
        assertThat(s.stages()).extracting(StageDetention::end)
                .containsExactly(of(2025, 1, 20), of(2025, 1, 30), of(2025, 2, 24));
        assertThat(s.stages()).extracting(StageDetention::deadlineId)
                .containsExactly("anak.penahanan.penyidik", "anak.penahanan.penuntut_umum", "anak.penahanan.pn");
        assertThat(s.currentStage()).isEqualTo(DetentionStage.PN);
        assertThat(s.violations()).isEmpty();
        // 6 Jan .. 20 Feb 2025 continuously: 26 + 20 = 46 days.
        assertThat(s.totalDays()).isEqualTo(46);
    }

    @Test
    void childAppealStages() {
        // PT 10 from 25 Dec 2025 -> 3 Jan 2026; +15 from 4 Jan -> 18 Jan 2026.
        DetentionSummary pt = count(of(2026, 1, 5), rules(child(DetentionStage.PT)),
                Detention.first(DetentionStage.PT, of(2025, 12, 25), 10, Official.HAKIM_PT),
                Detention.extension(DetentionStage.PT, of(2026, 1, 4), 15, Official.KETUA_PT));
        assertThat(pt.currentEnd()).isEqualTo(of(2026, 1, 18));
        // MA 15 from 20 Mar 2025 -> 3 Apr; +20 from 4 Apr -> 23 Apr 2025 (through Lebaran; no roll).
        DetentionSummary ma = count(of(2025, 3, 25), rules(child(DetentionStage.MA)),
                Detention.first(DetentionStage.MA, of(2025, 3, 20), 15, Official.HAKIM_MA));
        assertThat(ma.currentEnd()).isEqualTo(of(2025, 4, 3));
        assertThat(ma.latestLawfulEnd()).isEqualTo(of(2025, 4, 23));
    }

    @Test
    void orderLongerThanTheLawAllows() {
        DetentionSummary s = count(of(2025, 1, 10), rules(adult(DetentionStage.PENYIDIK)),
                Detention.first(DetentionStage.PENYIDIK, of(2025, 1, 6), 25, Official.PENYIDIK));
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.ORDER_TOO_LONG);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 24 ayat (1)");
        });
        // The lawful first end is 25 Jan (20 days), plus 40: 6 Mar 2025, never beyond.
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 3, 6));
    }

    @Test
    void extensionByTheWrongOfficial() {
        DetentionSummary s = count(of(2025, 2, 10), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.HAKIM_PN));
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.WRONG_OFFICIAL);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 26 ayat (2)");
        });
    }

    @Test
    void extensionTwice() {
        // 4 Feb; 5 Feb + 30 -> 6 Mar; 7 Mar + 30 -> 5 Apr.
        DetentionSummary s = count(of(2025, 3, 10), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 30, Official.KETUA_PN),
                Detention.extension(DetentionStage.PN, of(2025, 3, 7), 30, Official.KETUA_PN));
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.TOO_MANY_EXTENSIONS);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 26 ayat (2)");
            assertThat(v.orderStart()).isEqualTo(of(2025, 3, 7));
        });
        // The single extension ended 6 Mar; nothing more was lawful.
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 3, 6));
    }

    @Test
    void gapBetweenOrders() {
        DetentionSummary s = count(of(2025, 2, 10), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 7), 60, Official.KETUA_PN));
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.GAP);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 26 ayat (4)");
        });
        // 6 Jan..4 Feb (30) and 7..10 Feb (4): 34 days detained.
        assertThat(s.totalDays()).isEqualTo(34);
    }

    @Test
    void orderStartingBeforeThePreviousEnds() {
        DetentionSummary s = count(of(2025, 2, 10), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 1), 60, Official.KETUA_PN));
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.OVERLAP);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 26");
        });
    }

    @Test
    void exceptionalExtensionWithoutAnyExceptionalRuleIsAQuestionNotAViolation() {
        // No rule gave the stage's exceptional limits: unknown is not unlawful.
        DetentionSummary s = count(of(2025, 4, 10), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT, null));
        assertThat(s.violations()).isEmpty();
        assertThat(s.lawfulness()).isEqualTo(DetentionSummary.Lawfulness.UNDETERMINED);
        assertThat(s.undetermined()).singleElement().satisfies(q -> {
            assertThat(q.orderStart()).isEqualTo(of(2025, 4, 6));
            assertThat(q.legalBasis()).isEqualTo("KUHAP Pasal 26");
        });
        // 30 days from 6 Jan 2025 end 4 Feb; 60 from 5 Feb end 5 Apr 2025 (Feb 5..28 = 24, Mar 31, Apr 1..5).
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 4, 5));
    }

    @Test
    void exceptionalExtensionOnAGroundThatDoesNotHoldCitesTheArticleListingTheGrounds() {
        DetentionLimit none = DetentionLimit.notAllowed(Regime.ADULT, DetentionStage.PN, KUHAP, "KUHAP Pasal 29 ayat (1)",
                "the offence carries at most 5 years", true);
        DetentionSummary s = count(of(2025, 4, 10), rules(adult(DetentionStage.PN), none),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE));
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 29 ayat (1)");
            assertThat(v.detail()).contains("NINE_YEARS_OR_MORE").contains("at most 5 years");
        });
        assertThat(s.undetermined()).isEmpty();
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 4, 5));
        assertThat(s.nextExtensionBy()).isNull();
    }

    @Test
    void exceptionalExtensionWhoseGroundIsNotGivenIsAQuestionWhenTheOrderCouldShowOne() {
        DetentionLimit none = DetentionLimit.notAllowed(Regime.ADULT, DetentionStage.PN, KUHAP, "KUHAP Pasal 29 ayat (1)",
                "the offence carries at most 5 years", true);
        DetentionSummary s = count(of(2025, 4, 10), rules(adult(DetentionStage.PN), none),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT, null));
        assertThat(s.violations()).isEmpty();
        assertThat(s.lawfulness()).isEqualTo(DetentionSummary.Lawfulness.UNDETERMINED);
        assertThat(s.undetermined()).singleElement().satisfies(q -> {
            assertThat(q.needs()).isEqualTo("detention.ground");
            assertThat(q.legalBasis()).isEqualTo("KUHAP Pasal 29 ayat (1)");
            assertThat(q.orderStart()).isEqualTo(of(2025, 4, 6));
        });
    }

    @Test
    void childHasNoExceptionalExtension() {
        // Whatever the ground, and also with none given: the juvenile law allows no exceptional extension.
        DetentionLimit none = DetentionLimit.notAllowed(Regime.CHILD, DetentionStage.PN, SPPA,
                "UU 11/2012 Pasal 35 ayat (2) dan (3)", "no exceptional extension for a child", false);
        for (ExceptionalGround ground : new ExceptionalGround[] {ExceptionalGround.MEDICAL_CERTIFICATE, null}) {
            DetentionSummary s = count(of(2025, 2, 26), rules(child(DetentionStage.PN), none),
                    Detention.first(DetentionStage.PN, of(2025, 1, 31), 10, Official.HAKIM_PN),
                    Detention.extension(DetentionStage.PN, of(2025, 2, 10), 15, Official.KETUA_PN),
                    Detention.exceptional(DetentionStage.PN, of(2025, 2, 25), 30, Official.KETUA_PT, ground));
            assertThat(s.violations()).singleElement().satisfies(v -> {
                assertThat(v.kind()).isEqualTo(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED);
                assertThat(v.legalBasis()).isEqualTo("UU 11/2012 Pasal 35 ayat (2) dan (3)");
            });
            assertThat(s.undetermined()).isEmpty();
            // 10 days from 31 Jan 2025 end 9 Feb; 15 from 10 Feb end 24 Feb 2025: the stage's maximum.
            assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 2, 24));
        }
    }

    @Test
    void answersPerStageAndCourtTarget() {
        // PN chain ends 5 Apr 2025; decision target 10 days before: 26 Mar 2025.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN),
                DecisionTarget.of("pidana.putusan_sebelum_tahanan_habis", DetentionStage.PN, 10, null));
        CourtCase c = caseOf(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN));
        DetentionSummary s = inclusive.count(c, of(2025, 3, 26), r).orElseThrow();
        List<DeadlineAnswer> answers = inclusive.answers(s, r, c);
        assertThat(answers).extracting(DeadlineAnswer::id, DeadlineAnswer::due, DeadlineAnswer::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pidana.penahanan.pn", of(2025, 4, 5), Status.OPEN),
                        org.assertj.core.groups.Tuple.tuple("pidana.putusan_sebelum_tahanan_habis", of(2025, 3, 26), Status.DUE_TODAY));
        assertThat(answers.get(0).legalBasis()).isEqualTo("KUHAP Pasal 26");
        assertThat(answers.get(0).explanation().steps()).hasSize(3);
        assertThat(answers.get(1).courtTarget()).isTrue();
        // Under the exclusive reading the 60-day extension from 5 Feb ends on 6 Apr 2025.
        assertThat(answers.get(0).alternatives()).singleElement().satisfies(alt -> {
            assertThat(alt.reading()).isEqualTo("exclusive");
            assertThat(alt.due()).isEqualTo(of(2025, 4, 6));
        });
    }

    @Test
    void exceptionalExtensionUnderAnUndeterminedLawWaitsWithoutAViolation() {
        // Ordinary PN limits known (both versions agree); the exceptional extension waits for the deciding event.
        // 30 from 5 Jan 2026: Jan 5..31 = 27, Feb 1..3 -> 3 Feb. +60 from 4 Feb: Feb 4..28 = 25, Mar = 31 (56),
        // Apr 1..4 -> 4 Apr 2026. Exceptional 30 from 5 Apr: Apr 5..30 = 26, May 1..4 -> 4 May 2026.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), DetentionLimit.undetermined(Regime.ADULT,
                DetentionStage.PN, DetentionLimit.Kind.EXCEPTIONAL, EventType.PEMERIKSAAN_DIMULAI, "KUHAP Pasal 29?"));
        CourtCase c = caseOf(Detention.first(DetentionStage.PN, of(2026, 1, 5), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2026, 2, 4), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2026, 4, 5), 30, Official.KETUA_PT,
                        ExceptionalGround.NINE_YEARS_OR_MORE));
        DetentionSummary s = inclusive.count(c, of(2026, 4, 6), r).orElseThrow();
        assertThat(s.violations()).isEmpty();
        assertThat(s.currentEnd()).isEqualTo(of(2026, 5, 4));
        // Lawful without the exceptional extension whose law is not yet known: 4 Apr 2026.
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2026, 4, 4));
        assertThat(s.nextExtensionBy()).isNull();
        List<DeadlineAnswer> answers = inclusive.answers(s, r, c);
        assertThat(answers).extracting(DeadlineAnswer::id, DeadlineAnswer::due, DeadlineAnswer::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("pidana.penahanan.pn", of(2026, 5, 4), Status.OPEN),
                        org.assertj.core.groups.Tuple.tuple("pidana.penahanan.pasal29", null, Status.WAITING));
        assertThat(answers.get(1).needs()).isEqualTo(EventType.PEMERIKSAAN_DIMULAI);
        // No version of the law chosen yet: the answer names the provision in question.
        assertThat(answers.get(1).law()).isEqualTo("KUHAP Pasal 29?");
    }

    @Test
    void exceptionalAnswerNamesItsGround() {
        // 1981 PN chain ends 5 Apr 2025 (see pnExtensionEndsInLebaranWithoutRolling); Pasal 29 from 6 Apr: 5 May 2025.
        CourtCase c = caseOf(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT,
                        ExceptionalGround.MEDICAL_CERTIFICATE));
        for (ExceptionalGround ground : ExceptionalGround.values()) {
            List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), DetentionLimit.exceptional(Regime.ADULT,
                    DetentionStage.PN, KUHAP, "KUHAP Pasal 29", 30, 2, Official.KETUA_PT, "KUHAP Pasal 29 ayat (2)", ground));
            DetentionSummary s = inclusive.count(c, of(2025, 4, 10), r).orElseThrow();
            DeadlineAnswer p29 = inclusive.answers(s, r, c).get(1);
            assertThat(p29.id()).isEqualTo("pidana.penahanan.pasal29");
            assertThat(p29.due()).isEqualTo(of(2025, 5, 5));
            assertThat(p29.explanation().steps()).extracting(Explanation.Step::id)
                    .anySatisfy(step -> assertThat(step).contains(ground == ExceptionalGround.MEDICAL_CERTIFICATE
                            ? "Pasal 29 ayat (1) huruf a" : "Pasal 29 ayat (1) huruf b"));
        }
    }

    @Test
    void suspensionRunningPastTheNominalEndPushesTheEndByAllItsDays() {
        // 30 days from 6 Jan 2025 would end 4 Feb; in hospital 1..10 Feb (10 days): 6..31 Jan counts 26 days, the
        // clock stands still 1..10 Feb, and 11..14 Feb count the last 4: 14 Feb 2025.
        DetentionSummary s = count(of(2025, 2, 20), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN)
                        .withSuspensions(new Suspension(of(2025, 2, 1), of(2025, 2, 10))));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 2, 14));
        assertThat(s.stage(DetentionStage.PN).orElseThrow().days()).isEqualTo(30);
        // 6 Jan .. 14 Feb = 40 days, 10 of them in hospital.
        assertThat(s.totalDays()).isEqualTo(30);
    }

    @Test
    void stayThatBeginsAfterTheNominalEndCountsWhenAnEarlierStayPushedTheEndPastIt() {
        // 30 days from 6 Jan 2025 end 4 Feb. Given out of order: 6..8 Feb in hospital, and 1..3 Feb. The first stay
        // by date (1..3 Feb, 3 days) pushes the end to 7 Feb, so the second (6..8 Feb) begins inside the order and
        // counts whole (3 days): 4 Feb + 6 = 10 Feb. Days counted: 6..31 Jan (26), 4..5 Feb (2), 9..10 Feb (2) = 30.
        DetentionSummary s = count(of(2025, 2, 20), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN).withSuspensions(
                        new Suspension(of(2025, 2, 6), of(2025, 2, 8)), new Suspension(of(2025, 2, 1), of(2025, 2, 3))));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 2, 10));
        assertThat(s.totalDays()).isEqualTo(30);
    }

    @Test
    void stayThatBeginsAfterThePushedEndDoesNotCount() {
        // 30 days from 6 Jan 2025 end 4 Feb; 1..2 Feb in hospital pushes the end to 6 Feb. A stay from 7 Feb begins
        // after the order ended: it moves nothing. End 6 Feb.
        DetentionSummary s = count(of(2025, 2, 20), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN).withSuspensions(
                        new Suspension(of(2025, 2, 1), of(2025, 2, 2)), new Suspension(of(2025, 2, 7), of(2025, 2, 9))));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 2, 6));
    }

    @Test
    void aStayOfACenturyMovesTheEndByEveryDay() {
        // 30 days from 6 Jan 2025 end 4 Feb; in hospital from 1 Feb 2025 to 31 Jan 2125: 100 years of 365 days and
        // 24 leap days (2028..2124 every fourth year, 25, less 2100) = 36,524 days. 4 Feb 2025 + 36,524 = 4 Feb 2125.
        DetentionSummary s = count(of(2025, 2, 20), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN)
                        .withSuspensions(new Suspension(of(2025, 2, 1), of(2125, 1, 31))));
        assertThat(s.currentEnd()).isEqualTo(of(2125, 2, 4));
    }

    @Test
    void suspendedDaysMoveTheStageMaximumToo() {
        // 30 from 6 Jan 2025 with 10..14 Jan in hospital: 9 Feb. Extension 60 from 10 Feb: Feb 10..28 = 19, Mar = 31
        // (50), Apr 1..10: 10 Apr. The stage's 90 days from 6 Jan end 5 Apr, plus the 5 days in hospital: 10 Apr.
        DetentionSummary s = count(of(2025, 3, 1), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN)
                        .withSuspensions(new Suspension(of(2025, 1, 10), of(2025, 1, 14))),
                Detention.extension(DetentionStage.PN, of(2025, 2, 10), 60, Official.KETUA_PN));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 4, 10));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 4, 10));
        assertThat(s.violations()).isEmpty();
    }

    @Test
    void aLapseDoesNotMoveTheStageMaximum() {
        // 30 from 6 Jan 2025: 4 Feb; extension 60 from 7 Feb (after a gap): Feb 7..28 = 22, Mar = 31 (53), Apr 1..7.
        // The stage's 90 days from 6 Jan end 5 Apr 2025 (Jan 6..31 = 26, Feb 28 (54), Mar 31 (85), Apr 1..5).
        DetentionSummary s = count(of(2025, 2, 10), rules(adult(DetentionStage.PN)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 7), 60, Official.KETUA_PN));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 4, 7));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 4, 5));
    }

    @Test
    void pasal29AllowsTwoExceptionalExtensionsAndNoThird() {
        // PN: 4 Feb, 5 Apr; Pasal 29: 6 Apr..5 May, 6 May..4 Jun 2025; a third from 5 Jun is one too many.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), pasal29(DetentionStage.PN, Official.KETUA_PT));
        Detention[] two = {Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE),
                Detention.exceptional(DetentionStage.PN, of(2025, 5, 6), 30, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE)};
        DetentionSummary s = count(of(2025, 5, 10), r, two);
        assertThat(s.violations()).isEmpty();
        assertThat(s.currentEnd()).isEqualTo(of(2025, 6, 4));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 6, 4));
        assertThat(s.nextExtensionBy()).isNull();

        Detention[] three = java.util.Arrays.copyOf(two, 4 + 1);
        three[4] = Detention.exceptional(DetentionStage.PN, of(2025, 6, 5), 30, Official.KETUA_PT,
                ExceptionalGround.NINE_YEARS_OR_MORE);
        assertThat(count(of(2025, 6, 6), r, three).violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.TOO_MANY_EXTENSIONS);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 29 ayat (2) dan (3)");
            assertThat(v.orderStart()).isEqualTo(of(2025, 6, 5));
        });
    }

    @Test
    void exceptionalExtensionLongerThanThirtyDays() {
        // Pasal 29 ayat (2): at most 30 days each; 35 days from 6 Apr 2025 is too long.
        DetentionSummary s = count(of(2025, 4, 10), rules(adult(DetentionStage.PN), pasal29(DetentionStage.PN, Official.KETUA_PT)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 35, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE));
        assertThat(s.violations()).singleElement().satisfies(v -> {
            assertThat(v.kind()).isEqualTo(Violation.Kind.ORDER_TOO_LONG);
            assertThat(v.legalBasis()).isEqualTo("KUHAP Pasal 29 ayat (2) dan (3)");
        });
    }

    @Test
    void aShortOrdinaryExtensionUsesItUpAndOnlyThePasal29OnesRemain() {
        // 30 from 6 Jan 2025: 4 Feb; the one extension, 30 days from 5 Feb: 6 Mar; Pasal 29 from 7 Mar: 5 Apr.
        // Left: the second Pasal 29 extension, 30 days: 5 May 2025 (the stage's 150 days would reach 4 Jun).
        DetentionSummary s = count(of(2025, 3, 10), rules(adult(DetentionStage.PN), pasal29(DetentionStage.PN, Official.KETUA_PT)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 30, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 3, 7), 30, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE));
        assertThat(s.currentEnd()).isEqualTo(of(2025, 4, 5));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 5, 5));
        assertThat(s.nextExtensionBy()).isEqualTo(Official.KETUA_PT);
        assertThat(s.violations()).isEmpty();
    }

    @Test
    void stageAnswerTellsEachOrderAndWhatIsLeft() {
        // See pasal29AddsTwoThirtyDayExtensionsGrantedByTheNextCourtUp: 4 Feb, 5 Apr, 5 May; one Pasal 29 extension
        // left: 4 Jun 2025.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), pasal29(DetentionStage.PN, Official.KETUA_PT));
        CourtCase c = caseOf(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE));
        List<DeadlineAnswer> answers = inclusive.answers(inclusive.count(c, of(2025, 4, 10), r).orElseThrow(), r, c);

        assertThat(answers.get(0).policy()).isEqualTo(new id.tenggat.answer.PolicyUse("detention-inclusive", "inclusive"));
        assertThat(answers.get(0).explanation().steps()).containsExactly(
                new Explanation.Step("penahanan oleh HAKIM_PN: 30 hari, terhitung mulai Senin, 6 Januari 2025 sampai dengan "
                        + "Selasa, 4 Februari 2025.",
                        "detention by HAKIM_PN: 30 days, from Monday, 6 January 2025 to Tuesday, 4 February 2025 inclusive."),
                new Explanation.Step("perpanjangan oleh KETUA_PN: 60 hari, terhitung mulai Rabu, 5 Februari 2025 sampai dengan "
                        + "Sabtu, 5 April 2025.",
                        "extension by KETUA_PN: 60 days, from Wednesday, 5 February 2025 to Saturday, 5 April 2025 inclusive."),
                new Explanation.Step("perpanjangan Pasal 29 oleh KETUA_PT: 30 hari, terhitung mulai Minggu, 6 April 2025 "
                        + "sampai dengan Senin, 5 Mei 2025.",
                        "exceptional extension by KETUA_PT: 30 days, from Sunday, 6 April 2025 to Monday, 5 May 2025 inclusive."),
                new Explanation.Step("Batas paling lama dengan semua perpanjangan yang masih dibolehkan: Rabu, 4 Juni 2025; "
                        + "perpanjangan berikutnya oleh KETUA_PT.",
                        "Latest lawful end with every extension still allowed: Wednesday, 4 June 2025; next extension by KETUA_PT."));
    }

    @Test
    void stageAnswerUnderTheExclusiveReading() {
        // 30 days from 6 Jan 2025, the last day not counted: 5 Feb.
        DetentionCounter exclusive = new DetentionCounter("exclusive");
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), pasal29(DetentionStage.PN, Official.KETUA_PT));
        CourtCase c = caseOf(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, null));
        List<DeadlineAnswer> answers = exclusive.answers(exclusive.count(c, of(2025, 1, 10), r).orElseThrow(), r, c);

        // No exceptional order: no Pasal 29 answer.
        assertThat(answers).singleElement().satisfies(a -> {
            assertThat(a.due()).isEqualTo(of(2025, 2, 5));
            assertThat(a.policy()).isEqualTo(new id.tenggat.answer.PolicyUse("detention-inclusive", "exclusive"));
            assertThat(a.alternatives()).singleElement().satisfies(alt -> {
                assertThat(alt.reading()).isEqualTo("inclusive");
                assertThat(alt.due()).isEqualTo(of(2025, 2, 4));
            });
            assertThat(a.explanation().steps()).containsExactly(
                    new Explanation.Step("penahanan: 30 hari, terhitung mulai Senin, 6 Januari 2025 sampai Rabu, 5 Februari "
                            + "2025 (hari terakhir tidak dihitung).",
                            "detention: 30 days, from Monday, 6 January 2025 to Wednesday, 5 February 2025 exclusive."),
                    // 5 Feb + 60 + 2 x 30 (Pasal 29) = 5 Feb + 120: Feb 6..28 = 23, Mar 31 (54), Apr 30 (84),
                    // May 31 (115), Jun 1..5: 5 Jun 2025, which is also 6 Jan + the stage's 150 days.
                    new Explanation.Step("Batas paling lama dengan semua perpanjangan yang masih dibolehkan: Kamis, 5 Juni "
                            + "2025; perpanjangan berikutnya oleh KETUA_PN.",
                            "Latest lawful end with every extension still allowed: Thursday, 5 June 2025; next extension by "
                            + "KETUA_PN."));
        });
    }

    @Test
    void aStageTakenOverLateIsLateByTheDaysOfTheLapse() {
        // PN 30 from 6 Jan 2025 ends 4 Feb; the appeal court's order should start by 5 Feb. From 8 Feb: 3 days late.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), adult(DetentionStage.PT));
        CourtCase late = caseOf(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.first(DetentionStage.PT, of(2025, 2, 8), 30, Official.HAKIM_PT));
        CourtCase inTime = caseOf(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.first(DetentionStage.PT, of(2025, 2, 5), 30, Official.HAKIM_PT));

        DeadlineAnswer pnLate = inclusive.answers(inclusive.count(late, of(2025, 2, 10), r).orElseThrow(), r, late).get(0);
        DeadlineAnswer pnInTime = inclusive.answers(inclusive.count(inTime, of(2025, 2, 10), r).orElseThrow(), r, inTime).get(0);

        assertThat(pnLate.status()).isEqualTo(Status.LATE);
        assertThat(pnLate.actDate()).isEqualTo(of(2025, 2, 8));
        assertThat(pnLate.daysLate()).isEqualTo(3);
        assertThat(pnInTime.status()).isEqualTo(Status.MET);
        assertThat(pnInTime.daysLate()).isNull();
    }

    @Test
    void courtTargetMetOrLateByTheDecision() {
        // PN chain ends 5 Apr 2025; decision 10 days before: 26 Mar. Pronounced 26 Mar: met; 28 Mar: 2 days late.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN),
                DecisionTarget.of("pidana.putusan_sebelum_tahanan_habis", DetentionStage.PN, 10, EventType.PUTUSAN_DIUCAPKAN));
        Detention first = Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN);
        Detention extension = Detention.extension(DetentionStage.PN, of(2025, 2, 5), 60, Official.KETUA_PN);
        for (LocalDate pronounced : List.of(of(2025, 3, 26), of(2025, 3, 28))) {
            CourtCase c = CourtCase.builder(CaseType.PIDANA).detention(first).detention(extension)
                    .event(EventType.PUTUSAN_DIUCAPKAN, pronounced).build();
            DeadlineAnswer target = inclusive.answers(inclusive.count(c, of(2025, 4, 1), r).orElseThrow(), r, c).get(1);
            assertThat(target.due()).isEqualTo(of(2025, 3, 26));
            assertThat(target.actDate()).isEqualTo(pronounced);
            assertThat(target.metBy()).isEqualTo(EventType.PUTUSAN_DIUCAPKAN);
            assertThat(target.status()).isEqualTo(pronounced.equals(of(2025, 3, 26)) ? Status.MET : Status.LATE);
            assertThat(target.daysLate()).isEqualTo(pronounced.equals(of(2025, 3, 26)) ? null : 2);
        }
    }

    @Test
    void anExceptionalOrderThatIsNoLawfulLinkLeavesTheLatestLawfulEndWhereTheOrdinaryChainEnded() {
        // 30 from 6 Jan 2025: 4 Feb; the one extension, 30 days from 5 Feb: 6 Mar. An exceptional order from 10 Mar
        // (after a lapse) that the law does not allow, or whose lawfulness is not known, adds nothing: 6 Mar 2025.
        Detention first = Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN);
        Detention extension = Detention.extension(DetentionStage.PN, of(2025, 2, 5), 30, Official.KETUA_PN);
        for (ExceptionalGround ground : new ExceptionalGround[] {ExceptionalGround.NINE_YEARS_OR_MORE, null}) {
            for (DetentionLimit exceptional : List.of(
                    DetentionLimit.notAllowed(Regime.ADULT, DetentionStage.PN, KUHAP, "KUHAP Pasal 29 ayat (1)",
                            "the offence carries at most 5 years", true),
                    DetentionLimit.needsFact(Regime.ADULT, DetentionStage.PN, KUHAP, "KUHAP Pasal 29 ayat (1) huruf b",
                            "defendant.maxPunishmentYears"),
                    DetentionLimit.undetermined(Regime.ADULT, DetentionStage.PN, DetentionLimit.Kind.EXCEPTIONAL,
                            EventType.PEMERIKSAAN_DIMULAI, "KUHAP Pasal 29?"))) {
                DetentionSummary s = count(of(2025, 3, 12), rules(adult(DetentionStage.PN), exceptional), first, extension,
                        Detention.exceptional(DetentionStage.PN, of(2025, 3, 10), 30, Official.KETUA_PT, ground));
                assertThat(s.latestLawfulEnd()).as("%s, ground %s", exceptional.getProvision(), ground)
                        .isEqualTo(of(2025, 3, 6));
            }
        }
    }

    @Test
    void aThirdPasal29ExtensionAfterALapseAddsNothing() {
        // 4 Feb; 30-day extension: 6 Mar; Pasal 29: 7 Mar..5 Apr, 6 Apr..5 May 2025. A third, 10 days from 10 May, is
        // one too many: lawful up to 5 May 2025.
        DetentionSummary s = count(of(2025, 5, 12), rules(adult(DetentionStage.PN), pasal29(DetentionStage.PN, Official.KETUA_PT)),
                Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN),
                Detention.extension(DetentionStage.PN, of(2025, 2, 5), 30, Official.KETUA_PN),
                Detention.exceptional(DetentionStage.PN, of(2025, 3, 7), 30, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE),
                Detention.exceptional(DetentionStage.PN, of(2025, 4, 6), 30, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE),
                Detention.exceptional(DetentionStage.PN, of(2025, 5, 10), 10, Official.KETUA_PT, ExceptionalGround.NINE_YEARS_OR_MORE));
        assertThat(s.latestLawfulEnd()).isEqualTo(of(2025, 5, 5));
        assertThat(s.violations()).extracting(Violation::kind)
                .containsExactlyInAnyOrder(Violation.Kind.GAP, Violation.Kind.TOO_MANY_EXTENSIONS);
    }

    @Test
    void aStageWhoseLawIsNotYetChosenIsAQuestionNamingTheEvent() {
        DetentionSummary s = count(of(2026, 1, 10), rules(DetentionLimit.undetermined(Regime.ADULT, DetentionStage.PN,
                        DetentionLimit.Kind.ORDINARY, EventType.PEMERIKSAAN_DIMULAI, "KUHAP Pasal 26 / UU 20/2025")),
                Detention.first(DetentionStage.PN, of(2026, 1, 5), 30, Official.HAKIM_PN));
        assertThat(s.undetermined()).singleElement().satisfies(q -> {
            assertThat(q.needs()).isEqualTo("PEMERIKSAAN_DIMULAI");
            assertThat(q.detail()).isEqualTo("the version of the law for this stage needs the event PEMERIKSAAN_DIMULAI");
        });
    }

    @Test
    void anAppealStageTargetIsNotMetByTheFirstInstanceJudgment() {
        // PN 30 from 6 Jan 2025: 4 Feb; PT 30 from 5 Feb: 6 Mar; its target 10 days before: 24 Feb. The PN judgment
        // pronounced 3 Feb, before the PT stage began, does not meet it: still open on 10 Feb.
        List<AppliedDetentionRule> r = rules(adult(DetentionStage.PN), adult(DetentionStage.PT),
                DecisionTarget.of("pidana.putusan_banding_sebelum_tahanan_habis", DetentionStage.PT, 10,
                        EventType.PUTUSAN_DIUCAPKAN));
        CourtCase c = CourtCase.builder(CaseType.PIDANA)
                .detention(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, Official.HAKIM_PN))
                .detention(Detention.first(DetentionStage.PT, of(2025, 2, 5), 30, Official.HAKIM_PT))
                .event(EventType.PUTUSAN_DIUCAPKAN, of(2025, 2, 3)).build();
        DeadlineAnswer target = inclusive.answers(inclusive.count(c, of(2025, 2, 10), r).orElseThrow(), r, c).stream()
                .filter(DeadlineAnswer::courtTarget).findFirst().orElseThrow();
        assertThat(target.due()).isEqualTo(of(2025, 2, 24));
        assertThat(target.status()).isEqualTo(Status.OPEN);
        assertThat(target.actDate()).isNull();
    }

    @Test
    void noOrdersNoSummary() {
        assertThat(inclusive.count(caseOf(), of(2025, 1, 1), rules(adult(DetentionStage.PN)))).isEmpty();
        // Orders without a limit from the rules (e.g. a civil case) are not counted.
        assertThat(inclusive.count(caseOf(Detention.first(DetentionStage.PN, of(2025, 1, 6), 30, null)), of(2025, 1, 7),
                List.of())).isEmpty();
    }

    @Test
    void badInputs() {
        assertThatThrownBy(() -> new DetentionCounter("sideways")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DecisionTarget.of("x", DetentionStage.PN, -1, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DetentionLimit.ordinary(Regime.ADULT, DetentionStage.PN, KUHAP, "p", -1, null, null, 0,
                null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DetentionLimit.undetermined(Regime.ADULT, DetentionStage.PN, null,
                EventType.PEMERIKSAAN_DIMULAI, "p")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> DetentionLimit.undetermined(Regime.ADULT, DetentionStage.PN,
                DetentionLimit.Kind.ORDINARY, null, "p")).isInstanceOf(NullPointerException.class);
    }
}
