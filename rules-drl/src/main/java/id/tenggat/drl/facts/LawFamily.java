package id.tenggat.drl.facts;

/** A body of procedural law that has more than one version over time. */
public enum LawFamily {
    /** Criminal procedure: UU 8/1981, replaced by UU 20/2025 from 2 January 2026. */
    KUHAP
}
