package id.tenggat.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How an answer was reached, as ordered steps, each in Bahasa Indonesia and in English.
 * This record is immutable and thread-safe.
 *
 * @param steps the steps in order, never null
 */
public record Explanation(List<Step> steps) {

    /**
     * Copies the lists.
     *
     * @param steps  the steps in order, never null
     */
    public Explanation {
        steps = List.copyOf(steps);
    }

    /**
     * The steps in one language.
     *
     * @param language  the language, not null
     * @return the steps, in order
     */
    public List<String> in(Language language) {
        Objects.requireNonNull(language, "language must not be null");
        return steps.stream().map(s -> language == Language.EN ? s.en() : s.id()).toList();
    }

    /**
     * This explanation with {@code step} before its first step.
     *
     * @param step  the step to put first, not null
     * @return a new explanation
     */
    public Explanation startingWith(Step step) {
        List<Step> all = new ArrayList<>(steps.size() + 1);
        all.add(Objects.requireNonNull(step, "step must not be null"));
        all.addAll(steps);
        return new Explanation(all);
    }

    /**
     * One step of an explanation.
     *
     * @param id the step in Bahasa Indonesia, not null
     * @param en the step in English, not null
     */
    public record Step(String id, String en) {
        /**
         * Checks the components.
         *
         * @param id  the step in Bahasa Indonesia, not null
         * @param en  the step in English, not null
         */
        public Step {
            Objects.requireNonNull(id, "id must not be null");
            Objects.requireNonNull(en, "en must not be null");
        }
    }
}
