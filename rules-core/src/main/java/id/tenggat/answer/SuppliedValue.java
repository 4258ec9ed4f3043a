package id.tenggat.answer;

import id.tenggat.law.LawValue;
import java.util.Objects;

/**
 * The value of the law an answer was computed from when a deployment supplied it rather than the library: the
 * library does not vouch for it. This record is immutable and thread-safe.
 *
 * @param key     the name of the value, e.g. {@code "uu-20-2025.pidana.banding"}, not null
 * @param article the article the deployment cites, not null
 * @param source  the deployment's source for it (its copy of the enacted text), not null
 */
public record SuppliedValue(String key, String article, String source) {
    /**
     * Checks the components.
     *
     * @param key  the name of the value, e.g. {@code "uu-20-2025.pidana.banding"}, not null
     * @param article  the article the deployment cites, not null
     * @param source  the deployment's source for it (its copy of the enacted text), not null
     */
    public SuppliedValue {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(article, "article must not be null");
        Objects.requireNonNull(source, "source must not be null");
    }

    /**
     * The citation of a value a deployment supplied.
     *
     * @param value  the supplied value, not null
     * @return its key, article and source
     */
    public static SuppliedValue of(LawValue value) {
        return new SuppliedValue(value.key(), value.article(), value.source());
    }

    /** {@return the explanation step that says where the value came from and that the library does not vouch for it} */
    public Explanation.Step step() {
        return new Explanation.Step("Nilai " + key + " diberikan oleh pengguna pustaka berdasarkan " + article + " ("
                + source + "); pustaka tidak menjamin nilai ini.",
                "Value " + key + " was supplied by the deployment under " + article + " (" + source
                + "); the library does not vouch for it.");
    }
}
