package id.tenggat.detention;

import id.tenggat.answer.Alternative;
import id.tenggat.answer.Closure;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Explanation;
import id.tenggat.answer.Explanation.Step;
import id.tenggat.answer.PolicyUse;
import id.tenggat.answer.Status;
import id.tenggat.answer.SuppliedValue;
import id.tenggat.detention.StageDetention.CountedOrder;
import id.tenggat.engine.ProvisionKind;
import id.tenggat.engine.RuleCitation;
import id.tenggat.internal.DateText;
import id.tenggat.model.CaseEvent;
import id.tenggat.model.CourtCase;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import id.tenggat.model.Suspension;
import id.tenggat.policy.Policy;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Counts a case's detention chain against the limits the rules selected: the end of each stage's current order,
 * the latest lawful end with every extension still allowed, who may grant the next extension, the days detained so
 * far, and the violations of the chain, each naming the article. Rules decide the limits; this class only counts.
 *
 * <p>Calendar days, no roll (a day is 24 hours). Under the {@code detention-inclusive} reading (the default) an
 * order of N days from A ends on A + N − 1, the first day counting as day 1 ("terhitung mulai tanggal ... sampai
 * dengan tanggal ..."); under {@code exclusive} it ends on A + N. Days in hospital outside the detention house
 * (pembantaran, SEMA 1/1989) stop the clock: the order ends that many days later ("penahanan tersebut dibantar selama
 * dilaksanakan perawatan di rumah sakit",
 * https://www.pn-muarabulian.go.id/proses-perkara-pidana/penahanan-dan-perpanjangan-penahanan;
 * "setelah masa pembantaran selesai, maka tenggang waktu penahanan berjalan kembali", hukumonline).
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionCounter {

    private final boolean inclusive;

    /** @param detentionReading the reading of policy {@code detention-inclusive}: "inclusive" or "exclusive" */
    public DetentionCounter(String detentionReading) {
        this.inclusive = "inclusive".equals(Policy.DETENTION_INCLUSIVE.requireReading(detentionReading));
    }

    /**
     * The counted chain, or empty when the case has no detention orders or no rule set limits for them.
     *
     * @param courtCase  the case with its detention orders, not null
     * @param asOf  the day asked about, not null
     * @param rules  the detention rules the engine applied to the case, not null
     * @return the summary
     */
    public Optional<DetentionSummary> count(CourtCase courtCase, LocalDate asOf, List<AppliedDetentionRule> rules) {
        List<Detention> orders = courtCase.detentions().stream()
                .sorted(Comparator.comparing(Detention::start)).toList();
        if (orders.isEmpty()) {
            return Optional.empty();
        }
        List<StageDetention> stages = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<DetentionQuestion> undetermined = new ArrayList<>();
        Map<DetentionStage, DetentionLimit> ordinary = limits(rules, DetentionLimit.Kind.ORDINARY);
        Map<DetentionStage, DetentionLimit> exceptional = limits(rules, DetentionLimit.Kind.EXCEPTIONAL);
        for (DetentionStage stage : DetentionStage.values()) {
            List<Detention> ofStage = orders.stream().filter(d -> d.stage() == stage).toList();
            DetentionLimit limit = ordinary.get(stage);
            if (!ofStage.isEmpty() && limit != null) {
                stages.add(countStage(limit, exceptional.get(stage), ofStage, violations, undetermined));
            }
        }
        if (stages.isEmpty()) {
            return Optional.empty();
        }
        checkOverlaps(orders, ordinary, violations);
        StageDetention current = stages.stream()
                .max(Comparator.comparing((StageDetention s) -> s.orders().get(s.orders().size() - 1).order().start())
                        .thenComparing(StageDetention::stage))
                .orElseThrow();
        long remaining = ChronoUnit.DAYS.between(asOf, current.end());
        return Optional.of(new DetentionSummary(asOf, stages, current.stage(), current.end(), current.latestLawfulEnd(),
                current.nextExtensionBy(), remaining, daysDetained(orders, asOf), violations, undetermined));
    }

    private static Map<DetentionStage, DetentionLimit> limits(List<AppliedDetentionRule> rules, DetentionLimit.Kind kind) {
        Map<DetentionStage, DetentionLimit> result = new EnumMap<>(DetentionStage.class);
        for (AppliedDetentionRule r : rules) {
            if (r.rule() instanceof DetentionLimit l && l.getKind() == kind) {
                result.merge(l.getStage(), l, (a, b) -> a.isEncoded() ? a : b);
            }
        }
        return result;
    }

    /** The last day of an order: its given end, or its days counted under the reading; then suspensions added. */
    LocalDate endOf(Detention d) {
        LocalDate nominal = d.end() != null ? d.end() : d.start().plusDays(d.days() - (inclusive ? 1L : 0L));
        return nominal.plusDays(suspended(d.suspensions(), d.start(), nominal));
    }

    /**
     * Suspension days within an order that runs from {@code start} to {@code nominalEnd} before suspensions. Each day
     * suspended pushes the end one day later, so a stay that begins by the end pushed so far counts whole: its last
     * day always falls before the new end. Taken in order of their first day, each stay is decided once, in one pass
     * whatever its length.
     */
    private static long suspended(List<Suspension> suspensions, LocalDate start, LocalDate nominalEnd) {
        long extra = 0;
        for (Suspension s : suspensions.stream().sorted(Comparator.comparing(Suspension::start)).toList()) {
            if (s.start().isAfter(nominalEnd.plusDays(extra))) {
                break; // this stay and every later one begin after the order has ended
            }
            extra += s.daysWithin(start, s.end());
        }
        return extra;
    }

    private long lengthOf(Detention d, LocalDate end) {
        long suspended = d.suspensions().stream().mapToLong(s -> s.daysWithin(d.start(), end)).sum();
        return ChronoUnit.DAYS.between(d.start(), end) + (inclusive ? 1 : 0) - suspended;
    }

    private LocalDate nextStart(LocalDate end) {
        return inclusive ? end.plusDays(1) : end;
    }

    private StageDetention countStage(DetentionLimit limit, DetentionLimit exceptional, List<Detention> orders,
                                      List<Violation> violations, List<DetentionQuestion> undetermined) {
        List<CountedOrder> counted = new ArrayList<>();
        for (Detention d : orders) {
            LocalDate end = endOf(d);
            counted.add(new CountedOrder(d, end, lengthOf(d, end)));
        }
        LocalDate end = counted.get(counted.size() - 1).end();
        long days = counted.stream().mapToLong(CountedOrder::days).sum();
        if (!limit.isEncoded()) {
            undetermined.add(new DetentionQuestion(limit.getStage(), null,
                    limit.getStatus() == ProvisionKind.NEEDS_FACT ? limit.getNeeds().name() : "limit " + limit.getProvision(),
                    limit.getProvision(), limit.getStatus() == ProvisionKind.NEEDS_FACT
                    ? "the version of the law for this stage needs the event " + limit.getNeeds()
                    : "the limits of this stage are not encoded: the orders cannot be checked against them"));
            return new StageDetention(limit.getDeadlineId(), limit.getStage(), limit.getStatus(), counted, end, null, null, days);
        }
        boolean exceptionalAvailable = exceptional != null && exceptional.isEncoded() && exceptional.isAllowed();
        int ordinaryExtensions = 0;
        int exceptionalExtensions = 0;
        CountedOrder previous = null;
        CountedOrder lastLawful = counted.get(0);
        int lastLawfulAllowed = limit.getFirstDays();
        for (CountedOrder c : counted) {
            Detention d = c.order();
            if (previous != null && d.start().isAfter(nextStart(previous.end()))) {
                violations.add(new Violation(Violation.Kind.GAP, d.stage(), d.start(), limit.getReleaseArticle(),
                        "order starting " + d.start() + " follows an order ending " + previous.end()
                                + ": detention had lapsed and the detainee had to be released"));
            }
            if (!d.extension() && previous == null) {
                check(c, limit.getFirstDays(), limit.getFirstBy(), limit.getFirstArticle(), violations);
            } else if (d.exceptional()) {
                exceptionalExtensions++;
                if (checkExceptional(c, limit, exceptional, exceptionalExtensions, violations, undetermined)) {
                    lastLawful = c;
                    lastLawfulAllowed = exceptional.getExtensionDays();
                }
            } else {
                ordinaryExtensions++;
                if (ordinaryExtensions > limit.getExtensionTimes()) {
                    violations.add(new Violation(Violation.Kind.TOO_MANY_EXTENSIONS, d.stage(), d.start(),
                            limit.getExtensionArticle(), "extension " + ordinaryExtensions + " at this stage; the law allows "
                            + limit.getExtensionTimes()));
                } else {
                    check(c, limit.getExtensionDays(), limit.getExtensionBy(), limit.getExtensionArticle(), violations);
                    lastLawful = c;
                    lastLawfulAllowed = limit.getExtensionDays();
                }
            }
            previous = c;
        }
        long allowed = limit.getMaximumDays() + (exceptionalAvailable ? exceptional.getMaximumDays() : 0);
        LocalDate stageStart = counted.get(0).order().start();
        long suspendedDays = counted.stream().mapToLong(c -> ChronoUnit.DAYS.between(c.order().start(), c.end())
                + (inclusive ? 1 : 0) - c.days()).sum();
        LocalDate cap = stageStart.plusDays(allowed - (inclusive ? 1 : 0) + suspendedDays);
        LocalDate lawfulEnd = lastLawful.days() > lastLawfulAllowed
                ? lastLawful.end().minusDays(lastLawful.days() - lastLawfulAllowed) : lastLawful.end();
        long more = (long) Math.max(0, limit.getExtensionTimes() - ordinaryExtensions) * limit.getExtensionDays();
        if (exceptionalAvailable) {
            more += (long) Math.max(0, exceptional.getExtensionTimes() - exceptionalExtensions) * exceptional.getExtensionDays();
        }
        LocalDate latest = lawfulEnd.plusDays(more);
        if (latest.isAfter(cap)) {
            latest = cap;
        }
        Official next = null;
        if (ordinaryExtensions < limit.getExtensionTimes()) {
            next = limit.getExtensionBy();
        } else if (exceptionalAvailable && exceptionalExtensions < exceptional.getExtensionTimes()) {
            next = exceptional.getExtensionBy();
        }
        return new StageDetention(limit.getDeadlineId(), limit.getStage(), ProvisionKind.PERIOD, counted, end, latest, next, days);
    }

    private static void check(CountedOrder c, int maxDays, Official by, String article, List<Violation> violations) {
        Detention d = c.order();
        if (c.days() > maxDays) {
            violations.add(new Violation(Violation.Kind.ORDER_TOO_LONG, d.stage(), d.start(), article,
                    "order of " + c.days() + " days; the law allows at most " + maxDays));
        }
        if (d.issuedBy() != null && by != null && d.issuedBy() != by) {
            violations.add(new Violation(Violation.Kind.WRONG_OFFICIAL, d.stage(), d.start(), article,
                    "issued by " + d.issuedBy() + "; the law empowers " + by));
        }
    }

    /** Checks an exceptional extension; true when it is a lawful link of the chain under known limits. */
    private static boolean checkExceptional(CountedOrder c, DetentionLimit limit, DetentionLimit exceptional, int number,
                                            List<Violation> violations, List<DetentionQuestion> undetermined) {
        Detention d = c.order();
        if (exceptional == null) {
            // No rule gave the stage's exceptional limits: the order cannot be checked, which is not a finding.
            undetermined.add(new DetentionQuestion(d.stage(), d.start(), "limit " + limit.getDeadlineId() + " (pengecualian)",
                    limit.getProvision(), "no rule gives the exceptional extension's limits at this stage: the order"
                    + (d.ground() == null ? "" : " (" + d.ground() + ")") + " cannot be checked"));
            return false;
        }
        if (!exceptional.isAllowed()) {
            if (d.ground() == null && exceptional.isOrderGroundDecides()) {
                // The ground the order states is a fact of the case; only the order can show a ground such as a
                // doctor's certificate, so an order whose ground is not given is a question.
                undetermined.add(new DetentionQuestion(d.stage(), d.start(), "detention.ground",
                        exceptional.getProvision(), "whether this exceptional extension has a ground the law accepts "
                        + "depends on the ground the order states, which the case does not give: "
                        + exceptional.getReason()));
                return false;
            }
            violations.add(new Violation(Violation.Kind.EXCEPTIONAL_NOT_ALLOWED, d.stage(), d.start(),
                    exceptional.getProvision(), "exceptional extension"
                    + (d.ground() == null ? "" : " on the stated ground " + d.ground()) + ": " + exceptional.getReason()));
            return false;
        }
        if (exceptional.getNeededFact() != null) {
            undetermined.add(new DetentionQuestion(d.stage(), d.start(), exceptional.getNeededFact(),
                    exceptional.getProvision(), "whether this exceptional extension has a ground the law accepts"
                    + (d.ground() == null ? "" : " (" + d.ground() + ")") + " depends on " + exceptional.getNeededFact()
                    + ", which the case does not give"));
            return false;
        }
        if (!exceptional.isEncoded()) {
            undetermined.add(new DetentionQuestion(d.stage(), d.start(), "limit " + exceptional.getProvision(),
                    exceptional.getProvision(), "the exceptional extension's limits are not encoded: the order cannot be checked"));
            return false;
        }
        if (number > exceptional.getExtensionTimes()) {
            violations.add(new Violation(Violation.Kind.TOO_MANY_EXTENSIONS, d.stage(), d.start(),
                    exceptional.getExtensionArticle(), "exceptional extension " + number + "; the law allows "
                    + exceptional.getExtensionTimes()));
            return false;
        }
        check(c, exceptional.getExtensionDays(), exceptional.getExtensionBy(), exceptional.getExtensionArticle(),
                violations);
        return true;
    }

    private void checkOverlaps(List<Detention> orders, Map<DetentionStage, DetentionLimit> limits,
                               List<Violation> violations) {
        for (int i = 1; i < orders.size(); i++) {
            Detention prev = orders.get(i - 1);
            Detention d = orders.get(i);
            LocalDate prevEnd = endOf(prev);
            if (d.start().isBefore(nextStart(prevEnd))) {
                DetentionLimit l = limits.get(d.stage());
                violations.add(new Violation(Violation.Kind.OVERLAP, d.stage(), d.start(),
                        l == null ? d.stage().name() : l.getProvision(),
                        "order starting " + d.start() + " begins before the previous order (" + prev.stage()
                                + ", from " + prev.start() + ") ends on " + prevEnd));
            }
        }
    }

    /** Days detained from the first order to {@code asOf}, each day counted once, suspended days excluded. */
    private long daysDetained(List<Detention> orders, LocalDate asOf) {
        LocalDate origin = orders.get(0).start();
        BitSet days = new BitSet();
        BitSet suspended = new BitSet();
        for (Detention d : orders) {
            LocalDate last = endOf(d);
            if (!inclusive) {
                last = last.minusDays(1);
            }
            if (last.isAfter(asOf)) {
                last = asOf;
            }
            if (!last.isBefore(d.start())) {
                days.set(offset(origin, d.start()), offset(origin, last) + 1);
            }
            for (Suspension s : d.suspensions()) {
                if (!s.start().isAfter(asOf) && !s.end().isBefore(origin)) {
                    LocalDate sEnd = s.end().isAfter(asOf) ? asOf : s.end();
                    LocalDate sStart = s.start().isBefore(origin) ? origin : s.start();
                    suspended.set(offset(origin, sStart), offset(origin, sEnd) + 1);
                }
            }
        }
        days.andNot(suspended);
        return days.cardinality();
    }

    private static int offset(LocalDate origin, LocalDate d) {
        return Math.toIntExact(ChronoUnit.DAYS.between(origin, d));
    }

    /**
     * The answers for a counted chain: per stage, the end of its current order ({@code pidana.penahanan.pn} ...);
     * the exceptional extension where used; and the court targets counted back from a stage's end. A stage whose
     * detainee a later stage took over is MET when the next order began by the day after its end, else LATE.
     *
     * @param summary  the counted chain, not null
     * @param rules  the detention rules the engine applied to the case, not null
     * @param courtCase  the case, not null
     * @return the answers, per stage
     */
    public List<DeadlineAnswer> answers(DetentionSummary summary, List<AppliedDetentionRule> rules, CourtCase courtCase) {
        List<DeadlineAnswer> result = new ArrayList<>();
        PolicyUse policy = new PolicyUse(Policy.DETENTION_INCLUSIVE.id(), inclusive ? "inclusive" : "exclusive");
        for (StageDetention s : summary.stages()) {
            AppliedDetentionRule applied = rules.stream()
                    .filter(r -> r.rule() instanceof DetentionLimit l && l.getKind() == DetentionLimit.Kind.ORDINARY
                            && l.getStage() == s.stage() && l.getStatus() == s.status())
                    .findFirst().orElseThrow();
            DetentionLimit limit = (DetentionLimit) applied.rule();
            result.add(stageAnswer(summary, s, limit, applied.citation(), policy, courtCase));
            if (s.orders().stream().anyMatch(o -> o.order().exceptional())) {
                rules.stream().filter(r -> r.rule() instanceof DetentionLimit l && l.getNeededFact() == null
                                && l.isAllowed() && l.getKind() == DetentionLimit.Kind.EXCEPTIONAL && l.getStage() == s.stage())
                        .findFirst()
                        .ifPresent(r -> result.add(stageAnswer(summary, s, (DetentionLimit) r.rule(), r.citation(), policy, courtCase)));
            }
        }
        for (AppliedDetentionRule r : rules) {
            if (r.rule() instanceof DecisionTarget t) {
                summary.stage(t.getStage()).filter(s -> s.status() == ProvisionKind.PERIOD)
                        .ifPresent(s -> result.add(targetAnswer(summary, s, t, r.citation(), courtCase)));
            }
        }
        return result;
    }

    private DeadlineAnswer stageAnswer(DetentionSummary summary, StageDetention s, DetentionLimit limit,
                                       RuleCitation citation, PolicyUse policy, CourtCase courtCase) {
        String law = limit.getLaw() == null ? null : limit.getLaw().instrument();
        List<Step> steps = new ArrayList<>();
        if (limit.getLaw() != null && limit.getLaw().basis() != null) {
            steps.add(new Step("Hukum yang berlaku: " + law + " (" + limit.getLaw().basis() + ").",
                    "Law applied: " + law + " (" + limit.getLaw().basis() + ")."));
        }
        limit.getSupplied().forEach(v -> steps.add(v.step()));
        if (limit.getGround() != null) {
            steps.add(groundStep(limit.getGround()));
        }
        if (limit.getStatus() == ProvisionKind.NEEDS_FACT) {
            steps.add(new Step("Versi KUHAP untuk tahap ini belum dapat ditentukan: menunggu peristiwa " + limit.getNeeds() + ".",
                    "The version of the law for this stage cannot be chosen yet: it needs the event " + limit.getNeeds() + "."));
            return answer(summary.asOf(), limit.getDeadlineId(), null, Status.WAITING, null, null, limit.getNeeds(), null,
                    limit.getProvision(), law == null ? limit.getProvision() : law, citation, false, null, List.of(), steps, null);
        }
        if (!limit.isEncoded()) {
            steps.add(new Step("Batas penahanan menurut " + limit.getProvision() + " belum dikonfirmasi dari naskah resmi.",
                    "The detention limit under " + limit.getProvision() + " is not confirmed from the enacted text."));
            return answer(summary.asOf(), limit.getDeadlineId(), null, Status.NOT_ENCODED, null, null, null, null,
                    limit.getProvision(), law, citation, false, null, List.of(), steps, null);
        }
        for (CountedOrder c : s.orders()) {
            Detention d = c.order();
            String kindId = d.exceptional() ? "perpanjangan Pasal 29" : d.extension() ? "perpanjangan" : "penahanan";
            String kindEn = d.exceptional() ? "exceptional extension" : d.extension() ? "extension" : "detention";
            steps.add(new Step(kindId + (d.issuedBy() == null ? "" : " oleh " + d.issuedBy()) + ": " + c.days()
                    + " hari, terhitung mulai " + DateText.id(d.start()) + (inclusive ? " sampai dengan " : " sampai ")
                    + DateText.id(c.end()) + (inclusive ? "." : " (hari terakhir tidak dihitung)."),
                    kindEn + (d.issuedBy() == null ? "" : " by " + d.issuedBy()) + ": " + c.days() + " days, from "
                    + DateText.en(d.start()) + " to " + DateText.en(c.end()) + (inclusive ? " inclusive." : " exclusive.")));
        }
        if (s.latestLawfulEnd() != null) {
            steps.add(new Step("Batas paling lama dengan semua perpanjangan yang masih dibolehkan: "
                    + DateText.id(s.latestLawfulEnd()) + (s.nextExtensionBy() == null ? "; tidak ada perpanjangan lagi."
                    : "; perpanjangan berikutnya oleh " + s.nextExtensionBy() + "."),
                    "Latest lawful end with every extension still allowed: " + DateText.en(s.latestLawfulEnd())
                    + (s.nextExtensionBy() == null ? "; no extension left." : "; next extension by " + s.nextExtensionBy() + ".")));
        }
        // A later order at another stage took the detainee over: the stage ended in time, or after a gap.
        Optional<Detention> successor = summary.stages().stream().filter(o -> o.stage().compareTo(s.stage()) > 0)
                .map(o -> o.orders().get(0).order()).min(Comparator.comparing(Detention::start));
        Status status;
        LocalDate actDate = null;
        Integer daysLate = null;
        Closure closure = null;
        Optional<CaseEvent> finalJudgment = finalJudgment(courtCase, s);
        if (successor.isPresent()) {
            actDate = successor.get().start();
            boolean inTime = !actDate.isAfter(nextStart(s.end()));
            status = inTime ? Status.MET : Status.LATE;
            daysLate = inTime ? null : Math.toIntExact(ChronoUnit.DAYS.between(nextStart(s.end()), actDate));
        } else if (finalJudgment.isPresent()) {
            closure = closedByFinalJudgment(finalJudgment.get(), steps);
            status = Status.CLOSED;
        } else {
            status = Status.pending(summary.asOf(), s.end());
        }
        // Under the other reading an order given in days ends one day later (exclusive) or earlier (inclusive).
        Detention last = s.orders().get(s.orders().size() - 1).order();
        List<Alternative> alternatives = last.days() == null ? List.of()
                : List.of(new Alternative(inclusive ? "exclusive" : "inclusive", s.end().plusDays(inclusive ? 1 : -1)));
        String legalBasis = limit.getSupplied().isEmpty() ? limit.getProvision()
                : String.join("; ", limit.getSupplied().stream().map(SuppliedValue::article).toList());
        return answer(summary.asOf(), limit.getDeadlineId(), s.end(), status, actDate, daysLate, null, null,
                legalBasis, law, citation, false, policy, alternatives, steps, limit.getSupplied(), closure);
    }

    /**
     * The notification of the judgment as final on or after a stage's first order: detention under the procedural
     * law ends there (the sentence, if any, is then served), so the stage's window is closed.
     */
    private static Optional<CaseEvent> finalJudgment(CourtCase courtCase, StageDetention s) {
        LocalDate stageStart = s.orders().get(0).order().start();
        return courtCase.events().stream().filter(e -> e.type() == EventType.PUTUSAN_BHT_DIBERITAHUKAN)
                .filter(e -> !e.date().isBefore(stageStart)).min(Comparator.comparing(CaseEvent::date));
    }

    private static Closure closedByFinalJudgment(CaseEvent event, List<Step> steps) {
        Closure closure = new Closure(event.type(), event.date(), Closure.Reason.FINAL_JUDGMENT);
        steps.add(new Step("Putusan diberitahukan telah berkekuatan hukum tetap pada " + DateText.id(event.date())
                + ": penahanan menurut hukum acara tidak berjalan lagi (" + closure.reason().indonesian() + ").",
                "The judgment was notified as final on " + DateText.en(event.date())
                + ": detention under procedural law no longer runs (" + closure.reason().english() + ")."));
        return closure;
    }

    /** The ground of KUHAP Pasal 29 ayat (1) on which the rules found the exceptional extension available. */
    private static Step groundStep(ExceptionalGround ground) {
        return switch (ground) {
            case MEDICAL_CERTIFICATE -> new Step(
                    "Alasan perpanjangan: KUHAP Pasal 29 ayat (1) huruf a (gangguan fisik atau mental yang berat, "
                            + "dibuktikan dengan surat keterangan dokter).",
                    "Ground of the extension: KUHAP Article 29(1)(a) (serious physical or mental disturbance, "
                            + "proven by a doctor's certificate).");
            case NINE_YEARS_OR_MORE -> new Step(
                    "Alasan perpanjangan: KUHAP Pasal 29 ayat (1) huruf b (perkara diancam pidana penjara sembilan "
                            + "tahun atau lebih).",
                    "Ground of the extension: KUHAP Article 29(1)(b) (offence punishable by nine years' "
                            + "imprisonment or more).");
        };
    }

    private DeadlineAnswer targetAnswer(DetentionSummary summary, StageDetention s, DecisionTarget t,
                                        RuleCitation citation, CourtCase courtCase) {
        LocalDate due = s.end().minusDays(t.getDaysBefore());
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("Penahanan tahap " + s.stage() + " berakhir " + DateText.id(s.end()) + "; " + t.getDaysBefore()
                + " hari sebelumnya: " + DateText.id(due) + " (target pengadilan).",
                "Detention at stage " + s.stage() + " ends " + DateText.en(s.end()) + "; " + t.getDaysBefore()
                + " days before: " + DateText.en(due) + " (court target)."));
        Optional<LocalDate> act = t.getMetBy() == null ? Optional.empty() : courtCase.events().stream()
                .filter(e -> e.type() == t.getMetBy() && !e.date().isBefore(s.orders().get(0).order().start()))
                .map(CaseEvent::date).min(Comparator.naturalOrder());
        Status status;
        Integer daysLate = null;
        Closure closure = null;
        Optional<CaseEvent> finalJudgment = finalJudgment(courtCase, s);
        if (act.isPresent()) {
            status = act.get().isAfter(due) ? Status.LATE : Status.MET;
            daysLate = status == Status.LATE ? Math.toIntExact(ChronoUnit.DAYS.between(due, act.get())) : null;
        } else if (finalJudgment.isPresent()) {
            closure = closedByFinalJudgment(finalJudgment.get(), steps);
            status = Status.CLOSED;
        } else {
            status = Status.pending(summary.asOf(), due);
        }
        return answer(summary.asOf(), t.getDeadlineId(), due, status, act.orElse(null), daysLate, null, t.getMetBy(),
                citation.legalBasis(), null, citation, true, null, List.of(), steps, closure);
    }

    private static DeadlineAnswer answer(LocalDate asOf, String id, LocalDate due, Status status, LocalDate actDate, Integer daysLate,
                                         EventType needs, EventType metBy,
                                         String legalBasis, String law, RuleCitation citation, boolean courtTarget,
                                         PolicyUse policy, List<Alternative> alternatives, List<Step> steps,
                                         Closure closure) {
        return answer(asOf, id, due, status, actDate, daysLate, needs, metBy, legalBasis, law, citation, courtTarget,
                policy, alternatives, steps, List.of(), closure);
    }

    private static DeadlineAnswer answer(LocalDate asOf, String id, LocalDate due, Status status, LocalDate actDate, Integer daysLate,
                                         EventType needs, EventType metBy,
                                         String legalBasis, String law, RuleCitation citation, boolean courtTarget,
                                         PolicyUse policy, List<Alternative> alternatives, List<Step> steps,
                                         List<SuppliedValue> supplied, Closure closure) {
        boolean dated = status.hasDueDate();
        return new DeadlineAnswer(id, null, null, dated ? due : null, null, status, null, actDate,
                dated ? Math.toIntExact(ChronoUnit.DAYS.between(asOf, due)) : null, null, daysLate, needs, metBy, legalBasis, law == null ? citation.legalBasis() : law,
                citation.rule(), supplied.isEmpty() ? citation.source()
                        : String.join("; ", supplied.stream().map(SuppliedValue::source).toList()),
                courtTarget, policy, alternatives, new Explanation(steps), supplied, closure);
    }
}
