package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class IntervalTest {
    private static Instant t(int minute) {
        return Instant.parse("2026-01-05T00:00:00Z").plusSeconds(60L * minute);
    }

    private static Interval iv(int from, int to) {
        return Interval.of(t(from), t(to));
    }

    @Test
    void of_endBeforeStart_isRejected() {
        assertThatThrownBy(() -> iv(10, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Interval.between(t(10), t(5)).getLeft().code()).isEqualTo("kernel.interval.end-before-start");
        assertThat(Interval.between(t(5), t(10)).get()).isEqualTo(iv(5, 10));
    }

    @Test
    void halfOpen_adjacentIntervalsAbutButDoNotOverlap() {
        assertThat(iv(0, 60).overlaps(iv(60, 120))).isFalse();
        assertThat(iv(0, 60).abuts(iv(60, 120))).isTrue();
        assertThat(iv(0, 60).contains(t(60))).isFalse();
        assertThat(iv(0, 60).contains(t(0))).isTrue();
        assertThat(iv(0, 60).gap(iv(60, 120))).isEmpty();
        assertThat(iv(0, 60).gap(iv(90, 120))).contains(iv(60, 90));
        assertThat(iv(90, 120).gap(iv(0, 60))).contains(iv(60, 90));
    }

    @Test
    void intersection_andSpan() {
        assertThat(iv(0, 60).intersection(iv(30, 90))).contains(iv(30, 60));
        assertThat(iv(0, 60).intersection(iv(60, 90))).isEmpty();
        assertThat(iv(0, 60).span(iv(90, 120))).isEqualTo(iv(0, 120));
        assertThat(iv(0, 60).encloses(iv(10, 20))).isTrue();
        assertThat(Interval.of(t(0), Duration.ofHours(1))).isEqualTo(iv(0, 60));
    }

    @Test
    void encloses_onlyIntervalsInsideIt_endsIncluded() {
        assertThat(iv(0, 60).encloses(iv(0, 60))).isTrue();
        assertThat(iv(0, 60).encloses(iv(30, 61))).isFalse();
        assertThat(iv(0, 60).encloses(iv(-1, 30))).isFalse();
    }

    @Test
    void abuts_whenOneEndsWhereTheOtherStarts_eitherWay() {
        assertThat(iv(60, 120).abuts(iv(0, 60))).isTrue();
        assertThat(iv(0, 60).abuts(iv(61, 120))).isFalse();
        assertThat(iv(0, 60).abuts(iv(30, 90))).isFalse();
    }

    @Test
    void span_coversBothWhicheverStartsOrEndsFirst() {
        assertThat(iv(90, 120).span(iv(0, 60))).isEqualTo(iv(0, 120));
        assertThat(iv(0, 120).span(iv(30, 60))).isEqualTo(iv(0, 120));
    }

    @Test
    void intervals_areOrderedByStart_thenByEnd() {
        java.util.List<Interval> list = new java.util.ArrayList<>(java.util.List.of(iv(10, 30), iv(0, 50), iv(10, 20)));
        java.util.Collections.sort(list);
        assertThat(list).containsExactly(iv(0, 50), iv(10, 20), iv(10, 30));
        assertThat(iv(10, 20).compareTo(iv(10, 20))).isZero();
    }

    @Test
    void empty_overlapsNothing() {
        assertThat(iv(5, 5).isEmpty()).isTrue();
        assertThat(iv(5, 5).overlaps(iv(0, 10))).isFalse();
        assertThat(iv(5, 5).contains(t(5))).isFalse();
    }

    @Provide
    Arbitrary<Interval> intervals() {
        Arbitrary<Integer> a = Arbitraries.integers().between(0, 500);
        Arbitrary<Integer> len = Arbitraries.integers().between(0, 200);
        return Combinators.combine(a, len).as((s, l) -> iv(s, s + l));
    }

    @Property
    void overlaps_isSymmetricAndAgreesWithIntersection(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
        Optional<Interval> i = a.intersection(b);
        assertThat(i.isPresent()).isEqualTo(a.overlaps(b));
        i.ifPresent(x -> assertThat(a.encloses(x) && b.encloses(x) && !x.isEmpty()).isTrue());
    }

    @Property
    void overlaps_matchesAMinuteByMinuteReference(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
        boolean shared = false;
        for (int m = 0; m <= 700 && !shared; m++) {
            shared = a.contains(t(m)) && b.contains(t(m));
        }
        assertThat(a.overlaps(b)).isEqualTo(shared);
    }

    @Property
    void gap_existsExactlyWhenNeitherOverlapNorTouch(@ForAll("intervals") Interval a, @ForAll("intervals") Interval b) {
        Optional<Interval> g = a.gap(b);
        boolean apart = a.end().isBefore(b.start()) || b.end().isBefore(a.start());
        assertThat(g.isPresent()).isEqualTo(apart);
        g.ifPresent(x -> assertThat(x.overlaps(a) || x.overlaps(b)).isFalse());
    }
}
