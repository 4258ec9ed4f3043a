package id.tenggat.calendar;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the embedded national data against the reference CSVs (2011–2019 and 2020–2027), and every data file for
 * consistency.
 */
class HolidayDataIntegrityTest {

    private static final CourtCalendar CAL = CourtCalendar.indonesia();

    record Row(LocalDate date, String name, String kind, String legalBasis) {
        /** Election days are national holidays by one-off Keppres; the calendar gives them their own kind. */
        DayKind expectedKind() {
            return name.contains("Pemungutan Suara") ? DayKind.ELECTION_DAY : DayKind.valueOf(kind);
        }
    }

    private static final List<String> REFERENCE_FILES =
            List.of("/reference/id-holidays-2011-2019.csv", "/reference/id-holidays-2020-2027.csv");

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String file : REFERENCE_FILES) {
            rows.addAll(rows(file));
        }
        return rows;
    }

    private static List<Row> rows(String file) throws IOException {
        try (InputStream in = HolidayDataIntegrityTest.class.getResourceAsStream(file)) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines.get(0)).startsWith("date,name_id,name_en,kind,legal_basis");
            return lines.stream().skip(1).map(HolidayDataIntegrityTest::fields)
                    .map(f -> new Row(LocalDate.parse(f.get(0)), f.get(1), f.get(3), f.get(4))).toList();
        }
    }

    /** Splits one CSV line, honouring double quotes. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static List<Integer> embeddedYears() throws IOException, URISyntaxException {
        Path dir = Path.of(CourtCalendar.class.getResource(CourtCalendar.NATIONAL_DATA).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}\\.json"))
                    .map(n -> Integer.parseInt(n.substring(0, 4))).sorted().toList();
        }
    }

    private static HolidayYear load(int year) {
        String resource = CourtCalendar.NATIONAL_DATA + year + ".json";
        return DataReader.readYear(CourtCalendar.class.getResourceAsStream(resource), resource);
    }

    @Test
    void csvRows_areNonWorkingDaysOfTheirKind() throws IOException {
        List<Row> rows = rows();
        assertThat(rows(REFERENCE_FILES.get(0))).hasSize(188);
        assertThat(rows).hasSize(188 + 194);
        for (Row row : rows) {
            DayInfo info = CAL.day(row.date());
            assertThat(info.workingDay()).as(row.toString()).isFalse();
            assertThat(info.reasons()).as(row.toString())
                    .anySatisfy(r -> {
                        assertThat(r.name()).isEqualTo(row.name());
                        assertThat(r.kind()).isEqualTo(row.expectedKind());
                        assertThat(r.source().instrument()).isEqualTo(row.legalBasis());
                    });
        }
    }

    @Test
    void otherWeekdays_areWorkingDays() throws IOException {
        Set<LocalDate> listed = rows().stream().map(Row::date).collect(Collectors.toSet());
        int checked = 0;
        for (LocalDate d = LocalDate.of(2011, 1, 1); d.getYear() <= 2027; d = d.plusDays(1)) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (!weekend && !listed.contains(d)) {
                assertThat(CAL.isWorkingDay(d)).as(d.toString()).isTrue();
                assertThat(CAL.day(d).kind()).isEqualTo(DayKind.WORKING_DAY);
                checked++;
            } else if (weekend && !listed.contains(d)) {
                assertThat(CAL.day(d).kind()).as(d.toString()).isEqualTo(DayKind.WEEKEND);
            }
        }
        assertThat(checked).isGreaterThan(4100);
    }

    @Test
    void nonWorkingDays_matchCsvExactly() throws IOException {
        List<String> expected = rows().stream().map(r -> r.date() + " " + r.name()).sorted().toList();
        List<String> actual = CAL.nonWorkingDays(CAL.firstCoveredDate(), CAL.lastCoveredDate()).stream()
                .map(d -> d.date() + " " + d.name()).sorted().toList();
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void files_yearsContiguousFrom2011To2027() throws Exception {
        assertThat(embeddedYears()).isEqualTo(IntStream.rangeClosed(2011, 2027).boxed().toList());
    }

    @Test
    void files_citeSourcesAndHaveNoDuplicateDays() throws Exception {
        for (int year : embeddedYears()) {
            HolidayYear data = load(year);
            assertThat(data.year()).isEqualTo(year);
            assertThat(data.sources()).as("sources of " + year).isNotEmpty();
            assertThat(data.days()).allSatisfy(d -> {
                assertThat(d.date().getYear()).isEqualTo(year);
                assertThat(data.sources()).contains(d.source());
            });
            Set<String> seen = new HashSet<>();
            assertThat(data.days()).allSatisfy(d -> assertThat(seen.add(d.date() + d.name())).isTrue());
            // Only 2021-05-13 (Ascension and Idul Fitri) has two entries on one date.
            Map<LocalDate, Long> perDate = data.days().stream()
                    .collect(Collectors.groupingBy(NonWorkingDay::date, Collectors.counting()));
            perDate.forEach((date, count) -> assertThat(count == 1 || date.equals(LocalDate.of(2021, 5, 13)))
                    .as(date.toString()).isTrue());
            assertThat(data.coverage()).isEqualTo(year == 2027 ? YearCoverage.CONFIRMED_PROVISIONAL : YearCoverage.CONFIRMED);
        }
    }

    @Test
    void files_withdrawnDatesAreNotNonWorkingDays() throws Exception {
        for (int year : embeddedYears()) {
            for (Withdrawal w : load(year).withdrawn()) {
                DayInfo info = CAL.day(w.date());
                assertThat(info.reasons()).as(w.toString()).isEmpty();
            }
        }
    }

    /**
     * Days that another source lists but the decrees do not make non-working days: python-holidays' Imlek 2013 on
     * Monday 11 Feb (the SKB has Sunday 10 Feb) and Pancasila Day 2016 (Keppres 24/2016 made 1 June a holiday from
     * 2017; no 2016 list has it); Idul Fitri 1432 H was 31 Aug 2011 by the isbat but the decree's days stood, so
     * Tue 30 Aug 2011 stays a holiday and nothing was added after 2 Sep.
     */
    @Test
    void otherSourcesDaysNotInTheDecrees_areWorkingDays() {
        assertThat(CAL.isWorkingDay(LocalDate.of(2013, 2, 11))).isTrue();
        assertThat(CAL.isWorkingDay(LocalDate.of(2016, 6, 1))).isTrue();
        assertThat(CAL.isWorkingDay(LocalDate.of(2011, 8, 30))).isFalse();
        assertThat(CAL.isWorkingDay(LocalDate.of(2011, 9, 5))).isTrue();
    }

    /** The election days set by Keppres in 2014 and 2019, each citing its Keppres. */
    @Test
    void electionDays2014And2019_citeTheirKeppres() {
        Map<LocalDate, String> expected = Map.of(
                LocalDate.of(2014, 4, 9), "Keppres 14/2014",
                LocalDate.of(2014, 7, 9), "Keppres 24/2014",
                LocalDate.of(2019, 4, 17), "Keppres 10/2019");
        expected.forEach((date, keppres) -> {
            DayInfo info = CAL.day(date);
            assertThat(info.workingDay()).as(date.toString()).isFalse();
            assertThat(info.kind()).isEqualTo(DayKind.ELECTION_DAY);
            assertThat(info.reasons().get(0).source().instrument()).isEqualTo(keppres);
        });
    }
}
