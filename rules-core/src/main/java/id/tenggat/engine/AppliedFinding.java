package id.tenggat.engine;

import java.util.Objects;

/**
 * A finding together with the rule that made it. This record is immutable and thread-safe.
 *
 * @param finding  the finding, not null
 * @param citation the rule and its legal basis, not null
 */
public record AppliedFinding(Finding finding, RuleCitation citation) {
    /**
     * Checks that both components are present.
     *
     * @param finding  the finding, not null
     * @param citation  the rule and its legal basis, not null
     */
    public AppliedFinding {
        Objects.requireNonNull(finding, "finding must not be null");
        Objects.requireNonNull(citation, "citation must not be null");
    }
}
