package id.tenggat.drl.facts;

import java.time.LocalDate;

/** Dates on which a new version of a law took effect; used by the transitional rules. */
public final class Transition {
    /** UU 20/2025 (KUHAP) in force: 2 January 2026 (its Pasal 369). */
    public static final LocalDate KUHAP_2025 = LocalDate.of(2026, 1, 2);

    private Transition() {
    }
}
