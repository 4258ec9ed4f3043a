package id.tenggat.detention;

import id.tenggat.model.DetentionStage;
import id.tenggat.model.EventType;
import java.util.Objects;

/**
 * A court's time target counted back from the end of the current detention of a stage: e.g. the district court
 * decides at least 10 days before the defendant's detention ends. Immutable and thread-safe.
 */
public final class DecisionTarget implements DetentionRule {
    private final String deadlineId;
    private final DetentionStage stage;
    private final int daysBefore;
    private final EventType metBy;

    private DecisionTarget(String deadlineId, DetentionStage stage, int daysBefore, EventType metBy) {
        this.deadlineId = Objects.requireNonNull(deadlineId, "deadlineId must not be null");
        this.stage = Objects.requireNonNull(stage, "stage must not be null");
        if (daysBefore < 0) {
            throw new IllegalArgumentException("daysBefore must not be negative: " + daysBefore);
        }
        this.daysBefore = daysBefore;
        this.metBy = metBy;
    }

    /**
     * @param deadlineId the catalogue id, not null
     * @param stage      the stage whose detention end the target counts back from, not null
     * @param daysBefore calendar days before that end
     * @param metBy      the act that meets the target, or null when the case records no such event
     * @return the target
     */
    public static DecisionTarget of(String deadlineId, DetentionStage stage, int daysBefore, EventType metBy) {
        return new DecisionTarget(deadlineId, stage, daysBefore, metBy);
    }

    /** {@return the catalogue id} */
    public String getDeadlineId() { return deadlineId; }
    /** {@return the stage whose detention end the target counts back from} */
    public DetentionStage getStage() { return stage; }
    /** {@return the calendar days before that end} */
    public int getDaysBefore() { return daysBefore; }
    /** {@return the act that meets the target, or null when the case records no such event} */
    public EventType getMetBy() { return metBy; }

    @Override
    public String toString() {
        return "DecisionTarget[" + deadlineId + ", " + daysBefore + " days before end of " + stage + "]";
    }
}
