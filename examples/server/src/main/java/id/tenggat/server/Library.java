package id.tenggat.server;

import id.tenggat.Tenggat;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library with its default policy readings, plus one library per combination of readings a caller asked for
 * (at most one per combination; the rule base behind them is shared).
 */
final class Library {
    private final DeploymentData data;
    private final Tenggat defaults;
    private final Map<Map<Policy, String>, Tenggat> byReadings = new ConcurrentHashMap<>();

    private Library(DeploymentData data, Tenggat defaults) {
        this.data = data;
        this.defaults = defaults;
    }

    /**
     * Builds the library and answers one case, so that the rule base and the calendar are loaded before the service
     * says it is ready.
     *
     * @param data the deployment's courts, calendar data and law values, given to every library built
     */
    static Library warmedUp(DeploymentData data) {
        Tenggat tenggat = data.configure(Tenggat.builder()).build();
        CourtCase probe = CourtCase.builder(CaseType.PERDATA)
                .event(EventType.PUTUSAN_DIBERITAHUKAN, tenggat.calendar().firstCoveredDate().plusDays(7), Party.TERGUGAT)
                .build();
        tenggat.answer(probe, tenggat.calendar().firstCoveredDate().plusDays(8));
        return new Library(data, tenggat);
    }

    Tenggat defaults() {
        return defaults;
    }

    /** The library with the given readings (already checked against each policy's readings). */
    Tenggat with(Map<Policy, String> readings) {
        if (readings.isEmpty()) {
            return defaults;
        }
        return byReadings.computeIfAbsent(new TreeMap<>(readings), r -> {
            Tenggat.Builder b = data.configure(Tenggat.builder());
            r.forEach(b::policy);
            return b.build();
        });
    }
}
