package id.tenggat.sipp;

import id.tenggat.calendar.Court;
import id.tenggat.calendar.CourtLookupException;
import id.tenggat.calendar.CourtRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which court of the registry a SIPP database belongs to, from its {@code sys_config}. The one place where SIPP's
 * court identity meets the registry, which knows every court by its satker code ({@code KodePN}), its short name
 * and its full name in SIPP's upper-case form ({@code NamaPN} = "PENGADILAN NEGERI JEPARA").
 */
final class CourtMatcher {

    private CourtMatcher() {
    }

    /**
     * The registry's name for the court, or empty when nothing in {@code sys_config} identifies one court. The name
     * is tried first; {@code KodePN} last, since whether SIPP keeps the Supreme Court's satker code there is not
     * documented (it tells apart two courts of one name, e.g. two "PA Negara", when it is).
     *
     * @param sysConfig {@code sys_config} as name → value
     */
    static Optional<String> match(Map<String, String> sysConfig, CourtRegistry registry) {
        for (String key : List.of("NamaPN", "NamaPengadilan", "KodePN")) {
            String value = sysConfig.get(key);
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                Optional<Court> court = registry.find(value.strip().replaceAll("\\s+", " "));
                if (court.isPresent()) {
                    return court.map(Court::name);
                }
            } catch (CourtLookupException ambiguous) {
                // a name several courts share: the next key may tell them apart
            }
        }
        return Optional.empty();
    }
}
