package id.tenggat.answer;

/**
 * One criterion of an eligibility check with its result. This record is immutable and thread-safe.
 *
 * @param criterion  the criterion's stable name, not null
 * @param satisfied  whether the case meets it
 * @param detail     the facts compared, or null
 * @param legalBasis the article that sets it, not null
 * @param rule       the rule that checked it, not null
 */
public record Criterion(String criterion, boolean satisfied, String detail, String legalBasis, String rule) {
}
