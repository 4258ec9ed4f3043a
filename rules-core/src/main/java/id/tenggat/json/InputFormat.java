package id.tenggat.json;

/** How the caller says cases are given; {@link #AUTO} lets the reader tell from the input itself. */
public enum InputFormat {
    /**
     * Tell from the input: a JSON array when it starts with {@code [}; JSON Lines when its first non-blank line is a
     * complete JSON value and another line follows, or when its first line is broken but the second is a complete
     * JSON object; otherwise one JSON document (a case written over many lines, or a single line). Telling needs the
     * second non-blank line, so the first answer waits for it: state {@link #JSONL} when lines arrive one at a time.
     */
    AUTO,
    /** One JSON document: a case (an object) or a JSON array of cases. */
    JSON,
    /** JSON Lines: every non-blank line is a case of its own, whatever the other lines hold. */
    JSONL
}
