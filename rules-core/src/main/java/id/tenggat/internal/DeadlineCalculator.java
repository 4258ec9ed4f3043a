package id.tenggat.internal;

import id.tenggat.answer.Alternative;
import id.tenggat.answer.Closure;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Explanation;
import id.tenggat.answer.Explanation.Step;
import id.tenggat.answer.PolicyUse;
import id.tenggat.answer.Status;
import id.tenggat.answer.SuppliedValue;
import id.tenggat.calendar.CalendarCoverageException;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.DayKind;
import id.tenggat.calendar.LastDayRule;
import id.tenggat.engine.AppliedProvision;
import id.tenggat.engine.Provision;
import id.tenggat.engine.ProvisionKind;
import id.tenggat.engine.RuleCitation;
import id.tenggat.engine.Start;
import id.tenggat.engine.TriggerMode;
import id.tenggat.engine.Unit;
import id.tenggat.law.LawValue;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import id.tenggat.policy.PolicySettings;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Turns the provisions the rules selected into dated answers: finds each party's trigger, counts on the court
 * calendar, applies the last-day rule, compares with the act that meets the deadline and writes the explanation.
 * Immutable and thread-safe.
 */
public final class DeadlineCalculator {
    /** The order of answers: by due date (undated last), then id, then party. */
    public static final Comparator<DeadlineAnswer> ORDER = Comparator
            .comparing(DeadlineAnswer::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(DeadlineAnswer::id)
            .thenComparing(a -> a.party() == null ? "" : a.party().name());

    private final Narrator narrator = new Narrator();

    /**
     * Answers every deadline the provisions describe.
     *
     * @param courtCase  the validated case, not null
     * @param asOf       the day asked about, not null
     * @param provisions what the rules selected, not null
     * @param calendar   the court's calendar, not null
     * @param policies   the policy readings in force, not null
     * @return one answer per deadline id, variant and party, sorted by due date
     */
    public List<DeadlineAnswer> answer(CourtCase courtCase, LocalDate asOf, List<AppliedProvision> provisions,
                                       CourtCalendar calendar, PolicySettings policies) {
        Map<String, List<AppliedProvision>> byId = new LinkedHashMap<>();
        for (AppliedProvision p : provisions) {
            byId.computeIfAbsent(p.provision().getDeadlineId(), k -> new ArrayList<>()).add(p);
        }
        List<DeadlineAnswer> result = new ArrayList<>();
        for (List<AppliedProvision> group : byId.values()) {
            result.addAll(answerGroup(courtCase, asOf, group, calendar, policies));
        }
        result.sort(ORDER);
        return result;
    }

    private List<DeadlineAnswer> answerGroup(CourtCase c, LocalDate asOf, List<AppliedProvision> group,
                                             CourtCalendar calendar, PolicySettings policies) {
        List<AppliedProvision> primary = new ArrayList<>();
        List<AppliedProvision> others = new ArrayList<>();
        for (AppliedProvision p : group) {
            Provision pr = p.provision();
            if (pr.getPolicy() == null || pr.getReading().equals(policies.reading(pr.getPolicy()))) {
                primary.add(p);
            } else {
                others.add(p);
            }
        }
        List<DeadlineAnswer> answers = new ArrayList<>();
        List<DeadlineAnswer> waiting = new ArrayList<>();
        for (AppliedProvision p : primary) {
            for (Party party : parties(c, p.provision())) {
                DeadlineAnswer a = answerOne(c, asOf, p, party, calendar, others, policies);
                (a.status() == Status.WAITING && p.provision().getVariant() != null ? waiting : answers).add(a);
            }
        }
        // A party for which no ground of a multi-ground deadline has its trigger yet: report its first ground as
        // waiting. Decided per party, so one party's open ground never hides another party's pending window.
        Map<Party, String> firstWaiting = new LinkedHashMap<>();
        for (DeadlineAnswer a : waiting) {
            boolean partyAnswered = answers.stream().anyMatch(x -> x.party() == a.party());
            if (!partyAnswered && !firstWaiting.containsKey(a.party())) {
                firstWaiting.put(a.party(), a.variant());
            }
        }
        waiting.stream().filter(a -> firstWaiting.containsKey(a.party())
                        && Objects.equals(firstWaiting.get(a.party()), a.variant()))
                .forEach(answers::add);
        return answers;
    }

    private static List<Party> parties(CourtCase c, Provision p) {
        if (p.getTriggerMode() == TriggerMode.CASE_EVENT) {
            return Collections.singletonList(null);
        }
        Set<Party> holders = p.getParties().isEmpty() ? c.effectiveParties() : p.getParties();
        return holders.stream().sorted().toList();
    }

    private DeadlineAnswer answerOne(CourtCase c, LocalDate asOf, AppliedProvision applied, Party party,
                                     CourtCalendar calendar, List<AppliedProvision> alternatives, PolicySettings policies) {
        boolean earlyAccepted = "accepted".equals(policies.reading(Policy.EARLY_FILING));
        Provision p = applied.provision();
        RuleCitation rule = applied.citation();
        List<Step> steps = new ArrayList<>();
        PolicyUse policy = p.getPolicy() == null ? null : new PolicyUse(p.getPolicy().id(), p.getReading());
        Draft draft = new Draft(p, rule, party, policy, steps);
        draft.supplied.forEach(v -> steps.add(v.step()));

        switch (p.getKind()) {
            case NO_LIMIT -> {
                steps.add(narrator.noLimit(rule.legalBasis()));
                return draft.status(Status.NO_LIMIT);
            }
            case NOT_ENCODED -> {
                steps.add(narrator.notEncoded(draft.legalBasis(), p.getLaw().instrument()));
                return draft.status(Status.NOT_ENCODED);
            }
            case NEEDS_FACT -> {
                steps.add(narrator.needsFact(p.getNeeds(), rule.legalBasis()));
                draft.needs = p.getNeeds();
                return draft.status(Status.WAITING);
            }
            case PERIOD -> { /* counted below */ }
        }

        Optional<Trigger> trigger = trigger(c, p, party);
        if (trigger.isEmpty()) {
            Optional<CaseEvent> early = earlyAccepted ? earlyAct(c, p, party, null) : Optional.empty();
            if (early.isPresent()) {
                draft.actDate = early.get().date();
                steps.add(narrator.earlyAct(p.getMeetingAct(), early.get().date(), neededTrigger(c, p, party)));
                return draft.status(Status.MET);
            }
            Optional<CaseEvent> closer = closingEvent(c, p, null);
            if (closer.isPresent()) {
                return draft.closed(closer.get(), narrator);
            }
            EventType needs = neededTrigger(c, p, party);
            steps.add(narrator.waiting(needs, party));
            draft.needs = needs;
            return draft.status(Status.WAITING);
        }
        Trigger t = trigger.get();
        draft.triggerDate = t.date;
        steps.add(narrator.trigger(t.event, t.date, party, t.present));
        if (p.isCourtTarget()) {
            steps.add(narrator.courtTarget());
        }
        if (p.isFinalDecision()) {
            steps.add(narrator.finalDecision());
        }
        if (p.getPauseStart() != null && c.latest(p.getPauseStart()).isPresent() && c.latest(p.getPauseEnd()).isEmpty()) {
            Optional<CaseEvent> closer = closingEvent(c, p, t.date);
            if (closer.isPresent()) {
                return draft.closed(closer.get(), narrator);
            }
            steps.add(narrator.pauseRunning(p.getPauseStart(), c.latest(p.getPauseStart()).get().date(), p.getPauseEnd()));
            draft.needs = p.getPauseEnd();
            return draft.status(Status.WAITING);
        }
        steps.add(narrator.basis(draft.legalBasis(), p.getLaw()));
        LocalDate due;
        try {
            due = count(c, p, t.date, calendar, steps);
        } catch (CalendarCoverageException e) {
            steps.add(narrator.outOfCoverage(e.getMessage()));
            return draft.status(Status.OUT_OF_COVERAGE);
        }
        if (p.getPolicy() != null) {
            for (AppliedProvision alt : alternatives) {
                draft.alternatives.add(new Alternative(alt.provision().getReading(),
                        dueOrNull(c, alt.provision(), party, calendar)));
            }
            // Named in the explanation only where a reading changes the date; the answer lists every reading.
            if (readingsDiffer(due, draft.alternatives)) {
                steps.add(narrator.policy(p.getPolicy().id(), p.getReading(), due, draft.alternatives));
            }
        }
        Optional<Alternative> cutiBersama = cutiBersamaAlternative(c, p, t.date, due, calendar);
        if (cutiBersama.isPresent()) {
            draft.alternatives.add(cutiBersama.get());
            steps.add(narrator.policy(Policy.CUTI_BERSAMA.id(), calendar.cutiBersamaIsNonWorking() ? "non-working" : "working",
                    due, List.of(cutiBersama.get())));
        }
        if (p.getCutoff() != null) {
            draft.lastMoment = ZonedDateTime.of(due, p.getCutoff(), calendar.zone());
            steps.add(narrator.cutoff(p.getCutoff(), p.getCutoffBasis(), calendar.zoneAbbreviation()));
        }
        draft.due = due;
        return status(c, asOf, p, party, t.date, due, calendar, draft, earlyAccepted);
    }

    private DeadlineAnswer status(CourtCase c, LocalDate asOf, Provision p, Party party, LocalDate triggerDate,
                                  LocalDate due, CourtCalendar calendar, Draft draft, boolean earlyAccepted) {
        // Counted forward, the act is the first one on or after the trigger. Counted back (a summons before its
        // hearing), the act precedes the trigger: the last one on or before it, so that a summons served for an
        // earlier hearing does not meet this one.
        boolean backward = p.getStart() == Start.BACKWARD;
        Comparator<CaseEvent> byDate = Comparator.comparing(CaseEvent::date);
        Optional<CaseEvent> act = p.getMeetingAct() == null ? Optional.empty() : c.events().stream()
                .filter(e -> e.type() == p.getMeetingAct())
                .filter(e -> party == null || e.party() == null || e.party() == party)
                .filter(e -> backward ? !e.date().isAfter(triggerDate) : !e.date().isBefore(triggerDate))
                .reduce(backward ? BinaryOperator.maxBy(byDate) : BinaryOperator.minBy(byDate));
        Optional<CaseEvent> early = act.isPresent() || !earlyAccepted ? Optional.empty() : earlyAct(c, p, party, triggerDate);
        if (early.isPresent()) {
            draft.actDate = early.get().date();
            draft.steps.add(narrator.earlyAct(p.getMeetingAct(), early.get().date(), p.getTrigger()));
            return draft.status(Status.MET);
        }
        if (act.isPresent()) {
            LocalDate actDate = act.get().date();
            draft.actDate = actDate;
            if (!actDate.isAfter(due)) {
                draft.steps.add(narrator.met(p.getMeetingAct(), actDate));
                return draft.status(Status.MET);
            }
            long late = ChronoUnit.DAYS.between(due, actDate);
            draft.daysLate = (int) late;
            draft.steps.add(narrator.late(p.getMeetingAct(), actDate, late));
            return draft.status(Status.LATE);
        }
        // A party's right not used by its day lapses on that day; a window a later event ended before then is closed.
        Optional<CaseEvent> closer = closingEvent(c, p, triggerDate);
        boolean lapsed = p.isPartyRight() && asOf.isAfter(due)
                && closer.map(e -> e.date().isAfter(due)).orElse(true);
        if (closer.isPresent() && !lapsed) {
            return draft.closed(closer.get(), narrator);
        }
        long days = ChronoUnit.DAYS.between(asOf, due);
        draft.daysRemaining = (int) days;
        draft.workingDaysRemaining = workingDaysOrNull(calendar, asOf, due);
        draft.steps.add(narrator.remaining(asOf, due, days, draft.workingDaysRemaining));
        if (lapsed) {
            draft.closure = new Closure(null, due, Closure.Reason.NOT_USED);
            draft.steps.add(narrator.lapsed(due));
            return draft.status(Status.LAPSED);
        }
        return draft.status(Status.pending(asOf, due));
    }

    private static Integer workingDaysOrNull(CourtCalendar calendar, LocalDate from, LocalDate to) {
        try {
            return calendar.workingDaysBetween(from, to);
        } catch (CalendarCoverageException e) {
            return null;
        }
    }

    private LocalDate dueOrNull(CourtCase c, Provision p, Party party, CourtCalendar calendar) {
        if (p.getKind() != ProvisionKind.PERIOD) {
            return null;
        }
        Optional<Trigger> t = trigger(c, p, party);
        if (t.isEmpty()) {
            return null;
        }
        try {
            return count(c, p, t.get().date, calendar, new ArrayList<>());
        } catch (CalendarCoverageException e) {
            return null;
        }
    }

    /**
     * The due date under the other reading of policy {@code cuti-bersama} (decision 0005), when it differs: only a
     * cuti bersama day between the trigger and the due date can make it differ, so the other calendar is consulted
     * only then.
     */
    private Optional<Alternative> cutiBersamaAlternative(CourtCase c, Provision p, LocalDate triggerDate, LocalDate due,
                                                         CourtCalendar calendar) {
        LocalDate from = triggerDate.isBefore(due) ? triggerDate : due;
        LocalDate to = triggerDate.isBefore(due) ? due : triggerDate;
        try {
            if (calendar.nonWorkingDays(from, to).stream().noneMatch(d -> d.kind() == DayKind.CUTI_BERSAMA)) {
                return Optional.empty();
            }
            LocalDate otherDue = count(c, p, triggerDate, calendar.withOtherCutiBersamaReading(), new ArrayList<>());
            return otherDue.equals(due) ? Optional.empty() : Optional.of(new Alternative(
                    calendar.cutiBersamaIsNonWorking() ? "working" : "non-working", otherDue, Policy.CUTI_BERSAMA.id()));
        } catch (CalendarCoverageException e) {
            return Optional.empty();
        }
    }

    /** Whether another reading gives another date, or none. */
    private static boolean readingsDiffer(LocalDate due, List<Alternative> others) {
        return others.stream().anyMatch(o -> !due.equals(o.due()));
    }

    /** Counts the period from the trigger day and applies the extension and the last-day rule. */
    private LocalDate count(CourtCase c, Provision p, LocalDate triggerDate, CourtCalendar calendar, List<Step> steps) {
        LocalDate firstDay = switch (p.getStart()) {
            case NEXT_DAY -> triggerDate.plusDays(1);
            case SAME_DAY, BACKWARD -> triggerDate;
        };
        steps.add(narrator.period(p.getLength(), p.getUnit(), p.getStart(), firstDay));
        LocalDate raw = PeriodArithmetic.end(triggerDate, p.getLength(), p.getUnit(), p.getStart(), calendar);
        int total = p.getLength();
        Optional<CaseEvent> extension = p.getExtensionEvent() == null ? Optional.empty() : c.latest(p.getExtensionEvent());
        if (extension.isPresent()) {
            steps.add(narrator.lastDay(total, p.getUnit(), raw));
            steps.add(narrator.extension(p.getExtensionLength(), p.getUnit(), extension.get().type(), extension.get().date()));
            raw = PeriodArithmetic.end(raw, p.getExtensionLength(), p.getUnit(), Start.NEXT_DAY, calendar);
            total += p.getExtensionLength();
        }
        steps.add(narrator.lastDay(total, p.getUnit(), raw));
        Optional<CaseEvent> pauseStart = p.getPauseStart() == null ? Optional.empty() : c.latest(p.getPauseStart());
        Optional<CaseEvent> pauseEnd = p.getPauseEnd() == null ? Optional.empty() : c.latest(p.getPauseEnd());
        if (pauseStart.isPresent() && pauseEnd.isPresent()) {
            long paused = Math.max(0, ChronoUnit.DAYS.between(pauseStart.get().date(), pauseEnd.get().date()));
            raw = calendar.plusDays(raw, (int) paused, LastDayRule.NO_ADJUSTMENT);
            steps.add(narrator.paused(pauseStart.get().type(), pauseStart.get().date(), pauseEnd.get().type(),
                    pauseEnd.get().date(), paused, raw));
        }
        LocalDate due = p.getLastDay().apply(raw, calendar);
        if (!due.equals(raw)) {
            steps.add(narrator.moved(calendar, raw, due));
        } else if (p.getUnit() != Unit.WORKING_DAYS && !calendar.isWorkingDay(raw)) { // throws outside the data
            steps.add(narrator.notMoved(calendar, raw));
        }
        if (calendar.isProvisional(due)) {
            steps.add(narrator.provisional(due));
        }
        return due;
    }

    /**
     * The earliest event of the case that shows the window can no longer run: one of the provision's closing events,
     * on or after the trigger day when there is one.
     */
    private static Optional<CaseEvent> closingEvent(CourtCase c, Provision p, LocalDate triggerDate) {
        if (p.getClosedBy().isEmpty()) {
            return Optional.empty();
        }
        return c.events().stream()
                .filter(e -> p.getClosedBy().containsKey(e.type()))
                .filter(e -> p.closingParty(e.type()) == null || p.closingParty(e.type()) == e.party())
                .filter(e -> triggerDate == null || !e.date().isBefore(triggerDate))
                .min(Comparator.comparing(CaseEvent::date));
    }

    /**
     * The party's act done before the event that starts its window but not before the event from which the law
     * already allows it (e.g. a banding filed after the pronouncement, before the notification to an absent party).
     */
    private static Optional<CaseEvent> earlyAct(CourtCase c, Provision p, Party party, LocalDate triggerDate) {
        if (p.getEarliestAct() == null || p.getMeetingAct() == null) {
            return Optional.empty();
        }
        Optional<LocalDate> from = c.events().stream().filter(e -> e.type() == p.getEarliestAct())
                .map(CaseEvent::date).min(Comparator.naturalOrder());
        return from.flatMap(start -> c.events().stream()
                .filter(e -> e.type() == p.getMeetingAct())
                .filter(e -> party == null || e.party() == null || e.party() == party)
                .filter(e -> !e.date().isBefore(start) && (triggerDate == null || e.date().isBefore(triggerDate)))
                .min(Comparator.comparing(CaseEvent::date)));
    }

    /** The trigger of a provision for a party, if the case has it. */
    private static Optional<Trigger> trigger(CourtCase c, Provision p, Party party) {
        return switch (p.getTriggerMode()) {
            case PRESENT_OR_NOTIFIED -> {
                Optional<CaseEvent> pronounced = c.latest(EventType.PUTUSAN_DIUCAPKAN);
                if (pronounced.isPresent() && pronounced.get().partiesPresent().contains(party)) {
                    yield Optional.of(new Trigger(EventType.PUTUSAN_DIUCAPKAN, pronounced.get().date(), true));
                }
                yield c.latest(EventType.PUTUSAN_DIBERITAHUKAN, party)
                        .map(e -> new Trigger(e.type(), e.date(), false));
            }
            case PARTY_EVENT -> c.latest(p.getTrigger(), party).map(e -> new Trigger(e.type(), e.date(), false));
            case CASE_EVENT -> c.latest(p.getTrigger()).map(e -> new Trigger(e.type(), e.date(), false));
        };
    }

    private static EventType neededTrigger(CourtCase c, Provision p, Party party) {
        if (p.getTriggerMode() == TriggerMode.PRESENT_OR_NOTIFIED) {
            return c.latest(EventType.PUTUSAN_DIUCAPKAN).isPresent()
                    ? EventType.PUTUSAN_DIBERITAHUKAN : EventType.PUTUSAN_DIUCAPKAN;
        }
        return p.getTrigger();
    }

    private record Trigger(EventType event, LocalDate date, boolean present) {
    }

    /** The parts of an answer gathered while computing it. */
    private static final class Draft {
        final Provision provision;
        final RuleCitation rule;
        final Party party;
        final PolicyUse policy;
        final List<Step> steps;
        final List<Alternative> alternatives = new ArrayList<>();
        LocalDate due;
        ZonedDateTime lastMoment;
        LocalDate triggerDate;
        LocalDate actDate;
        Integer daysRemaining;
        Integer workingDaysRemaining;
        Integer daysLate;
        EventType needs;
        /** The value a deployment supplied for the period, if any. */
        final List<SuppliedValue> supplied;
        Closure closure;

        Draft(Provision provision, RuleCitation rule, Party party, PolicyUse policy, List<Step> steps) {
            this.provision = provision;
            this.rule = rule;
            this.party = party;
            this.policy = policy;
            this.steps = steps;
            LawValue v = provision.getLawValue();
            this.supplied = v != null && v.isSupplied() ? List.of(SuppliedValue.of(v)) : List.of();
        }

        /** The article: the law value's when the period comes from one, else the rule's. */
        String legalBasis() {
            if (provision.getLawValue() == null) {
                return rule.legalBasis();
            }
            String article = provision.getLawValue().article();
            return provision.getAppliedThrough() == null ? article : provision.getAppliedThrough() + " jo. " + article;
        }

        /** Where the article was read: the law value's source when the period comes from one, else the rule's. */
        String source() {
            return provision.getLawValue() != null ? provision.getLawValue().source() : rule.source();
        }

        DeadlineAnswer status(Status status) {
            return new DeadlineAnswer(provision.getDeadlineId(), provision.getVariant(), party,
                    status.hasDueDate() ? due : null, status.hasDueDate() ? lastMoment : null, status, triggerDate,
                    actDate, daysRemaining, workingDaysRemaining, daysLate, needs, provision.getMeetingAct(), legalBasis(),
                    provision.getLaw().instrument(), rule.rule(), source(), provision.isCourtTarget(), policy,
                    alternatives, new Explanation(steps), supplied, status.hasClosure() ? closure : null);
        }

        /** CLOSED by {@code event}, for the reason the provision gives for it. */
        DeadlineAnswer closed(CaseEvent event, Narrator narrator) {
            closure = new Closure(event.type(), event.date(), provision.getClosedBy().get(event.type()));
            steps.add(narrator.closed(closure));
            return status(Status.CLOSED);
        }
    }
}
