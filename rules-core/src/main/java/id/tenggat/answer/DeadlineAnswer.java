package id.tenggat.answer;

import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One deadline of a case for one party: its date, status, legal basis and how it was reached.
 * This record is immutable and thread-safe.
 *
 * @param id                    the catalogue id, e.g. {@code "perdata.banding"}, not null
 * @param variant               the variant (e.g. the ground of a PK), or null
 * @param party                 the party that holds the deadline, or null for a case-wide deadline
 * @param due                   the last day, present only for OPEN, DUE_TODAY, OVERDUE, MET, LATE and LAPSED
 *     (absent for
 *                              a MET act done before the event that starts its window)
 * @param lastMoment            the last moment in the court's local time where a cut-off applies, or null
 * @param status                where the deadline stands, not null
 * @param triggerDate           the day the period started from, or null
 * @param actDate               the day the act that meets the deadline happened, or null
 * @param daysRemaining         calendar days from the day asked about to the due date (negative once passed), or null
 * @param workingDaysRemaining  working days in that span (negative once passed), or null
 * @param daysLate              for LATE: calendar days after the due date the act happened, or null
 * @param needs                 for WAITING: the event the deadline needs, or null
 * @param metBy                 the act that meets the deadline, or null
 * @param legalBasis            the article, not null
 * @param law                   the version of the law used, not null
 * @param rule                  the rule that selected the provision, not null
 * @param source                the URL, or the section of a court standard (S3, S4: see the README), the rule
 *     rests on; not null
 * @param courtTarget           whether this is a court's time target rather than a party's right
 * @param policy                the interpretation policy used, or null
 * @param alternatives          dates under the policy's other readings, never null
 * @param explanation           the steps, not null
 * @param suppliedValues        the values a deployment supplied that the answer was computed from; empty when every
 *                              value came from the library, never null
 * @param closure               for LAPSED and CLOSED: why the window is over; null otherwise
 */
public record DeadlineAnswer(String id, String variant, Party party, LocalDate due, ZonedDateTime lastMoment,
                             Status status, LocalDate triggerDate, LocalDate actDate, Integer daysRemaining,
                             Integer workingDaysRemaining, Integer daysLate, EventType needs, EventType metBy, String legalBasis,
                             String law, String rule, String source, boolean courtTarget, PolicyUse policy,
                             List<Alternative> alternatives, Explanation explanation, List<SuppliedValue> suppliedValues,
                             Closure closure) {

    /**
     * Checks the components and copies the lists.
     *
     * @param id  the catalogue id, e.g. {@code "perdata.banding"}, not null
     * @param variant  the variant (e.g. the ground of a PK), or null
     * @param party  the party that holds the deadline, or null for a case-wide deadline
     * @param due  the last day, present only for OPEN, DUE_TODAY, OVERDUE, MET, LATE and LAPSED (absent for
     *     a MET act done before the event that starts its window)
     * @param lastMoment  the last moment in the court's local time where a cut-off applies, or null
     * @param status  where the deadline stands, not null
     * @param triggerDate  the day the period started from, or null
     * @param actDate  the day the act that meets the deadline happened, or null
     * @param daysRemaining  calendar days from the day asked about to the due date (negative once passed), or null
     * @param workingDaysRemaining  working days in that span (negative once passed), or null
     * @param daysLate  for LATE: calendar days after the due date the act happened, or null
     * @param needs  for WAITING: the event the deadline needs, or null
     * @param metBy  the act that meets the deadline, or null
     * @param legalBasis  the article, not null
     * @param law  the version of the law used, not null
     * @param rule  the rule that selected the provision, not null
     * @param source  the URL, or the section of a court standard (S3, S4: see the README), the rule rests on; not null
     * @param courtTarget  whether this is a court's time target rather than a party's right
     * @param policy  the interpretation policy used, or null
     * @param alternatives  dates under the policy's other readings, never null
     * @param explanation  the steps, not null
     * @param suppliedValues  the values a deployment supplied that the answer was computed from; empty when every
     *     value came from the library, never null
     * @param closure  for LAPSED and CLOSED: why the window is over; null otherwise
     */
    public DeadlineAnswer {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(status, "status must not be null");
        Objects.requireNonNull(explanation, "explanation must not be null");
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        suppliedValues = suppliedValues == null ? List.of() : List.copyOf(suppliedValues);
        // A MET act done before its window started (filed early) has no due date to show.
        boolean early = status == Status.MET && due == null && actDate != null;
        if (status.hasDueDate() != (due != null) && !early) {
            throw new IllegalArgumentException("status " + status + (due == null ? " needs" : " must not carry") + " a due date");
        }
        if (status.hasClosure() != (closure != null)) {
            throw new IllegalArgumentException("status " + status + (closure == null ? " needs" : " must not carry") + " a closure");
        }
    }

    /**
     * An answer computed from the library's own values only, whose window is not over (neither LAPSED nor CLOSED).
     *
     * @param id  the catalogue id, e.g. {@code "perdata.banding"}, not null
     * @param variant  the variant (e.g. the ground of a PK), or null
     * @param party  the party that holds the deadline, or null for a case-wide deadline
     * @param due  the last day, present only for OPEN, DUE_TODAY, OVERDUE, MET, LATE and LAPSED (absent for a MET
     *     act done before the event that starts its window)
     * @param lastMoment  the last moment in the court's local time where a cut-off applies, or null
     * @param status  where the deadline stands, not null
     * @param triggerDate  the day the period started from, or null
     * @param actDate  the day the act that meets the deadline happened, or null
     * @param daysRemaining  calendar days from the day asked about to the due date (negative once passed), or null
     * @param workingDaysRemaining  working days in that span (negative once passed), or null
     * @param daysLate  for LATE: calendar days after the due date the act happened, or null
     * @param needs  for WAITING: the event the deadline needs, or null
     * @param metBy  the act that meets the deadline, or null
     * @param legalBasis  the article, not null
     * @param law  the version of the law used, not null
     * @param rule  the rule that selected the provision, not null
     * @param source  the URL, or the section of a court standard (S3, S4: see the README), the rule rests on; not null
     * @param courtTarget  whether this is a court's time target rather than a party's right
     * @param policy  the interpretation policy used, or null
     * @param alternatives  dates under the policy's other readings, never null
     * @param explanation  the steps, not null
     */
    public DeadlineAnswer(String id, String variant, Party party, LocalDate due, ZonedDateTime lastMoment,
                          Status status, LocalDate triggerDate, LocalDate actDate, Integer daysRemaining,
                          Integer workingDaysRemaining, Integer daysLate, EventType needs, EventType metBy,
                          String legalBasis, String law, String rule, String source, boolean courtTarget,
                          PolicyUse policy, List<Alternative> alternatives, Explanation explanation) {
        this(id, variant, party, due, lastMoment, status, triggerDate, actDate, daysRemaining, workingDaysRemaining,
                daysLate, needs, metBy, legalBasis, law, rule, source, courtTarget, policy, alternatives, explanation,
                List.of(), null);
    }

    /**
     * This answer with another explanation.
     *
     * @param other  the explanation, not null
     * @return a copy of this answer with {@code other} as its explanation
     */
    public DeadlineAnswer withExplanation(Explanation other) {
        return new DeadlineAnswer(id, variant, party, due, lastMoment, status, triggerDate, actDate, daysRemaining,
                workingDaysRemaining, daysLate, needs, metBy, legalBasis, law, rule, source, courtTarget, policy,
                alternatives, other, suppliedValues, closure);
    }

    /**
     * The explanation in one language.
     *
     * @param language  the language, not null
     * @return the steps in that language
     */
    public List<String> explanation(Language language) {
        return explanation.in(language);
    }
}
