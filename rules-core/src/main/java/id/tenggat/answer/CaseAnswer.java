package id.tenggat.answer;

import id.tenggat.calendar.Court;
import id.tenggat.detention.DetentionSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Everything due in one case on one day: every deadline per party sorted by date, eligibility results, or the
 * errors that kept the case from being answered. This record is immutable and thread-safe.
 *
 * @param caseNumber  the case number given, or null
 * @param asOf        the day asked about, not null
 * @param deadlines   the deadlines, sorted by due date (undated ones last), never null
 * @param eligibility the eligibility checks, never null
 * @param errors      what is wrong with the case; when not empty there are no deadlines
 * @param detention   the detention chain counted, or null when the case has no detention orders
 * @param calendarVersion the data version of the calendar the case was counted on
 *                    ({@link id.tenggat.calendar.CourtCalendar#dataVersion()}), or null when the case was not answered
 * @param court       the case's court as the registry knows it, or null when the case names none
 * @param outOfScope  why the case has no deadlines when its court's jurisdiction is not modelled for its type, or
 *                    null
 */
public record CaseAnswer(String caseNumber, LocalDate asOf, List<DeadlineAnswer> deadlines,
                         List<Eligibility> eligibility, List<FieldError> errors, DetentionSummary detention,
                         String calendarVersion, Court court, OutOfScope outOfScope) {

    /**
     * Copies the lists.
     *
     * @param caseNumber  the case number given, or null
     * @param asOf  the day asked about, not null
     * @param deadlines  the deadlines, sorted by due date (undated ones last), never null
     * @param eligibility  the eligibility checks, never null
     * @param errors  what is wrong with the case; when not empty there are no deadlines
     * @param detention  the detention chain counted, or null when the case has no detention orders
     * @param calendarVersion  the data version of the calendar the case was counted on
     *     ({@link id.tenggat.calendar.CourtCalendar#dataVersion()}), or null when the case was not answered
     * @param court  the case's court as the registry knows it, or null when the case names none
     * @param outOfScope  why the case has no deadlines when its court's jurisdiction is not modelled for its type, or
     *     null
     */
    public CaseAnswer {
        deadlines = List.copyOf(deadlines);
        eligibility = List.copyOf(eligibility);
        errors = List.copyOf(errors);
    }

    /**
     * An answer without a court that does not say which calendar it used.
     *
     * @param caseNumber  the case number given, or null
     * @param asOf  the day asked about, not null
     * @param deadlines  the deadlines, sorted by due date (undated ones last), never null
     * @param eligibility  the eligibility checks, never null
     * @param errors  what is wrong with the case; when not empty there are no deadlines
     * @param detention  the detention chain counted, or null when the case has no detention orders
     */
    public CaseAnswer(String caseNumber, LocalDate asOf, List<DeadlineAnswer> deadlines,
                      List<Eligibility> eligibility, List<FieldError> errors, DetentionSummary detention) {
        this(caseNumber, asOf, deadlines, eligibility, errors, detention, null, null, null);
    }

    /**
     * A case whose court's jurisdiction is not modelled for its type: no deadlines, and why.
     *
     * @param caseNumber  the case number given, or null
     * @param asOf  the day asked about, not null
     * @param court  the case's court
     * @param why  why the case has no deadlines
     * @return the answer
     */
    public static CaseAnswer outOfScope(String caseNumber, LocalDate asOf, Court court, OutOfScope why) {
        return new CaseAnswer(caseNumber, asOf, List.of(), List.of(), List.of(), null, null, court, why);
    }

    /**
     * An answer without a detention chain.
     *
     * @param caseNumber  the case number given, or null
     * @param asOf  the day asked about, not null
     * @param deadlines  the deadlines, sorted by due date (undated ones last), never null
     * @param eligibility  the eligibility checks, never null
     * @param errors  what is wrong with the case; when not empty there are no deadlines
     */
    public CaseAnswer(String caseNumber, LocalDate asOf, List<DeadlineAnswer> deadlines,
                      List<Eligibility> eligibility, List<FieldError> errors) {
        this(caseNumber, asOf, deadlines, eligibility, errors, null);
    }

    /**
     * A case that could not be answered.
     *
     * @param caseNumber  the case number given, or null
     * @param asOf  the day asked about, not null
     * @param errors  what is wrong with the case
     * @return the answer, without deadlines
     */
    public static CaseAnswer invalid(String caseNumber, LocalDate asOf, List<FieldError> errors) {
        return new CaseAnswer(caseNumber, asOf, List.of(), List.of(), errors);
    }

    /** {@return whether the case was answered without errors} */
    public boolean ok() {
        return errors.isEmpty();
    }

    /**
     * The deadlines with the given catalogue id, one per party or variant.
     *
     * @param id  the deadline id of the catalogue
     * @return those deadlines, empty when the case has none
     */
    public List<DeadlineAnswer> deadlines(String id) {
        return deadlines.stream().filter(d -> d.id().equals(id)).toList();
    }

    /**
     * The eligibility check with the given id.
     *
     * @param id  the id of the check
     * @return the check, empty when the case has none
     */
    public Optional<Eligibility> eligibility(String id) {
        return eligibility.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
