package id.tenggat.calendar;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decree changes dropped in as data files (the files under {@code src/test/resources/dropin/}): validation with the
 * file and line named, the overlap rule, the data version and the diff between two data sets.
 */
class CalendarDropInTest {

    private static final CourtCalendar CAL = CourtCalendar.indonesia();

    private static Path dropIn(String name) throws URISyntaxException {
        return Path.of(CalendarDropInTest.class.getResource("/dropin/" + name).toURI());
    }

    private static CalendarOverlay json(String text) {
        return CalendarOverlay.fromJson(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "drop.json");
    }

    // ---- bad files: the file and the line are named ----------------------------------------------------

    @Test
    void badDate_namesFileLineFieldAndValue() throws Exception {
        Path file = dropIn("bad-date.json");
        // Line 9 holds the second day, dated 30 February.
        assertThatThrownBy(() -> CalendarOverlay.fromJson(file))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage(file + ":9: field 'years[0].days[1].date' is not an ISO date (yyyy-MM-dd): '2028-02-30'");
    }

    @Test
    void duplicateDay_namesTheLineOfTheRepeat() throws Exception {
        Path file = dropIn("duplicate-day.json");
        // Lines 9 and 10 both give Imlek on 26 Jan 2028; the second is the repeat.
        assertThatThrownBy(() -> CalendarOverlay.fromJson(file))
                .isInstanceOf(CalendarDataException.class)
                .hasMessage(file + ":10: field 'years[0].days[2]' repeats a day with the same date and name: "
                        + "'2028-01-26 Tahun Baru Imlek 2579 Kongzili'");
    }

    @Test
    void yearOverlappingEmbeddedData_isRejectedAtTheLineOfTheYear() throws Exception {
        Path file = dropIn("overlap-2025.json");
        CalendarOverlay overlay = CalendarOverlay.fromJson(file);
        // Line 5 is "year": 2025, a year the embedded data covers.
        assertThatThrownBy(() -> CAL.toBuilder().overlay(overlay).build())
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith(file + ":5: field 'years[0].year' overlaps the data the calendar already has")
                .hasMessageEndingWith(": '2025'");
    }

    @Test
    void explicitReplacement_replacesTheDecreedDaysOfTheYear() {
        CourtCalendar replaced = CAL.toBuilder().overlay(json("""
                { "years": [ { "year": 2019, "replace": true, "coverage": "CONFIRMED",
                    "sources": [ { "instrument": "SKB 2019 (example replacement)" } ],
                    "days": [ { "date": "2019-01-01", "kind": "NATIONAL_HOLIDAY", "name": "Tahun Baru 2019 Masehi",
                                "instrument": "SKB 2019 (example replacement)" } ] } ] }
                """)).build();
        assertThat(replaced.isWorkingDay(LocalDate.of(2019, 1, 1))).isFalse();
        // Wed 5 Jun 2019 (Idul Fitri in the embedded data) is an ordinary day in the replacement.
        assertThat(CAL.isWorkingDay(LocalDate.of(2019, 6, 5))).isFalse();
        assertThat(replaced.isWorkingDay(LocalDate.of(2019, 6, 5))).isTrue();
    }

    @Test
    void replacementOfAYearNotCovered_isRejected() {
        CalendarOverlay overlay = json("""
                { "years": [ { "year": 2028, "replace": true, "coverage": "CONFIRMED",
                    "sources": [ { "instrument": "x" } ], "days": [] } ] }
                """);
        assertThatThrownBy(() -> CAL.toBuilder().overlay(overlay).build())
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("drop.json:1: field 'years[0].replace' replaces a year the calendar does not cover: '2028'");
    }

    @Test
    void withdrawalOfADayWithoutHoliday_namesItsLine() {
        CalendarOverlay overlay = json("""
                { "amendments": {
                    "withdrawn": [ { "date": "2027-03-10", "instrument": "x" },
                                   { "date": "2027-03-17", "instrument": "x" } ] } }
                """);
        // Wed 17 Mar 2027 has no decreed day; the second withdrawal is on line 3.
        assertThatThrownBy(() -> CAL.toBuilder().overlay(overlay).build())
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("drop.json:3: field 'amendments.withdrawn[1].date' names a date without a decreed day: "
                        + "'2027-03-17'");
    }

    @Test
    void addedDayTheCalendarAlreadyHas_isRejected() {
        CalendarOverlay overlay = json("""
                { "amendments": { "added": [ { "date": "2027-05-17", "kind": "NATIONAL_HOLIDAY",
                    "name": "Iduladha 1448 Hijriah", "instrument": "x" } ] } }
                """);
        assertThatThrownBy(() -> CAL.toBuilder().overlay(overlay).build())
                .isInstanceOf(CalendarDataException.class)
                .hasMessage("drop.json: the day 2027-05-17 'Iduladha 1448 Hijriah' (NATIONAL_HOLIDAY) repeats a day "
                        + "the calendar already has");
    }

    // ---- an amendment dropped in, its version and its diff ----------------------------------------------

    @Test
    void idulFitriMovedAfterTheIsbat_changesTheWorkingDays() throws Exception {
        CourtCalendar amended = CAL.toBuilder().overlay(CalendarOverlay.fromJson(dropIn("idul-fitri-2027-moved.json")))
                .build();
        // Wed 10 Mar 2027 was Idul Fitri in the decree; the amendment makes it an ordinary working day.
        assertThat(amended.isWorkingDay(LocalDate.of(2027, 3, 10))).isTrue();
        assertThat(amended.day(LocalDate.of(2027, 3, 11)).reasons().get(0).name()).isEqualTo("Idulfitri 1448 Hijriah");
        // From Mon 8 Mar 2027, the 2nd working day: before, Tue 9 (cuti) to Mon 15 (cuti) are closed, so Tue 16
        // is the 1st and Wed 17 the 2nd; after, Wed 10 is open (1st), Thu 11 to Mon 15 closed, Tue 16 the 2nd.
        assertThat(CAL.plusWorkingDays(LocalDate.of(2027, 3, 8), 2)).isEqualTo(LocalDate.of(2027, 3, 17));
        assertThat(amended.plusWorkingDays(LocalDate.of(2027, 3, 8), 2)).isEqualTo(LocalDate.of(2027, 3, 16));
    }

    @Test
    void dataVersion_isAContentHash() throws Exception {
        CourtCalendar amended = CAL.toBuilder().overlay(CalendarOverlay.fromJson(dropIn("idul-fitri-2027-moved.json")))
                .build();
        assertThat(CAL.dataVersion()).matches("sha256:[0-9a-f]{64}");
        // The same data gives the same version; the court's name and zone are not data.
        assertThat(CAL.toBuilder().name("PN Contoh").zone(ZoneId.of("Asia/Makassar")).build().dataVersion())
                .isEqualTo(CAL.dataVersion());
        assertThat(amended.dataVersion()).isNotEqualTo(CAL.dataVersion());
        assertThat(CAL.toBuilder().overlay(CalendarOverlay.fromJson(dropIn("idul-fitri-2027-moved.json"))).build()
                .dataVersion()).isEqualTo(amended.dataVersion());
    }

    @Test
    void diff_listsTheDaysTheAmendmentChanged() throws Exception {
        CourtCalendar amended = CAL.toBuilder().overlay(CalendarOverlay.fromJson(dropIn("idul-fitri-2027-moved.json")))
                .build();
        CalendarDiff diff = CalendarDiff.between(CAL, amended);
        // Worked from the file: 10 Mar loses Idul Fitri; 11 Mar's "hari kedua" becomes day 1; 12 Mar keeps its
        // cuti bersama and gains "hari kedua". 9 and 15 Mar (cuti bersama) do not change.
        assertThat(diff.changes()).extracting(c -> c.date() + " " + c.change() + " " + c.workingDayBefore() + "->"
                        + c.workingDayAfter())
                .containsExactly(
                        "2027-03-10 REMOVED false->true",
                        "2027-03-11 CHANGED false->false",
                        "2027-03-12 CHANGED false->false");
        assertThat(diff.changes().get(0).before()).extracting(NonWorkingDay::name)
                .containsExactly("Idulfitri 1448 Hijriah");
        assertThat(diff.changes().get(2).after()).extracting(NonWorkingDay::name)
                .containsExactly("Idulfitri 1448 Hijriah (hari kedua)", "Cuti Bersama Idulfitri 1448 Hijriah");
        assertThat(diff.earliestChange()).contains(LocalDate.of(2027, 3, 10));
        assertThat(CalendarDiff.between(amended, CAL).changes()).extracting(CalendarDiff.DayChange::change)
                .containsExactly(CalendarDiff.Change.ADDED, CalendarDiff.Change.CHANGED, CalendarDiff.Change.CHANGED);
        assertThat(CalendarDiff.between(CAL, CAL).changes()).isEmpty();
    }

    @Test
    void diff_newYearListsItsDaysAsAdded() {
        CourtCalendar extended = CAL.toBuilder().overlay(json("""
                { "years": [ { "year": 2028, "coverage": "CONFIRMED", "sources": [ { "instrument": "SKB 2028" } ],
                    "days": [ { "date": "2028-01-01", "kind": "NATIONAL_HOLIDAY", "name": "Tahun Baru 2028 Masehi",
                                "instrument": "SKB 2028" } ] } ] }
                """)).build();
        assertThat(CalendarDiff.between(CAL, extended).changes())
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.date()).isEqualTo(LocalDate.of(2028, 1, 1));
                    assertThat(c.change()).isEqualTo(CalendarDiff.Change.ADDED);
                    assertThat(c.workingDayBefore()).isNull();
                    assertThat(c.workingDayAfter()).isFalse();
                });
    }
}
