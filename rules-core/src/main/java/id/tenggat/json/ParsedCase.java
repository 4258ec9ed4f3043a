package id.tenggat.json;

import id.tenggat.Tenggat;
import id.tenggat.answer.FieldError;
import id.tenggat.model.CourtCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One case read from JSON: either the case, or every problem found in it. A bad case never stops a batch; it
 * keeps its place so that its answer can be written where the caller expects it. This record is immutable and
 * thread-safe.
 *
 * @param index      the position of the case in its input, from 0 (for JSON Lines: among the non-blank lines)
 * @param courtCase  the case, or null when there are errors
 * @param caseNumber the case number as given, even in a case with errors, or null
 * @param errors     every problem found, each naming the field's path and the value; empty when the case is valid
 */
public record ParsedCase(int index, CourtCase courtCase, String caseNumber, List<FieldError> errors) {

    /**
     * Checks the components and copies the lists.
     *
     * @param index  the position of the case in its input, from 0 (for JSON Lines: among the non-blank lines)
     * @param courtCase  the case, or null when there are errors
     * @param caseNumber  the case number as given, even in a case with errors, or null
     * @param errors  every problem found, each naming the field's path and the value; empty when the case is valid
     */
    public ParsedCase {
        errors = List.copyOf(errors);
        if ((courtCase == null) == errors.isEmpty()) {
            throw new IllegalArgumentException("a parsed case holds either a case or its errors");
        }
    }

    /** A case that was read and validated. */
    static ParsedCase valid(int index, CourtCase courtCase) {
        return new ParsedCase(index, Objects.requireNonNull(courtCase, "courtCase must not be null"),
                courtCase.caseNumber(), List.of());
    }

    /** A case with problems. */
    static ParsedCase invalid(int index, String caseNumber, List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid case needs at least one error");
        }
        return new ParsedCase(index, null, caseNumber, errors);
    }

    /** {@return whether the case was read without problems} */
    public boolean ok() {
        return courtCase != null;
    }

    /**
     * This case checked exactly as {@link Tenggat#answer} checks it before answering it on {@code asOf} (see
     * {@link Tenggat#validate(CourtCase, LocalDate)}): a case read without problems may still have some, such as an
     * event after the day asked about or a court the library's registry does not know. A case read with problems is
     * returned as it is, as answering it would report them.
     *
     * @param tenggat the library that would answer the case, not null
     * @param asOf    the day it would be answered on, not null
     * @return this case, with the problems found
     */
    public ParsedCase checkedBy(Tenggat tenggat, LocalDate asOf) {
        Objects.requireNonNull(tenggat, "tenggat must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        if (!ok()) {
            return this;
        }
        List<FieldError> found = tenggat.validate(courtCase, asOf);
        return found.isEmpty() ? this : invalid(index, caseNumber, found);
    }

    /**
     * This case with the given court when it names none: the court a caller gives for a whole input (the
     * command-line tool's {@code --court}, the service's {@code court} parameter).
     *
     * @param court the court's name, or null to keep the case as it is
     * @return the case
     */
    public ParsedCase withDefaultCourt(String court) {
        if (court == null || courtCase == null || courtCase.court() != null) {
            return this;
        }
        CourtCase c = courtCase;
        return new ParsedCase(index, new CourtCase(c.caseNumber(), c.caseType(), c.electronic(), court, c.parties(),
                c.events(), c.detentions(), c.claim(), c.defendant()), caseNumber, errors);
    }
}
