package id.tenggat.detention;

import id.tenggat.model.DetentionStage;
import id.tenggat.model.Official;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A detention chain counted on one day: per stage, where it ends and how far it may lawfully go; the current stage,
 * who may grant its next extension, the days detained so far, and every violation found. Immutable and thread-safe.
 *
 * @param asOf            the day asked about, not null
 * @param stages          the stages that have orders, in order of proceedings
 * @param currentStage    the stage of the latest order, not null
 * @param currentEnd      the last day of the latest order, not null
 * @param latestLawfulEnd the latest lawful end of the current stage with every extension still allowed, or null when
 *                        the limits of that stage are not known
 * @param nextExtensionBy who may grant the current stage's next extension, or null
 * @param daysRemaining   calendar days from {@code asOf} to {@code currentEnd} (negative once passed)
 * @param totalDays       days detained from the first order up to {@code asOf}, suspensions excluded
 * @param violations      what the law does not allow, never null
 * @param undetermined    the checks that could not be made for want of a fact or of an encoded limit, never null
 */
public record DetentionSummary(LocalDate asOf, List<StageDetention> stages, DetentionStage currentStage,
                               LocalDate currentEnd, LocalDate latestLawfulEnd, Official nextExtensionBy,
                               long daysRemaining, long totalDays, List<Violation> violations,
                               List<DetentionQuestion> undetermined) {

    /** Whether the chain is lawful: established, broken, or not determinable with what the case gives. */
    public enum Lawfulness {
        /** Every check could be made and none failed. */
        LAWFUL,
        /** At least one violation. */
        UNLAWFUL,
        /** No violation found, but a check needs a fact or a limit that is missing ({@link #undetermined()}). */
        UNDETERMINED
    }

    /**
     * Copies the lists.
     *
     * @param asOf  the day asked about, not null
     * @param stages  the stages that have orders, in order of proceedings
     * @param currentStage  the stage of the latest order, not null
     * @param currentEnd  the last day of the latest order, not null
     * @param latestLawfulEnd  the latest lawful end of the current stage with every extension still allowed, or
     *     null when
     *     the limits of that stage are not known
     * @param nextExtensionBy  who may grant the current stage's next extension, or null
     * @param daysRemaining  calendar days from {@code asOf} to {@code currentEnd} (negative once passed)
     * @param totalDays  days detained from the first order up to {@code asOf}, suspensions excluded
     * @param violations  what the law does not allow, never null
     * @param undetermined  the checks that could not be made for want of a fact or of an encoded limit, never null
     */
    public DetentionSummary {
        stages = List.copyOf(stages);
        violations = List.copyOf(violations);
        undetermined = List.copyOf(undetermined);
    }

    /**
     * The counted stage, if it has orders.
     *
     * @param stage  the stage
     * @return the counted stage, or empty
     */
    public Optional<StageDetention> stage(DetentionStage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst();
    }

    /** {@return lawful, unlawful, or not determinable: a violation outweighs a missing fact} */
    public Lawfulness lawfulness() {
        return !violations.isEmpty() ? Lawfulness.UNLAWFUL
                : undetermined.isEmpty() ? Lawfulness.LAWFUL : Lawfulness.UNDETERMINED;
    }

    /**
     * Whether the chain is established as lawful: it breaks no rule the library checks and every check could be made.
     * False both for a violation and for a chain whose lawfulness cannot be determined; {@link #lawfulness()} tells
     * them apart.
     *
     * @return whether it is established as lawful
     */
    public boolean lawful() {
        return lawfulness() == Lawfulness.LAWFUL;
    }
}
