package id.tenggat.office;

import id.tenggat.answer.Explanation;
import id.tenggat.answer.Explanation.Step;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.DayInfo;
import id.tenggat.calendar.LastDayRule;
import id.tenggat.internal.DateText;
import id.tenggat.policy.Policy;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The recurring office deadlines of a court: the case reports the clerks hand to the Panitera Muda Hukum and the
 * monthly finance steps, each "paling lambat tanggal N" of a month (SOP of a district court, S3 sections II.A,
 * III.B, III.C, IV.G and V.G). A due day that is not a working day of the court moves to the previous working day
 * (policy {@code office-date-roll}, default {@code earlier}: an office that must deliver "at the latest on the 3rd"
 * cannot deliver on a holiday, so it delivers before, as S3 III.B.11 itself says of the weekly PNBP deposit: "kecuali
 * hari jum'at libur dilaksanakan hari kerja sebelumnya") or, under the reading {@code later}, to the next one.
 *
 * <p>The four-monthly reports cover January-April, May-August and September-December and are due on 3 May,
 * 3 September and 3 January; the six-monthly reports are due on 3 July and 3 January; the annual report on
 * 3 January.
 *
 * <p>This class is immutable and thread-safe. Obtain one from {@code Tenggat#officeDeadlines(String)} or
 * {@link #on(CourtCalendar, String)}.
 */
public final class OfficeDeadlines {
    private static final Set<Month> EVERY_MONTH = EnumSet.allOf(Month.class);

    /** The duties, by catalogue id: the day of the month, the months it falls in, the SOP section, what it is. */
    private static final List<Duty> DUTIES = List.of(
            new Duty("sop.laporan.bulanan", 3, EVERY_MONTH, "S3 IV.G; S3 V.G",
                    "laporan bulanan perkara kepada Panitera Muda Hukum", "monthly case report to the Panitera Muda Hukum"),
            new Duty("sop.laporan.caturwulan", 3, EnumSet.of(Month.JANUARY, Month.MAY, Month.SEPTEMBER), "S3 IV.G; S3 V.G",
                    "laporan 4 bulanan perkara", "four-monthly case report"),
            new Duty("sop.laporan.semester", 3, EnumSet.of(Month.JANUARY, Month.JULY), "S3 IV.G; S3 V.G",
                    "laporan 6 bulanan perkara", "six-monthly case report"),
            new Duty("sop.laporan.tahunan", 3, EnumSet.of(Month.JANUARY), "S3 IV.G; S3 V.G",
                    "laporan tahunan perkara", "annual case report"),
            new Duty("sop.keuangan.absensi", 5, EVERY_MONTH, "S3 II.A",
                    "rekap absensi kepada Bagian Keuangan", "attendance recap to the finance section"),
            new Duty("sop.keuangan.spm_gaji", 10, EVERY_MONTH, "S3 III.B.1",
                    "SPM gaji ke KPPN", "salary payment order (SPM) to the KPPN"),
            new Duty("sop.keuangan.pnbp", 5, EVERY_MONTH, "S3 III.B.11",
                    "laporan PNBP kepada Koordinator Wilayah", "non-tax revenue (PNBP) report to the regional coordinator"),
            new Duty("sop.keuangan.sakpa", 3, EVERY_MONTH, "S3 III.C.1",
                    "laporan bulanan SAKPA ke Korwil dan KPKNL", "monthly SAKPA report to the regional coordinator and KPKNL"),
            new Duty("sop.keuangan.sakpa_ma", 10, EVERY_MONTH, "S3 III.C.1",
                    "laporan keuangan ke Korwil dan Mahkamah Agung", "financial report to the regional coordinator and the Supreme Court"));

    private final CourtCalendar calendar;
    private final String roll;

    private OfficeDeadlines(CourtCalendar calendar, String roll) {
        this.calendar = calendar;
        this.roll = roll;
    }

    /**
     * The office deadlines of a court.
     *
     * @param calendar the court's calendar, not null
     * @param roll     a reading of policy {@code office-date-roll}: {@code "earlier"} or {@code "later"}
     * @return the office deadlines
     * @throws IllegalArgumentException if {@code roll} is not a reading of that policy
     */
    public static OfficeDeadlines on(CourtCalendar calendar, String roll) {
        return new OfficeDeadlines(Objects.requireNonNull(calendar, "calendar must not be null"),
                Policy.OFFICE_DATE_ROLL.requireReading(roll));
    }

    /** {@return every catalogue id this class answers, in a stable order} */
    public static List<String> ids() {
        return DUTIES.stream().map(Duty::id).toList();
    }

    /**
     * Every office deadline whose SOP day (before any move) lies between {@code from} and {@code to}, both
     * inclusive, sorted by due day and id.
     *
     * @param from  the first day, not null
     * @param to  the last day, not null
     * @return the deadlines due in that span
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     * @throws id.tenggat.calendar.CalendarCoverageException if a day lies outside the calendar's data
     */
    public List<OfficeDeadline> between(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
        }
        List<OfficeDeadline> result = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            for (Duty duty : DUTIES) {
                LocalDate day = m.atDay(duty.dayOfMonth());
                if (duty.months().contains(m.getMonth()) && !day.isBefore(from) && !day.isAfter(to)) {
                    result.add(deadline(duty, day));
                }
            }
        }
        result.sort(Comparator.comparing(OfficeDeadline::due).thenComparing(OfficeDeadline::id));
        return result;
    }

    private OfficeDeadline deadline(Duty duty, LocalDate day) {
        boolean earlier = "earlier".equals(roll);
        LocalDate due = (earlier ? LastDayRule.PREVIOUS_WORKING_DAY : LastDayRule.NEXT_WORKING_DAY).apply(day, calendar);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(duty.whatId() + ": paling lambat " + DateText.id(day) + " (" + duty.basis() + ").",
                duty.whatEn() + ": at the latest on " + DateText.en(day) + " (" + duty.basis() + ")."));
        if (!due.equals(day)) {
            DayInfo info = calendar.day(day);
            steps.add(new Step(DateText.id(day) + " bukan hari kerja (" + DateText.whyOffId(info) + "); menurut kebijakan '"
                    + Policy.OFFICE_DATE_ROLL.id() + "' bacaan '" + roll + "' batas bergeser ke hari kerja "
                    + (earlier ? "sebelumnya" : "berikutnya") + ": " + DateText.id(due) + ".",
                    DateText.en(day) + " is not a working day (" + DateText.whyOffEn(info) + "); under policy '"
                    + Policy.OFFICE_DATE_ROLL.id() + "' reading '" + roll + "' the deadline moves to the "
                    + (earlier ? "previous" : "next") + " working day: " + DateText.en(due) + "."));
        }
        return new OfficeDeadline(duty.id(), due, day, duty.basis(), new Explanation(steps));
    }

    private record Duty(String id, int dayOfMonth, Set<Month> months, String basis, String whatId, String whatEn) {
    }
}
