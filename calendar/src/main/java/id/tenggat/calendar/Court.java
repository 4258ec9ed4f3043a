package id.tenggat.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A court of the registry: its names, kind, high court, province, time zone and Supreme Court work-unit code.
 *
 * <h2>Implementation Requirements:</h2>
 * This record is immutable and thread-safe.
 *
 * @param name  the short name, e.g. "PN Kalabahi" or "MS Banda Aceh", not null
 * @param fullName  the full name, e.g. "Pengadilan Negeri Kalabahi", not null
 * @param kind  the kind, not null
 * @param highCourt  the short name of the appellate court, or null for an appellate court
 * @param province  the province of the seat, not null
 * @param zone  the time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT), not null
 * @param satkerCode  the Supreme Court's work-unit code without leading zeros, or null where unknown
 * @param officeHours  the hours the front office receives filings, not null
 * @param overlays  the calendar overlays with the court's closures, not null
 * @param source  where the entry comes from, not null
 * @param note  a caution about the entry, or null
 */
public record Court(String name, String fullName, CourtKind kind, String highCourt, String province, ZoneId zone,
                    String satkerCode, OfficeHours officeHours, List<CalendarOverlay> overlays, String source,
                    String note) {

    /**
     * Creates a court.
     *
     * @param name  the short name, e.g. "PN Kalabahi" or "MS Banda Aceh", not null
     * @param fullName  the full name, e.g. "Pengadilan Negeri Kalabahi", not null
     * @param kind  the kind, not null
     * @param highCourt  the short name of the appellate court, or null for an appellate court
     * @param province  the province of the seat, not null
     * @param zone  the time zone: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT), not null
     * @param satkerCode  the Supreme Court's work-unit code without leading zeros, or null where unknown
     * @param officeHours  the hours the front office receives filings, not null
     * @param overlays  the calendar overlays with the court's closures, not null
     * @param source  where the entry comes from, not null
     * @param note  a caution about the entry, or null
     * @throws NullPointerException if a required component is null
     */
    public Court {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(fullName, "fullName must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(province, "province must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(officeHours, "officeHours must not be null");
        overlays = List.copyOf(overlays);
        Objects.requireNonNull(source, "source must not be null");
    }

    /** {@return the court's jurisdiction, from its kind} */
    public Jurisdiction jurisdiction() {
        return kind.jurisdiction();
    }

    /** {@return the high court's short name, if this is a first-instance court} */
    public Optional<String> highCourtName() {
        return Optional.ofNullable(highCourt);
    }

    /** {@return the name as SIPP writes it: the full name in upper case, e.g. "PENGADILAN NEGERI KALABAHI"} */
    public String sippName() {
        return fullName.toUpperCase(Locale.ROOT);
    }

    /** {@return the zone's Indonesian abbreviation: WIB, WITA or WIT} */
    public String zoneAbbreviation() {
        return CourtCalendar.zoneAbbreviation(zone);
    }

    /**
     * Returns the name with the province and the satker code, e.g. "PA Negara (Bali, satker 402732)", which tells
     * apart courts that share a name.
     *
     * @return the name, province and satker code
     */
    public String label() {
        return name + " (" + province + (satkerCode == null ? "" : ", satker " + satkerCode) + ")";
    }
}
