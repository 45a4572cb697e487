package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.Test;

class FreeTimeTest {
    private static Instant h(int hour) {
        return Instant.parse("2024-05-07T00:00:00Z").plus(Duration.ofHours(hour));
    }

    private static Interval span(int from, int to) {
        return Interval.of(h(from), h(to));
    }

    @Test
    void ofPeriods_overlappingOrTouchingPeriodsMerge_emptyOnesAreDropped() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(14, 15), span(9, 10), span(10, 11), span(9, 10),
                span(12, 13), span(12, 12), span(12, 14), span(16, 18), span(16, 17)));
        assertThat(free.periods()).containsExactly(span(9, 11), span(12, 15), span(16, 18));
        assertThat(free.total()).isEqualTo(Duration.ofHours(7));
        assertThat(FreeTime.ofPeriods(List.of(span(9, 10), span(11, 12))).periods()).containsExactly(span(9, 10), span(11, 12));
    }

    @Test
    void between_countsOnlyTheFreeTimeInsideTheSpan() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 12), span(14, 18)));
        assertThat(free.between(h(10), h(15))).isEqualTo(Duration.ofHours(3));
        assertThat(free.between(h(0), h(24))).isEqualTo(Duration.ofHours(7));
        assertThat(free.between(h(12), h(14))).isZero();
        assertThat(free.between(h(15), h(15))).isZero();
        assertThat(free.between(h(16), h(10))).isZero();
    }

    @Test
    void minus_cutsTheBusyTimeOut() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 12), span(14, 18)));
        assertThat(free.minus(List.of(span(10, 11), span(11, 15), span(16, 17), span(20, 21))).periods())
                .containsExactly(span(9, 10), span(15, 16), span(17, 18));
        assertThat(free.minus(List.of(span(8, 19))).periods()).isEmpty();
        assertThat(free.minus(List.of())).isEqualTo(free);
        assertThat(FreeTime.none().minus(List.of(span(9, 10)))).isEqualTo(FreeTime.none());
        assertThat(free.within(span(11, 15)).periods()).containsExactly(span(11, 12), span(14, 15));
    }

    @Test
    void encloses_onlyAnIntervalInsideOnePeriod() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 12), span(14, 18)));
        assertThat(free.encloses(span(14, 18))).isTrue();
        assertThat(free.encloses(span(10, 11))).isTrue();
        assertThat(free.encloses(span(11, 15))).isFalse();
        assertThat(free.encloses(span(12, 14))).isFalse();
        assertThat(FreeTime.none().encloses(span(9, 10))).isFalse();
    }

    @Test
    void equality_isByPeriods() {
        FreeTime free = FreeTime.ofPeriods(List.of(span(9, 12)));
        assertThat(free).isEqualTo(FreeTime.ofPeriods(List.of(span(9, 10), span(10, 12))))
                .hasSameHashCodeAs(FreeTime.ofPeriods(List.of(span(9, 12))));
        assertThat(free).isNotEqualTo(FreeTime.ofPeriods(List.of(span(9, 11)))).isNotEqualTo(FreeTime.none())
                .isNotEqualTo(span(9, 12));
    }
}
