package org.aso.core.kernel;

import java.time.Duration;
import java.time.LocalTime;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A span of local time within one day, {@code [start, end)}, e.g. working hours 09:00-12:30.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class TimeRange implements Comparable<TimeRange> {
    TimeRange() {}

    /** {@return the first minute of the range} */
    @Value.Parameter
    public abstract LocalTime start();

    /** {@return the end (excluded)} */
    @Value.Parameter
    public abstract LocalTime end();

    /**
     * {@return the range {@code [start, end)}}
     *
     * @param start the first minute
     * @param end the end, excluded
     * @throws IllegalArgumentException unless {@code start} is before {@code end}
     */
    public static TimeRange of(LocalTime start, LocalTime end) {
        return ImmutableTimeRange.of(start, end);
    }

    /**
     * Parses a range written {@code "09:00-12:30"}.
     *
     * @param text the range, e.g. {@code "09:00-12:30"}
     * @return the range
     * @throws IllegalArgumentException if the text is not of that form or the start is not before the end
     */
    public static TimeRange parse(String text) {
        String[] parts = text.strip().split("\\s*-\\s*");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Expected HH:MM-HH:MM: " + text);
        }
        try {
            return of(LocalTime.parse(parts[0]), LocalTime.parse(parts[1]));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Expected HH:MM-HH:MM: " + text, e);
        }
    }

    /** {@return the nominal length (ignoring any clock change on a given day)} */
    public Duration duration() {
        return Duration.between(start(), end());
    }

    @Value.Check
    void check() {
        if (!start().isBefore(end())) {
            throw new IllegalArgumentException("Time range start " + start() + " must be before its end " + end());
        }
    }

    @Override
    public int compareTo(TimeRange o) {
        int c = start().compareTo(o.start());
        return c != 0 ? c : end().compareTo(o.end());
    }

    @Override
    public String toString() {
        return start() + "-" + end();
    }
}
