package id.tenggat.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/**
 * One reason why a date is not an ordinary working day: a national holiday, a cuti bersama day,
 * an election day or a court closure, with its name and the instrument that sets it.
 * <p>
 * A date can have several reasons (2021-05-13 was both Ascension Day and Idul Fitri).
 * Plain weekends are not represented by this type; see {@link DayInfo#kind()}.
 *
 * <h2>Implementation Requirements:</h2>
 * This record is immutable and thread-safe.
 *
 * @param date  the date, not null
 * @param kind  the kind, not null, neither {@link DayKind#WORKING_DAY} nor {@link DayKind#WEEKEND}
 * @param name  the name in Indonesian as the instrument words it, not null, not blank
 * @param nameEn  the name in English, not null, not blank; equal to {@code name} where no translation is known
 * @param source  the instrument that sets the day, not null
 */
public record NonWorkingDay(LocalDate date, DayKind kind, String name, String nameEn, Source source) {

    /** Orders by date, then most significant kind first, then by name. */
    static final Comparator<NonWorkingDay> ORDER = Comparator.comparing(NonWorkingDay::date)
            .thenComparing(d -> -d.kind().significance())
            .thenComparing(NonWorkingDay::name);

    /**
     * Creates a non-working day.
     *
     * @param date  the date, not null
     * @param kind  the kind, not null, neither {@link DayKind#WORKING_DAY} nor {@link DayKind#WEEKEND}
     * @param name  the name in Indonesian as the instrument words it, not null, not blank
     * @param nameEn  the name in English, not null, not blank; equal to {@code name} where no translation is known
     * @param source  the instrument that sets the day, not null
     * @throws NullPointerException if any argument is null
     * @throws IllegalArgumentException if {@code kind} is a working day or weekend, or a name is blank
     */
    public NonWorkingDay {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(nameEn, "nameEn must not be null");
        Objects.requireNonNull(source, "source must not be null");
        if (kind == DayKind.WORKING_DAY || kind == DayKind.WEEKEND) {
            throw new IllegalArgumentException("kind must be a holiday, cuti bersama, election day or closure: " + kind);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: '" + name + "'");
        }
        if (nameEn.isBlank()) {
            throw new IllegalArgumentException("nameEn must not be blank: '" + nameEn + "'");
        }
    }
}
