package id.tenggat.drl.facts;

import id.tenggat.engine.LawChoice;
import id.tenggat.model.EventType;
import java.util.Objects;

/**
 * The version of a law that governs a stage of this case, derived by the transitional rules from the case's own
 * dates (never from the clock); or, when the case lacks the date that decides, the event it needs. Immutable.
 */
public final class LawInForce {
    private final LawFamily family;
    private final String stage;
    private final LawChoice choice;
    private final EventType needs;

    private LawInForce(LawFamily family, String stage, LawChoice choice, EventType needs) {
        this.family = Objects.requireNonNull(family, "family");
        this.stage = Objects.requireNonNull(stage, "stage");
        this.choice = choice;
        this.needs = needs;
    }

    /**
     * The law chosen for a stage.
     *
     * @param family  the law whose version is chosen
     * @param stage  the stage: "pengadilan" for trial and appeals, "pk" for review
     * @param choice  the version chosen, not null
     * @return the fact
     */
    public static LawInForce chosen(LawFamily family, String stage, LawChoice choice) {
        return new LawInForce(family, stage, Objects.requireNonNull(choice, "choice"), null);
    }

    /**
     * The law for a stage cannot be chosen without {@code needs}.
     *
     * @param family  the law whose version is undetermined
     * @param stage  the stage, as for {@link #chosen}
     * @param needs  the event whose date would decide, not null
     * @return the fact
     */
    public static LawInForce undetermined(LawFamily family, String stage, EventType needs) {
        return new LawInForce(family, stage, null, Objects.requireNonNull(needs, "needs"));
    }

    /** {@return the law whose version is chosen} */
    public LawFamily getFamily() { return family; }
    /** {@return the stage the choice governs} */
    public String getStage() { return stage; }
    /** {@return the version chosen, or null when undetermined} */
    public LawChoice getChoice() { return choice; }
    /** {@return whether a version was chosen} */
    public boolean isDetermined() { return choice != null; }
    /** {@return the instrument chosen, or null when undetermined} */
    public String getInstrument() { return choice == null ? null : choice.instrument(); }
    /** {@return the event whose date would decide, or null when determined} */
    public EventType getNeeds() { return needs; }
}
