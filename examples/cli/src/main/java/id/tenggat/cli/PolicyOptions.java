package id.tenggat.cli;

import id.tenggat.Tenggat;
import id.tenggat.policy.Policy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --policy ID=READING} option: a reading of an interpretation policy other than its default, for the
 * commands that answer cases. The policies and their readings are listed in the README and decided in the decision
 * records.
 */
final class PolicyOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec spec;

    @Option(names = "--policy", paramLabel = "ID=READING",
            description = "A reading of an interpretation policy other than its default, repeatable, e.g. "
                    + "--policy cuti-bersama=working (an unknown policy or reading is answered with the list).")
    private Map<String, String> readings = new LinkedHashMap<>();

    /**
     * Sets the readings on the library's builder.
     *
     * @throws ParameterException if a policy or reading is unknown (a usage error naming the allowed values)
     */
    void configure(Tenggat.Builder builder) {
        readings.forEach((id, reading) -> {
            Policy policy = Policy.byId(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "--policy: unknown policy '" + id + "'; policies: " + Stream.of(Policy.values())
                            .map(p -> p.id() + " (" + String.join(", ", p.readings()) + ")")
                            .collect(Collectors.joining("; "))));
            try {
                builder.policy(policy, policy.requireReading(reading));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--policy: " + e.getMessage());
            }
        });
    }
}
