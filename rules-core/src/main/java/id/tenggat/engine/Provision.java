package id.tenggat.engine;

import id.tenggat.answer.Closure;
import id.tenggat.calendar.LastDayRule;
import id.tenggat.law.LawValue;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a rule decided for one deadline: the period the law gives, how it is counted, what triggers it and what
 * meets it. Rules insert provisions; the library turns them into dates with the court calendar. A provision says
 * nothing about a particular date: rules never count.
 *
 * <p>This class is immutable and thread-safe. Build one with {@link #of(String, LawChoice)}.
 */
public final class Provision {
    private final String deadlineId;
    private final String variant;
    private final ProvisionKind kind;
    private final LawChoice law;
    private final int length;
    private final Unit unit;
    private final Start start;
    private final LastDayRule lastDay;
    private final TriggerMode triggerMode;
    private final EventType trigger;
    private final EventType meetingAct;
    private final Set<Party> parties;
    private final Policy policy;
    private final String reading;
    private final LocalTime cutoff;
    private final String cutoffBasis;
    private final int extensionLength;
    private final EventType extensionEvent;
    private final boolean courtTarget;
    private final EventType needs;
    private final EventType pauseStart;
    private final EventType pauseEnd;
    private final boolean finalDecision;
    private final LawValue lawValue;
    private final boolean partyRight;
    private final EventType earliestAct;
    private final String appliedThrough;
    private final Map<EventType, Party> closedOnlyBy;
    private final Map<EventType, Closure.Reason> closedBy;

    private Provision(Builder b) {
        this.deadlineId = b.deadlineId;
        this.variant = b.variant;
        this.kind = b.kind;
        this.law = b.law;
        this.length = b.length;
        this.unit = b.unit;
        this.start = b.start;
        this.lastDay = b.lastDay;
        this.triggerMode = b.triggerMode;
        this.trigger = b.trigger;
        this.meetingAct = b.meetingAct;
        this.parties = b.parties.isEmpty() ? Set.of() : Set.copyOf(b.parties);
        this.policy = b.policy;
        this.reading = b.reading;
        this.cutoff = b.cutoff;
        this.cutoffBasis = b.cutoffBasis;
        this.extensionLength = b.extensionLength;
        this.extensionEvent = b.extensionEvent;
        this.courtTarget = b.courtTarget;
        this.needs = b.needs;
        this.pauseStart = b.pauseStart;
        this.pauseEnd = b.pauseEnd;
        this.finalDecision = b.finalDecision;
        this.lawValue = b.lawValue;
        this.partyRight = b.partyRight;
        this.earliestAct = b.earliestAct;
        this.appliedThrough = b.appliedThrough;
        this.closedOnlyBy = b.closedOnlyBy.isEmpty() ? Map.of() : Map.copyOf(b.closedOnlyBy);
        this.closedBy = b.closedBy.isEmpty() ? Map.of() : Map.copyOf(b.closedBy);
    }

    /**
     * Starts a provision for a catalogue id under the given law.
     *
     * @param deadlineId the catalogue id, e.g. {@code "perdata.banding"}, not null
     * @param law        the version of the law, not null
     * @return the builder
     */
    public static Builder of(String deadlineId, LawChoice law) {
        return new Builder(deadlineId, law);
    }

    /** {@return the catalogue id, e.g. {@code "perdata.banding"}} */
    public String getDeadlineId() { return deadlineId; }
    /** {@return a variant of the same deadline, e.g. the ground of a PK; null when the deadline has one form} */
    public String getVariant() { return variant; }
    /** {@return whether the provision sets a period, sets no limit, is not encoded or needs a fact} */
    public ProvisionKind getKind() { return kind; }
    /** {@return the version of the law} */
    public LawChoice getLaw() { return law; }
    /** {@return the length of the period, in {@link #getUnit() units}} */
    public int getLength() { return length; }
    /** {@return the unit the length is counted in} */
    public Unit getUnit() { return unit; }
    /** {@return where counting starts, relative to the trigger day} */
    public Start getStart() { return start; }
    /** {@return what happens when the last day is not a working day} */
    public LastDayRule getLastDay() { return lastDay; }
    /** {@return which event starts the period: a party's own, a case-wide one, or the pronouncement or notification} */
    public TriggerMode getTriggerMode() { return triggerMode; }
    /** {@return the event type that starts the period} */
    public EventType getTrigger() { return trigger; }
    /** {@return the act that meets the deadline when done in time, or null} */
    public EventType getMeetingAct() { return meetingAct; }
    /** {@return the parties that hold this deadline; empty means every party of the case} */
    public Set<Party> getParties() { return parties; }
    /** {@return the interpretation policy this provision is one reading of, or null} */
    public Policy getPolicy() { return policy; }
    /** {@return the id of the policy reading this provision is, or null} */
    public String getReading() { return reading; }
    /** {@return the local time until which a filing on the due day is accepted, or null} */
    public LocalTime getCutoff() { return cutoff; }
    /** {@return the instrument that sets the cut-off, or null when there is none} */
    public String getCutoffBasis() { return cutoffBasis; }
    /** {@return the units the period may be extended by, or 0} */
    public int getExtensionLength() { return extensionLength; }
    /** {@return the event that extends the period, or null} */
    public EventType getExtensionEvent() { return extensionEvent; }
    /** {@return whether this is a court's time target rather than a party's right} */
    public boolean isCourtTarget() { return courtTarget; }
    /** {@return for {@link ProvisionKind#NEEDS_FACT}: the event the case must give} */
    public EventType getNeeds() { return needs; }
    /**
     * {@return the event that starts a pause of the period (e.g. mediation ordered), or null when the period never
     * pauses}
     */
    public EventType getPauseStart() { return pauseStart; }
    /** {@return the event that ends the pause, or null} */
    public EventType getPauseEnd() { return pauseEnd; }
    /** {@return whether the decision this deadline leads to is final: no further appeal lies against it} */
    public boolean isFinalDecision() { return finalDecision; }
    /** {@return the law value the period was taken from, or null when the rule states the period itself} */
    public LawValue getLawValue() { return lawValue; }
    /**
     * {@return whether this is a party's right that lapses when not used by its due date (LAPSED rather than OVERDUE)}
     */
    public boolean isPartyRight() { return partyRight; }
    /**
     * The event from which the act is already accepted although the window has not started yet (an act done early),
     * or null when only an act on or after the trigger counts.
     *
     * @return that event, or null
     */
    public EventType getEarliestAct() { return earliestAct; }
    /** {@return the later events that show the window can no longer run, each with its reason; empty when none does} */
    public Map<EventType, Closure.Reason> getClosedBy() { return closedBy; }
    /**
     * The party whose {@code event} alone closes the window, when only that party's event does (see
     * {@link Builder#closedBy(Closure.Reason, Party, EventType...)}); null when the event closes it whoever filed it.
     *
     * @param event  a closing event
     * @return the party, or null
     */
    public Party closingParty(EventType event) { return closedOnlyBy.get(event); }
    /**
     * The article through which the provision applies to this case, cited before the provision's own article (e.g.
     * "UU 11/2012 Pasal 16", which applies criminal procedure to a juvenile case), or null.
     *
     * @return that article, or null
     */
    public String getAppliedThrough() { return appliedThrough; }

    @Override
    public String toString() {
        return "Provision[" + deadlineId + (variant == null ? "" : "/" + variant) + ", " + kind + ", " + law.instrument()
                + (kind == ProvisionKind.PERIOD ? ", " + length + " " + unit + " from " + trigger : "")
                + (policy == null ? "" : ", " + policy.id() + "=" + reading) + "]";
    }

    /** Builds a provision; used by rules in their consequence. Not thread-safe. */
    public static final class Builder {
        private final String deadlineId;
        private final LawChoice law;
        private String variant;
        private ProvisionKind kind = ProvisionKind.PERIOD;
        private int length;
        private Unit unit = Unit.CALENDAR_DAYS;
        private Start start = Start.NEXT_DAY;
        private LastDayRule lastDay = LastDayRule.NO_ADJUSTMENT;
        private TriggerMode triggerMode = TriggerMode.PARTY_EVENT;
        private EventType trigger;
        private EventType meetingAct;
        private final Set<Party> parties = EnumSet.noneOf(Party.class);
        private Policy policy;
        private String reading;
        private LocalTime cutoff;
        private String cutoffBasis;
        private int extensionLength;
        private EventType extensionEvent;
        private boolean courtTarget;
        private EventType needs;
        private EventType pauseStart;
        private EventType pauseEnd;
        private boolean finalDecision;
        private LawValue lawValue;
        private boolean partyRight;
        private EventType earliestAct;
        private String appliedThrough;
        private final Map<EventType, Party> closedOnlyBy = new EnumMap<>(EventType.class);
        private final Map<EventType, Closure.Reason> closedBy = new EnumMap<>(EventType.class);

        private Builder(String deadlineId, LawChoice law) {
            this.deadlineId = Objects.requireNonNull(deadlineId, "deadlineId must not be null");
            this.law = Objects.requireNonNull(law, "law must not be null");
        }

        /**
         * A period of {@code length} units, counted from {@code start}.
         *
         * @param length  the number of units
         * @param unit  the unit the length is counted in
         * @param start  where counting starts, relative to the trigger day
         * @return this builder
         */
        public Builder period(int length, Unit unit, Start start) {
            if (length < 0) {
                throw new IllegalArgumentException("length must not be negative: " + length);
            }
            this.length = length;
            this.unit = Objects.requireNonNull(unit, "unit must not be null");
            this.start = Objects.requireNonNull(start, "start must not be null");
            return this;
        }

        /**
         * The period a law value sets: its length, unit, start, last-day rule and trigger (the pronouncement for a
         * party present at it, else that party's notification, when the trigger is {@code PUTUSAN_DIUCAPKAN}). A
         * value without a length makes the provision {@code NOT_ENCODED}.
         *
         * @param value  the law value, not null
         * @return this builder
         */
        public Builder from(LawValue value) {
            this.lawValue = Objects.requireNonNull(value, "value must not be null");
            if (!value.isEncoded()) {
                return notEncoded();
            }
            period(value.length(), value.unit(), value.start());
            lastDay(value.lastDay());
            return value.trigger() == EventType.PUTUSAN_DIUCAPKAN
                    ? triggeredByPronouncementOrNotification() : triggeredBy(value.trigger());
        }

        /**
         * Sets what happens when the last day is not a working day.
         *
         * @param value  the rule, not null
         * @return this builder
         */
        public Builder lastDay(LastDayRule value) { this.lastDay = Objects.requireNonNull(value, "lastDay"); return this; }

        /**
         * The party's own event of this type (or a case-wide one) triggers the period.
         *
         * @param event  the trigger, not null
         * @return this builder
         */
        public Builder triggeredBy(EventType event) {
            this.triggerMode = TriggerMode.PARTY_EVENT;
            this.trigger = Objects.requireNonNull(event, "event must not be null");
            return this;
        }

        /**
         * A case-wide event triggers the period; the deadline has no party.
         *
         * @param event  the trigger, not null
         * @return this builder
         */
        public Builder triggeredByCaseEvent(EventType event) {
            this.triggerMode = TriggerMode.CASE_EVENT;
            this.trigger = Objects.requireNonNull(event, "event must not be null");
            return this;
        }

        /**
         * Triggered by the pronouncement for parties present at it, else by each party's own notification.
         *
         * @return this builder
         */
        public Builder triggeredByPronouncementOrNotification() {
            this.triggerMode = TriggerMode.PRESENT_OR_NOTIFIED;
            this.trigger = EventType.PUTUSAN_DIUCAPKAN;
            return this;
        }

        /**
         * The trigger is an event of the case, not of a party: the deadline has no party.
         *
         * @return this builder
         */
        public Builder caseWide() { this.triggerMode = TriggerMode.CASE_EVENT; return this; }

        /**
         * Sets the act that meets the deadline when done in time.
         *
         * @param act  the act, or null
         * @return this builder
         */
        public Builder metBy(EventType act) { this.meetingAct = act; return this; }
        /**
         * Adds parties that hold this deadline; none added means every party of the case.
         *
         * @param value  the parties
         * @return this builder
         */
        public Builder forParties(Party... value) { this.parties.addAll(Set.of(value)); return this; }
        /**
         * Sets the variant of the deadline, e.g. the ground of a PK.
         *
         * @param value  the variant, or null
         * @return this builder
         */
        public Builder variant(String value) { this.variant = value; return this; }

        /**
         * Marks this provision as one reading of an interpretation policy.
         *
         * @param policy  the policy, not null
         * @param reading  the id of the reading, not null
         * @return this builder
         */
        public Builder reading(Policy policy, String reading) {
            this.policy = Objects.requireNonNull(policy, "policy must not be null");
            this.reading = policy.requireReading(reading);
            return this;
        }

        /**
         * Filing on the due day is accepted until {@code value} local time, as {@code basis} sets; null for none.
         *
         * @param value  the local time, or null
         * @param basis  the instrument that sets it
         * @return this builder
         */
        public Builder cutoff(LocalTime value, String basis) {
            this.cutoff = value;
            this.cutoffBasis = value == null ? null : Objects.requireNonNull(basis, "basis must not be null");
            return this;
        }

        /**
         * The period may be extended once by {@code length} more units when {@code event} is in the case.
         *
         * @param length  the units of the extension
         * @param event  the event that extends the period
         * @return this builder
         */
        public Builder extendableBy(int length, EventType event) {
            this.extensionLength = length;
            this.extensionEvent = Objects.requireNonNull(event, "event must not be null");
            return this;
        }

        /**
         * Marks the deadline as a court's time target rather than a party's right.
         *
         * @return this builder
         */
        public Builder courtTarget() { this.courtTarget = true; return this; }

        /**
         * The days from {@code from} (exclusive) to {@code to} (inclusive) do not count: the end of the period moves
         * later by exactly that many calendar days. Used for targets that exclude a mediation.
         *
         * @param from  the event that starts the pause
         * @param to  the event that ends it
         * @return this builder
         */
        public Builder pausedBetween(EventType from, EventType to) {
            this.pauseStart = Objects.requireNonNull(from, "from must not be null");
            this.pauseEnd = Objects.requireNonNull(to, "to must not be null");
            return this;
        }

        /**
         * The decision this deadline leads to is final: the explanation says no further appeal lies.
         *
         * @return this builder
         */
        public Builder finalDecision() { this.finalDecision = true; return this; }
        /**
         * A party's right: not used by its due date it lapses (the judgment stands for that party), so the answer
         * says LAPSED rather than OVERDUE.
         *
         * @return this builder
         */
        public Builder partyRight() { this.partyRight = true; return this; }

        /**
         * The act is accepted from {@code event} on, even before the trigger that starts the window (e.g. a banding
         * filed after the pronouncement, before the notification): such an act meets the deadline.
         *
         * @param event  the earliest event from which the act counts
         * @return this builder
         */
        public Builder acceptedEarlyFrom(EventType event) {
            this.earliestAct = Objects.requireNonNull(event, "event must not be null");
            return this;
        }

        /**
         * Any of {@code events} in the case shows the window can no longer run, for {@code reason} (CLOSED).
         *
         * @param reason  why the window is over, not null
         * @param events  the events that show it
         * @return this builder
         */
        public Builder closedBy(Closure.Reason reason, EventType... events) {
            Objects.requireNonNull(reason, "reason must not be null");
            for (EventType e : events) {
                this.closedBy.put(Objects.requireNonNull(e, "event must not be null"), reason);
            }
            return this;
        }

        /**
         * Only {@code party}'s filing of any of {@code events} shows the window can no longer run, for {@code reason}
         * (CLOSED); the same event filed by another party, or with no party, leaves it open. For example a plaintiff's
         * banding ends the defendant's verzet (UU 20/1947 Pasal 8 ayat (1)), a defendant's own banding does not.
         *
         * @param reason  why the window is over, not null
         * @param party  the party whose event closes it, not null
         * @param events  the events that show it
         * @return this builder
         */
        public Builder closedBy(Closure.Reason reason, Party party, EventType... events) {
            Objects.requireNonNull(party, "party must not be null");
            closedBy(reason, events);
            for (EventType e : events) {
                this.closedOnlyBy.put(e, party);
            }
            return this;
        }

        /**
         * The provision applies to this case through {@code article} of another law, which the answer cites before
         * the provision's own article, also when that article is a law value's.
         *
         * @param article  the article, not blank
         * @return this builder
         */
        public Builder appliedThrough(String article) {
            if (article == null || article.isBlank()) {
                throw new IllegalArgumentException("article must not be blank");
            }
            this.appliedThrough = article;
            return this;
        }

        /**
         * The law sets no time limit.
         *
         * @return this builder
         */
        public Builder noLimit() { this.kind = ProvisionKind.NO_LIMIT; return this; }
        /**
         * The provision is known but its values are not encoded.
         *
         * @return this builder
         */
        public Builder notEncoded() { this.kind = ProvisionKind.NOT_ENCODED; return this; }

        /**
         * Which law applies depends on {@code event}, which the case does not give.
         *
         * @param event  the event the case must give, not null
         * @return this builder
         */
        public Builder needs(EventType event) {
            this.kind = ProvisionKind.NEEDS_FACT;
            this.needs = Objects.requireNonNull(event, "event must not be null");
            return this;
        }

        /** {@return the provision} */
        public Provision build() {
            if (kind == ProvisionKind.PERIOD && trigger == null) {
                throw new IllegalStateException("provision " + deadlineId + " has a period but no trigger");
            }
            return new Provision(this);
        }
    }
}
