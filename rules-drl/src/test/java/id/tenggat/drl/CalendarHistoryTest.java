package id.tenggat.drl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.tenggat.Tenggat;
import id.tenggat.answer.CaseAnswer;
import id.tenggat.answer.DeadlineAnswer;
import id.tenggat.answer.Language;
import id.tenggat.answer.Status;
import id.tenggat.calendar.CalendarDataException;
import id.tenggat.calendar.CalendarOverlay;
import id.tenggat.model.CaseType;
import id.tenggat.model.CourtCase;
import id.tenggat.model.EventType;
import id.tenggat.model.Party;
import id.tenggat.policy.Policy;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Civil appeals (UU 20/1947 Pasal 7 ayat (1): 14 days from the day after notification, a last day that is not a
 * working day moving to the next working day) across the Lebaran of the older decree years, and calendar data
 * dropped in through the builder. Every date is counted by hand on the decrees cited in
 * {@code calendar/src/test/resources/reference/id-holidays-2011-2019.csv}.
 */
class CalendarHistoryTest {
    private static final Tenggat TENGGAT = Tenggat.indonesia();

    private static DeadlineAnswer banding(Tenggat tenggat, LocalDate notified, LocalDate asOf) {
        return tenggat.perdata().banding().forParty(Party.TERGUGAT).notifiedOn(notified).asOf(asOf).due();
    }

    @Test
    void banding2014_acrossLebaran_movesToMonday4August() {
        // Notified Mon 14 Jul 2014; day 1 is Tue 15 Jul, day 14 is Mon 28 Jul 2014: Idul Fitri 1435 H (SKB of
        // 21 Aug 2013). Tue 29 Jul is its second day, Wed 30 Jul to Fri 1 Aug cuti bersama, 2-3 Aug a weekend:
        // the deadline moves to Mon 4 Aug 2014.
        // As of Mon 21 Jul: 14 days remain; working days Tue 22 to Fri 25 Jul (4) and Mon 4 Aug (1) = 5.
        DeadlineAnswer answer = banding(TENGGAT, LocalDate.of(2014, 7, 14), LocalDate.of(2014, 7, 21));
        assertThat(answer.due()).isEqualTo(LocalDate.of(2014, 8, 4));
        assertThat(answer.status()).isEqualTo(Status.OPEN);
        assertThat(answer.daysRemaining()).isEqualTo(14);
        assertThat(answer.workingDaysRemaining()).isEqualTo(5);
        assertThat(String.join(" ", answer.explanation(Language.ID)))
                .contains("Hari Raya Idul Fitri 1435 Hijriah").contains("Senin, 4 Agustus 2014");
    }

    @Test
    void banding2017_lastDayOnTheCutiBersamaSetByKeppres_movesToMonday3July() {
        // Notified Fri 9 Jun 2017; day 14 is Fri 23 Jun 2017: cuti bersama, dropped by the SKB amendment of
        // 21 Nov 2016 and set again by Keppres in June 2017. Sat 24, Sun 25 (Idul Fitri 1438 H), Mon 26 (its second
        // day), Tue 27 to Fri 30 Jun (cuti bersama), Sat 1 and Sun 2 Jul are closed: due Mon 3 Jul 2017.
        // As of Mon 12 Jun: 21 days remain; working days 13-16 Jun (4), 19-22 Jun (4) and 3 Jul (1) = 9.
        DeadlineAnswer answer = banding(TENGGAT, LocalDate.of(2017, 6, 9), LocalDate.of(2017, 6, 12));
        assertThat(answer.due()).isEqualTo(LocalDate.of(2017, 7, 3));
        assertThat(answer.daysRemaining()).isEqualTo(21);
        assertThat(answer.workingDaysRemaining()).isEqualTo(9);
        // Read narrowly ("cuti bersama is a working day"), Fri 23 Jun 2017 is itself the last day.
        Tenggat narrow = Tenggat.builder().policy(Policy.CUTI_BERSAMA, "working").build();
        assertThat(banding(narrow, LocalDate.of(2017, 6, 9), LocalDate.of(2017, 6, 12)).due())
                .isEqualTo(LocalDate.of(2017, 6, 23));
    }

    @Test
    void banding2012_acrossTheYearBoundary_movesToWednesday2January2013() {
        // Notified Mon 17 Dec 2012; day 14 is Mon 31 Dec 2012, cuti bersama (the 2012 SKB as amended); Tue 1 Jan
        // 2013 is New Year (SKB 5/2012): due Wed 2 Jan 2013. As of Thu 20 Dec 2012: 13 days remain; working days
        // Fri 21 Dec (1), Wed 26 to Fri 28 Dec (3; Mon 24 cuti bersama, Tue 25 Christmas) and Wed 2 Jan (1) = 5.
        DeadlineAnswer answer = banding(TENGGAT, LocalDate.of(2012, 12, 17), LocalDate.of(2012, 12, 20));
        assertThat(answer.due()).isEqualTo(LocalDate.of(2013, 1, 2));
        assertThat(answer.daysRemaining()).isEqualTo(13);
        assertThat(answer.workingDaysRemaining()).isEqualTo(5);
    }

    @Test
    void banding2010_isOutsideTheCalendarsData() {
        // Notified Wed 1 Dec 2010: day 14 is Wed 15 Dec 2010, in a year without holiday data (the data starts on
        // 1 Jan 2011). The answer says so instead of guessing a date.
        DeadlineAnswer early = banding(TENGGAT, LocalDate.of(2010, 12, 1), LocalDate.of(2010, 12, 2));
        assertThat(early.status()).isEqualTo(Status.OUT_OF_COVERAGE);
        assertThat(early.due()).isNull();
    }

    @Test
    void answer_saysWhichCalendarDataItUsed() {
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).caseNumber("1/Pdt.G/2014/PN Jpa").court("PN Jepara")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, LocalDate.of(2014, 7, 14), Party.TERGUGAT).build();
        CaseAnswer answer = TENGGAT.whatIsDue(perkara).asOf(LocalDate.of(2014, 7, 21));
        assertThat(answer.calendarVersion()).isEqualTo(TENGGAT.calendarFor(perkara).dataVersion())
                .matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void calendarOverlay_amendmentDroppedInChangesTheDueDateAndTheVersion() {
        // A hypothetical isbat puts 1 Syawal 1448 H on Thu 11 Mar 2027 instead of Wed 10 Mar.
        CalendarOverlay amendment = CalendarOverlay.fromJson(new ByteArrayInputStream("""
                { "amendments": {
                    "withdrawn": [ { "date": "2027-03-10", "instrument": "SKB 2027 amendment (example)" },
                                   { "date": "2027-03-11", "instrument": "SKB 2027 amendment (example)" } ],
                    "added": [ { "date": "2027-03-11", "kind": "NATIONAL_HOLIDAY", "name": "Idulfitri 1448 Hijriah",
                                 "instrument": "SKB 2027 amendment (example)" },
                               { "date": "2027-03-12", "kind": "NATIONAL_HOLIDAY",
                                 "name": "Idulfitri 1448 Hijriah (hari kedua)",
                                 "instrument": "SKB 2027 amendment (example)" } ] } }
                """.getBytes(StandardCharsets.UTF_8)), "idul-fitri-2027.json");
        Tenggat amended = Tenggat.builder().calendarOverlay(amendment).build();
        // Notified Wed 24 Feb 2027; day 14 is Wed 10 Mar 2027. In the decree it is Idul Fitri, and Thu 11 (second
        // day), Fri 12 (cuti bersama), the weekend and Mon 15 (cuti bersama) follow: due Tue 16 Mar. With the
        // amendment, Wed 10 Mar is a working day and the last day stands.
        LocalDate notified = LocalDate.of(2027, 2, 24);
        LocalDate asOf = LocalDate.of(2027, 3, 1);
        assertThat(banding(TENGGAT, notified, asOf).due()).isEqualTo(LocalDate.of(2027, 3, 16));
        assertThat(banding(amended, notified, asOf).due()).isEqualTo(LocalDate.of(2027, 3, 10));
        // The court calendars get the amendment too, and the answers say which data they used.
        CourtCase perkara = CourtCase.builder(CaseType.PERDATA).caseNumber("9/Pdt.G/2027/PN Jpa").court("PN Jepara")
                .event(EventType.PUTUSAN_DIBERITAHUKAN, notified, Party.TERGUGAT).build();
        CaseAnswer before = TENGGAT.whatIsDue(perkara).asOf(asOf);
        CaseAnswer after = amended.whatIsDue(perkara).asOf(asOf);
        assertThat(after.deadlines("perdata.banding")).filteredOn(d -> d.party() == Party.TERGUGAT).singleElement()
                .extracting(DeadlineAnswer::due).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(after.calendarVersion()).isNotEqualTo(before.calendarVersion())
                .isEqualTo(amended.calendarFor(perkara).dataVersion());
    }

    @Test
    void calendarOverlay_overlappingYearFailsWhenBuilt() {
        CalendarOverlay overlap = CalendarOverlay.fromJson(new ByteArrayInputStream("""
                { "years": [ { "year": 2017, "coverage": "CONFIRMED", "sources": [ { "instrument": "x" } ],
                               "days": [] } ] }
                """.getBytes(StandardCharsets.UTF_8)), "2017.json");
        assertThatThrownBy(() -> Tenggat.builder().calendarOverlay(overlap).build())
                .isInstanceOf(CalendarDataException.class)
                .hasMessageStartingWith("2017.json:1: field 'years[0].year' overlaps");
    }
}
