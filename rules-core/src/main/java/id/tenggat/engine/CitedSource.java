package id.tenggat.engine;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One source a rule cites, with its kind. A rule's {@code @source} text lists its sources separated by {@code ;},
 * official texts first; {@link #parse(String)} splits and classifies them. This record is immutable and thread-safe.
 *
 * @param reference the URL or the seed tag and section, e.g. {@code "S4 III.B.7.1.b"}; not blank
 * @param kind      what the source is, not null
 */
public record CitedSource(String reference, SourceKind kind) {
    /** Hosts that publish the text of the law as its issuing body or as the state's legal documentation network. */
    private static final Set<String> OFFICIAL_HOSTS = Set.of("peraturan.go.id", "peraturan.bpk.go.id",
            "jdihn.go.id", "bphn.go.id", "mahkamahagung.go.id", "mkri.id", "dpr.go.id", "setneg.go.id");
    /** Any JDIH (jaringan dokumentasi dan informasi hukum) site of a government body or court. */
    private static final Pattern JDIH_HOST = Pattern.compile("jdih\\.([a-z0-9-]+\\.)*go\\.id");
    /** A tag of the seed documents S0 to S4, alone or followed by a section. */
    private static final Pattern SEED = Pattern.compile("S[0-4]( .+)?");

    /**
     * Checks the components.
     *
     * @param reference  the URL or the seed tag and section; not blank
     * @param kind  what the source is, not null
     */
    public CitedSource {
        Objects.requireNonNull(reference, "reference must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        if (reference.isBlank()) {
            throw new IllegalArgumentException("reference must not be blank");
        }
    }

    /**
     * Splits a rule's source text at {@code ;} and classifies each part.
     *
     * @param source  the source text, e.g. {@code "https://peraturan.go.id/id/uu-no-20-tahun-2025; S3 IV.A"}, not
     *     null
     * @return the sources in the order cited, never null; empty for a blank text
     */
    public static List<CitedSource> parse(String source) {
        Objects.requireNonNull(source, "source must not be null");
        List<CitedSource> result = new ArrayList<>();
        for (String part : source.split(";")) {
            String reference = part.trim();
            if (!reference.isEmpty()) {
                result.add(new CitedSource(reference, classify(reference)));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Classifies one reference. A seed tag S0 to S4 is {@link SourceKind#SEED}; an http or https URL is
     * {@link SourceKind#OFFICIAL} when its host (without {@code www.}) is peraturan.go.id, peraturan.bpk.go.id,
     * jdihn.go.id, a {@code jdih.*.go.id} site, bphn.go.id or one of its sites, mahkamahagung.go.id, mkri.id other than
     * its news pages ({@code page=web.Berita}), dpr.go.id or setneg.go.id, and {@link SourceKind#SECONDARY} otherwise
     * (other court and government sites among them: they quote the law, they do not issue it); anything else is
     * {@link SourceKind#UNCLASSIFIED}.
     *
     * @param reference  one reference, not null
     * @return its kind, never null
     */
    public static SourceKind classify(String reference) {
        Objects.requireNonNull(reference, "reference must not be null");
        String r = reference.trim();
        if (SEED.matcher(r).matches()) {
            return SourceKind.SEED;
        }
        URI uri;
        try {
            uri = new URI(r);
        } catch (URISyntaxException e) {
            return SourceKind.UNCLASSIFIED;
        }
        String scheme = uri.getScheme();
        String host = uri.getHost();
        if (scheme == null || host == null
                || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return SourceKind.UNCLASSIFIED;
        }
        return officialHost(host.toLowerCase(Locale.ROOT), uri.getRawQuery())
                ? SourceKind.OFFICIAL : SourceKind.SECONDARY;
    }

    private static boolean officialHost(String host, String query) {
        String h = host.startsWith("www.") ? host.substring(4) : host;
        if (h.equals("mkri.id")) {
            return query == null || !query.contains("page=web.Berita");
        }
        return OFFICIAL_HOSTS.contains(h) || JDIH_HOST.matcher(h).matches() || h.endsWith(".bphn.go.id");
    }
}
