package id.tenggat.law;

import java.util.List;

/** A law-values file that cannot be used, with every problem found, each naming the entry and the field. */
public final class LawValuesException extends IllegalArgumentException {
    /** The file (or resource) that was read. */
    private final String file;
    /** Each problem, naming the entry and the field. */
    private final List<String> problems;

    /**
     * Creates the exception.
     *
     * @param file  the file (or resource) that was read
     * @param problems  each problem, naming the entry and the field
     */
    public LawValuesException(String file, List<String> problems) {
        super("law values " + file + ": " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** {@return the file (or resource) that was read} */
    public String file() {
        return file;
    }

    /** {@return each problem, naming the entry and the field} */
    public List<String> problems() {
        return problems;
    }
}
