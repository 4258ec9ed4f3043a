package id.tenggat.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigInteger;

/**
 * The facts of a civil claim that small-claims eligibility depends on. This record is immutable and thread-safe.
 *
 * @param value                      the material claim value in rupiah, not null, not negative
 * @param basis                      wanprestasi, perbuatan melawan hukum, or other; not null
 * @param landDispute                whether the claim is a dispute over land rights
 * @param specialCourt               whether the case belongs to a special court
 * @param plaintiffs                 number of plaintiffs
 * @param defendants                 number of defendants
 * @param sameLegalInterest          whether several plaintiffs or defendants share the same legal interest
 * @param defendantAddressKnown      whether the defendant's address is known
 * @param sameCourtArea              whether both parties are domiciled in the court's area
 * @param plaintiffRepresentedInArea whether a plaintiff outside the area acts through a kuasa or wakil with an
 *                                   address in the defendant's area
 */
public record Claim(@NotNull @PositiveOrZero BigInteger value, @NotNull ClaimBasis basis, boolean landDispute,
                    boolean specialCourt, @PositiveOrZero int plaintiffs, @PositiveOrZero int defendants,
                    boolean sameLegalInterest, boolean defendantAddressKnown, boolean sameCourtArea,
                    boolean plaintiffRepresentedInArea) {
}
