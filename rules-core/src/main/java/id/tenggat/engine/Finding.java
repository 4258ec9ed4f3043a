package id.tenggat.engine;

import java.util.Objects;

/**
 * One criterion a rule checked, with its result: an eligibility criterion ({@code "sederhana.syarat"}) or a
 * violation found in a detention history. Rules insert findings; the library groups them by {@code subject}.
 * This class is immutable and thread-safe.
 */
public final class Finding {
    private final String subject;
    private final String criterion;
    private final boolean satisfied;
    private final String detail;

    private Finding(String subject, String criterion, boolean satisfied, String detail) {
        this.subject = Objects.requireNonNull(subject, "subject must not be null");
        this.criterion = Objects.requireNonNull(criterion, "criterion must not be null");
        this.satisfied = satisfied;
        this.detail = detail;
    }

    /**
     * @param subject   what the criterion belongs to, e.g. {@code "sederhana.syarat"}, not null
     * @param criterion the criterion's stable name, e.g. {@code "nilai-gugatan"}, not null
     * @param satisfied whether the case meets it
     * @param detail    the facts compared, for the explanation, may be null
     * @return the finding
     */
    public static Finding of(String subject, String criterion, boolean satisfied, String detail) {
        return new Finding(subject, criterion, satisfied, detail);
    }

    /** {@return what the criterion belongs to, e.g. {@code "sederhana.syarat"}} */
    public String getSubject() { return subject; }
    /** {@return the criterion's stable name, e.g. {@code "nilai-gugatan"}} */
    public String getCriterion() { return criterion; }
    /** {@return whether the case meets it} */
    public boolean isSatisfied() { return satisfied; }
    /** {@return the facts compared, for the explanation; may be null} */
    public String getDetail() { return detail; }

    @Override
    public String toString() {
        return "Finding[" + subject + "." + criterion + "=" + satisfied + "]";
    }
}
