package id.tenggat.json;

/**
 * What a streamed batch came to: how many cases were answered (or checked), and how many of them carry errors.
 * Immutable and thread-safe.
 *
 * @param cases      the cases read, each with one result written
 * @param withErrors the cases whose result carries errors
 */
public record BatchSummary(long cases, long withErrors) {

    /** {@return whether every case was answered (or found valid) without errors} */
    public boolean ok() {
        return withErrors == 0;
    }
}
