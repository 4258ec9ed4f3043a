package id.tenggat.drl.facts;

import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;

/** The case as rules see it: its type, whether it runs through e-Court, and the day asked about. Immutable. */
public final class CaseFact {
    private final CourtCase courtCase;
    private final LocalDate asOf;

    /**
     * Wraps a case for the rules.
     *
     * @param courtCase  the case
     * @param asOf  the day asked about
     */
    public CaseFact(CourtCase courtCase, LocalDate asOf) {
        this.courtCase = courtCase;
        this.asOf = asOf;
    }

    /** {@return the case's type} */
    public CaseType getCaseType() { return courtCase.caseType(); }
    /** {@return whether the case runs through e-Court} */
    public boolean isElectronic() { return courtCase.electronic(); }
    /** {@return the day asked about} */
    public LocalDate getAsOf() { return asOf; }
    /** {@return the case itself} */
    public CourtCase getCourtCase() { return courtCase; }
}
