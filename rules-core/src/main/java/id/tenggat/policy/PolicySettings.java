package id.tenggat.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The reading chosen for each interpretation policy; policies not set use their default.
 * This class is immutable and thread-safe.
 */
public final class PolicySettings {
    private static final PolicySettings DEFAULTS = new PolicySettings(new EnumMap<>(Policy.class));

    private final Map<Policy, String> readings;

    private PolicySettings(Map<Policy, String> readings) {
        this.readings = Collections.unmodifiableMap(new EnumMap<>(readings));
    }

    /** {@return every policy at its default reading} */
    public static PolicySettings defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with one policy set.
     *
     * @param policy  the policy, not null
     * @param reading  one of its readings
     * @return these settings with that reading chosen
     * @throws IllegalArgumentException if the reading is not one of the policy's readings
     */
    public PolicySettings with(Policy policy, String reading) {
        Objects.requireNonNull(policy, "policy must not be null");
        policy.requireReading(reading);
        EnumMap<Policy, String> copy = readings.isEmpty() ? new EnumMap<>(Policy.class) : new EnumMap<>(readings);
        copy.put(policy, reading);
        return new PolicySettings(copy);
    }

    /**
     * The reading in force for a policy.
     *
     * @param policy  the policy, not null
     * @return the reading
     */
    public String reading(Policy policy) {
        return readings.getOrDefault(Objects.requireNonNull(policy, "policy must not be null"), policy.defaultReading());
    }

    /**
     * Whether the policy was set explicitly.
     *
     * @param policy  the policy, not null
     * @return whether it was
     */
    public boolean isSet(Policy policy) {
        return readings.containsKey(policy);
    }

    @Override
    public String toString() {
        return "PolicySettings" + readings;
    }
}
