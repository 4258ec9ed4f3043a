package id.tenggat.calendar;

import id.tenggat.calendar.internal.Quote;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads closures and added days from an iCalendar file with ical4j; see {@link CalendarOverlay#fromICalendar}. */
final class ICalendarReader {

    /** Properties that make an event recur; the reader takes each event as the days it spans, so it refuses them. */
    private static final List<String> RECURRENCE = List.of(Property.RRULE, Property.RDATE, Property.EXRULE,
            Property.EXDATE);

    private ICalendarReader() {
    }

    static CalendarOverlay read(InputStream in, String file) {
        Calendar calendar;
        try (InputStream bounded = new ByteArrayInputStream(DataReader.bytes(in, file))) {
            calendar = new CalendarBuilder().build(bounded);
        } catch (ParserException e) {
            throw new CalendarDataException(file + ": not a valid iCalendar file at line " + e.getLineNo()
                    + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new CalendarDataException(file + ": not a valid iCalendar file: " + e.getMessage(), e);
        }
        List<NonWorkingDay> days = new ArrayList<>();
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        for (int i = 0; i < events.size(); i++) {
            days.addAll(event(events.get(i), "VEVENT[" + i + "]", file, days.size()));
        }
        return new CalendarOverlay(file, List.of(), days, List.of());
    }

    /** The days of one event; {@code counted} days of the file were read before it. */
    private static List<NonWorkingDay> event(VEvent event, String at, String file, int counted) {
        String name = value(event, Property.SUMMARY)
                .orElseThrow(() -> invalid(file, at, Property.SUMMARY, "is required", "(missing)"));
        String where = at + " '" + Quote.bounded(name) + "'";
        for (String recurrence : RECURRENCE) {
            if (event.getProperty(recurrence).isPresent()) {
                throw invalid(file, where, recurrence, "makes the event recur, which calendar data does not read;"
                        + " give each closure or holiday as its own event with DTSTART and DTEND",
                        event.getProperty(recurrence).get().getValue());
            }
        }
        LocalDate from = date(event.getProperty(Property.DTSTART), file, where, Property.DTSTART)
                .orElseThrow(() -> invalid(file, where, Property.DTSTART, "is required", "(missing)"));
        String outside = DataReader.outsideYears(from);
        if (outside != null) {
            throw invalid(file, where, Property.DTSTART, outside, from);
        }
        LocalDate end = date(event.getProperty(Property.DTEND), file, where, Property.DTEND)
                .orElse(from.plusDays(1));
        if (!end.isAfter(from)) {
            throw invalid(file, where, Property.DTEND, "must be after DTSTART " + from, end);
        }
        if (from.plusDays(DataReader.MAX_CLOSURE_DAYS).isBefore(end.minusDays(1))) {
            throw invalid(file, where, Property.DTEND,
                    "is more than " + DataReader.MAX_CLOSURE_DAYS + " days after DTSTART " + from, end);
        }
        DataReader.countDays(counted, ChronoUnit.DAYS.between(from, end), file + ": " + where);
        DayKind kind = kind(event, file, where);
        Source source = new Source(value(event, Property.DESCRIPTION).orElse(file),
                value(event, Property.URL).orElse(null));
        List<NonWorkingDay> days = new ArrayList<>();
        for (LocalDate d = from; d.isBefore(end); d = d.plusDays(1)) {
            days.add(new NonWorkingDay(d, kind, name, name, source));
        }
        return days;
    }

    private static DayKind kind(VEvent event, String file, String where) {
        Optional<String> explicit = value(event, "X-TENGGAT-KIND");
        if (explicit.isPresent()) {
            return parseKind(explicit.get())
                    .orElseThrow(() -> invalid(file, where, "X-TENGGAT-KIND",
                            "must be NATIONAL_HOLIDAY, CUTI_BERSAMA, ELECTION_DAY or COURT_CLOSURE", explicit.get()));
        }
        return value(event, Property.CATEGORIES).stream()
                .flatMap(categories -> List.of(categories.split(",")).stream())
                .map(ICalendarReader::parseKind)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(DayKind.COURT_CLOSURE);
    }

    private static Optional<DayKind> parseKind(String text) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (DayKind kind : DayKind.values()) {
            if (kind.name().equals(name) && kind != DayKind.WORKING_DAY && kind != DayKind.WEEKEND) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(VEvent event, String property) {
        return event.getProperty(property).map(Property::getValue).filter(v -> !v.isBlank());
    }

    private static Optional<LocalDate> date(Optional<DateProperty<Temporal>> property, String file, String where,
                                            String name) {
        if (property.isEmpty()) {
            return Optional.empty();
        }
        Temporal value;
        try {
            value = property.get().getDate();
        } catch (DateTimeException e) {
            throw invalid(file, where, name, "is not a date", text(property.get()));
        }
        if (!(value instanceof LocalDate date)) {
            throw invalid(file, where, name, "must be an all-day date (VALUE=DATE)", text(property.get()));
        }
        return Optional.of(date);
    }

    /**
     * The property's value for an error message. ical4j cannot even print a date whose TZID is not a time zone's name
     * (it throws {@link DateTimeException}): that TZID is then what is wrong, and what is quoted.
     */
    private static String text(DateProperty<?> property) {
        try {
            return property.getValue();
        } catch (DateTimeException e) {
            return property.getParameter(Parameter.TZID).map(tz -> "TZID=" + tz.getValue()).orElse(e.getMessage());
        }
    }

    private static CalendarDataException invalid(String file, String where, String field, String problem,
                                                 Object value) {
        return new CalendarDataException(file + ": " + where + " field '" + field + "' " + problem + ": '"
                + Quote.bounded(String.valueOf(value)) + "'");
    }
}
