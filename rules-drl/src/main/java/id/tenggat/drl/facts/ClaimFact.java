package id.tenggat.drl.facts;

import id.tenggat.model.Claim;
import id.tenggat.model.ClaimBasis;
import java.math.BigInteger;
import java.util.Objects;

/** The claim of a case, as small-claims eligibility rules see it. Inserted only when the case has a claim. Immutable. */
public final class ClaimFact {
    private final Claim claim;

    public ClaimFact(Claim claim) {
        this.claim = Objects.requireNonNull(claim, "claim must not be null");
    }

    public BigInteger getValue() { return claim.value(); }
    public ClaimBasis getBasis() { return claim.basis(); }
    public boolean isLandDispute() { return claim.landDispute(); }
    public boolean isSpecialCourt() { return claim.specialCourt(); }
    public int getPlaintiffs() { return claim.plaintiffs(); }
    public int getDefendants() { return claim.defendants(); }
    public boolean isSameLegalInterest() { return claim.sameLegalInterest(); }
    public boolean isDefendantAddressKnown() { return claim.defendantAddressKnown(); }
    public boolean isSameCourtArea() { return claim.sameCourtArea(); }
    public boolean isPlaintiffRepresentedInArea() { return claim.plaintiffRepresentedInArea(); }
}
