package id.tenggat.detention;

import id.tenggat.engine.RuleCitation;
import java.util.Objects;

/**
 * A detention rule's decision with the citation of the rule that made it. Immutable and thread-safe.
 *
 * @param rule     the decision, not null
 * @param citation the rule's legal basis and source, not null
 */
public record AppliedDetentionRule(DetentionRule rule, RuleCitation citation) {
    /**
     * Checks that both components are present.
     *
     * @param rule  the decision, not null
     * @param citation  the rule's legal basis and source, not null
     */
    public AppliedDetentionRule {
        Objects.requireNonNull(rule, "rule must not be null");
        Objects.requireNonNull(citation, "citation must not be null");
    }
}
