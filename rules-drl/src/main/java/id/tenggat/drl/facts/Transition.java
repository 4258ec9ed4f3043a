package id.tenggat.drl.facts;

import java.time.LocalDate;

/** Dates on which a new version of a law took effect; used by the transitional rules. */
public final class Transition {
    /** UU 20/2025 (KUHAP) in force: 2 January 2026 (its Pasal 369). */
    public static final LocalDate KUHAP_2025 = LocalDate.of(2026, 1, 2);
    /**
     * PERMA 4/2019 (amending PERMA 2/2015, small claims) in force: 20 August 2019, the day of its promulgation as
     * reported. Court pages (PN Bantul, 2020) and commentaries confirm the amendment and its content but not this day;
     * a claim registered within days of it should be checked against the Berita Negara text.
     */
    public static final LocalDate PERMA_4_2019 = LocalDate.of(2019, 8, 20);

    private Transition() {
    }
}
