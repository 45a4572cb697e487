package org.aso.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.core.kernel.WorkingWeek;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Deadline arithmetic on a Paris office calendar with French holidays: the calls every register
 * entry and task makes. Starts are spread over 2024-2030 so that holiday lookups cover many years.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BusinessCalendarBenchmark {
    private static final int STARTS = 1024;

    BusinessCalendar calendar;
    LocalDate[] days;
    Instant[] instants;
    int i;

    @Setup(Level.Trial)
    public void setUp() {
        calendar = BusinessCalendar.of(ZoneId.of("Europe/Paris"),
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.withAlsaceMoselle());
        SplittableRandom random = new SplittableRandom(42);
        days = new LocalDate[STARTS];
        instants = new Instant[STARTS];
        for (int k = 0; k < STARTS; k++) {
            days[k] = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(365 * 7));
            instants[k] = days[k].atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(calendar.zone()).toInstant();
        }
    }

    private int next() {
        i = (i + 1) & (STARTS - 1);
        return i;
    }

    /** "Reply within 30 working days". */
    @Benchmark
    public LocalDate plus30WorkingDays() {
        return calendar.plusWorkingDays(days[next()], 30);
    }

    /** The same with its explanation (the skipped days and why). */
    @Benchmark
    public WorkingDayDeadline explained30WorkingDays() {
        return calendar.deadline(days[next()], 30);
    }

    /** Working time elapsed over roughly a month. */
    @Benchmark
    public Duration workingTimeOverAMonth() {
        Instant from = instants[next()];
        return calendar.workingTimeBetween(from, from.plus(Duration.ofDays(30)));
    }

    /** "Eight hours of work from now". */
    @Benchmark
    public Instant plus8WorkingHours() {
        return calendar.plusWorkingTime(instants[next()], Duration.ofHours(8));
    }
}
