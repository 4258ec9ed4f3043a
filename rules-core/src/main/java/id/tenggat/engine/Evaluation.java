package id.tenggat.engine;

import java.util.List;

/**
 * What the engine decided for one case. This record is immutable and thread-safe.
 *
 * @param provisions the provisions that apply, never null
 * @param findings   the criteria checked, never null
 */
public record Evaluation(List<AppliedProvision> provisions, List<AppliedFinding> findings) {
    public Evaluation {
        provisions = List.copyOf(provisions);
        findings = List.copyOf(findings);
    }
}
