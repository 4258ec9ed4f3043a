package id.tenggat.detention;

/**
 * What a detention rule decided: a limit on a stage of detention, or a court target counted back from the end of
 * detention. Rules insert these; the library counts the detention chain against them.
 */
public sealed interface DetentionRule permits DetentionLimit, DecisionTarget {
}
