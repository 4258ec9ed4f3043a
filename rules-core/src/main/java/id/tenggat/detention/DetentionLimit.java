package id.tenggat.detention;

import id.tenggat.answer.SuppliedValue;
import id.tenggat.engine.LawChoice;
import id.tenggat.engine.ProvisionKind;
import id.tenggat.law.LawValue;
import java.util.List;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import java.util.Locale;
import java.util.Objects;

/**
 * The limits the law sets on one stage of detention, as a rule selected them: the first period and who orders it,
 * the single ordinary extension and who grants it ({@link Kind#ORDINARY}); or the exceptional extensions of KUHAP
 * Pasal 29 and who grants them ({@link Kind#EXCEPTIONAL}). When the law's value is not confirmed the limit is
 * {@link ProvisionKind#NOT_ENCODED}; when the version of the law cannot be chosen it is
 * {@link ProvisionKind#NEEDS_FACT}. Rules insert limits; the library counts the orders against them.
 *
 * <p>Immutable and thread-safe.
 */
public final class DetentionLimit implements DetentionRule {

    /** Whether the limit is the ordinary first period plus extension, or the exceptional extension. */
    public enum Kind {
        /** The first period and its ordinary extension. */
        ORDINARY,
        /** The exceptional extension beyond the ordinary limits. */
        EXCEPTIONAL
    }

    private final Regime regime;
    private final DetentionStage stage;
    private final Kind kind;
    private final ProvisionKind status;
    private final LawChoice law;
    private final EventType needs;
    private final String provision;
    private final int firstDays;
    private final Official firstBy;
    private final String firstArticle;
    private final int extensionDays;
    private final int extensionTimes;
    private final Official extensionBy;
    private final String extensionArticle;
    private final String releaseArticle;
    private final ExceptionalGround ground;
    private final String neededFact;
    private final List<SuppliedValue> supplied;
    private final boolean allowed;
    private final boolean orderGroundDecides;
    private final String reason;

    private DetentionLimit(Regime regime, DetentionStage stage, Kind kind, ProvisionKind status, LawChoice law,
                           EventType needs, String provision, int firstDays, Official firstBy, String firstArticle,
                           int extensionDays, int extensionTimes, Official extensionBy, String extensionArticle,
                           String releaseArticle, ExceptionalGround ground, String neededFact,
                           List<SuppliedValue> supplied) {
        this(regime, stage, kind, status, law, needs, provision, firstDays, firstBy, firstArticle, extensionDays,
                extensionTimes, extensionBy, extensionArticle, releaseArticle, ground, neededFact, supplied, true, false,
                null);
    }

    private DetentionLimit(Regime regime, DetentionStage stage, Kind kind, ProvisionKind status, LawChoice law,
                           EventType needs, String provision, int firstDays, Official firstBy, String firstArticle,
                           int extensionDays, int extensionTimes, Official extensionBy, String extensionArticle,
                           String releaseArticle, ExceptionalGround ground, String neededFact,
                           List<SuppliedValue> supplied, boolean allowed, boolean orderGroundDecides, String reason) {
        this.regime = Objects.requireNonNull(regime, "regime must not be null");
        this.stage = Objects.requireNonNull(stage, "stage must not be null");
        this.kind = kind;
        this.status = status;
        this.law = law;
        this.needs = needs;
        this.provision = Objects.requireNonNull(provision, "provision must not be null");
        if (firstDays < 0 || extensionDays < 0 || extensionTimes < 0) {
            throw new IllegalArgumentException("detention limits must not be negative");
        }
        this.firstDays = firstDays;
        this.firstBy = firstBy;
        this.firstArticle = firstArticle;
        this.extensionDays = extensionDays;
        this.extensionTimes = extensionTimes;
        this.extensionBy = extensionBy;
        this.extensionArticle = extensionArticle;
        this.releaseArticle = releaseArticle;
        this.ground = ground;
        this.neededFact = neededFact;
        this.supplied = List.copyOf(supplied);
        this.allowed = allowed;
        this.orderGroundDecides = orderGroundDecides;
        this.reason = reason;
    }

    /**
     * The ordinary limits of a stage: a first period of {@code firstDays} ordered by {@code firstBy}, extended once
     * by at most {@code extensionDays} by {@code extensionBy}.
     *
     * @param provision        the article as a whole, e.g. "KUHAP Pasal 24", not null
     * @param firstArticle     the article of the first period, e.g. "KUHAP Pasal 24 ayat (1)"
     * @param extensionArticle the article of the extension
     * @param releaseArticle   the article that orders release once the extension has run out
     * @param regime  adult or child criminal procedure, whose catalogue ids the limit belongs to, not null
     * @param stage  the stage of proceedings, not null
     * @param law  the version of the law that sets the limit, not null
     * @param firstDays  the most days of the first period
     * @param firstBy  the official who orders it
     * @param extensionDays  the most days of the extension
     * @param extensionBy  the official who grants it
     * @return the limit
     */
    public static DetentionLimit ordinary(Regime regime, DetentionStage stage, LawChoice law, String provision,
                                          int firstDays, Official firstBy, String firstArticle,
                                          int extensionDays, Official extensionBy, String extensionArticle,
                                          String releaseArticle) {
        return new DetentionLimit(regime, stage, Kind.ORDINARY, ProvisionKind.PERIOD, Objects.requireNonNull(law, "law"),
                null, provision, firstDays, firstBy, firstArticle, extensionDays, 1, extensionBy, extensionArticle,
                releaseArticle, null, null, List.of());
    }

    /**
     * Exceptional extensions of a stage: at most {@code times} extensions of at most {@code days} each, granted by
     * {@code by}, available on {@code ground}.
     *
     * @param regime  adult or child criminal procedure, whose catalogue ids the limit belongs to, not null
     * @param stage  the stage of proceedings, not null
     * @param law  the version of the law that sets the limit, not null
     * @param provision  the article as a whole, not null
     * @param days  the most days of each extension
     * @param times  how many extensions the law allows
     * @param by  the official who grants them
     * @param article  the article that allows them
     * @param ground  the ground that makes them available, not null
     * @return the limit
     */
    public static DetentionLimit exceptional(Regime regime, DetentionStage stage, LawChoice law, String provision,
                                             int days, int times, Official by, String article,
                                             ExceptionalGround ground) {
        return new DetentionLimit(regime, stage, Kind.EXCEPTIONAL, ProvisionKind.PERIOD, Objects.requireNonNull(law, "law"),
                null, provision, 0, null, null, days, times, by, article, article, Objects.requireNonNull(ground, "ground"),
                null, List.of());
    }

    /**
     * The ordinary limits of a stage as two law values set them: the first period and its single extension, each
     * with its article and the official who orders it. When either value has no length the limit is
     * {@link ProvisionKind#NOT_ENCODED}, naming that value's article.
     *
     * @param provision      the article as a whole, not null
     * @param releaseArticle the article that orders release once the extension has run out
     * @param regime  adult or child criminal procedure, whose catalogue ids the limit belongs to, not null
     * @param stage  the stage of proceedings, not null
     * @param law  the version of the law that sets the limit, not null
     * @param first  the law value of the first period, not null
     * @param extension  the law value of the extension, not null
     * @return the limit
     */
    public static DetentionLimit ordinary(Regime regime, DetentionStage stage, LawChoice law, String provision,
                                          LawValue first, LawValue extension, String releaseArticle) {
        if (!first.isEncoded() || !extension.isEncoded()) {
            return notEncoded(regime, stage, Kind.ORDINARY, law, (first.isEncoded() ? extension : first).article());
        }
        List<SuppliedValue> supplied = java.util.stream.Stream.of(first, extension).filter(LawValue::isSupplied)
                .map(SuppliedValue::of).toList();
        return new DetentionLimit(regime, stage, Kind.ORDINARY, ProvisionKind.PERIOD, Objects.requireNonNull(law, "law"),
                null, provision, first.length(), first.by(), first.article(), extension.length(), 1, extension.by(),
                extension.article(), releaseArticle, null, null, supplied);
    }

    /**
     * The law governs this stage but its values are not confirmed; {@code provision} names what is missing.
     *
     * @param regime  adult or child criminal procedure, whose catalogue ids the limit belongs to, not null
     * @param stage  the stage of proceedings, not null
     * @param kind  which limit, not null
     * @param law  the version of the law that sets the limit, not null
     * @param provision  what is missing
     * @return the limit
     */
    public static DetentionLimit notEncoded(Regime regime, DetentionStage stage, Kind kind, LawChoice law,
                                            String provision) {
        return new DetentionLimit(regime, stage, kind, ProvisionKind.NOT_ENCODED, Objects.requireNonNull(law, "law"),
                null, provision, 0, null, null, 0, 0, null, null, null, null, null, List.of());
    }

    /**
     * The versions of the law disagree on this {@code kind} of limit at this stage, and which version governs cannot
     * be chosen until the case gives {@code needs}. Where the versions agree, a rule gives the {@link #ordinary}
     * limit instead, citing both.
     *
     * @param regime  adult or child criminal procedure, whose catalogue ids the limit belongs to, not null
     * @param stage  the stage of proceedings, not null
     * @param kind  which limit, not null
     * @param needs  the event whose date would choose the version, not null
     * @param provision  the articles of the versions that disagree
     * @return the limit
     */
    public static DetentionLimit undetermined(Regime regime, DetentionStage stage, Kind kind, EventType needs,
                                              String provision) {
        return new DetentionLimit(regime, stage, Objects.requireNonNull(kind, "kind"), ProvisionKind.NEEDS_FACT, null,
                Objects.requireNonNull(needs, "needs"), provision, 0, null, null, 0, 0, null, null, null, null, null, List.of());
    }

    /**
     * Whether the exceptional extension is available at this stage turns on a fact of the case that is not given,
     * e.g. the maximum sentence for KUHAP Pasal 29 ayat (1) huruf b; {@code fact} names it. An exceptional order at
     * the stage is then a question, not a violation.
     *
     * @param provision the article whose test needs the fact, not null
     * @param fact      the field of the case that is needed, e.g. {@code defendant.maxPunishmentYears}, not null
     * @param regime  adult or child criminal procedure, whose catalogue ids the limit belongs to, not null
     * @param stage  the stage of proceedings, not null
     * @param law  the version of the law that sets the limit, not null
     * @return the limit
     */
    public static DetentionLimit needsFact(Regime regime, DetentionStage stage, LawChoice law, String provision,
                                           String fact) {
        return new DetentionLimit(regime, stage, Kind.EXCEPTIONAL, ProvisionKind.NEEDS_FACT,
                Objects.requireNonNull(law, "law"), null, provision, 0, null, null, 0, 0, null, null, null, null,
                Objects.requireNonNull(fact, "fact"), List.of());
    }

    /**
     * The law allows no exceptional extension at this stage on what the case gives: the grounds it accepts are known
     * not to hold (e.g. KUHAP Pasal 29 ayat (1): the offence carries less than nine years and no order names a
     * doctor's certificate), or the law has none at all (UU 11/2012: a child is released once the stage's extension
     * has run out). An exceptional order at the stage is then a violation of {@code article}, the article that lists
     * the grounds or sets the stage's maximum, as the rule names it.
     *
     * <p>When {@code orderGroundDecides}, a ground the order itself may state would still make the extension
     * available (a doctor's certificate, huruf a, is known only from the order): an exceptional order whose ground
     * the case does not give is then a question needing {@code detention.ground}, not a violation.
     *
     * @param regime  adult or child criminal procedure, not null
     * @param stage  the stage of proceedings, not null
     * @param law  the version of the law that sets the limit, not null
     * @param article  the article an exceptional order at the stage breaks, not null
     * @param reason  why no accepted ground holds, in English, for the violation's detail, not null
     * @param orderGroundDecides  whether a ground the order states could still make the extension available
     * @return the limit
     */
    public static DetentionLimit notAllowed(Regime regime, DetentionStage stage, LawChoice law, String article,
                                            String reason, boolean orderGroundDecides) {
        return new DetentionLimit(regime, stage, Kind.EXCEPTIONAL, ProvisionKind.PERIOD,
                Objects.requireNonNull(law, "law"), null, Objects.requireNonNull(article, "article"), 0, null, null, 0,
                0, null, article, article, null, null, List.of(), false, orderGroundDecides,
                Objects.requireNonNull(reason, "reason"));
    }

    /**
     * {@return the catalogue id: {@code pidana.penahanan.pn}, {@code anak.penahanan.pt}, {@code
     * pidana.penahanan.pasal29}}
     */
    public String getDeadlineId() {
        return regime.prefix() + ".penahanan." + (kind == Kind.EXCEPTIONAL ? "pasal29" : stage.name().toLowerCase(Locale.ROOT));
    }

    /** {@return the stage of proceedings} */
    public DetentionStage getStage() { return stage; }
    /** {@return whether this is the ordinary or the exceptional limit} */
    public Kind getKind() { return kind; }
    /** {@return {@link ProvisionKind#PERIOD} when the values are known, else NOT_ENCODED or NEEDS_FACT} */
    public ProvisionKind getStatus() { return status; }
    /** {@return whether the values are known, so orders can be counted against them} */
    public boolean isEncoded() { return status == ProvisionKind.PERIOD; }
    /** {@return the version of the law, or null when undetermined} */
    public LawChoice getLaw() { return law; }
    /** {@return the event whose date would choose the version of the law, or null} */
    public EventType getNeeds() { return needs; }
    /** {@return the article as a whole, or what is missing when not encoded} */
    public String getProvision() { return provision; }
    /** {@return the days of the first period} */
    public int getFirstDays() { return firstDays; }
    /** {@return the official who orders the first period} */
    public Official getFirstBy() { return firstBy; }
    /** {@return the article of the first period} */
    public String getFirstArticle() { return firstArticle; }
    /** {@return days per extension} */
    public int getExtensionDays() { return extensionDays; }
    /** {@return how many extensions of this kind the law allows} */
    public int getExtensionTimes() { return extensionTimes; }
    /** {@return the official who grants the extension} */
    public Official getExtensionBy() { return extensionBy; }
    /** {@return the article of the extension} */
    public String getExtensionArticle() { return extensionArticle; }
    /** {@return the article that orders release once the extension has run out} */
    public String getReleaseArticle() { return releaseArticle; }
    /** {@return for an exceptional limit: the ground that makes it available} */
    public ExceptionalGround getGround() { return ground; }
    /** {@return for a limit that {@link #needsFact needs a fact}: the field of the case needed, else null} */
    public String getNeededFact() { return neededFact; }
    /** {@return the values a deployment supplied that this limit was taken from; empty when all are the library's} */
    public List<SuppliedValue> getSupplied() { return supplied; }
    /**
     * {@return false for a {@link #notAllowed} limit: the law allows no exceptional extension at the stage on what
     * the case gives; true otherwise}
     */
    public boolean isAllowed() { return allowed; }
    /**
     * {@return for a {@link #notAllowed} limit: whether a ground the order states (not given in the case) could still
     * make the extension available}
     */
    public boolean isOrderGroundDecides() { return orderGroundDecides; }
    /** {@return for a {@link #notAllowed} limit: why no accepted ground holds, else null} */
    public String getReason() { return reason; }
    /** {@return the most days of detention this limit allows at its stage} */
    public int getMaximumDays() { return firstDays + extensionDays * extensionTimes; }

    @Override
    public String toString() {
        return "DetentionLimit[" + getDeadlineId() + ", " + status + (allowed ? "" : ", not allowed") + ", " + firstDays + "+" + extensionTimes + "x"
                + extensionDays + "]";
    }
}
