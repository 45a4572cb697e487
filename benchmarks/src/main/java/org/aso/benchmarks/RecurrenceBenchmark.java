package org.aso.benchmarks;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Recur;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Interval;
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
 * A section's agenda for a year: 1,000 recurring meetings in Paris (60% weekly on one to three
 * weekdays, every week or every other week; 40% monthly on the last Friday, the second Tuesday
 * or a day of the month; one in five ends by COUNT or UNTIL), first starts spread over 2025,
 * expanded over 2026. {@link #aso} uses our engine, {@link #ical4j} ical4j 4.3's
 * {@code Recur#getDates} on the same rules and first starts. Both return the number of instances
 * plus the sum of their epoch seconds, which the test checks to be equal.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RecurrenceBenchmark {
    static final int SERIES = 1_000;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR"};

    String[] rules;
    Recurrence[] series;
    List<Recur<ZonedDateTime>> recurs;
    ZonedDateTime[] seeds;
    Interval window;
    ZonedDateTime windowStart;
    ZonedDateTime windowLast;

    @Setup(Level.Trial)
    public void setUp() {
        windowStart = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS);
        ZonedDateTime windowEnd = windowStart.plusYears(1);
        window = Interval.of(windowStart.toInstant(), windowEnd.toInstant());
        windowLast = windowEnd.minusSeconds(1); // ical4j's period includes its end, our window does not
        SplittableRandom random = new SplittableRandom(42);
        rules = new String[SERIES];
        series = new Recurrence[SERIES];
        seeds = new ZonedDateTime[SERIES];
        recurs = new java.util.ArrayList<>(SERIES);
        for (int i = 0; i < SERIES; i++) {
            String rule = rule(random);
            RecurrenceRule parsed = RecurrenceRule.parse(rule).getOrElseThrow(p -> new IllegalStateException(rule + " " + p));
            ZonedDateTime provisional = ZonedDateTime.of(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(330)),
                    LocalTime.of(8 + random.nextInt(10), random.nextBoolean() ? 0 : 30), PARIS);
            // the first start is the rule's first instance, so that both engines agree on COUNT
            ZonedDateTime first = Recurrence.of(provisional, Duration.ofHours(1), RecurrenceRule.parse(rule.replaceAll(";COUNT=\\d+|;UNTIL=\\w+", "")).get())
                    .expand(Interval.of(provisional.toInstant(), provisional.plusYears(1).toInstant())).get()
                    .get(1).originalStartInZone();
            rules[i] = rule;
            seeds[i] = first;
            series[i] = Recurrence.of(first, Duration.ofHours(1), parsed);
            recurs.add(new Recur<>(rule));
        }
    }

    /** Weekly on 1-3 weekdays every 1-2 weeks, or monthly on -1FR, 2TU or a day; some end. WKST given for ical4j. */
    private static String rule(SplittableRandom random) {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(10) < 6) {
            b.append("FREQ=WEEKLY");
            if (random.nextBoolean()) {
                b.append(";INTERVAL=2");
            }
            int n = 1 + random.nextInt(3);
            int from = random.nextInt(5 - n + 1);
            b.append(";BYDAY=");
            for (int d = 0; d < n; d++) {
                b.append(d == 0 ? "" : ",").append(DAYS[from + d]);
            }
        } else {
            b.append("FREQ=MONTHLY");
            switch (random.nextInt(3)) {
                case 0 -> b.append(";BYDAY=-1FR");
                case 1 -> b.append(";BYDAY=2TU");
                default -> b.append(";BYMONTHDAY=").append(1 + random.nextInt(28));
            }
        }
        switch (random.nextInt(10)) {
            case 0 -> b.append(";COUNT=").append(10 + random.nextInt(60));
            case 1 -> b.append(";UNTIL=2026").append(String.format("%02d", 1 + random.nextInt(12))).append("15T000000Z");
            default -> { }
        }
        return b.append(";WKST=MO").toString();
    }

    /** Our engine: every series expanded over 2026. */
    @Benchmark
    public long aso() {
        long sum = 0;
        for (Recurrence r : series) {
            List<Occurrence> occurrences = r.expand(window).get();
            for (int k = 0; k < occurrences.size(); k++) {
                sum += occurrences.get(k).startEpochSecond();
            }
            sum += (long) occurrences.size() << 40;
        }
        return sum;
    }

    /** ical4j 4.3 {@code Recur#getDates} on the same rules and first starts. */
    @Benchmark
    public long ical4j() {
        long sum = 0;
        for (int i = 0; i < SERIES; i++) {
            List<ZonedDateTime> dates = recurs.get(i).getDates(seeds[i], windowStart, windowLast);
            for (int k = 0; k < dates.size(); k++) {
                sum += dates.get(k).toEpochSecond();
            }
            sum += (long) dates.size() << 40;
        }
        return sum;
    }
}
