package id.tenggat.engine;

import java.util.Objects;

/**
 * A provision together with the rule that selected it. This record is immutable and thread-safe.
 *
 * @param provision the provision, not null
 * @param citation  the rule and its legal basis, not null
 */
public record AppliedProvision(Provision provision, RuleCitation citation) {
    /**
     * Checks that both components are present.
     *
     * @param provision  the provision, not null
     * @param citation  the rule and its legal basis, not null
     */
    public AppliedProvision {
        Objects.requireNonNull(provision, "provision must not be null");
        Objects.requireNonNull(citation, "citation must not be null");
    }
}
