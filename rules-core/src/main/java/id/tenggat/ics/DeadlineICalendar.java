package id.tenggat.ics;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.calendar.CourtCalendar;
import id.tenggat.json.ParsedCase;
import id.tenggat.json.ReadResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Action;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes the dated deadlines of answered cases as one iCalendar file: one event per deadline and party that has a
 * due date, on the due day in the court's time zone from the office's opening to its closing (or to the deadline's
 * last moment where the law sets one, e.g. 23:59 for an electronic filing), with the legal basis and the
 * step-by-step explanation in the description and an alarm one day before.
 *
 * <p>Deadlines without a date (waiting for an event, not encoded, without a limit, out of the calendar's coverage)
 * have no event: the JSON answer says why.
 *
 * <p>Immutable and thread-safe.
 */
public final class DeadlineICalendar {
    /** How long before the start of the due day the alarm rings. */
    public static final Duration ALARM_BEFORE = Duration.ofDays(1);

    private static final Instant SINCE = Instant.parse("1970-01-01T00:00:00Z");

    private final Language language;

    private DeadlineICalendar(Language language) {
        this.language = language;
    }

    /**
     * A writer whose summaries, descriptions and alarms are in the given language.
     *
     * @param language  the language, not null
     * @return the writer
     */
    public static DeadlineICalendar in(Language language) {
        return new DeadlineICalendar(Objects.requireNonNull(language, "language must not be null"));
    }

    /**
     * One answered case and the calendar of its court, whose time zone and office hours place the events.
     *
     * @param answer the answer, not null
     * @param court  the court's calendar (e.g. {@code tenggat.calendarFor(courtCase)}), not null
     */
    public record Answered(CaseAnswer answer, CourtCalendar court) {
        /**
         * Checks the components.
         *
         * @param answer  the answer, not null
         * @param court  the court's calendar (e.g. {@code tenggat.calendarFor(courtCase)}), not null
         */
        public Answered {
            Objects.requireNonNull(answer, "answer must not be null");
            Objects.requireNonNull(court, "court must not be null");
        }

        /**
         * The valid cases of a read with their answers and their courts' calendars, in input order; cases with errors
         * have no events and are left out.
         *
         * @param tenggat the library that answered, whose court calendars place the events
         * @param read    the cases as read
         * @param answers one answer per case, in input order, as {@link ReadResult#answer} gives them
         * @return the answered cases
         */
        public static List<Answered> of(Tenggat tenggat, ReadResult read, List<CaseAnswer> answers) {
            if (answers.size() != read.cases().size()) {
                throw new IllegalArgumentException(read.cases().size() + " cases but " + answers.size() + " answers");
            }
            List<Answered> result = new ArrayList<>(answers.size());
            for (int i = 0; i < answers.size(); i++) {
                ParsedCase parsed = read.cases().get(i);
                if (parsed.ok()) {
                    result.add(new Answered(answers.get(i), tenggat.calendarFor(parsed.courtCase())));
                }
            }
            return result;
        }
    }

    /**
     * The iCalendar file of the given cases' dated deadlines.
     *
     * @param cases the answered cases, in the order their events are written
     * @return the file as an ical4j calendar
     */
    public Calendar toCalendar(List<Answered> cases) {
        Objects.requireNonNull(cases, "cases must not be null");
        Calendar calendar = new Calendar()
                .add(new ProdId("-//tenggat//Tenggat waktu perkara//" + language.name()))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN);
        Set<ZoneId> zonesWritten = new HashSet<>();
        for (Answered c : cases) {
            for (DeadlineAnswer d : c.answer().deadlines()) {
                if (d.due() == null) {
                    continue;
                }
                ZoneId zone = c.court().zone();
                if (zonesWritten.add(zone)) {
                    calendar.add(timeZone(zone));
                }
                calendar.add(event(c.answer(), d, c.court()));
            }
        }
        return calendar;
    }

    /**
     * Writes the iCalendar file of the given cases' dated deadlines (UTF-8 text, CRLF line ends as RFC 5545 asks).
     * The writer is flushed, not closed (ical4j's outputter closes the writer it is given, so it writes to a buffer).
     *
     * @param cases  the answered cases, not null
     * @param out  the output, not null; flushed, not closed
     * @throws UncheckedIOException if the writer fails
     */
    public void write(List<Answered> cases, Writer out) {
        Objects.requireNonNull(out, "out must not be null");
        try {
            StringWriter text = new StringWriter();
            new CalendarOutputter(false).output(toCalendar(cases), text);
            out.write(text.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The court's zone as one standard observance. Indonesia's zones have kept one offset since the 1960s (WIB, WITA,
     * WIT), so one observance from 1970 describes every date the calendar covers; the full history a time-zone
     * database would give (offsets such as +07:20 in 1924) only invites calendar programs to misread it.
     *
     * @throws IllegalArgumentException if the zone has changed its offset since 1970
     */
    private static VTimeZone timeZone(ZoneId zone) {
        ZoneRules rules = zone.getRules();
        if (rules.nextTransition(SINCE) != null) {
            throw new IllegalArgumentException("time zone " + zone + " changed its offset after 1970; "
                    + "only zones with one offset since then are written");
        }
        ZoneOffset offset = rules.getOffset(SINCE);
        Standard standard = new Standard();
        standard.add(new DtStart<>(LocalDateTime.ofInstant(SINCE, ZoneOffset.UTC)));
        standard.add(new TzOffsetFrom(offset));
        standard.add(new TzOffsetTo(offset));
        standard.add(new TzName(zone.getDisplayName(TextStyle.SHORT, Language.ID.locale())));
        VTimeZone vTimeZone = new VTimeZone();
        vTimeZone.add(new TzId(zone.getId()));
        vTimeZone.add(standard);
        return vTimeZone;
    }

    private VEvent event(CaseAnswer answer, DeadlineAnswer d, CourtCalendar court) {
        ZonedDateTime start = d.due().atTime(court.officeHours().opens()).atZone(court.zone());
        ZonedDateTime end = d.lastMoment() != null
                ? d.lastMoment().withZoneSameInstant(court.zone())
                : d.due().atTime(court.officeHours().closes()).atZone(court.zone());
        VEvent event = new VEvent(start, end, summary(answer, d));
        event.add(new Uid(uid(answer, d)));
        event.add(new Description(description(d)));
        VAlarm alarm = new VAlarm(ALARM_BEFORE.negated());
        alarm.add(new Action(Action.VALUE_DISPLAY));
        alarm.add(new Description(summary(answer, d)));
        event.add(alarm);
        return event;
    }

    private String summary(CaseAnswer answer, DeadlineAnswer d) {
        String who = d.party() != null ? d.party().name() : (language == Language.ID ? "pengadilan" : "court");
        String what = (language == Language.ID ? "Batas akhir " : "Deadline ") + d.id()
                + (d.variant() != null ? " (" + d.variant() + ")" : "") + " – " + who;
        return answer.caseNumber() != null ? what + " – " + answer.caseNumber() : what;
    }

    private String description(DeadlineAnswer d) {
        String basis = (language == Language.ID ? "Dasar hukum: " : "Legal basis: ") + d.legalBasis()
                + " (" + d.law() + ")";
        return basis + "\n" + String.join("\n", d.explanation(language));
    }

    /**
     * The same deadline of the same case keeps its UID, so that a re-import updates the event instead of adding one.
     */
    private static String uid(CaseAnswer answer, DeadlineAnswer d) {
        String key = answer.caseNumber() + "|" + d.id() + "|" + d.variant() + "|" + d.party();
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@tenggat";
    }
}
