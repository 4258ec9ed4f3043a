package id.tenggat.internal;

import id.tenggat.answer.FieldError;
import id.tenggat.answer.Language;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a case before any rule sees it: Jakarta Validation constraints on the model, then the checks that span
 * fields, then the checks that the case can be true: a party's own act names the party, every party belongs to the
 * case type, no event but a scheduled hearing lies after the day asked about, events come in an order the law allows
 * and an event that
 * happens once in a case is not recorded on two dates. Each error names the events it concerns by their paths
 * ({@code events[2]}) and the rule broken. Uses {@link ParameterMessageInterpolator}, so embedding applications need
 * no Expression Language implementation. Immutable and thread-safe.
 */
public final class CaseValidator {
    /**
     * The acts of one party: recorded without the party, each would count as every party's act (a banding without a
     * party would meet every party's banding deadline). Notifications may be case-wide: a notice to every party on
     * one day. A verzet is only ever the defendant's, so it needs no party either.
     */
    static final Set<EventType> PARTY_ACTS = EnumSet.of(EventType.PERMOHONAN_BANDING, EventType.PERMOHONAN_KASASI,
            EventType.MEMORI_KASASI_DITERIMA, EventType.KONTRA_MEMORI_DITERIMA, EventType.PERMOHONAN_PK,
            EventType.KEBERATAN_DIAJUKAN);

    /**
     * Events that happen once in a case. A second first-instance judgment is possible only on a verzet or a
     * small-claims keberatan, which the same court decides ({@link #SECOND_JUDGMENT}).
     */
    static final Set<EventType> ONCE = EnumSet.of(EventType.PERKARA_DIDAFTARKAN, EventType.PERKARA_DILIMPAHKAN,
            EventType.PERKARA_BANDING_DIDAFTARKAN, EventType.PUTUSAN_DIUCAPKAN);

    /**
     * Events that may lie after the day asked about: hearings already scheduled, from which the summons deadline is
     * counted back.
     */
    static final Set<EventType> SCHEDULED = EnumSet.of(EventType.SIDANG, EventType.SIDANG_PERTAMA);

    /** The objections on which the same court pronounces a second judgment in the same case. */
    private static final Set<EventType> SECOND_JUDGMENT =
            EnumSet.of(EventType.PERLAWANAN_DIAJUKAN, EventType.KEBERATAN_DIAJUKAN);

    /**
     * An order the law requires under every reading: no {@code later} event is dated before the earliest
     * {@code earlier} event of the case. Only orders impossible to break are listed: a banding or kasasi filed before
     * its notification is allowed (policy {@code early-filing}), so no rule ties a filing to a notification.
     */
    private record Order(EventType later, EventType earlier, String rule, String aturan) {
    }

    private static final List<Order> ORDERS = List.of(
            new Order(EventType.PUTUSAN_DIUCAPKAN, EventType.PERKARA_DIDAFTARKAN,
                    "a judgment is pronounced only in a case already registered",
                    "putusan hanya diucapkan dalam perkara yang sudah didaftarkan"),
            new Order(EventType.PUTUSAN_DIUCAPKAN, EventType.PERKARA_DILIMPAHKAN,
                    "a judgment is pronounced only in a case already handed to the court",
                    "putusan hanya diucapkan dalam perkara yang sudah dilimpahkan ke pengadilan"),
            new Order(EventType.PUTUSAN_DIBERITAHUKAN, EventType.PUTUSAN_DIUCAPKAN,
                    "a judgment is notified only after it is pronounced",
                    "putusan diberitahukan hanya setelah diucapkan"),
            new Order(EventType.PUTUSAN_VERSTEK_DIBERITAHUKAN, EventType.PUTUSAN_DIUCAPKAN,
                    "a default judgment is notified only after it is pronounced",
                    "putusan verstek diberitahukan hanya setelah diucapkan"),
            new Order(EventType.PUTUSAN_BHT_DIBERITAHUKAN, EventType.PUTUSAN_DIUCAPKAN,
                    "a final judgment is notified only after the judgment is pronounced",
                    "putusan berkekuatan hukum tetap diberitahukan hanya setelah putusan diucapkan"),
            new Order(EventType.PERMOHONAN_BANDING, EventType.PUTUSAN_DIUCAPKAN,
                    "a banding is filed against a judgment already pronounced",
                    "banding diajukan terhadap putusan yang sudah diucapkan"),
            new Order(EventType.PERMOHONAN_KASASI, EventType.PUTUSAN_DIUCAPKAN,
                    "a kasasi is filed against a judgment already pronounced",
                    "kasasi diajukan terhadap putusan yang sudah diucapkan"),
            new Order(EventType.PERMOHONAN_PK, EventType.PUTUSAN_DIUCAPKAN,
                    "a peninjauan kembali is filed against a judgment already pronounced",
                    "peninjauan kembali diajukan terhadap putusan yang sudah diucapkan"),
            new Order(EventType.KEBERATAN_DIAJUKAN, EventType.PUTUSAN_DIUCAPKAN,
                    "a keberatan is filed against a judgment already pronounced",
                    "keberatan diajukan terhadap putusan yang sudah diucapkan"),
            new Order(EventType.PERLAWANAN_DIAJUKAN, EventType.PUTUSAN_DIUCAPKAN,
                    "a verzet is filed against a judgment already pronounced",
                    "verzet diajukan terhadap putusan yang sudah diucapkan"),
            new Order(EventType.PERKARA_BANDING_DIDAFTARKAN, EventType.PERMOHONAN_BANDING,
                    "the high court registers a banding only after it is filed",
                    "pengadilan tinggi mendaftarkan banding hanya setelah banding diajukan"),
            new Order(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, EventType.PUTUSAN_DIUCAPKAN,
                    "the banding judgment is notified only after the judgment it reviews",
                    "putusan banding diberitahukan hanya setelah putusan yang diperiksanya"),
            new Order(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, EventType.PERMOHONAN_BANDING,
                    "the banding judgment is notified only after the banding is filed",
                    "putusan banding diberitahukan hanya setelah banding diajukan"),
            new Order(EventType.PUTUSAN_BANDING_DIBERITAHUKAN, EventType.PERKARA_BANDING_DIDAFTARKAN,
                    "the banding judgment is notified only after the high court registers the banding",
                    "putusan banding diberitahukan hanya setelah pengadilan tinggi mendaftarkan banding"),
            new Order(EventType.PERMOHONAN_KASASI, EventType.PERMOHONAN_BANDING,
                    "in a case that went to banding a kasasi attacks the banding judgment, which cannot exist before "
                            + "the banding is filed",
                    "dalam perkara yang sampai ke tingkat banding, kasasi menyerang putusan banding, yang tidak mungkin "
                            + "ada sebelum banding diajukan"),
            new Order(EventType.PERMOHONAN_KASASI, EventType.PERKARA_BANDING_DIDAFTARKAN,
                    "in a case that went to banding a kasasi attacks the banding judgment, which cannot exist before "
                            + "the high court registers the banding",
                    "dalam perkara yang sampai ke tingkat banding, kasasi menyerang putusan banding, yang tidak mungkin "
                            + "ada sebelum pengadilan tinggi mendaftarkan banding"),
            new Order(EventType.MEMORI_KASASI_DITERIMA, EventType.PERMOHONAN_KASASI,
                    "a kasasi memorial follows a kasasi request",
                    "memori kasasi menyusul permohonan kasasi"),
            new Order(EventType.SALINAN_MEMORI_DITERIMA, EventType.MEMORI_KASASI_DITERIMA,
                    "a copy of the kasasi memorial is received only after the memorial",
                    "salinan memori kasasi diterima hanya setelah memori kasasi"),
            new Order(EventType.KONTRA_MEMORI_DITERIMA, EventType.MEMORI_KASASI_DITERIMA,
                    "a counter-memorial answers a kasasi memorial already received",
                    "kontra memori menjawab memori kasasi yang sudah diterima"));

    private final Validator validator;

    /** Creates a validator with the model's Bean Validation constraints. */
    public CaseValidator() {
        QuietByDefault.apply();
        ValidatorFactory factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Every problem in the case on the day asked about, sorted by field path; empty when the case can be answered:
     * those of {@link #validate(CourtCase)}, then whether the case can be true (see the class comment).
     *
     * @param courtCase the case, not null
     * @param asOf      the day the case is answered on, not null
     * @return the problems
     */
    public List<FieldError> validate(CourtCase courtCase, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf must not be null");
        List<FieldError> errors = new ArrayList<>(validate(courtCase));
        partiesOfTheCaseType(courtCase, errors);
        List<Indexed> dated = new ArrayList<>();
        for (int i = 0; i < courtCase.events().size(); i++) {
            CaseEvent e = courtCase.events().get(i);
            if (e != null && e.type() != null && e.date() != null) {
                dated.add(new Indexed(i, e));
            }
        }
        for (Indexed x : dated) {
            CaseEvent e = x.event();
            if (e.party() == null && PARTY_ACTS.contains(e.type())) {
                errors.add(new FieldError(at(x.index()) + ".party", null, e.type() + " is the act of one party: "
                        + "name the party; without it the act would count for every party of the case",
                        e.type() + " adalah tindakan satu pihak: sebutkan pihaknya; tanpa itu tindakan ini dihitung "
                                + "sebagai tindakan setiap pihak dalam perkara"));
            }
            if (e.date().isAfter(asOf) && !SCHEDULED.contains(e.type())) {
                errors.add(new FieldError(at(x.index()) + ".date", e.date().toString(), e.type() + " is dated after "
                        + "the day asked about (" + asOf + "): an answer cannot rest on an event that has not "
                        + "happened yet", e.type() + " bertanggal sesudah hari yang ditanyakan (" + asOf + "): jawaban "
                        + "tidak dapat bertumpu pada peristiwa yang belum terjadi"));
            }
        }
        order(dated, errors);
        once(dated, errors);
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /**
     * Every problem in the form of the case, sorted by field path; empty when it is well formed: the model's
     * constraints and the fields that span others (a verdict only on a judgment, a detention's days or end). What
     * reading a case checks; whether it can be true is checked with the day asked about.
     *
     * @param courtCase the case, not null
     * @return the problems
     */
    public List<FieldError> validate(CourtCase courtCase) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<CourtCase> v : validator.validate(courtCase)) {
            ConstraintText text = ConstraintText.of(v.getConstraintDescriptor());
            errors.add(new FieldError(v.getPropertyPath().toString(),
                    v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue()), text.english(),
                    text.indonesian()));
        }
        List<CaseEvent> events = courtCase.events();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent e = events.get(i);
            if (e != null && e.type() != EventType.PUTUSAN_DIUCAPKAN && !e.partiesPresent().isEmpty()) {
                errors.add(new FieldError("events[" + i + "].partiesPresent", e.partiesPresent().toString(),
                        "only a PUTUSAN_DIUCAPKAN event names the parties present",
                        "hanya peristiwa PUTUSAN_DIUCAPKAN yang menyebut pihak yang hadir"));
            }
            if (e != null && e.type() != EventType.PUTUSAN_DIUCAPKAN && e.verdict() != null) {
                errors.add(new FieldError("events[" + i + "].verdict", e.verdict().name(),
                        "only a PUTUSAN_DIUCAPKAN event carries a verdict",
                        "hanya peristiwa PUTUSAN_DIUCAPKAN yang memuat amar putusan"));
            }
        }
        List<Detention> detentions = courtCase.detentions();
        for (int i = 0; i < detentions.size(); i++) {
            Detention d = detentions.get(i);
            if (d == null) {
                continue;
            }
            if ((d.days() == null) == (d.end() == null)) {
                errors.add(new FieldError("detentions[" + i + "]", d.days() + "/" + d.end(),
                        "give either days or end, not both and not neither",
                        "isi salah satu dari days atau end, tidak keduanya dan tidak satu pun kosong"));
            }
            if (d.end() != null && d.start() != null && d.end().isBefore(d.start())) {
                errors.add(new FieldError("detentions[" + i + "].end", d.end().toString(),
                        "must not be before start " + d.start(), "tidak boleh sebelum start " + d.start()));
            }
            for (int j = 0; j < d.suspensions().size(); j++) {
                var s = d.suspensions().get(j);
                if (s != null && s.start() != null && s.end() != null && s.end().isBefore(s.start())) {
                    errors.add(new FieldError("detentions[" + i + "].suspensions[" + j + "].end", s.end().toString(),
                            "must not be before start " + s.start(), "tidak boleh sebelum start " + s.start()));
                }
            }
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    /** An event with its place in the case's list. */
    private record Indexed(int index, CaseEvent event) {
    }

    private static String at(int index) {
        return "events[" + index + "]";
    }

    /**
     * Why a party cannot be named in a case (or a query) of the given type, with the parties that can; the text of
     * the error in a case and of the refusal of a query.
     *
     * @param party  the party named
     * @param type  the case type
     * @return the text of the error
     */
    public static String notAPartyOf(Party party, CaseType type) {
        return notAPartyOf(party, type, Language.EN);
    }

    /**
     * Why a party cannot be named in a case (or a query) of the given type, with the parties that can, in the given
     * language.
     *
     * @param party  the party named
     * @param type  the case type
     * @param language  the language of the text
     * @return the text of the error
     */
    public static String notAPartyOf(Party party, CaseType type, Language language) {
        String parties = Party.of(type).stream().map(Party::name).collect(Collectors.joining(", "));
        return language == Language.EN
                ? party + " is not a party of a " + type + " case; its parties are " + parties
                : party + " bukan pihak dalam perkara " + type + "; pihaknya adalah " + parties;
    }

    /** Every party the case lists or its events name belongs to the case type. */
    private static void partiesOfTheCaseType(CourtCase courtCase, List<FieldError> errors) {
        CaseType type = courtCase.caseType();
        if (type == null) {
            return;
        }
        Set<Party> allowed = Party.of(type);
        for (int i = 0; i < courtCase.parties().size(); i++) {
            notAParty(courtCase.parties().get(i), allowed, type, "parties[" + i + "]", errors);
        }
        for (int i = 0; i < courtCase.events().size(); i++) {
            CaseEvent e = courtCase.events().get(i);
            if (e == null) {
                continue;
            }
            notAParty(e.party(), allowed, type, at(i) + ".party", errors);
            for (int j = 0; j < e.partiesPresent().size(); j++) {
                notAParty(e.partiesPresent().get(j), allowed, type, at(i) + ".partiesPresent[" + j + "]", errors);
            }
        }
    }

    private static void notAParty(Party party, Set<Party> allowed, CaseType type, String field,
                                  List<FieldError> errors) {
        if (party != null && !allowed.contains(party)) {
            errors.add(new FieldError(field, party.name(), notAPartyOf(party, type, Language.EN),
                    notAPartyOf(party, type, Language.ID)));
        }
    }

    /** Every event dated before the earliest event that must precede it under every reading of the law. */
    private static void order(List<Indexed> dated, List<FieldError> errors) {
        Map<EventType, Indexed> earliest = new EnumMap<>(EventType.class);
        for (Indexed x : dated) {
            earliest.merge(x.event().type(), x, (a, b) -> b.event().date().isBefore(a.event().date()) ? b : a);
        }
        for (Order o : ORDERS) {
            Indexed first = earliest.get(o.earlier());
            if (first == null) {
                continue;
            }
            for (Indexed x : dated) {
                if (x.event().type() == o.later() && x.event().date().isBefore(first.event().date())) {
                    errors.add(new FieldError(at(x.index()) + ".date", x.event().date().toString(),
                            o.later() + " on " + x.event().date() + " is before " + o.earlier() + " on "
                                    + first.event().date() + " (" + at(first.index()) + "): " + o.rule(),
                            o.later() + " pada " + x.event().date() + " mendahului " + o.earlier() + " pada "
                                    + first.event().date() + " (" + at(first.index()) + "): " + o.aturan()));
                }
            }
        }
    }

    /** Every event that happens once in a case and is recorded again on another date. */
    private static void once(List<Indexed> dated, List<FieldError> errors) {
        boolean secondJudgment = dated.stream().anyMatch(x -> SECOND_JUDGMENT.contains(x.event().type()));
        Map<EventType, Indexed> first = new EnumMap<>(EventType.class);
        for (Indexed x : dated) {
            EventType type = x.event().type();
            if (!ONCE.contains(type) || (type == EventType.PUTUSAN_DIUCAPKAN && secondJudgment)) {
                continue;
            }
            Indexed seen = first.putIfAbsent(type, x);
            if (seen != null && !seen.event().date().equals(x.event().date())) {
                errors.add(new FieldError(at(x.index()) + ".date", x.event().date().toString(), type
                        + " is recorded twice with different dates (" + at(seen.index()) + " on " + seen.event().date()
                        + ", " + at(x.index()) + " on " + x.event().date() + "): it happens once in a case"
                        + (type == EventType.PUTUSAN_DIUCAPKAN
                        ? " (a second judgment only on a verzet or a keberatan, PERLAWANAN_DIAJUKAN or KEBERATAN_DIAJUKAN)"
                        : ""), type + " tercatat dua kali dengan tanggal berbeda (" + at(seen.index()) + " pada "
                        + seen.event().date() + ", " + at(x.index()) + " pada " + x.event().date() + "): peristiwa "
                        + "ini terjadi sekali saja dalam perkara" + (type == EventType.PUTUSAN_DIUCAPKAN
                        ? " (putusan kedua hanya atas verzet atau keberatan, PERLAWANAN_DIAJUKAN atau "
                        + "KEBERATAN_DIAJUKAN)" : "")));
            }
        }
    }
}
