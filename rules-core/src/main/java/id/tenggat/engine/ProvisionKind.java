package id.tenggat.engine;

/** What kind of answer a provision gives. */
public enum ProvisionKind {
    /** A period that yields a due date. */
    PERIOD,
    /** The law sets no time limit. */
    NO_LIMIT,
    /** The provision is known but its value is not confirmed, so the library does not encode it. */
    NOT_ENCODED,
    /** Which law applies depends on a fact the case does not give. */
    NEEDS_FACT
}
