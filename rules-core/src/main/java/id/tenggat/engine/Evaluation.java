package id.tenggat.engine;

import id.tenggat.detention.AppliedDetentionRule;
import java.util.List;

/**
 * What the engine decided for one case. This record is immutable and thread-safe.
 *
 * @param provisions the provisions that apply, never null
 * @param findings   the criteria checked, never null
 * @param detention  the detention limits and court targets that apply, never null
 */
public record Evaluation(List<AppliedProvision> provisions, List<AppliedFinding> findings,
                         List<AppliedDetentionRule> detention) {
    /**
     * Copies the lists.
     *
     * @param provisions  the provisions that apply, never null
     * @param findings  the criteria checked, never null
     * @param detention  the detention limits and court targets that apply, never null
     */
    public Evaluation {
        provisions = List.copyOf(provisions);
        findings = List.copyOf(findings);
        detention = detention == null ? List.of() : List.copyOf(detention);
    }

    /**
     * An evaluation without detention rules.
     *
     * @param provisions  the provisions selected, not null
     * @param findings  the findings made, not null
     */
    public Evaluation(List<AppliedProvision> provisions, List<AppliedFinding> findings) {
        this(provisions, findings, List.of());
    }
}
