package id.tenggat.error;

import id.tenggat.answer.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A case the library cannot answer, with every problem found in it: each names the field's path and the value.
 */
public final class InvalidCaseException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    /**
     * @param caseNumber the case number, may be null
     * @param errors     every problem, not empty
     */
    public InvalidCaseException(String caseNumber, List<FieldError> errors) {
        super("Invalid case" + (caseNumber == null ? "" : " " + caseNumber) + ": "
                + errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    /** {@return every problem found, in a stable order} */
    public List<FieldError> errors() {
        return errors;
    }
}
