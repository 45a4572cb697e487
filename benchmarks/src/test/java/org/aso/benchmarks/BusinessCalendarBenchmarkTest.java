package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The benchmark measures real work: each method returns a correct result on its data. */
class BusinessCalendarBenchmarkTest {

    @Test
    void benchmarkMethods_computeRealDeadlines() {
        BusinessCalendarBenchmark b = new BusinessCalendarBenchmark();
        b.setUp();
        for (int k = 0; k < 200; k++) {
            int at = (b.i + 1) & 1023;
            var due = b.plus30WorkingDays();
            assertThat(b.calendar.workingDaysBetween(b.days[at], due)).isEqualTo(30);
            var explained = b.explained30WorkingDays();
            assertThat(b.calendar.isWorkingDay(explained.due())).isTrue();
            Duration month = b.workingTimeOverAMonth();
            assertThat(month).isBetween(Duration.ofHours(80), Duration.ofHours(180));
            int at2 = (b.i + 1) & 1023;
            var end = b.plus8WorkingHours();
            assertThat(b.calendar.workingTimeBetween(b.instants[at2], end)).isEqualTo(Duration.ofHours(8));
        }
    }
}
