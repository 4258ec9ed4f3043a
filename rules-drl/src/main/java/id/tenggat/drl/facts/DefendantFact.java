package id.tenggat.drl.facts;

import id.tenggat.model.ChargeForm;
import id.tenggat.model.Defendant;

/** The suspect or defendant, as detention and diversi rules see them; unknown values are null. Immutable. */
public final class DefendantFact {
    private final Defendant defendant;

    public DefendantFact(Defendant defendant) {
        this.defendant = defendant;
    }

    public Integer getAgeAtOffence() { return defendant.ageAtOffence(); }
    public Integer getMaxPunishmentYears() { return defendant.maxPunishmentYears(); }
    public Integer getLesserChargeMaxYears() { return defendant.lesserChargeMaxYears(); }
    public boolean isRepeatOffence() { return defendant.repeatOffence(); }
    public ChargeForm getChargeForm() { return defendant.chargeForm(); }
}
