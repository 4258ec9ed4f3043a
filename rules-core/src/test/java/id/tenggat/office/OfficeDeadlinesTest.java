package id.tenggat.office;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CalendarCoverageException;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.engine.DeadlineEngine;
import id.tenggat.engine.Evaluation;
import id.tenggat.engine.RuleCitation;
import id.tenggat.model.CourtCase;
import id.tenggat.policy.Policy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Office deadlines of S3 on the national calendar. Every expected day is worked out by hand from
 * /work/shared/data/id-holidays-2020-2027.csv; the reasoning is next to each assertion.
 */
class OfficeDeadlinesTest {
    private static final CourtCalendar NATIONAL = CourtCalendar.indonesia();
    private final OfficeDeadlines earlier = OfficeDeadlines.on(NATIONAL, "earlier");
    private final OfficeDeadlines later = OfficeDeadlines.on(NATIONAL, "later");

    private static OfficeDeadline only(List<OfficeDeadline> list, String id) {
        List<OfficeDeadline> matching = list.stream().filter(d -> d.id().equals(id)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    @Test
    void plainMonthOnWorkingDays() {
        // December 2025: 3 Dec is a Wednesday, 5 Dec a Friday, 10 Dec a Wednesday; none is a holiday.
        List<OfficeDeadline> dec = earlier.between(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31));
        assertThat(dec).extracting(OfficeDeadline::id).containsExactly(
                "sop.keuangan.sakpa", "sop.laporan.bulanan", "sop.keuangan.absensi", "sop.keuangan.pnbp",
                "sop.keuangan.sakpa_ma", "sop.keuangan.spm_gaji");
        assertThat(only(dec, "sop.laporan.bulanan").due()).isEqualTo(LocalDate.of(2025, 12, 3));
        assertThat(only(dec, "sop.keuangan.absensi").due()).isEqualTo(LocalDate.of(2025, 12, 5));
        assertThat(only(dec, "sop.keuangan.spm_gaji").due()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(dec).noneMatch(OfficeDeadline::moved);
        assertThat(only(dec, "sop.laporan.bulanan").basis()).isEqualTo("S3 IV.G; S3 V.G");
    }

    @Test
    void thirdOfJanuary2026MovesEarlierAcrossTheWeekend() {
        // 3 Jan 2026 is a Saturday; 2 Jan (Friday) is a working day (only 1 Jan is a holiday), so every "tanggal 3"
        // duty of January - monthly, four-monthly, six-monthly, annual, SAKPA - is due on 2 Jan 2026.
        List<OfficeDeadline> jan = earlier.between(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 3));
        assertThat(jan).extracting(OfficeDeadline::id).containsExactlyInAnyOrder("sop.keuangan.sakpa",
                "sop.laporan.bulanan", "sop.laporan.caturwulan", "sop.laporan.semester", "sop.laporan.tahunan");
        assertThat(jan).allSatisfy(d -> {
            assertThat(d.due()).isEqualTo(LocalDate.of(2026, 1, 2));
            assertThat(d.unadjusted()).isEqualTo(LocalDate.of(2026, 1, 3));
            assertThat(d.moved()).isTrue();
        });
        assertThat(only(jan, "sop.laporan.tahunan").explanation().in(Language.EN))
                .anySatisfy(s -> assertThat(s).contains("previous working day").contains("Friday, 2 January 2026"));
        assertThat(only(jan, "sop.laporan.tahunan").explanation().in(Language.ID))
                .anySatisfy(s -> assertThat(s).contains("office-date-roll").contains("Jumat, 2 Januari 2026"));
    }

    @Test
    void thirdOfJanuary2026UnderLaterMovesToMonday() {
        // Reading "later": Saturday 3 Jan, Sunday 4 Jan → Monday 5 Jan 2026.
        OfficeDeadline annual = only(later.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)), "sop.laporan.tahunan");
        assertThat(annual.due()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void thirdOfMay2026MovesBeforeLabourDay() {
        // 3 May 2026 is a Sunday, 2 May a Saturday, 1 May (Friday) Labour Day → Thursday 30 April 2026.
        // It is the four-monthly report for January-April.
        List<OfficeDeadline> may = earlier.between(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 3));
        assertThat(only(may, "sop.laporan.caturwulan").due()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(only(may, "sop.laporan.bulanan").due()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(may).noneMatch(d -> d.id().equals("sop.laporan.semester"));
        // Later: Monday 4 May 2026 is a working day.
        assertThat(only(later.between(LocalDate.of(2026, 5, 3), LocalDate.of(2026, 5, 3)), "sop.laporan.caturwulan").due())
                .isEqualTo(LocalDate.of(2026, 5, 4));
    }

    @Test
    void lebaran2025() {
        // 3 Apr 2025 (Thu) cuti bersama; 2 Apr cuti; 1 Apr and 31 Mar Idul Fitri; 30 Mar Sunday; 29 Mar Nyepi
        // (Saturday); 28 Mar cuti bersama Nyepi → earlier: Thursday 27 March 2025.
        List<OfficeDeadline> april = earlier.between(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30));
        assertThat(only(april, "sop.laporan.bulanan").due()).isEqualTo(LocalDate.of(2025, 3, 27));
        // 5 Apr 2025 is a Saturday; 4, 3, 2 Apr cuti, 1 Apr and 31 Mar holidays, 30 Sun, 29 Sat, 28 cuti → 27 March.
        assertThat(only(april, "sop.keuangan.absensi").due()).isEqualTo(LocalDate.of(2025, 3, 27));
        // 10 Apr 2025 is a Thursday and a working day.
        assertThat(only(april, "sop.keuangan.spm_gaji").due()).isEqualTo(LocalDate.of(2025, 4, 10));
        assertThat(only(april, "sop.keuangan.spm_gaji").moved()).isFalse();
        // Later: 3 Apr → 4 Apr cuti, 5-6 weekend, 7 Apr cuti → Tuesday 8 April 2025.
        assertThat(only(later.between(LocalDate.of(2025, 4, 3), LocalDate.of(2025, 4, 3)), "sop.laporan.bulanan").due())
                .isEqualTo(LocalDate.of(2025, 4, 8));
    }

    @Test
    void yearBoundaryPeriodCountsEachDutyOnce() {
        // December 2025: 6 monthly duties. January 2026: the same 6 plus four-monthly, six-monthly, annual = 9.
        List<OfficeDeadline> all = earlier.between(LocalDate.of(2025, 12, 1), LocalDate.of(2026, 1, 31));
        assertThat(all).hasSize(15);
        assertThat(all).isSortedAccordingTo(java.util.Comparator.comparing(OfficeDeadline::due));
        // 10 Jan 2026 is a Saturday → Friday 9 Jan.
        assertThat(all).filteredOn(d -> d.id().equals("sop.keuangan.spm_gaji") && d.unadjusted().getYear() == 2026)
                .singleElement().extracting(OfficeDeadline::due).isEqualTo(LocalDate.of(2026, 1, 9));
        // A duty belongs to the period of its SOP day, even when its due day moves out of the period.
        assertThat(earlier.between(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 3)))
                .allMatch(d -> d.due().equals(LocalDate.of(2026, 1, 2)));
        assertThat(earlier.between(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2))).isEmpty();
    }

    @Test
    void badInputs() {
        assertThatThrownBy(() -> earlier.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before");
        assertThatThrownBy(() -> earlier.between(null, LocalDate.of(2026, 1, 1))).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> OfficeDeadlines.on(NATIONAL, "sideways"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("office-date-roll");
        assertThatThrownBy(() -> earlier.between(LocalDate.of(2028, 1, 1), LocalDate.of(2028, 1, 31)))
                .isInstanceOf(CalendarCoverageException.class);
        assertThat(OfficeDeadlines.ids()).hasSize(9).allMatch(id -> id.startsWith("sop."));
    }

    @Test
    void throughTenggatWithPolicyAndCourt() {
        Tenggat defaults = Tenggat.builder().engine(new NoRules()).build();
        assertThat(only(defaults.officeDeadlines(null).between(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 3)),
                "sop.laporan.tahunan").due()).isEqualTo(LocalDate.of(2026, 1, 2));
        Tenggat later = Tenggat.builder().engine(new NoRules()).policy(Policy.OFFICE_DATE_ROLL, "later").build();
        assertThat(only(later.officeDeadlines("PN Denpasar").between(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 3)),
                "sop.laporan.tahunan").due()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThatThrownBy(() -> defaults.officeDeadlines("PN Atlantis")).isInstanceOf(IllegalArgumentException.class);
    }

    /** An engine with no rules: office deadlines do not use the rule engine. */
    private static final class NoRules implements DeadlineEngine {
        @Override
        public Evaluation evaluate(CourtCase courtCase, LocalDate asOf) {
            return new Evaluation(List.of(), List.of());
        }

        @Override
        public List<RuleCitation> rules() {
            return List.of();
        }
    }
}
