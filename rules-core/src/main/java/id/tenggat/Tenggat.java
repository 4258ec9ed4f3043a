package id.tenggat;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.Criterion;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Eligibility;
import id.tenggat.answer.Explanation.Step;
import id.tenggat.answer.FieldError;
import id.tenggat.answer.OutOfScope;
import id.tenggat.calendar.CalendarOverlay;
import id.tenggat.calendar.Court;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.CourtLookupException;
import id.tenggat.calendar.CourtRegistry;
import id.tenggat.catalogue.DeadlineCatalogue;
import id.tenggat.detention.DetentionCounter;
import id.tenggat.detention.DetentionQuery;
import id.tenggat.detention.DetentionSummary;
import id.tenggat.engine.AppliedFinding;
import id.tenggat.engine.DeadlineEngine;
import id.tenggat.engine.Evaluation;
import id.tenggat.engine.RuleCitation;
import id.tenggat.error.InvalidCaseException;
import id.tenggat.internal.CaseValidator;
import id.tenggat.internal.CourtScope;
import id.tenggat.internal.DeadlineCalculator;
import id.tenggat.internal.QuietByDefault;
import id.tenggat.law.LawValues;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.office.OfficeDeadlines;
import id.tenggat.policy.Policy;
import id.tenggat.policy.PolicySettings;
import id.tenggat.query.CaseQuery;
import id.tenggat.query.DeadlineQuery;
import id.tenggat.query.Filing;
import id.tenggat.query.Timeliness;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The entry point: asks what is due in a case, for whom and by when, under which article and which version of the
 * law, with the counting explained step by step.
 *
 * <pre>{@code
 * Tenggat tenggat = Tenggat.indonesia();
 * CaseAnswer answer = tenggat.whatIsDue(courtCase).asOf(LocalDate.of(2025, 3, 21));
 * DeadlineAnswer banding = tenggat.perdata().banding().forParty(Party.TERGUGAT)
 *         .notifiedOn(LocalDate.of(2025, 3, 17)).due();
 * }</pre>
 *
 * <p>Build one instance and share it: this class is immutable and thread-safe. The rules behind it are loaded once
 * per process by the {@link DeadlineEngine} found on the class path ({@code tenggat-rules-drl}).
 */
public final class Tenggat {
    private final DeadlineEngine engine;
    private final CourtCalendar calendar;
    /** The builder's registry, or null for {@link CourtRegistry#embedded()}, loaded when a case first names a court. */
    private final CourtRegistry courts;
    private final boolean cutiBersamaWorking;
    /** Calendar data dropped in by the deployment, laid over the national and every court's calendar. */
    private final List<CalendarOverlay> calendarOverlays;
    /** The registry's calendars with the dropped-in data and the cuti-bersama policy applied, built on first use. */
    private final Map<Court, CourtCalendar> courtCalendars = new ConcurrentHashMap<>();
    private final PolicySettings policies;
    private final Clock clock;
    private final CaseValidator validator;
    private final DeadlineCalculator calculator;

    private Tenggat(Builder b) {
        DeadlineEngine base = b.engine != null ? b.engine : loadEngine();
        this.engine = b.lawValues != null ? base.withLawValues(b.lawValues) : base;
        this.policies = b.policies;
        this.cutiBersamaWorking = "working".equals(policies.reading(Policy.CUTI_BERSAMA));
        this.calendarOverlays = List.copyOf(b.calendarOverlays);
        this.calendar = adjust(b.calendar != null ? b.calendar : CourtCalendar.indonesia());
        this.courts = b.courts;
        this.clock = b.clock != null ? b.clock : Clock.system(ZoneId.of("Asia/Jakarta"));
        this.validator = new CaseValidator();
        this.calculator = new DeadlineCalculator();
    }

    /**
     * The calendar with the calendar data dropped in and the cuti-bersama policy applied, rebuilt only when either
     * changes it.
     */
    private CourtCalendar adjust(CourtCalendar calendar) {
        if (calendar.cutiBersamaIsNonWorking() != cutiBersamaWorking && calendarOverlays.isEmpty()) {
            return calendar;
        }
        CourtCalendar.Builder builder = calendar.toBuilder();
        calendarOverlays.forEach(builder::overlay);
        if (calendar.cutiBersamaIsNonWorking() == cutiBersamaWorking) {
            builder.cutiBersamaIsNonWorking(!cutiBersamaWorking);
        }
        return builder.build();
    }

    private static DeadlineEngine loadEngine() {
        return ServiceLoader.load(DeadlineEngine.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "No DeadlineEngine on the class path: add the dependency id.tenggat:tenggat-rules-drl"));
    }

    /** {@return the library with its defaults: national calendar, embedded court registry, default policy readings} */
    public static Tenggat indonesia() {
        return builder().build();
    }

    /** {@return a builder that validates each option as it is set} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Asks what is due in a case; finish with {@link CaseQuery#asOf(LocalDate)} or {@link CaseQuery#today()}.
     *
     * @param courtCase  the case, not null
     * @return the query, waiting for the day asked about
     */
    public CaseQuery whatIsDue(CourtCase courtCase) {
        return new CaseQuery(this, Objects.requireNonNull(courtCase, "courtCase must not be null"));
    }

    /**
     * Answers a case on a given day.
     *
     * @param courtCase  the case, not null
     * @param asOf  the day asked about, not null
     * @return every deadline of the case, per party, with the eligibility checks and the detention chain
     * @throws InvalidCaseException listing every problem with the case
     */
    public CaseAnswer answer(CourtCase courtCase, LocalDate asOf) {
        Objects.requireNonNull(courtCase, "courtCase must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        List<FieldError> errors = validate(courtCase, asOf);
        if (!errors.isEmpty()) {
            throw new InvalidCaseException(courtCase.caseNumber(), errors);
        }
        return answerValid(courtCase, asOf, engine.evaluate(courtCase, asOf));
    }

    /**
     * Answers many cases on one day, in order. A bad case gets its errors in its own answer; the others are
     * answered.
     *
     * @param cases  the cases, not null
     * @param asOf  the day asked about, not null
     * @return one answer per case, in the order of {@code cases}
     */
    public List<CaseAnswer> answerAll(List<CourtCase> cases, LocalDate asOf) {
        Objects.requireNonNull(cases, "cases must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        List<CaseAnswer> result = new ArrayList<>(cases.size());
        List<CourtCase> valid = new ArrayList<>();
        List<Integer> validAt = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            CourtCase c = cases.get(i);
            List<FieldError> errors = c == null
                    ? List.of(new FieldError("cases[" + i + "]", null, "case must not be null",
                    "kasus tidak boleh null")) : validate(c, asOf);
            if (errors.isEmpty()) {
                validAt.add(result.size());
                valid.add(c);
                result.add(null);
            } else {
                result.add(CaseAnswer.invalid(c == null ? null : c.caseNumber(), asOf, errors));
            }
        }
        List<Evaluation> evaluations;
        try {
            evaluations = engine.evaluateAll(valid, asOf);
        } catch (RuntimeException batchFailed) {
            evaluations = null; // one case broke the batch: evaluate each alone below, so the others are answered
        }
        for (int i = 0; i < valid.size(); i++) {
            CourtCase c = valid.get(i);
            CaseAnswer a;
            try {
                a = answerValid(c, asOf, evaluations != null ? evaluations.get(i) : engine.evaluate(c, asOf));
            } catch (RuntimeException e) {
                a = CaseAnswer.invalid(c.caseNumber(), asOf,
                        List.of(new FieldError("", null, "the case could not be answered: " + e.getMessage(),
                                "kasus tidak dapat dijawab: " + e.getMessage())));
            }
            result.set(validAt.get(i), a);
        }
        return result;
    }

    /**
     * Every problem with a case answered on the given day, exactly the problems {@link #answer} refuses a case for:
     * the model's constraints, the checks that the case can be true (a party's act without its party, a party of
     * another case type, an event after {@code asOf}, events in an order the law does not allow, an event that
     * happens once recorded on two dates), then a court this instance's registry does not know. Each names the
     * field's path and the value.
     *
     * @param courtCase the case, not null
     * @param asOf      the day the case would be answered on, not null
     * @return the problems, empty when the case can be answered
     */
    public List<FieldError> validate(CourtCase courtCase, LocalDate asOf) {
        Objects.requireNonNull(courtCase, "courtCase must not be null");
        List<FieldError> errors = new ArrayList<>(validator.validate(courtCase, asOf));
        if (courtCase.court() != null) {
            try {
                courts().court(courtCase.court());
            } catch (CourtLookupException e) {
                errors.add(FieldError.court("court", e));
            }
        }
        return errors;
    }

    private CaseAnswer answerValid(CourtCase c, LocalDate asOf, Evaluation evaluation) {
        Court court = c.court() == null ? null : courts().court(c.court());
        Optional<OutOfScope> outOfScope = court == null ? Optional.empty() : CourtScope.outOfScope(court, c.caseType());
        if (outOfScope.isPresent()) {
            return CaseAnswer.outOfScope(c.caseNumber(), asOf, court, outOfScope.get());
        }
        CourtCalendar cal = calendarFor(c);
        List<DeadlineAnswer> deadlines = calculator.answer(c, asOf, evaluation.provisions(), cal, policies);
        Optional<Step> procedure = court == null ? Optional.empty() : CourtScope.procedure(court);
        if (procedure.isPresent()) {
            deadlines = deadlines.stream()
                    .map(d -> d.withExplanation(d.explanation().startingWith(procedure.get()))).toList();
        }
        DetentionCounter counter = new DetentionCounter(policies.reading(Policy.DETENTION_INCLUSIVE));
        Optional<DetentionSummary> detention = counter.count(c, asOf, evaluation.detention());
        if (detention.isPresent()) {
            List<DeadlineAnswer> all = new ArrayList<>(deadlines);
            all.addAll(counter.answers(detention.get(), evaluation.detention(), c));
            all.sort(DeadlineCalculator.ORDER);
            deadlines = all;
        }
        return new CaseAnswer(c.caseNumber(), asOf, deadlines, eligibility(evaluation.findings()), List.of(),
                detention.orElse(null), cal.dataVersion(), court, null);
    }

    private static List<Eligibility> eligibility(List<AppliedFinding> findings) {
        Map<String, List<Criterion>> bySubject = new LinkedHashMap<>();
        for (AppliedFinding f : findings) {
            bySubject.computeIfAbsent(f.finding().getSubject(), k -> new ArrayList<>())
                    .add(new Criterion(f.finding().getCriterion(), f.finding().isSatisfied(), f.finding().getDetail(),
                            f.citation().legalBasis(), f.citation().rule()));
        }
        List<Eligibility> result = new ArrayList<>();
        bySubject.forEach((id, criteria) -> {
            criteria.sort(java.util.Comparator.comparing(Criterion::criterion));
            result.add(new Eligibility(id, criteria.stream().allMatch(Criterion::satisfied), criteria));
        });
        result.sort(java.util.Comparator.comparing(Eligibility::id));
        return result;
    }

    /**
     * The calendar of a case's court: the court registry's calendar for {@code court}, or the national calendar.
     *
     * @param courtCase  the case, not null
     * @return the calendar its deadlines are counted on
     * @throws CourtLookupException if the name does not identify one court of the registry
     */
    public CourtCalendar calendarFor(CourtCase courtCase) {
        return calendarFor(courtCase.court());
    }

    /**
     * The calendar of the court with the given name or satker code, as a case naming it is counted on (with the
     * calendar data this instance was given); the national calendar when {@code courtName} is null.
     *
     * @param courtName  any name of the court in the court registry, or its satker code; null for the national calendar
     * @return the calendar
     * @throws CourtLookupException if the name does not identify one court of the registry
     */
    public CourtCalendar calendarFor(String courtName) {
        if (courtName == null) {
            return calendar;
        }
        return courtCalendars.computeIfAbsent(courts().court(courtName),
                court -> adjust(courts().calendar(court)));
    }

    /**
     * The recurring office deadlines (case reports, finance steps) of a court, on its calendar, with the reading of
     * policy {@code office-date-roll} in force.
     *
     * @param courtName any name of the court in the court registry, or its satker code; null for the national calendar
     * @return the court's office deadlines
     * @throws CourtLookupException if the name does not identify one court of the registry
     */
    public OfficeDeadlines officeDeadlines(String courtName) {
        return OfficeDeadlines.on(calendarFor(courtName), policies.reading(Policy.OFFICE_DATE_ROLL));
    }

    /**
     * Whether an act was done in time, and how many days late if not.
     *
     * @param filing  the act and the case it was done in, not null
     * @return whether it was in time
     */
    public Timeliness check(Filing filing) {
        Objects.requireNonNull(filing, "filing must not be null");
        return Timeliness.of(filing.deadline(this));
    }

    /**
     * The detention chain of a case: finish with {@link DetentionQuery#asOf(LocalDate)} for the counted summary.
     *
     * @param courtCase  the case with its detention orders, not null
     * @return the query, waiting for the day asked about
     */
    public DetentionQuery penahanan(CourtCase courtCase) {
        return new DetentionQuery(this, Objects.requireNonNull(courtCase, "courtCase must not be null"));
    }

    /** {@return questions about one criminal deadline} */
    public DeadlineQuery.Family pidana() {
        return new DeadlineQuery.Family(this, CaseType.PIDANA);
    }

    /** {@return questions about one civil deadline} */
    public DeadlineQuery.Family perdata() {
        return new DeadlineQuery.Family(this, CaseType.PERDATA);
    }

    /**
     * Questions about one deadline of any catalogue id.
     *
     * @param id  the catalogue id, e.g. {@code "perdata.banding"}
     * @return the questions about that deadline
     * @throws IllegalArgumentException if the catalogue has no such id (the message suggests the nearest)
     */
    public DeadlineQuery deadline(String id) {
        return DeadlineQuery.of(this, id);
    }

    /**
     * The deadline catalogue: every id this library answers, with its names in Bahasa Indonesia and English, its
     * length, trigger, law and whether it is the court's own target.
     *
     * @return the catalogue
     */
    public DeadlineCatalogue catalogue() {
        return DeadlineCatalogue.embedded();
    }

    /** {@return the rule inventory: every rule with its legal basis and source} */
    public List<RuleCitation> rules() {
        return engine.rules();
    }

    /** {@return the law values the rules read: the library's, with any this instance was given by its deployment} */
    public LawValues lawValues() {
        return engine.lawValues();
    }

    /**
     * The courts cases may name: {@link CourtRegistry#embedded()} unless the builder was given others, for example
     * with a deployment's file, {@code CourtRegistry.embedded().withCourts(path)}.
     *
     * @return the court registry
     */
    public CourtRegistry courts() {
        return courts != null ? courts : CourtRegistry.embedded();
    }

    /** {@return the national calendar this instance uses when a case names no court} */
    public CourtCalendar calendar() {
        return calendar;
    }

    /** {@return the policy readings in force} */
    public PolicySettings policies() {
        return policies;
    }

    /**
     * Today in the given zone, from this instance's clock.
     *
     * @param zone  the time zone, e.g. the court's
     * @return the date there now
     */
    public LocalDate today(ZoneId zone) {
        return LocalDate.now(clock.withZone(zone));
    }

    /**
     * Builds a {@link Tenggat}; each option may be set once, except calendar overlays, which add up. Not thread-safe.
     */
    public static final class Builder {
        private DeadlineEngine engine;
        private CourtCalendar calendar;
        private CourtRegistry courts;
        private PolicySettings policies = PolicySettings.defaults();
        private Clock clock;
        private final List<CalendarOverlay> calendarOverlays = new ArrayList<>();
        private LawValues lawValues;

        private Builder() {
        }

        private static void requireUnset(Object current, String name) {
            if (current != null) {
                throw new IllegalStateException(name + " was already set to " + current);
            }
        }

        /**
         * The rule engine; by default the one found with {@link ServiceLoader}.
         *
         * @param value  the engine, not null
         * @return this builder
         */
        public Builder engine(DeadlineEngine value) {
            requireUnset(engine, "engine");
            this.engine = Objects.requireNonNull(value, "engine must not be null");
            return this;
        }

        /**
         * The calendar for cases that name no court; by default {@link CourtCalendar#indonesia()}.
         *
         * @param value  the calendar, not null
         * @return this builder
         */
        public Builder calendar(CourtCalendar value) {
            requireUnset(calendar, "calendar");
            this.calendar = Objects.requireNonNull(value, "calendar must not be null");
            return this;
        }

        /**
         * Calendar data dropped in at run time (a new decree year, an amendment), laid over the national calendar
         * and every court's calendar. May be given several times; applied in order.
         *
         * @param value  the overlay, not null
         * @return this builder
         * @throws id.tenggat.calendar.CalendarDataException from {@link #build()} if the data overlaps the
         *     calendar's without saying it replaces it, or repeats or withdraws a day wrongly
         */
        public Builder calendarOverlay(CalendarOverlay value) {
            calendarOverlays.add(Objects.requireNonNull(value, "calendarOverlay must not be null"));
            return this;
        }

        /**
         * The courts cases may name; by default {@link CourtRegistry#embedded()}. A deployment that adds or corrects
         * courts passes {@code CourtRegistry.embedded().withCourts(path)}.
         *
         * @param value  the registry, not null
         * @return this builder
         */
        public Builder courts(CourtRegistry value) {
            requireUnset(courts, "courts");
            this.courts = Objects.requireNonNull(value, "courts must not be null");
            return this;
        }

        /**
         * Chooses a reading of an interpretation policy.
         *
         * @param policy  the policy, not null
         * @param reading  the id of one of its readings
         * @return this builder
         * @throws IllegalArgumentException if the reading is unknown
         * @throws IllegalStateException    if the policy was already set
         */
        public Builder policy(Policy policy, String reading) {
            Objects.requireNonNull(policy, "policy must not be null");
            if (policies.isSet(policy)) {
                throw new IllegalStateException("policy " + policy.id() + " was already set to " + policies.reading(policy));
            }
            this.policies = policies.with(policy, reading);
            return this;
        }

        /**
         * The clock that says what "today" is; by default the system clock.
         *
         * @param value  the clock, not null
         * @return this builder
         */
        public Builder clock(Clock value) {
            requireUnset(clock, "clock");
            this.clock = Objects.requireNonNull(value, "clock must not be null");
            return this;
        }

        /**
         * Values of the law the library does not encode, supplied by a deployment that holds the enacted text (see
         * {@link LawValues#fromJson(java.nio.file.Path)}). Answers computed from one name it in
         * {@code suppliedValues} and cite the deployment's article; the library does not vouch for them. Checked
         * when {@link #build()} runs.
         *
         * @param value  the values, not null
         * @return this builder
         * @throws IllegalStateException if law values were already set
         */
        public Builder lawValues(LawValues value) {
            requireUnset(lawValues, "lawValues");
            this.lawValues = Objects.requireNonNull(value, "lawValues must not be null");
            return this;
        }

        /**
         * @return the library, immutable and thread-safe
         * @throws id.tenggat.law.LawValuesException if a supplied law value would replace one the library encodes, is
         *                                           unknown to it, or does not match it
         */
        public Tenggat build() {
            QuietByDefault.apply();
            return new Tenggat(this);
        }
    }
}
