package org.aso.core.kernel;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A half-open span of time {@code [start, end)} on the time line.
 *
 * <p>The end is excluded, so a meeting {@code [10:00, 11:00)} and one {@code [11:00, 12:00)} do not
 * {@link #overlaps(Interval) overlap}: they {@link #abuts(Interval) abut}. An interval whose start
 * equals its end is {@link #isEmpty() empty}: it contains no instant and overlaps nothing.
 *
 * <pre>{@code
 * Interval meeting = Interval.of(Instant.parse("2026-03-02T09:00:00Z"), Duration.ofHours(1));
 * meeting.contains(Instant.parse("2026-03-02T09:59:59Z")); // true
 * meeting.contains(meeting.end());                         // false
 * }</pre>
 *
 * <p>Immutable and thread-safe. Ordered by start, then end.
 */
@Value.Immutable
@FactoryStyle
public abstract class Interval implements Comparable<Interval> {
    private static final Comparator<Interval> ORDER =
            Comparator.comparing(Interval::start).thenComparing(Interval::end);

    Interval() {}

    /** {@return the first instant in the interval (inclusive)} */
    @Value.Parameter
    public abstract Instant start();

    /** {@return the first instant after the interval (exclusive)} */
    @Value.Parameter
    public abstract Instant end();

    /**
     * {@return the interval {@code [start, end)}}
     *
     * @param start the first instant
     * @param end the first instant after the interval, not before {@code start}
     * @throws IllegalArgumentException if {@code end} is before {@code start}
     */
    public static Interval of(Instant start, Instant end) {
        return ImmutableInterval.of(start, end);
    }

    /**
     * {@return the interval of the given length from {@code start}}
     *
     * @param start the first instant
     * @param duration the length, not negative
     * @throws IllegalArgumentException if the duration is negative
     */
    public static Interval of(Instant start, Duration duration) {
        return of(start, start.plus(duration));
    }

    /**
     * The interval {@code [start, end)} from untrusted input.
     *
     * @param start the first instant
     * @param end the first instant after the interval
     * @return the interval, or a problem coded {@code kernel.interval.end-before-start}
     */
    public static Either<Problem, Interval> between(Instant start, Instant end) {
        if (end.isBefore(start)) {
            return Either.left(Problem.of("kernel.interval.end-before-start", "The end is before the start")
                    .with("start", start).with("end", end));
        }
        return Either.right(of(start, end));
    }

    /** {@return the length of the interval} */
    public Duration duration() {
        return Duration.between(start(), end());
    }

    /** {@return true if the interval holds no instant} */
    public boolean isEmpty() {
        return start().equals(end());
    }

    /**
     * {@return true if {@code start <= instant < end}}
     *
     * @param instant any instant
     */
    public boolean contains(Instant instant) {
        return !instant.isBefore(start()) && instant.isBefore(end());
    }

    /**
     * {@return true if every instant of {@code other} is in this interval (an empty one at a bound counts)}
     *
     * @param other the interval that may be enclosed
     */
    public boolean encloses(Interval other) {
        return !other.start().isBefore(start()) && !other.end().isAfter(end());
    }

    /**
     * {@return true if the two intervals share at least one instant}
     *
     * @param other the other interval
     */
    public boolean overlaps(Interval other) {
        return !isEmpty() && !other.isEmpty() && start().isBefore(other.end()) && other.start().isBefore(end());
    }

    /**
     * {@return true if one ends exactly where the other starts}
     *
     * @param other the other interval
     */
    public boolean abuts(Interval other) {
        return end().equals(other.start()) || other.end().equals(start());
    }

    /**
     * {@return the shared part, if the intervals overlap}
     *
     * @param other the other interval
     */
    public Optional<Interval> intersection(Interval other) {
        if (!overlaps(other)) {
            return Optional.empty();
        }
        Instant s = start().isAfter(other.start()) ? start() : other.start();
        Instant e = end().isBefore(other.end()) ? end() : other.end();
        return Optional.of(of(s, e));
    }

    /**
     * {@return the time strictly between the two intervals, if they neither overlap nor abut}
     *
     * @param other the other interval
     */
    public Optional<Interval> gap(Interval other) {
        if (end().isBefore(other.start())) {
            return Optional.of(of(end(), other.start()));
        }
        if (other.end().isBefore(start())) {
            return Optional.of(of(other.end(), start()));
        }
        return Optional.empty();
    }

    /**
     * {@return the smallest interval holding both}
     *
     * @param other the other interval
     */
    public Interval span(Interval other) {
        Instant s = start().isBefore(other.start()) ? start() : other.start();
        Instant e = end().isAfter(other.end()) ? end() : other.end();
        return of(s, e);
    }

    @Value.Check
    void check() {
        if (end().isBefore(start())) {
            throw new IllegalArgumentException("Interval end " + end() + " is before its start " + start());
        }
    }

    @Override
    public int compareTo(Interval other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return "[" + start() + ", " + end() + ")";
    }
}
