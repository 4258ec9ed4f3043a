/**
 * Detention chains: the limits the rules select for each stage of detention ({@link id.tenggat.detention.DetentionLimit}),
 * court targets counted back from the end of detention ({@link id.tenggat.detention.DecisionTarget}), and the counting
 * of a case's detention orders against them ({@link id.tenggat.detention.DetentionCounter}) into a
 * {@link id.tenggat.detention.DetentionSummary}: where each stage ends, how far it may lawfully go, who may extend it,
 * and what in the chain the law does not allow. A detention that runs past its limit is unlawful, so the library
 * reports violations as findings with their article rather than guessing a repair.
 */
package id.tenggat.detention;
