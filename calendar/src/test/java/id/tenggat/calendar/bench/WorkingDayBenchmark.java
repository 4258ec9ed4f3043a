package id.tenggat.calendar.bench;

import id.tenggat.calendar.CourtCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

/**
 * Compares the calendar's indexed working-day arithmetic with a plain day-by-day loop over the same calendar.
 * Run with {@code calendar/bench.sh}; spans: 10 and 180 working days from 2 Jan 2025, and the whole covered range.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WorkingDayBenchmark {

    /** Working days to add: a 10-day span, a 180-day span, and a count from 2020-01-02 to the end of 2027. */
    @Param({"10", "180", "1900"})
    public int span;

    private CourtCalendar calendar;
    private LocalDate start;
    private LocalDate end;

    @Setup
    public void setUp() {
        calendar = CourtCalendar.indonesia();
        start = span == 1900 ? LocalDate.of(2020, 1, 2) : LocalDate.of(2025, 1, 2);
        end = calendar.plusWorkingDays(start, span);
    }

    @Benchmark
    public LocalDate plusWorkingDays_indexed() {
        return calendar.plusWorkingDays(start, span);
    }

    @Benchmark
    public LocalDate plusWorkingDays_loop() {
        LocalDate d = start;
        for (int left = span; left > 0; ) {
            d = d.plusDays(1);
            if (calendar.isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    @Benchmark
    public int workingDaysBetween_indexed() {
        return calendar.workingDaysBetween(start, end);
    }

    @Benchmark
    public int workingDaysBetween_loop() {
        int count = 0;
        for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
