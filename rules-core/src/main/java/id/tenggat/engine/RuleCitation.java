package id.tenggat.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where a rule comes from: the rule's name and the metadata it carries in DRL. This record is immutable and
 * thread-safe.
 *
 * @param rule       the rule name, e.g. {@code "perdata.banding.uu-20-1947"}, not null
 * @param legalBasis the article, e.g. "UU 20/1947 Pasal 7 ayat (1)", not null
 * @param source     the URLs, or the sections of a court standard (S3, S4: see the README), the rule was checked
 *     against, separated by {@code ;}, official texts first; {@link #sources()} classifies them; not null
 * @param validFrom  the first day the provision is in force, not null
 * @param validTo    the last day it is in force, or null while it is in force (an open end)
 */
public record RuleCitation(String rule, String legalBasis, String source, LocalDate validFrom, LocalDate validTo) {
    /**
     * Checks the components.
     *
     * @param rule  the rule name, e.g. {@code "perdata.banding.uu-20-1947"}, not null
     * @param legalBasis  the article, e.g. "UU 20/1947 Pasal 7 ayat (1)", not null
     * @param source  the URLs, or the sections of a court standard (S3, S4: see the README), the rule was checked
     *     against, separated by {@code ;}, official texts first; not null
     * @param validFrom  the first day the provision is in force, not null
     * @param validTo  the last day it is in force, or null while it is in force (an open end)
     */
    public RuleCitation {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(legalBasis, "legalBasis must not be null");
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(validFrom, "validFrom must not be null");
    }

    /**
     * The sources of {@link #source()} one by one, each with its kind: official text, secondary source or seed
     * document (see {@link CitedSource#classify(String)}).
     *
     * @return the sources in the order cited, official texts first, never null
     */
    public List<CitedSource> sources() {
        return CitedSource.parse(source);
    }

    /** {@return whether at least one source is the law's text as its issuing body or the state publishes it} */
    public boolean hasOfficialSource() {
        return sources().stream().anyMatch(s -> s.kind() == SourceKind.OFFICIAL);
    }
}
