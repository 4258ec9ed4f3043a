package id.tenggat.detention;

import id.tenggat.model.DetentionStage;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something in a detention chain the law does not allow, with the article it breaks. Immutable and thread-safe.
 *
 * @param kind       what is wrong, not null
 * @param stage      the stage of the order concerned, not null
 * @param orderStart the first day of the order concerned, not null
 * @param legalBasis the article broken, not null
 * @param detail     the facts compared, not null
 */
public record Violation(Kind kind, DetentionStage stage, LocalDate orderStart, String legalBasis, String detail) {

    /**
     * Checks the components.
     *
     * @param kind  what is wrong, not null
     * @param stage  the stage of the order concerned, not null
     * @param orderStart  the first day of the order concerned, not null
     * @param legalBasis  the article broken, not null
     * @param detail  the facts compared, not null
     */
    public Violation {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(stage, "stage must not be null");
        Objects.requireNonNull(orderStart, "orderStart must not be null");
        Objects.requireNonNull(legalBasis, "legalBasis must not be null");
        Objects.requireNonNull(detail, "detail must not be null");
    }

    /** The kinds of violation the library detects. */
    public enum Kind {
        /** An order is longer than the law allows for its place in the chain. */
        ORDER_TOO_LONG,
        /** An order was issued or extended by an official the law does not empower. */
        WRONG_OFFICIAL,
        /** More extensions than the law allows. */
        TOO_MANY_EXTENSIONS,
        /** An exceptional extension without a ground the law accepts, or where the law allows none. */
        EXCEPTIONAL_NOT_ALLOWED,
        /** Days without an order between two orders of a stage: the detainee had to be released. */
        GAP,
        /** An order starts before the previous one ends. */
        OVERLAP
    }
}
