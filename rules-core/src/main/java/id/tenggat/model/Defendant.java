package id.tenggat.model;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What the detention and diversi rules need to know about the suspect or defendant. Every field may be unknown
 * (null); a rule that needs an unknown field reports the criterion as not satisfied and says what is missing.
 * This record is immutable and thread-safe.
 *
 * @param ageAtOffence         age in whole years at the time of the offence, or null
 * @param maxPunishmentYears   the maximum imprisonment, in years, of the most serious offence charged, or null
 * @param lesserChargeMaxYears the maximum imprisonment, in years, of the least serious offence charged alongside it
 *                             (for PERMA 4/2014 Pasal 3), or null when there is one offence
 * @param repeatOffence        whether the offence is a repeat offence (pengulangan tindak pidana)
 * @param chargeForm           the form of the indictment, or null
 * @param detained             whether the suspect or defendant is detained
 */
public record Defendant(@Min(0) @Max(150) Integer ageAtOffence, @PositiveOrZero Integer maxPunishmentYears,
                        @PositiveOrZero Integer lesserChargeMaxYears, boolean repeatOffence, ChargeForm chargeForm,
                        boolean detained) {

    /**
     * A defendant with a single charge.
     *
     * @param ageAtOffence  age in whole years at the time of the offence
     * @param maxPunishmentYears  the maximum imprisonment, in years, of the offence charged
     * @param repeatOffence  whether the offence is a repeat offence
     * @param detained  whether the suspect or defendant is detained
     * @return the defendant
     */
    public static Defendant of(int ageAtOffence, int maxPunishmentYears, boolean repeatOffence, boolean detained) {
        return new Defendant(ageAtOffence, maxPunishmentYears, null, repeatOffence, ChargeForm.SINGLE, detained);
    }
}
