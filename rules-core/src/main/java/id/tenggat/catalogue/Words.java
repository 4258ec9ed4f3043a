package id.tenggat.catalogue;

import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Properties;

/**
 * The names a clerk reads, in Bahasa Indonesia and English, for what answers hold as codes: statuses
 * ({@code OPEN} → "BERJALAN"), parties ({@code TERGUGAT} → "Tergugat"), event types
 * ({@code PUTUSAN_DIBERITAHUKAN} → "Putusan diberitahukan") and deadline ids (from the {@link DeadlineCatalogue}).
 * Reports, web pages and explanations use these, so every screen says the same thing.
 *
 * <p>This class is stateless and thread-safe; the words are read once per process.
 */
public final class Words {
    private Words() {
    }

    /**
     * The status as a clerk's table shows it, e.g. "BERJALAN" / "OPEN", "TIDAK DIHITUNG" / "NOT COUNTED".
     *
     * @param status  the status, not null
     * @param language  the language, not null
     * @return the word
     */
    public static String name(Status status, Language language) {
        return word("status.", Objects.requireNonNull(status, "status must not be null").name(), language);
    }

    /**
     * The party's role, e.g. "Tergugat" / "Defendant".
     *
     * @param party  the party, not null
     * @param language  the language, not null
     * @return the word
     */
    public static String name(Party party, Language language) {
        return word("party.", Objects.requireNonNull(party, "party must not be null").name(), language);
    }

    /**
     * What happened, e.g. "Putusan diberitahukan" / "Judgment notified".
     *
     * @param event  the event type, not null
     * @param language  the language, not null
     * @return the words
     */
    public static String name(EventType event, Language language) {
        return word("event.", Objects.requireNonNull(event, "event must not be null").name(), language);
    }

    /**
     * The short name of a deadline id, e.g. "Permohonan banding" / "Notice of appeal (banding)".
     *
     * @param deadlineId  the catalogue id, not null
     * @param language  the language, not null
     * @return the name
     * @throws IllegalArgumentException if the catalogue has no such id (the message suggests the nearest)
     */
    public static String name(String deadlineId, Language language) {
        return DeadlineCatalogue.embedded().require(deadlineId).name(language);
    }

    private static String word(String prefix, String code, Language language) {
        Properties words = Objects.requireNonNull(language, "language must not be null") == Language.EN
                ? Loaded.EN : Loaded.ID;
        String word = words.getProperty(prefix + code);
        if (word == null) {
            throw new IllegalStateException("no " + language + " word for " + prefix + code);
        }
        return word;
    }

    /** The words of both languages, read when first asked for. */
    private static final class Loaded {
        static final Properties ID = load("words_id.properties");
        static final Properties EN = load("words_en.properties");

        private static Properties load(String name) {
            Properties p = new Properties();
            try (InputStream in = Words.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + name);
                }
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}
