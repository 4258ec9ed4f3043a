package id.tenggat.assertj;

import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.FieldError;
import id.tenggat.catalogue.DeadlineCatalogue;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link CaseAnswer}: its errors and its deadlines by id. */
public final class CaseAnswerAssert extends AbstractAssert<CaseAnswerAssert, CaseAnswer> {

    CaseAnswerAssert(CaseAnswer actual) {
        super(actual, CaseAnswerAssert.class);
    }

    /**
     * Verifies that the case was answered: no field errors.
     *
     * @return this assertion, to chain further checks
     */
    public CaseAnswerAssert hasNoErrors() {
        isNotNull();
        if (!actual.errors().isEmpty()) {
            failWithMessage("Expecting case %s to be answered without errors but it has:%n  %s", caseName(),
                    actual.errors().stream().map(FieldError::toString).collect(Collectors.joining("%n  ".formatted())));
        }
        return this;
    }

    /**
     * Verifies that the case was refused with an error on the given field path.
     *
     * @param field  the field path, e.g. {@code "events[0].date"}
     * @return this assertion, to chain further checks
     */
    public CaseAnswerAssert hasErrorOn(String field) {
        isNotNull();
        if (actual.errors().stream().noneMatch(e -> e.field().equals(field))) {
            failWithMessage("Expecting case %s to have an error on <%s> but its errors are: %s", caseName(), field,
                    actual.errors());
        }
        return this;
    }

    /**
     * Verifies that no deadline with this id is answered (for any party). An id the catalogue does not list fails,
     * naming the nearest, so that a typo cannot pass.
     *
     * @param id  the deadline id of the catalogue
     * @return this assertion, to chain further checks
     */
    public CaseAnswerAssert hasNoDeadline(String id) {
        isNotNull();
        requireKnown(id);
        List<DeadlineAnswer> found = actual.deadlines(id);
        if (!found.isEmpty()) {
            failWithMessage("Expecting case %s to have no deadline %s but found:%n  %s", caseName(), id, summary(found));
        }
        return this;
    }

    /**
     * Selects the answers with this deadline id; continue with {@code forParty(..)} or {@code caseWide()}.
     * Fails if the case has none.
     *
     * @param id  the deadline id of the catalogue
     * @return the selection of the case's answers with that id
     */
    public DeadlineSelection deadline(String id) {
        isNotNull();
        Objects.requireNonNull(id, "id must not be null");
        requireKnown(id);
        List<DeadlineAnswer> found = actual.deadlines(id);
        if (found.isEmpty()) {
            failWithMessage("Expecting case %s to have deadline %s but it has only:%n  %s", caseName(), id,
                    summary(actual.deadlines()));
        }
        return new DeadlineSelection(id, caseName(), found);
    }

    /** Fails on an id the catalogue does not list, naming the nearest, so that a typo cannot pass unnoticed. */
    private void requireKnown(String id) {
        try {
            DeadlineCatalogue.embedded().require(id);
        } catch (IllegalArgumentException unknown) {
            failWithMessage("%s", unknown.getMessage());
        }
    }

    private String caseName() {
        return actual.caseNumber() == null ? "(no case number) as of " + actual.asOf()
                : actual.caseNumber() + " as of " + actual.asOf();
    }

    static String summary(List<DeadlineAnswer> answers) {
        if (answers.isEmpty()) {
            return "(nothing)";
        }
        return answers.stream()
                .map(a -> DeadlineAnswerAssert.describe(a) + ": " + a.status() + (a.due() == null ? "" : " " + a.due())).collect(Collectors.joining("%n  ".formatted()));
    }
}
