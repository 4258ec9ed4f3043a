package id.tenggat.drl.facts;

import id.tenggat.model.CaseEvent;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.model.Verdict;
import java.time.LocalDate;

/** One event of the case. Immutable. */
public final class EventFact {
    private final CaseEvent event;

    /**
     * Wraps an event for the rules.
     *
     * @param event  the event
     */
    public EventFact(CaseEvent event) {
        this.event = event;
    }

    /** {@return what happened} */
    public EventType getType() { return event.type(); }
    /** {@return the day it happened} */
    public LocalDate getDate() { return event.date(); }
    /** {@return the party it concerns, or null for a case-wide event} */
    public Party getParty() { return event.party(); }
    /** {@return what a criminal judgment decided, or null} */
    public Verdict getVerdict() { return event.verdict(); }
}
