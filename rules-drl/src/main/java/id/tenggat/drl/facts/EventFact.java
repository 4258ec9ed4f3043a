package id.tenggat.drl.facts;

import id.tenggat.model.CaseEvent;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.model.Verdict;
import java.time.LocalDate;

/** One event of the case. Immutable. */
public final class EventFact {
    private final CaseEvent event;

    public EventFact(CaseEvent event) {
        this.event = event;
    }

    public EventType getType() { return event.type(); }
    public LocalDate getDate() { return event.date(); }
    public Party getParty() { return event.party(); }
    /** What a criminal judgment decided, or null. */
    public Verdict getVerdict() { return event.verdict(); }
}
