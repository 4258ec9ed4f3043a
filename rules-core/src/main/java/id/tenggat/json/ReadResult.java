package id.tenggat.json;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The cases read from one JSON input, in input order, with the shape they came in. This record is immutable and
 * thread-safe.
 *
 * @param shape how the cases were given, not null
 * @param cases every case read, valid or not, in input order, never null
 */
public record ReadResult(InputShape shape, List<ParsedCase> cases) {

    /**
     * Checks the components and copies the lists.
     *
     * @param shape  how the cases were given, not null
     * @param cases  every case read, valid or not, in input order, never null
     */
    public ReadResult {
        Objects.requireNonNull(shape, "shape must not be null");
        cases = List.copyOf(cases);
    }

    /** {@return whether every case was read without problems} */
    public boolean ok() {
        return cases.stream().allMatch(ParsedCase::ok);
    }

    /** {@return the cases with problems, in input order} */
    public List<ParsedCase> invalid() {
        return cases.stream().filter(c -> !c.ok()).toList();
    }

    /**
     * The same cases, where a case names no court, with the given court: the court a caller gives for the whole
     * input (the command-line tool's {@code --court}, the service's {@code court} parameter).
     *
     * @param court the court's name, or null to keep the cases as they are
     * @return the cases
     */
    public ReadResult withDefaultCourt(String court) {
        if (court == null) {
            return this;
        }
        return new ReadResult(shape, cases.stream().map(p -> p.withDefaultCourt(court)).toList());
    }

    /**
     * The same cases checked exactly as {@link #answer} checks them before answering them on {@code asOf}; see
     * {@link ParsedCase#checkedBy(Tenggat, LocalDate)}.
     *
     * @param tenggat the library that would answer the cases, not null
     * @param asOf    the day they would be answered on, not null
     * @return the cases, with the problems found
     */
    public ReadResult checkedBy(Tenggat tenggat, LocalDate asOf) {
        return new ReadResult(shape, cases.stream().map(c -> c.checkedBy(tenggat, asOf)).toList());
    }

    /**
     * Answers every case on one day, in input order: a case with problems gets an answer that carries its errors
     * and no deadlines; the others are answered by {@code tenggat}, which answers each case apart from the others.
     *
     * @param tenggat the library, not null
     * @param asOf    the day asked about, not null
     * @return one answer per case, in input order
     */
    public List<CaseAnswer> answer(Tenggat tenggat, LocalDate asOf) {
        Objects.requireNonNull(tenggat, "tenggat must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        return BatchAnswerer.answerInOrder(cases, tenggat, parsed -> asOf);
    }
}
