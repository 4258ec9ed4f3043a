package id.tenggat.drl.facts;

import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.ExceptionalGround;
import id.tenggat.model.Official;
import java.time.LocalDate;

/** One detention order of the case. Immutable. */
public final class DetentionFact {
    private final Detention detention;

    public DetentionFact(Detention detention) {
        this.detention = detention;
    }

    public DetentionStage getStage() { return detention.stage(); }
    public LocalDate getStart() { return detention.start(); }
    public boolean isExtension() { return detention.extension(); }
    public boolean isExceptional() { return detention.exceptional(); }
    public ExceptionalGround getGround() { return detention.ground(); }
    public Official getIssuedBy() { return detention.issuedBy(); }
}
