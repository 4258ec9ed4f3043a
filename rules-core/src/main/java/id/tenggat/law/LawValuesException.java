package id.tenggat.law;

import java.util.List;

/** A law-values file that cannot be used, with every problem found, each naming the entry and the field. */
public final class LawValuesException extends IllegalArgumentException {
    private final String file;
    private final List<String> problems;

    public LawValuesException(String file, List<String> problems) {
        super("law values " + file + ": " + String.join("; ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** The file (or resource) that was read. */
    public String file() {
        return file;
    }

    /** Each problem, naming the entry and the field. */
    public List<String> problems() {
        return problems;
    }
}
