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

    /** The law chosen for a stage ("pengadilan" for trial and appeals, "pk" for review). */
    public static LawInForce chosen(LawFamily family, String stage, LawChoice choice) {
        return new LawInForce(family, stage, Objects.requireNonNull(choice, "choice"), null);
    }

    /** The law for a stage cannot be chosen without {@code needs}. */
    public static LawInForce undetermined(LawFamily family, String stage, EventType needs) {
        return new LawInForce(family, stage, null, Objects.requireNonNull(needs, "needs"));
    }

    public LawFamily getFamily() { return family; }
    public String getStage() { return stage; }
    public LawChoice getChoice() { return choice; }
    public boolean isDetermined() { return choice != null; }
    /** The instrument chosen, or null when undetermined. */
    public String getInstrument() { return choice == null ? null : choice.instrument(); }
    public EventType getNeeds() { return needs; }
}
