package id.tenggat.drl.facts;

import id.tenggat.model.ChargeForm;
import id.tenggat.model.Defendant;

/** The suspect or defendant, as detention and diversi rules see them; unknown values are null. Immutable. */
public final class DefendantFact {
    private final Defendant defendant;

    /**
     * Wraps the suspect or defendant for the rules.
     *
     * @param defendant  the suspect or defendant
     */
    public DefendantFact(Defendant defendant) {
        this.defendant = defendant;
    }

    /** {@return the age in whole years at the time of the offence, or null} */
    public Integer getAgeAtOffence() { return defendant.ageAtOffence(); }
    /** {@return the maximum imprisonment, in years, of the most serious offence charged, or null} */
    public Integer getMaxPunishmentYears() { return defendant.maxPunishmentYears(); }
    /** {@return the maximum imprisonment, in years, of the least serious offence charged alongside it, or null} */
    public Integer getLesserChargeMaxYears() { return defendant.lesserChargeMaxYears(); }
    /** {@return whether the offence is a repeat offence} */
    public boolean isRepeatOffence() { return defendant.repeatOffence(); }
    /** {@return the form of the indictment, or null} */
    public ChargeForm getChargeForm() { return defendant.chargeForm(); }
}
