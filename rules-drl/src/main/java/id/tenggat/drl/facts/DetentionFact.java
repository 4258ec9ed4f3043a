package id.tenggat.drl.facts;

import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import java.time.LocalDate;

/** One detention order of the case: its stage and first day, which the transitional rules read. Immutable. */
public final class DetentionFact {
    private final Detention detention;

    public DetentionFact(Detention detention) {
        this.detention = detention;
    }

    public DetentionStage getStage() { return detention.stage(); }
    public LocalDate getStart() { return detention.start(); }
}
