package id.tenggat.model;

/** The legal basis of a civil claim. */
public enum ClaimBasis {
    /** Breach of contract. */
    WANPRESTASI,
    /** Tort (perbuatan melawan hukum). */
    PERBUATAN_MELAWAN_HUKUM,
    /** Anything else. */
    LAINNYA
}
