package id.tenggat.model;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of a case: its type, its date and, where the event concerns one party, that party.
 *
 * <p>{@code partiesPresent} and {@code verdict} are only meaningful on {@link EventType#PUTUSAN_DIUCAPKAN}: the parties
 * present at the pronouncement, whose windows run from that day, and what a criminal judgment decided. This record is
 * immutable and thread-safe.
 *
 * @param type           what happened, not null
 * @param date           the day it happened, not null
 * @param party          the party it concerns, or null for a case-wide event
 * @param partiesPresent the parties present at a pronouncement, never null (empty when not given)
 * @param verdict        what a criminal judgment decided, or null when not given
 */
public record CaseEvent(@NotNull EventType type, @NotNull LocalDate date, Party party,
                        @NotNull List<@NotNull Party> partiesPresent, Verdict verdict) {

    /**
     * Copies the parties present; null stands for none given.
     *
     * @param type  what happened, not null
     * @param date  the day it happened, not null
     * @param party  the party it concerns, or null for a case-wide event
     * @param partiesPresent  the parties present at a pronouncement, never null (empty when not given)
     * @param verdict  what a criminal judgment decided, or null when not given
     */
    public CaseEvent {
        partiesPresent = partiesPresent == null ? List.of() : List.copyOf(partiesPresent);
    }

    /**
     * An event without a verdict.
     *
     * @param type  what happened, not null
     * @param date  the day it happened, not null
     * @param party  the party it concerns, or null for a case-wide event
     * @param partiesPresent  the parties present at a pronouncement, or null when not given
     */
    public CaseEvent(EventType type, LocalDate date, Party party, List<Party> partiesPresent) {
        this(type, date, party, partiesPresent, null);
    }

    /**
     * A case-wide event.
     *
     * @param type  what happened, not null
     * @param date  the day it happened, not null
     * @return the event
     */
    public static CaseEvent of(EventType type, LocalDate date) {
        return new CaseEvent(type, date, null, List.of());
    }

    /**
     * An event that concerns one party.
     *
     * @param type  what happened, not null
     * @param date  the day it happened, not null
     * @param party  the party it concerns
     * @return the event
     */
    public static CaseEvent of(EventType type, LocalDate date, Party party) {
        return new CaseEvent(type, date, party, List.of());
    }

    /**
     * A pronouncement with the parties present, whose windows run from that day.
     *
     * @param date  the day of the pronouncement, not null
     * @param present  the parties present
     * @return the event
     */
    public static CaseEvent pronounced(LocalDate date, Party... present) {
        return new CaseEvent(EventType.PUTUSAN_DIUCAPKAN, date, null, List.of(present));
    }

    /**
     * A criminal judgment pronounced with the given verdict and the parties present.
     *
     * @param date  the day of the pronouncement, not null
     * @param verdict  what the judgment decided
     * @param present  the parties present
     * @return the event
     */
    public static CaseEvent pronounced(LocalDate date, Verdict verdict, Party... present) {
        return new CaseEvent(EventType.PUTUSAN_DIUCAPKAN, date, null, List.of(present), verdict);
    }
}
