package id.tenggat.answer;

import java.util.List;

/**
 * The result of an eligibility check: eligible only if every criterion is satisfied.
 * This record is immutable and thread-safe.
 *
 * @param id       the catalogue id, e.g. {@code "sederhana.syarat"}, not null
 * @param eligible whether every criterion is satisfied
 * @param criteria every criterion checked, with its result
 */
public record Eligibility(String id, boolean eligible, List<Criterion> criteria) {
    /**
     * Copies the lists.
     *
     * @param id  the catalogue id, e.g. {@code "sederhana.syarat"}, not null
     * @param eligible  whether every criterion is satisfied
     * @param criteria  every criterion checked, with its result
     */
    public Eligibility {
        criteria = List.copyOf(criteria);
    }

    /** {@return the criteria the case fails} */
    public List<Criterion> reasons() {
        return criteria.stream().filter(c -> !c.satisfied()).toList();
    }
}
