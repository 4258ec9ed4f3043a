package id.tenggat.internal;

import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * Keeps the library's dependencies from printing to stderr on their own when the embedding application has chosen
 * no logging, while leaving every choice it did make alone.
 *
 * <ul>
 *   <li>SLF4J (used by Drools and ical4j) with no provider falls back to its no-operation logger and says so in
 *       three warning lines. When no provider is on the class path and the application has not set
 *       {@code slf4j.internal.verbosity}, it is set to {@code ERROR}: the fallback is the same, only the note about
 *       it is dropped. An application that adds a provider (Logback, Log4j, slf4j-simple...) is not touched.</li>
 *   <li>Hibernate Validator announces its version at INFO through JBoss Logging, which without a logging framework
 *       writes to {@code java.util.logging}'s console. When the application has given that one logger no level,
 *       it is set to {@code WARNING}; Hibernate Validator's warnings and errors still pass.</li>
 * </ul>
 */
public final class QuietByDefault {
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    /** Held so that java.util.logging keeps the level set on it (it holds its loggers weakly). */
    private static final Logger VALIDATOR_VERSION_BANNER =
            Logger.getLogger("org.hibernate.validator.internal.util.Version");

    private QuietByDefault() {
    }

    /**
     * Applies the settings above; called when a {@code Tenggat} is built and when a case validator is made (by
     * {@code TenggatJson} too), before the library first uses Drools, ical4j or Hibernate Validator.
     */
    public static synchronized void apply() {
        if (System.getProperty(SLF4J_VERBOSITY) == null
                && ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isEmpty()) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        if (VALIDATOR_VERSION_BANNER.getLevel() == null) {
            VALIDATOR_VERSION_BANNER.setLevel(Level.WARNING);
        }
    }
}
