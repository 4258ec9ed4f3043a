package id.tenggat.drl.facts;

import id.tenggat.model.Claim;
import id.tenggat.model.ClaimBasis;
import java.math.BigInteger;
import java.util.Objects;

/** The claim of a case, as small-claims eligibility rules see it. Inserted only when the case has a claim. Immutable. */
public final class ClaimFact {
    private final Claim claim;

    /**
     * Wraps the claim of a case for the rules.
     *
     * @param claim  the claim, not null
     */
    public ClaimFact(Claim claim) {
        this.claim = Objects.requireNonNull(claim, "claim must not be null");
    }

    /** {@return the material claim value in rupiah} */
    public BigInteger getValue() { return claim.value(); }
    /** {@return the legal basis: wanprestasi, perbuatan melawan hukum, or other} */
    public ClaimBasis getBasis() { return claim.basis(); }
    /** {@return whether the claim is a dispute over land rights} */
    public boolean isLandDispute() { return claim.landDispute(); }
    /** {@return whether the case belongs to a special court} */
    public boolean isSpecialCourt() { return claim.specialCourt(); }
    /** {@return the number of plaintiffs} */
    public int getPlaintiffs() { return claim.plaintiffs(); }
    /** {@return the number of defendants} */
    public int getDefendants() { return claim.defendants(); }
    /** {@return whether several plaintiffs or defendants share the same legal interest} */
    public boolean isSameLegalInterest() { return claim.sameLegalInterest(); }
    /** {@return whether the defendant's address is known} */
    public boolean isDefendantAddressKnown() { return claim.defendantAddressKnown(); }
    /** {@return whether both parties are domiciled in the court's area} */
    public boolean isSameCourtArea() { return claim.sameCourtArea(); }
    /**
     * {@return whether a plaintiff outside the area acts through a kuasa or wakil with an address in the defendant's
     * area}
     */
    public boolean isPlaintiffRepresentedInArea() { return claim.plaintiffRepresentedInArea(); }
}
