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
     * @throws IllegalArgumentException if the catalogue has no such id (the message suggests the nearest)
     */
    public static DeadlineQuery of(Tenggat tenggat, String deadlineId) {
        return of(tenggat, Filing.of(deadlineId));
    }

    static DeadlineQuery of(Tenggat tenggat, Filing filing) {
        return new DeadlineQuery(Objects.requireNonNull(tenggat, "tenggat must not be null"), filing, null);
    }

    public DeadlineQuery forParty(Party party) { return new DeadlineQuery(tenggat, filing.forParty(party), asOf); }
    public DeadlineQuery pronouncedOn(LocalDate date) { return new DeadlineQuery(tenggat, filing.pronouncedOn(date), asOf); }
    public DeadlineQuery notifiedOn(LocalDate date) { return new DeadlineQuery(tenggat, filing.notifiedOn(date), asOf); }
    public DeadlineQuery on(EventType type, LocalDate date) { return new DeadlineQuery(tenggat, filing.on(type, date), asOf); }
    public DeadlineQuery electronic() { return new DeadlineQuery(tenggat, filing.electronic(), asOf); }
    public DeadlineQuery atCourt(String court) { return new DeadlineQuery(tenggat, filing.atCourt(court), asOf); }
    public DeadlineQuery filedOn(LocalDate date) { return new DeadlineQuery(tenggat, filing.filedOn(date), asOf); }

    /** The day the status is judged on; by default today in the court's zone. */
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

        /** Use {@link Tenggat#pidana()} or {@link Tenggat#perdata()}. */
        public Family(Tenggat tenggat, CaseType type) {
            this.tenggat = Objects.requireNonNull(tenggat, "tenggat must not be null");
            this.prefix = switch (Objects.requireNonNull(type, "type must not be null")) {
                case PIDANA -> "pidana";
                case PERDATA -> "perdata";
                default -> throw new IllegalArgumentException("no short names for " + type);
            };
        }

        public DeadlineQuery banding() { return of(tenggat, prefix + ".banding"); }
        public DeadlineQuery kasasi() { return of(tenggat, prefix + ".kasasi"); }
        public DeadlineQuery memoriKasasi() { return of(tenggat, prefix + ".kasasi.memori"); }
        public DeadlineQuery peninjauanKembali() { return of(tenggat, prefix + ".pk"); }
        /** Any deadline of this family by the rest of its id, e.g. {@code "banding.elektronik"}. */
        public DeadlineQuery deadline(String rest) { return of(tenggat, prefix + "." + rest); }
    }
}
