package id.tenggat.sipp;

import id.tenggat.calendar.CourtCalendar;
import id.tenggat.calendar.CourtRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which court of the registry a SIPP database belongs to, from its {@code sys_config}. The one place where SIPP's
 * court identity meets the registry: SIPP writes the name in full and often upper-case ({@code NamaPN} =
 * "PENGADILAN NEGERI JEPARA"), the registry by its short name ("PN Jepara"); the registry's names match without
 * regard to case.
 */
final class CourtMatcher {
    private static final String FULL_PN = "PENGADILAN NEGERI ";

    private CourtMatcher() {
    }

    /**
     * The registry's name for the court, or empty when no name in {@code sys_config} is in the registry.
     *
     * @param sysConfig {@code sys_config} as name → value
     */
    static Optional<String> match(Map<String, String> sysConfig, CourtRegistry registry) {
        List<String> candidates = new ArrayList<>();
        for (String key : List.of("NamaPN", "NamaPengadilan", "KodePN")) {
            String value = sysConfig.get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            String name = value.strip().replaceAll("\\s+", " ");
            candidates.add(name);
            if (name.toUpperCase(Locale.ROOT).startsWith(FULL_PN)) {
                candidates.add("PN " + name.substring(FULL_PN.length()));
            }
        }
        return candidates.stream().map(registry::find).flatMap(Optional::stream).findFirst()
                .map(CourtCalendar::name);
    }
}
