package id.tenggat.assertj;

import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.model.Party;
import java.util.List;
import java.util.Objects;

/**
 * The answers of one case for one deadline id, narrowed to one party (and variant, where a deadline has several
 * grounds) before the assertions on the answer itself. Immutable.
 */
public final class DeadlineSelection {
    private final String id;
    private final String caseName;
    private final List<DeadlineAnswer> answers;

    DeadlineSelection(String id, String caseName, List<DeadlineAnswer> answers) {
        this.id = id;
        this.caseName = caseName;
        this.answers = List.copyOf(answers);
    }

    /**
     * Selects the party's answer; fails if the party has none, or several (use {@link #forParty(Party, String)}).
     *
     * @param party  the party
     * @return assertions on that answer
     */
    public DeadlineAnswerAssert forParty(Party party) {
        Objects.requireNonNull(party, "party must not be null");
        return single(answers.stream().filter(a -> a.party() == party).toList(), "for " + party);
    }

    /**
     * Selects the party's answer under one variant (e.g. the ground of a PK, {@code "pasal-67-huruf-b"}).
     *
     * @param party  the party
     * @param variant  the variant, or null for the answer without one
     * @return assertions on that answer
     */
    public DeadlineAnswerAssert forParty(Party party, String variant) {
        Objects.requireNonNull(party, "party must not be null");
        return single(answers.stream().filter(a -> a.party() == party && Objects.equals(a.variant(), variant)).toList(),
                "for " + party + " variant " + variant);
    }

    /**
     * Selects the answer of a deadline that belongs to the case rather than a party (a court target, a summons).
     *
     * @return assertions on that answer
     */
    public DeadlineAnswerAssert caseWide() {
        return single(answers.stream().filter(a -> a.party() == null).toList(), "case-wide");
    }

    private DeadlineAnswerAssert single(List<DeadlineAnswer> found, String which) {
        if (found.size() != 1) {
            throw new AssertionError(String.format("Expecting case %s to have exactly one deadline %s %s but found %d:%n  %s",
                    caseName, id, which, found.size(), CaseAnswerAssert.summary(answers)));
        }
        return new DeadlineAnswerAssert(found.get(0));
    }
}
