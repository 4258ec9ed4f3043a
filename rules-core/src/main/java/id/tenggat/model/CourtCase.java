package id.tenggat.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A case as the library sees it: its type, the events that happened and, where they matter, its detentions and
 * claim. This record is immutable and thread-safe; build one with {@link #builder(CaseType)} or read it from the
 * JSON contract.
 *
 * @param caseNumber the court's case number, may be null
 * @param caseType   the kind of case, not null
 * @param electronic whether the case runs through e-Court
 * @param court      the court's name as in the court registry (e.g. "PN Jepara"), or null for the national calendar
 * @param parties    the parties; when empty, the defaults of the case type plus every party named in an event
 * @param events     what happened, in any order, never null
 * @param detentions the detention orders, never null
 * @param claim      the claim, or null
 * @param defendant  the suspect or defendant, for detention and diversi rules, or null
 */
public record CourtCase(String caseNumber, @NotNull CaseType caseType, boolean electronic, String court,
                        @NotNull List<@NotNull Party> parties,
                        @NotNull List<@Valid @NotNull CaseEvent> events,
                        @NotNull List<@Valid @NotNull Detention> detentions,
                        @Valid Claim claim, @Valid Defendant defendant) {

    /**
     * Copies the lists.
     *
     * @param caseNumber  the court's case number, may be null
     * @param caseType  the kind of case, not null
     * @param electronic  whether the case runs through e-Court
     * @param court  the court's name as in the court registry (e.g. "PN Jepara"), or null for the national calendar
     * @param parties  the parties; when empty, the defaults of the case type plus every party named in an event
     * @param events  what happened, in any order, never null
     * @param detentions  the detention orders, never null
     * @param claim  the claim, or null
     * @param defendant  the suspect or defendant, for detention and diversi rules, or null
     */
    public CourtCase {
        parties = parties == null ? List.of() : List.copyOf(parties);
        events = events == null ? List.of() : List.copyOf(events);
        detentions = detentions == null ? List.of() : List.copyOf(detentions);
    }

    /**
     * Starts a case of the given type.
     *
     * @param caseType  the case type, not null
     * @return a builder of the case
     */
    public static Builder builder(CaseType caseType) {
        return new Builder(caseType);
    }

    /**
     * The parties whose windows the library computes: the listed parties, or the case type's defaults plus every
     * party an event names.
     *
     * @return those parties
     */
    public Set<Party> effectiveParties() {
        if (!parties.isEmpty()) {
            return EnumSet.copyOf(parties);
        }
        Set<Party> result = EnumSet.copyOf(Party.defaultsFor(caseType));
        for (CaseEvent e : events) {
            if (e.party() != null) {
                result.add(e.party());
            }
            result.addAll(e.partiesPresent());
        }
        return result;
    }

    /**
     * The latest event of the given type, case-wide or for any party.
     *
     * @param type  the event type
     * @return the event, empty when the case has none
     */
    public Optional<CaseEvent> latest(EventType type) {
        return events.stream().filter(e -> e.type() == type).max(Comparator.comparing(CaseEvent::date));
    }

    /**
     * The latest event of the given type that concerns the given party, or a case-wide one.
     *
     * @param type  the event type
     * @param party  the party
     * @return the event, empty when the case has none
     */
    public Optional<CaseEvent> latest(EventType type, Party party) {
        return events.stream()
                .filter(e -> e.type() == type && (e.party() == null || e.party() == party))
                .max(Comparator.comparing(CaseEvent::date));
    }

    /** A fluent builder of cases, for Java callers and tests. Not thread-safe. */
    public static final class Builder {
        private final CaseType caseType;
        private String caseNumber;
        private boolean electronic;
        private String court;
        private final List<Party> parties = new ArrayList<>();
        private final List<CaseEvent> events = new ArrayList<>();
        private final List<Detention> detentions = new ArrayList<>();
        private Claim claim;
        private Defendant defendant;

        private Builder(CaseType caseType) {
            this.caseType = caseType;
        }

        /**
         * Sets the case number, which answers repeat.
         *
         * @param value  the case number, or null
         * @return this builder
         */
        public Builder caseNumber(String value) { this.caseNumber = value; return this; }
        /**
         * Sets whether the case runs through e-Court.
         *
         * @param value  whether it does
         * @return this builder
         */
        public Builder electronic(boolean value) { this.electronic = value; return this; }
        /**
         * Sets the court, by any name in the court registry or its satker code; its calendar counts.
         *
         * @param value  the court, or null for the national calendar
         * @return this builder
         */
        public Builder court(String value) { this.court = value; return this; }
        /**
         * Adds a party whose windows are computed.
         *
         * @param value  the party
         * @return this builder
         */
        public Builder party(Party value) { this.parties.add(value); return this; }
        /**
         * Adds an event.
         *
         * @param value  the event
         * @return this builder
         */
        public Builder event(CaseEvent value) { this.events.add(value); return this; }
        /**
         * Adds a case-wide event.
         *
         * @param type  what happened
         * @param date  the day it happened
         * @return this builder
         */
        public Builder event(EventType type, LocalDate date) { return event(CaseEvent.of(type, date)); }
        /**
         * Adds an event that concerns one party.
         *
         * @param type  what happened
         * @param date  the day it happened
         * @param party  the party it concerns
         * @return this builder
         */
        public Builder event(EventType type, LocalDate date, Party party) { return event(CaseEvent.of(type, date, party)); }
        /**
         * Adds the pronouncement of the judgment with the parties present.
         *
         * @param date  the day of the pronouncement
         * @param present  the parties present
         * @return this builder
         */
        public Builder pronounced(LocalDate date, Party... present) { return event(CaseEvent.pronounced(date, present)); }
        /**
         * Adds a detention order.
         *
         * @param value  the order
         * @return this builder
         */
        public Builder detention(Detention value) { this.detentions.add(value); return this; }
        /**
         * Sets the claim, which small-claims eligibility reads.
         *
         * @param value  the claim, or null
         * @return this builder
         */
        public Builder claim(Claim value) { this.claim = value; return this; }
        /**
         * Sets the facts about the suspect or defendant, which detention and diversi read.
         *
         * @param value  the facts, or null
         * @return this builder
         */
        public Builder defendant(Defendant value) { this.defendant = value; return this; }

        /** {@return the case} */
        public CourtCase build() {
            return new CourtCase(caseNumber, caseType, electronic, court, parties, events, detentions, claim, defendant);
        }
    }
}
