package id.tenggat.calendar;

import id.tenggat.calendar.internal.Quote;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a name or code does not identify exactly one court of a {@link CourtRegistry}: either no court has
 * it ({@link #suggestions()} then holds the nearest names), or several have it ({@link #matches()} lists them,
 * each with its province and satker code, e.g. the two courts named "PA Negara").
 */
public final class CourtLookupException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name or code looked up. */
    private final String query;
    private final transient List<Court> matches;
    private final transient List<Court> suggestions;

    private CourtLookupException(String message, String query, List<Court> matches, List<Court> suggestions) {
        super(message);
        this.query = query;
        this.matches = List.copyOf(matches);
        this.suggestions = List.copyOf(suggestions);
    }

    static CourtLookupException unknown(String query, List<Court> suggestions) {
        return new CourtLookupException("Unknown court '" + Quote.bounded(query) + "'" + (suggestions.isEmpty() ? ""
                : "; nearest names: " + suggestions.stream().map(Court::name).distinct()
                        .collect(Collectors.joining(", "))), query, List.of(), suggestions);
    }

    static CourtLookupException ambiguous(String query, List<Court> matches) {
        return new CourtLookupException("Court name '" + Quote.bounded(query) + "' is ambiguous, it names " + matches.size()
                + " courts: " + matches.stream().map(Court::label).collect(Collectors.joining(", "))
                + "; give the satker code", query, matches, List.of());
    }

    /** {@return the name or code looked up} */
    public String query() {
        return query;
    }

    /** {@return whether the name names several courts} */
    public boolean ambiguous() {
        return !matches.isEmpty();
    }

    /** {@return the courts that share the name, when it is ambiguous; empty otherwise} */
    public List<Court> matches() {
        return matches;
    }

    /** {@return the courts with the nearest names, when none has the name; may be empty} */
    public List<Court> suggestions() {
        return suggestions;
    }
}
