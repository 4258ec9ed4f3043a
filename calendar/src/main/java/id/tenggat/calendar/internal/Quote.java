package id.tenggat.calendar.internal;

/**
 * How an error message or a field error quotes a value the caller gave: whole when short, else its start and its
 * length, so that a megabyte of bad input does not come back in every message about it.
 * Not part of the public API: it may change in any release.
 */
public final class Quote {
    /** How many characters of a bad value are quoted. */
    private static final int QUOTED_CHARS = 80;

    private Quote() {
    }

    /**
     * The value as a message quotes it: itself when at most {@value #QUOTED_CHARS} characters long, else its first
     * {@value #QUOTED_CHARS} characters followed by {@code "... (N characters)"}.
     *
     * @param value the value, or null
     * @return the bounded text, null for null
     */
    public static String bounded(String value) {
        return value == null || value.length() <= QUOTED_CHARS ? value
                : value.substring(0, QUOTED_CHARS) + "... (" + value.length() + " characters)";
    }
}
