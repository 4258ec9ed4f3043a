package id.tenggat.drl.facts;

import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import java.time.LocalDate;

/** One detention order of the case: its stage and first day, which the transitional rules read. Immutable. */
public final class DetentionFact {
    private final Detention detention;

    /**
     * Wraps a detention order for the rules.
     *
     * @param detention  the detention order
     */
    public DetentionFact(Detention detention) {
        this.detention = detention;
    }

    /** {@return the stage of proceedings} */
    public DetentionStage getStage() { return detention.stage(); }
    /** {@return the first day of detention under this order} */
    public LocalDate getStart() { return detention.start(); }
}
