package id.tenggat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which library and rule set produced an answer; written into every JSON answer as {@code libraryVersion} and
 * {@code ruleSetVersion}, next to the calendar data's {@code calendarVersion}.
 *
 * <p>The rule-set version is the library version: the rules are compiled into {@code tenggat-rules-drl} when the
 * library is built, are released together with it under one version (see {@code tenggat-bom}) and cannot be
 * replaced at run time, so the version already names the rules exactly. The calendar data, which can be dropped in
 * at run time, is the one input that needs a content hash.
 */
public final class Versions {
    private static final String LIBRARY = load();

    private Versions() {
    }

    /** {@return the version of the library, e.g. {@code 0.2.0}, as built by Maven} */
    public static String library() {
        return LIBRARY;
    }

    /** {@return the version of the rule set; equal to {@link #library()} (see the class comment)} */
    public static String ruleSet() {
        return LIBRARY;
    }

    private static String load() {
        try (InputStream in = Versions.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("id/tenggat/version.properties is missing from the library jar");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("libraryVersion");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
