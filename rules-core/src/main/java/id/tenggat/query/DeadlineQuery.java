package id.tenggat.query;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A question about one deadline, read like the question itself:
 * {@code tenggat.perdata().banding().forParty(TERGUGAT).notifiedOn(d).due()}.
 * Each method returns a new query; this class is immutable and thread-safe.
 */
public final class DeadlineQuery {
    private final Tenggat tenggat;
    private final Filing filing;
    private final LocalDate asOf;

    private DeadlineQuery(Tenggat tenggat, Filing filing, LocalDate asOf) {
        this.tenggat = tenggat;
        this.filing = filing;
        this.asOf = asOf;
    }

    /**
     * A query about the deadline with the given catalogue id.
     *
     * @param tenggat  the library that answers, not null
     * @param deadlineId  the catalogue id, e.g. {@code "perdata.banding"}
     * @return the query
     * @throws IllegalArgumentException if the catalogue has no such id (the message suggests the nearest)
     */
    public static DeadlineQuery of(Tenggat tenggat, String deadlineId) {
        return of(tenggat, Filing.of(deadlineId));
    }

    static DeadlineQuery of(Tenggat tenggat, Filing filing) {
        return new DeadlineQuery(Objects.requireNonNull(tenggat, "tenggat must not be null"), filing, null);
    }

    /**
     * As {@link Filing#forParty(Party)}.
     *
     * @param party  the party
     * @return the same query with the party set
     */
    public DeadlineQuery forParty(Party party) { return new DeadlineQuery(tenggat, filing.forParty(party), asOf); }
    /**
     * As {@link Filing#pronouncedOn(LocalDate)}.
     *
     * @param date  the day of the pronouncement
     * @return the same query with the event added
     */
    public DeadlineQuery pronouncedOn(LocalDate date) { return new DeadlineQuery(tenggat, filing.pronouncedOn(date), asOf); }
    /**
     * As {@link Filing#notifiedOn(LocalDate)}.
     *
     * @param date  the day of the notification
     * @return the same query with the event added
     */
    public DeadlineQuery notifiedOn(LocalDate date) { return new DeadlineQuery(tenggat, filing.notifiedOn(date), asOf); }
    /**
     * As {@link Filing#on(EventType, LocalDate)}.
     *
     * @param type  what happened
     * @param date  the day it happened
     * @return the same query with the event added
     */
    public DeadlineQuery on(EventType type, LocalDate date) { return new DeadlineQuery(tenggat, filing.on(type, date), asOf); }
    /**
     * As {@link Filing#electronic()}.
     *
     * @return the same query with the case in e-Court
     */
    public DeadlineQuery electronic() { return new DeadlineQuery(tenggat, filing.electronic(), asOf); }
    /**
     * As {@link Filing#atCourt(String)}.
     *
     * @param court  the court, as named in the court registry
     * @return the same query with the court set
     */
    public DeadlineQuery atCourt(String court) { return new DeadlineQuery(tenggat, filing.atCourt(court), asOf); }
    /**
     * As {@link Filing#filedOn(LocalDate)}.
     *
     * @param date  the day the act was done
     * @return the same query with the filing day set
     */
    public DeadlineQuery filedOn(LocalDate date) { return new DeadlineQuery(tenggat, filing.filedOn(date), asOf); }

    /**
     * The day the status is judged on; by default today in the court's zone.
     *
     * @param day  the day, not null
     * @return a copy of this query judged on that day
     */
    public DeadlineQuery asOf(LocalDate day) {
        Objects.requireNonNull(day, "day must not be null");
        if (asOf != null) {
            throw new IllegalStateException("asOf was already set to " + asOf);
        }
        return new DeadlineQuery(tenggat, filing, day);
    }

    /**
     * The deadline for the party: its due date, status, legal basis and explanation.
     *
     * @return the answer
     * @throws IllegalStateException if the case does not produce this deadline for the party, or its court is of a
     *     jurisdiction the library does not model for the case type
     */
    public DeadlineAnswer due() {
        CourtCase base = courtCase(filing.events());
        LocalDate day = asOf != null ? asOf : tenggat.today(tenggat.calendarFor(base).zone());
        DeadlineAnswer answer = pick(tenggat.answer(base, day));
        if (filing.filedOn() == null || answer.metBy() == null) {
            return answer;
        }
        List<CaseEvent> withAct = new java.util.ArrayList<>(filing.events());
        withAct.add(CaseEvent.of(answer.metBy(), filing.filedOn(), filing.party()));
        return pick(tenggat.answer(courtCase(withAct), day));
    }

    private CourtCase courtCase(List<CaseEvent> events) {
        CourtCase.Builder b = CourtCase.builder(filing.caseType()).electronic(filing.isElectronic()).court(filing.court());
        events.forEach(b::event);
        return b.build();
    }

    private DeadlineAnswer pick(CaseAnswer answer) {
        if (answer.outOfScope() != null) {
            throw new IllegalStateException("no deadline " + filing.deadlineId() + " at " + filing.court() + ": "
                    + String.join(" ", answer.outOfScope().explanation(Language.EN)));
        }
        return answer.deadlines(filing.deadlineId()).stream()
                .filter(d -> filing.party() == null || d.party() == null || d.party() == filing.party())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no deadline " + filing.deadlineId()
                        + (filing.party() == null ? "" : " for " + filing.party()) + " in a " + filing.caseType()
                        + " case with events " + filing.events()));
    }

    /** The deadlines of one family (pidana, perdata), by their short names. */
    public static final class Family {
        private final Tenggat tenggat;
        private final String prefix;

        /**
         * Use {@link Tenggat#pidana()} or {@link Tenggat#perdata()}.
         *
         * @param tenggat  the library that answers, not null
         * @param type  the case type whose deadlines the family holds
         */
        public Family(Tenggat tenggat, CaseType type) {
            this.tenggat = Objects.requireNonNull(tenggat, "tenggat must not be null");
            this.prefix = switch (Objects.requireNonNull(type, "type must not be null")) {
                case PIDANA -> "pidana";
                case PERDATA -> "perdata";
                default -> throw new IllegalArgumentException("no short names for " + type);
            };
        }

        /** {@return the query about the appeal (banding)} */
        public DeadlineQuery banding() { return of(tenggat, prefix + ".banding"); }
        /** {@return the query about the cassation (kasasi)} */
        public DeadlineQuery kasasi() { return of(tenggat, prefix + ".kasasi"); }
        /** {@return the query about the cassation brief (memori kasasi)} */
        public DeadlineQuery memoriKasasi() { return of(tenggat, prefix + ".kasasi.memori"); }
        /** {@return the query about the review (peninjauan kembali)} */
        public DeadlineQuery peninjauanKembali() { return of(tenggat, prefix + ".pk"); }
        /**
         * Any deadline of this family by the rest of its id, e.g. {@code "banding.elektronik"}.
         *
         * @param rest  the id after the family's prefix, e.g. {@code "kasasi.memori"}
         * @return the query
         */
        public DeadlineQuery deadline(String rest) { return of(tenggat, prefix + "." + rest); }
    }
}
