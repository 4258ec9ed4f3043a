package id.tenggat.drl.facts;

import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;

/** The case as rules see it: its type, whether it runs through e-Court, and the day asked about. Immutable. */
public final class CaseFact {
    private final CourtCase courtCase;
    private final LocalDate asOf;

    public CaseFact(CourtCase courtCase, LocalDate asOf) {
        this.courtCase = courtCase;
        this.asOf = asOf;
    }

    public CaseType getCaseType() { return courtCase.caseType(); }
    public boolean isElectronic() { return courtCase.electronic(); }
    public LocalDate getAsOf() { return asOf; }
    public CourtCase getCourtCase() { return courtCase; }
}
