package id.tenggat.engine;

/**
 * What a source a rule cites is, as {@link CitedSource#classify(String)} decides it from the reference alone. The
 * README's section "Sources cited in answers" states the rule.
 */
public enum SourceKind {
    /**
     * The text of the law as its issuing body or the state's legal documentation network publishes it: a URL on
     * peraturan.go.id, peraturan.bpk.go.id, a JDIH site ({@code jdih.*.go.id}), bphn.go.id, mahkamahagung.go.id,
     * mkri.id (not its news pages), dpr.go.id or setneg.go.id.
     */
    OFFICIAL,
    /**
     * Any other URL: a lower court's or another office's web page, a blog, a news site, a law firm, a document-sharing
     * site. It quotes or explains the law; it is not the law's text.
     */
    SECONDARY,
    /** A section of one of the court documents the catalogue was built from, cited by its tag S0 to S4. */
    SEED,
    /** Neither a URL nor a seed tag: the reference cannot be classified. The shipped rules never cite one. */
    UNCLASSIFIED
}
