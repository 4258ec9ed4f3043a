package id.tenggat.detention;

import id.tenggat.engine.ProvisionKind;
import id.tenggat.model.Detention;
import id.tenggat.model.DetentionStage;
import id.tenggat.model.Official;
import java.time.LocalDate;
import java.util.List;

/**
 * The detention of one stage, counted. Immutable and thread-safe.
 *
 * @param deadlineId      the catalogue id, e.g. {@code pidana.penahanan.pn}, not null
 * @param stage           the stage, not null
 * @param status          PERIOD when counted against known limits; NOT_ENCODED or NEEDS_FACT otherwise
 * @param orders          the stage's orders, by start date, with their counted ends
 * @param end             the last day of the stage's latest order, not null
 * @param latestLawfulEnd the last day detention at this stage may last with every extension still allowed, or null
 *                        when the limits are not known
 * @param nextExtensionBy who may grant the next extension, or null when none is left or the limits are not known
 * @param days            the days of detention ordered at this stage, suspensions excluded
 */
public record StageDetention(String deadlineId, DetentionStage stage, ProvisionKind status, List<CountedOrder> orders,
                             LocalDate end, LocalDate latestLawfulEnd, Official nextExtensionBy, long days) {

    /**
     * Copies the lists.
     *
     * @param deadlineId  the catalogue id, e.g. {@code pidana.penahanan.pn}, not null
     * @param stage  the stage, not null
     * @param status  PERIOD when counted against known limits; NOT_ENCODED or NEEDS_FACT otherwise
     * @param orders  the stage's orders, by start date, with their counted ends
     * @param end  the last day of the stage's latest order, not null
     * @param latestLawfulEnd  the last day detention at this stage may last with every extension still allowed, or null
     *     when the limits are not known
     * @param nextExtensionBy  who may grant the next extension, or null when none is left or the limits are not known
     * @param days  the days of detention ordered at this stage, suspensions excluded
     */
    public StageDetention {
        orders = List.copyOf(orders);
    }

    /**
     * One order with its counted last day.
     *
     * @param order the order as given
     * @param end   its last day, suspensions included
     * @param days  its length in days, suspensions excluded
     */
    public record CountedOrder(Detention order, LocalDate end, long days) {
    }
}
