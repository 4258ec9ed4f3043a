package id.tenggat.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarOverlayTest {

    private static final CourtCalendar CAL = CourtCalendar.indonesia();

    private static CalendarOverlay json(String text) {
        return CalendarOverlay.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static CalendarOverlay ics(String text) {
        return CalendarOverlay.fromICalendar(
                new ByteArrayInputStream(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8)), "test.ics");
    }

    @Test
    void fromJson_year2028_extendsCoverage() {
        CourtCalendar cal = CAL.toBuilder().overlay(json("""
                { "years": [ { "year": 2028, "coverage": "CONFIRMED",
                    "sources": [ { "instrument": "SKB 2028" } ],
                    "days": [ { "date": "2028-01-01", "kind": "NATIONAL_HOLIDAY", "name": "Tahun Baru 2028 Masehi",
                                "nameEn": "New Year's Day", "instrument": "SKB 2028" } ] } ] }
                """)).build();
        assertThat(cal.lastCoveredDate()).isEqualTo(LocalDate.of(2028, 12, 31));
        // Fri 31 Dec 2027 -> Sat 1 Jan 2028 (holiday and weekend), Sun 2 Jan -> Mon 3 Jan 2028.
        assertThat(LocalDate.of(2027, 12, 31).with(cal.nextWorkingDay())).isEqualTo(LocalDate.of(2028, 1, 3));
        assertThat(cal.day(LocalDate.of(2028, 1, 1)).kind()).isEqualTo(DayKind.NATIONAL_HOLIDAY);
    }

    @Test
    void fromJson_yearNotContiguous_buildThrows() {
        CalendarOverlay overlay = json("""
                { "years": [ { "year": 2029, "coverage": "CONFIRMED", "sources": [ { "instrument": "SKB" } ], "days": [] } ] }
                """);
        assertThatThrownBy(() -> CAL.toBuilder().overlay(overlay).build())
                .isInstanceOf(CalendarDataException.class).hasMessageStartingWith("test.json: ")
                .hasMessageContaining("2027 is followed by 2029");
    }

    @Test
    void fromJson_amendments_moveIdulAdha2027() {
        CourtCalendar cal = CAL.toBuilder().overlay(json("""
                { "amendments": {
                    "withdrawn": [ { "date": "2027-05-17", "instrument": "SKB amendment 2027" } ],
                    "added": [ { "date": "2027-05-21", "kind": "NATIONAL_HOLIDAY", "name": "Iduladha 1448 Hijriah",
                                 "instrument": "SKB amendment 2027", "url": "https://example.org/skb" } ] } }
                """)).build();
        assertThat(cal.isWorkingDay(LocalDate.of(2027, 5, 17))).isTrue();
        DayInfo moved = cal.day(LocalDate.of(2027, 5, 21));
        assertThat(moved.workingDay()).isFalse();
        assertThat(moved.reasons().get(0).nameEn()).isEqualTo("Iduladha 1448 Hijriah");
        assertThat(moved.reasons().get(0).source()).isEqualTo(Source.of("SKB amendment 2027", "https://example.org/skb"));
    }

    @Test
    void fromJson_withdrawnDateWithoutHoliday_buildThrows() {
        CalendarOverlay overlay = json("""
                { "amendments": { "withdrawn": [ { "date": "2027-05-24", "instrument": "x" } ] } }
                """);
        assertThatThrownBy(() -> CAL.toBuilder().overlay(overlay).build())
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("test.json").hasMessageContaining("2027-05-24");
    }

    @Test
    void fromJson_file_readsClosures(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("closures.json");
        Files.writeString(file, """
                { "closures": [ { "from": "2020-04-06", "to": "2020-04-08", "name": "Penutupan COVID-19",
                                  "instrument": "SK Ketua PN" } ] }
                """);
        CalendarOverlay overlay = CalendarOverlay.fromJson(file);
        assertThat(overlay.sourceName()).isEqualTo(file.toString());
        assertThat(overlay.additions()).hasSize(3).allSatisfy(d -> assertThat(d.kind()).isEqualTo(DayKind.COURT_CLOSURE));
    }

    @Test
    void fromJson_unparseable_throwsNamingFile() {
        assertThatThrownBy(() -> json("{ \"closures\": [ "))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith("test.json: not valid JSON at line 1");
    }

    @Test
    void fromJson_invalidFields_throwNamingFieldAndValue() {
        assertThatThrownBy(() -> json("""
                { "closures": [ { "from": "18-11-2025", "to": "2025-11-20", "name": "x", "instrument": "y" } ] }
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("test.json:1: field 'closures[0].from' is not an ISO date (yyyy-MM-dd): '18-11-2025'");
        assertThatThrownBy(() -> json("""
                { "amendments": { "added": [ { "date": "2025-11-18", "kind": "HOLIDAY", "name": "x", "instrument": "y" } ] } }
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("'amendments.added[0].kind'").hasMessageEndingWith(": 'HOLIDAY'");
        assertThatThrownBy(() -> json("""
                { "closures": [ { "from": "2025-11-20", "to": "2025-11-18", "name": "x", "instrument": "y" } ] }
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("'closures[0].to'").hasMessageContaining("2025-11-18");
        assertThatThrownBy(() -> json("{ \"closure\": [] }"))
                .isInstanceOf(CalendarDataException.class).hasMessageContaining("'closure'");
        assertThatThrownBy(() -> json("""
                { "years": [ { "year": 2028, "coverage": "MAYBE", "sources": [ { "instrument": "x" } ], "days": [] } ] }
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("'years[0].coverage'").hasMessageEndingWith(": 'MAYBE'");
        assertThatThrownBy(() -> json("""
                { "years": [ { "year": 2028, "coverage": "CONFIRMED", "sources": [ { "instrument": "x" } ],
                  "days": [ { "date": "2029-01-01", "kind": "NATIONAL_HOLIDAY", "name": "n", "instrument": "x" } ] } ] }
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("test.json:2: field 'years[0].days[0].date' is not in year 2028: '2029-01-01'");
    }

    @Test
    void fromICalendar_multiDayEvent_isClosure() {
        CalendarOverlay overlay = ics("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:1@test
                DTSTAMP:20251101T000000Z
                DTSTART;VALUE=DATE:20251118
                DTEND;VALUE=DATE:20251121
                SUMMARY:Libur Galungan
                DESCRIPTION:Surat Edaran Gubernur Bali Nomor 16 Tahun 2024
                URL:https://example.org/se
                END:VEVENT
                BEGIN:VEVENT
                UID:2@test
                DTSTAMP:20251101T000000Z
                DTSTART;VALUE=DATE:20251201
                SUMMARY:Hari libur tambahan
                CATEGORIES:Regional,NATIONAL_HOLIDAY
                END:VEVENT
                END:VCALENDAR
                """);
        assertThat(overlay.additions()).extracting(NonWorkingDay::date).containsExactly(
                LocalDate.of(2025, 11, 18), LocalDate.of(2025, 11, 19), LocalDate.of(2025, 11, 20),
                LocalDate.of(2025, 12, 1));
        assertThat(overlay.additions().get(0).kind()).isEqualTo(DayKind.COURT_CLOSURE);
        assertThat(overlay.additions().get(0).source())
                .isEqualTo(Source.of("Surat Edaran Gubernur Bali Nomor 16 Tahun 2024", "https://example.org/se"));
        assertThat(overlay.additions().get(3).kind()).isEqualTo(DayKind.NATIONAL_HOLIDAY);
        assertThat(overlay.additions().get(3).source().instrument()).isEqualTo("test.ics");

        CourtCalendar cal = CAL.toBuilder().overlay(overlay).build();
        assertThat(LocalDate.of(2025, 11, 17).with(cal.nextWorkingDay())).isEqualTo(LocalDate.of(2025, 11, 21));
    }

    @Test
    void fromICalendar_invalid_throwsNamingFile() {
        assertThatThrownBy(() -> ics("BEGIN:VCALENDAR\nthis is not icalendar\n"))
                .isInstanceOf(CalendarDataException.class).hasMessageStartingWith("test.ics: not a valid iCalendar file");
    }

    @Test
    void fromICalendar_tzidThatIsNoZoneName_throwsNamingFieldAndTzid() {
        // Found by CalendarOverlayFuzzTest: ical4j failed with DateTimeException even while the error was worded.
        assertThatThrownBy(() -> ics("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:1@test
                DTSTAMP:20251101T000000Z
                DTSTART;TZID=Bad@Zone:20251118T090000
                SUMMARY:Rapat
                END:VEVENT
                END:VCALENDAR
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("test.ics: VEVENT[0] 'Rapat' field 'DTSTART' is not a date: 'TZID=Bad@Zone'");
    }

    @Test
    void fromICalendar_timedEvent_throwsNamingFieldAndValue() {
        assertThatThrownBy(() -> ics("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:1@test
                DTSTAMP:20251101T000000Z
                DTSTART:20251118T090000
                SUMMARY:Rapat
                END:VEVENT
                END:VCALENDAR
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("test.ics").hasMessageContaining("'DTSTART'").hasMessageContaining("20251118T090000");
    }

    @Test
    void fromJson_null_throws() {
        assertThatThrownBy(() -> CalendarOverlay.fromJson((Path) null))
                .isInstanceOf(NullPointerException.class).hasMessage("file must not be null");
    }

    // ---- limits and hostile files ----------------------------------------------------------------------

    @Test
    void fromJson_closuresPastTheDayLimit_throwsNamingTheLimit() {
        // 28 closures of a full leap-year range (366 days each) make 10,248 days: the 28th passes 10,000.
        StringBuilder closures = new StringBuilder();
        for (int i = 0; i < 28; i++) {
            int year = 2000 + 4 * i;
            closures.append(i == 0 ? "" : ",\n").append("{ \"from\": \"").append(year)
                    .append("-01-01\", \"to\": \"").append(year).append("-12-31\", \"name\": \"Tutup\", ")
                    .append("\"instrument\": \"SK\" }");
        }
        assertThatThrownBy(() -> json("{ \"closures\": [\n" + closures + "\n] }"))
                .isInstanceOf(CalendarDataException.class)
                // The 28th closure starts on line 29 (line 1 opens the array).
                .hasMessage("test.json:29: this entry brings the file past the limit of 10000 non-working days in"
                        + " one calendar data file");
    }

    @Test
    void fromJson_dateBeyondTheYearsDataMayName_throwsInsteadOfOverflowing() {
        // A year this far out would overflow the date arithmetic of the closure's length check.
        assertThatThrownBy(() -> json("""
                { "closures": [ { "from": "+999999999-12-31", "to": "+999999999-12-31", "name": "X",
                                  "instrument": "SK" } ] }
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("test.json:1: field 'closures[0].from' is outside the years 1900 to 2199 that calendar"
                        + " data may name: '+999999999-12-31'");
        assertThatThrownBy(() -> json("""
                { "amendments": { "added": [ { "date": "1899-12-31", "kind": "NATIONAL_HOLIDAY", "name": "X",
                                               "instrument": "SK" } ] } }
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageContaining("field 'amendments.added[0].date' is outside the years 1900 to 2199");
    }

    @Test
    void fromJson_fileLargerThanTheLimit_throwsBeforeReadingIt() {
        byte[] big = new byte[DataReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertThatThrownBy(() -> CalendarOverlay.fromJson(new ByteArrayInputStream(big), "big.json"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("big.json: larger than the limit of 4 MiB for one calendar data file");
    }

    @Test
    void fromJson_longBadValue_isQuotedToABoundedLength() {
        String name = "x".repeat(5000);
        assertThatThrownBy(() -> json("{ \"closures\": [ { \"from\": \"" + name + "\" } ] }"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageEndingWith(": '" + "x".repeat(80) + "... (5000 characters)'");
    }

    @Test
    void fromJson_dayOutsideTheCoveredYears_buildThrowsNamingTheOverlay() {
        CalendarOverlay overlay = json("""
                { "closures": [ { "from": "2030-03-02", "to": "2030-03-02", "name": "Banjir", "instrument": "SK KPN" } ] }
                """);
        assertThatThrownBy(() -> CAL.toBuilder().overlay(overlay).build())
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("test.json: the day 2030-03-02 'Banjir' lies outside the calendar's years 2011-01-01 to"
                        + " 2027-12-31; add that year's decree data first");
    }

    @Test
    void fromICalendar_recurringEvent_throwsInsteadOfReadingOneDay() {
        assertThatThrownBy(() -> ics("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:1@test
                DTSTAMP:20251101T000000Z
                DTSTART;VALUE=DATE:20250106
                RRULE:FREQ=WEEKLY;COUNT=10
                SUMMARY:Rapat mingguan
                END:VEVENT
                END:VCALENDAR
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith("test.ics: VEVENT[0] 'Rapat mingguan' field 'RRULE' makes the event recur")
                .hasMessageEndingWith(": 'FREQ=WEEKLY;COUNT=10'");
    }

    @Test
    void fromICalendar_eventsPastTheDayLimit_throwsNamingTheEvent() {
        // 28 events of 366 days (DTEND exclusive) make 10,248 days: the 28th passes 10,000.
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 28; i++) {
            int year = 2000 + 4 * i;
            events.append("BEGIN:VEVENT\nUID:").append(i).append("@test\nDTSTAMP:20251101T000000Z\n")
                    .append("DTSTART;VALUE=DATE:").append(year).append("0101\n")
                    .append("DTEND;VALUE=DATE:").append(year + 1).append("0101\n")
                    .append("SUMMARY:Tutup ").append(i).append("\nEND:VEVENT\n");
        }
        assertThatThrownBy(() -> ics("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + events + "END:VCALENDAR\n"))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("test.ics: VEVENT[27] 'Tutup 27': this entry brings the file past the limit of 10000"
                        + " non-working days in one calendar data file");
    }

    @Test
    void fromICalendar_dateBeyondTheYearsDataMayName_throws() {
        assertThatThrownBy(() -> ics("""
                BEGIN:VCALENDAR
                VERSION:2.0
                PRODID:-//test//EN
                BEGIN:VEVENT
                UID:1@test
                DTSTAMP:20251101T000000Z
                DTSTART;VALUE=DATE:99991231
                SUMMARY:Akhir
                END:VEVENT
                END:VCALENDAR
                """))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("test.ics: VEVENT[0] 'Akhir' field 'DTSTART' is outside the years 1900 to 2199 that"
                        + " calendar data may name: '9999-12-31'");
    }
}
