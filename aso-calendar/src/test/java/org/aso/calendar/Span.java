package org.aso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import org.aso.core.kernel.Interval;

/**
 * One occurrence as the interop tools and we print it: UTC instants ({@code 2026-03-16T09:00:00Z})
 * for a timed event, dates ({@code 2026-03-16}, the end exclusive as in DTEND) for an all-day one.
 *
 * @param start the start
 * @param end the end
 */
record Span(String start, String end) implements Comparable<Span> {
    Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** A timed occurrence. */
    static Span of(Interval interval) {
        return new Span(text(interval.start()), text(interval.end()));
    }

    /** An all-day occurrence: the days of {@code interval} in {@code zone}. */
    static Span days(Interval interval, ZoneId zone) {
        return days(interval.start().atZone(zone).toLocalDate(), interval.end().atZone(zone).toLocalDate());
    }

    /** An all-day occurrence from its first day to the day after its last. */
    static Span days(LocalDate first, LocalDate endExclusive) {
        return new Span(first.toString(), endExclusive.toString());
    }

    /** An instant as the scripts print it: seconds always, {@code Z}. */
    static String text(Instant instant) {
        return instant.toString();
    }

    @Override
    public int compareTo(Span other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : end.compareTo(other.end);
    }

    @Override
    public String toString() {
        return start + "/" + end;
    }
}
