package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.recurrence.Occurrence;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: both engines yield the same instances of the same 1,000 series. */
class RecurrenceBenchmarkTest {

    @Test
    void bothEngines_yieldTheSameInstances_seriesBySeries() {
        RecurrenceBenchmark b = new RecurrenceBenchmark();
        b.setUp();
        long total = 0;
        for (int i = 0; i < RecurrenceBenchmark.SERIES; i++) {
            List<Instant> ours = b.series[i].expand(b.window).get().stream().map(Occurrence::start).toList();
            List<Instant> theirs = b.recurs.get(i).getDates(b.seeds[i], b.windowStart, b.windowLast).stream()
                    .map(ZonedDateTime::toInstant).sorted().toList();
            assertThat(ours).as("series %d: %s from %s", i, b.rules[i], b.seeds[i]).isEqualTo(theirs);
            total += ours.size();
        }
        // about a year of meetings: weekly ones dominate
        assertThat(total).isBetween(40_000L, 120_000L);
        assertThat(b.aso()).isEqualTo(b.ical4j());
    }

    @Test
    void dataSet_mixesWeeklyAndMonthlyRules_withEnds() {
        RecurrenceBenchmark b = new RecurrenceBenchmark();
        b.setUp();
        List<String> rules = List.of(b.rules);
        assertThat(rules.stream().filter(r -> r.startsWith("FREQ=WEEKLY")).count()).isBetween(500L, 700L);
        assertThat(rules.stream().filter(r -> r.contains("BYDAY=-1FR")).count()).isGreaterThan(50);
        assertThat(rules.stream().filter(r -> r.contains("BYDAY=2TU")).count()).isGreaterThan(50);
        assertThat(rules.stream().filter(r -> r.contains("BYMONTHDAY")).count()).isGreaterThan(50);
        assertThat(rules.stream().filter(r -> r.contains("COUNT=")).count()).isGreaterThan(50);
        assertThat(rules.stream().filter(r -> r.contains("UNTIL=")).count()).isGreaterThan(50);
    }
}
