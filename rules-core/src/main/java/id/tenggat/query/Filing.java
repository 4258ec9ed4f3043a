package id.tenggat.query;

import id.tenggat.Tenggat;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.catalogue.DeadlineCatalogue;
import id.tenggat.internal.CaseValidator;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An act done (or to be done) against one deadline: the deadline's id, the party, the events that trigger it and
 * the day the act was filed. Each method returns a new value; this class is immutable and thread-safe.
 *
 * <pre>{@code
 * Timeliness t = tenggat.check(Filing.of("pidana.banding").forParty(Party.TERDAKWA)
 *         .pronouncedOn(LocalDate.of(2025, 10, 6)).filedOn(LocalDate.of(2025, 10, 14)));
 * }</pre>
 */
public final class Filing {
    private final String deadlineId;
    private final CaseType caseType;
    private final Party party;
    private final List<CaseEvent> events;
    private final boolean electronic;
    private final String court;
    private final LocalDate filedOn;

    private Filing(String deadlineId, CaseType caseType, Party party, List<CaseEvent> events, boolean electronic,
                   String court, LocalDate filedOn) {
        this.deadlineId = deadlineId;
        this.caseType = caseType;
        this.party = party;
        this.events = List.copyOf(events);
        this.electronic = electronic;
        this.court = court;
        this.filedOn = filedOn;
    }

    /**
     * A filing against the deadline with the given catalogue id.
     *
     * @param deadlineId e.g. {@code "perdata.banding"}, not null
     * @return a filing without events
     * @throws IllegalArgumentException if the catalogue has no such id ("unknown deadline id 'perdata.bandig'; did
     *     you mean 'perdata.banding'?"), or the id is not one a case answers (an office duty: ask
     *     {@code Tenggat#officeDeadlines(String)})
     */
    public static Filing of(String deadlineId) {
        Objects.requireNonNull(deadlineId, "deadlineId must not be null");
        DeadlineCatalogue.embedded().require(deadlineId);
        // An electronic deadline only exists in a case that runs through e-Court.
        return new Filing(deadlineId, caseTypeOf(deadlineId), null, List.of(), deadlineId.endsWith(".elektronik"), null, null);
    }

    static CaseType caseTypeOf(String id) {
        String family = id.contains(".") ? id.substring(0, id.indexOf('.')) : id;
        return switch (family) {
            case "pidana" -> CaseType.PIDANA;
            case "perdata", "mediasi" -> CaseType.PERDATA;
            case "anak" -> CaseType.ANAK;
            case "sederhana" -> CaseType.GUGATAN_SEDERHANA;
            case "layanan" -> CaseType.LAYANAN;
            default -> throw new IllegalArgumentException("deadline id '" + id + "' is a court office duty, not a"
                    + " deadline of a case: ask Tenggat.officeDeadlines(court) for its dates");
        };
    }

    /**
     * The party whose deadline this is.
     *
     * @param value  the party, not null
     * @return a copy of this filing with the party set
     * @throws IllegalArgumentException if the party is not one of the deadline's case type (no {@code TERGUGAT} in a
     *     criminal case, no {@code TERDAKWA} in a civil one)
     */
    public Filing forParty(Party value) {
        Objects.requireNonNull(value, "party must not be null");
        if (!Party.of(caseType).contains(value)) {
            throw new IllegalArgumentException(deadlineId + ": " + CaseValidator.notAPartyOf(value, caseType));
        }
        if (party != null) {
            throw new IllegalStateException("party was already set to " + party);
        }
        return new Filing(deadlineId, caseType, value, events, electronic, court, filedOn);
    }

    /**
     * The judgment was pronounced on {@code date} in the party's presence.
     *
     * @param date  the day of the pronouncement
     * @return a copy of this filing with the event added
     */
    public Filing pronouncedOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        return with(new CaseEvent(EventType.PUTUSAN_DIUCAPKAN, date, null, party == null ? List.of() : List.of(party)));
    }

    /**
     * The party was notified on {@code date} of the decision this deadline runs from: the judgment for banding,
     * the appeal judgment for kasasi, the final judgment for PK, the default judgment for verzet. For an electronic
     * banding it is the electronic pronouncement, which counts as notice to every party.
     *
     * @param date  the day of the notification
     * @return a copy of this filing with the event added
     * @throws IllegalStateException if the deadline does not run from a notification
     */
    public Filing notifiedOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        if (deadlineId.endsWith(".banding.elektronik")) {
            // A judgment pronounced through e-Court is deemed notified to every party that day.
            return with(CaseEvent.of(EventType.PUTUSAN_DIUCAPKAN, date));
        }
        EventType type;
        if (deadlineId.endsWith(".banding") || deadlineId.equals("sederhana.keberatan")) {
            type = EventType.PUTUSAN_DIBERITAHUKAN;
        } else if (deadlineId.endsWith(".kasasi")) {
            type = EventType.PUTUSAN_BANDING_DIBERITAHUKAN;
        } else if (deadlineId.endsWith(".pk")) {
            type = EventType.PUTUSAN_BHT_DIBERITAHUKAN;
        } else if (deadlineId.endsWith(".verzet")) {
            type = EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN;
        } else {
            throw new IllegalStateException(deadlineId + " does not run from a notification; use on(EventType, date)");
        }
        return on(type, date);
    }

    /**
     * An event of the case, for the party if one is set.
     *
     * @param type  what happened
     * @param date  the day it happened
     * @return a copy of this filing with the event added
     */
    public Filing on(EventType type, LocalDate date) {
        Objects.requireNonNull(type, "type must not be null");
        Objects.requireNonNull(date, "date must not be null");
        return with(CaseEvent.of(type, date, party));
    }

    /**
     * The case runs through e-Court.
     *
     * @return a copy of this filing in e-Court
     */
    public Filing electronic() {
        return new Filing(deadlineId, caseType, party, events, true, court, filedOn);
    }

    /**
     * The court, as named in the court registry.
     *
     * @param value  the court
     * @return a copy of this filing with the court set
     */
    public Filing atCourt(String value) {
        Objects.requireNonNull(value, "court must not be null");
        return new Filing(deadlineId, caseType, party, events, electronic, value, filedOn);
    }

    /**
     * The day the act that meets the deadline was done.
     *
     * @param date  the day
     * @return a copy of this filing with the filing day set
     */
    public Filing filedOn(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        if (filedOn != null) {
            throw new IllegalStateException("filedOn was already set to " + filedOn);
        }
        return new Filing(deadlineId, caseType, party, events, electronic, court, date);
    }

    private Filing with(CaseEvent event) {
        List<CaseEvent> copy = new ArrayList<>(events);
        copy.add(event);
        return new Filing(deadlineId, caseType, party, copy, electronic, court, filedOn);
    }

    /** {@return the catalogue id of the deadline} */
    public String deadlineId() { return deadlineId; }
    /** {@return the case type the deadline belongs to} */
    public CaseType caseType() { return caseType; }
    /** {@return the party that did the act, or null when not set} */
    public Party party() { return party; }
    /** {@return the events of the case, in the order given} */
    public List<CaseEvent> events() { return events; }
    /** {@return whether the case runs through e-Court} */
    public boolean isElectronic() { return electronic; }
    /** {@return the court, or null for the national calendar} */
    public String court() { return court; }
    /** {@return the day the act was done, or null when not set} */
    public LocalDate filedOn() { return filedOn; }

    /**
     * Answers this filing's deadline with the given library instance; used by {@link Tenggat#check(Filing)}. The
     * case is answered on the filing day, or on the day of its latest event when that comes later (a notification
     * after an early filing), since a case cannot hold an event after the day asked about.
     *
     * @param tenggat  the library, not null
     * @return the deadline, judged on that day
     */
    public DeadlineAnswer deadline(Tenggat tenggat) {
        if (filedOn == null) {
            throw new IllegalStateException("filedOn is not set: a check needs the day the act was filed");
        }
        LocalDate day = events.stream().map(CaseEvent::date).filter(filedOn::isBefore)
                .max(Comparator.naturalOrder()).orElse(filedOn);
        return DeadlineQuery.of(tenggat, this).asOf(day).due();
    }
}
