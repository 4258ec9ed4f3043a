package id.tenggat.json;

/** How cases were given, which decides how answers are written back: the same shape in, the same shape out. */
public enum InputShape {
    /** One case as a JSON object; one answer object out. */
    OBJECT,
    /** A JSON array of cases; an array of answers out. */
    ARRAY,
    /** JSON Lines, one case per line; one answer per line out. */
    LINES
}
