package org.aso.core.kernel;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which days of the week are worked, and the working hours of each.
 *
 * <pre>{@code
 * WorkingWeek week = WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30"));
 * WorkingWeek partTime = week.without(DayOfWeek.WEDNESDAY);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WorkingWeek {
    private final Map<DayOfWeek, List<TimeRange>> hours;

    private WorkingWeek(Map<DayOfWeek, List<TimeRange>> hours) {
        this.hours = Collections.unmodifiableMap(new EnumMap<>(hours));
    }

    /**
     * {@return the same hours on each of {@code days}}
     *
     * @param days the working days
     * @param hours their hours
     * @throws IllegalArgumentException if there is no day, no hours, or hours overlap
     */
    public static WorkingWeek of(Set<DayOfWeek> days, Collection<TimeRange> hours) {
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : days) {
            map.put(d, checked(d, hours));
        }
        return of(map);
    }

    /**
     * Hours given day by day; days not in the map are not worked.
     *
     * @param hoursByDay the hours of each working day
     * @return the week
     * @throws IllegalArgumentException if no day is worked, a day has no hours, or hours overlap
     */
    public static WorkingWeek of(Map<DayOfWeek, ? extends Collection<TimeRange>> hoursByDay) {
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(DayOfWeek.class);
        hoursByDay.forEach((d, h) -> map.put(d, checked(d, h)));
        if (map.isEmpty()) {
            throw new IllegalArgumentException("A working week needs at least one working day");
        }
        return new WorkingWeek(map);
    }

    /**
     * Monday to Friday with the given hours.
     *
     * @param hours the hours of each day
     * @return the week
     */
    public static WorkingWeek mondayToFriday(TimeRange... hours) {
        return of(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), Arrays.asList(hours));
    }

    private static List<TimeRange> checked(DayOfWeek day, Collection<TimeRange> hours) {
        if (hours.isEmpty()) {
            throw new IllegalArgumentException("Working day " + day + " needs working hours");
        }
        List<TimeRange> sorted = new ArrayList<>(hours);
        Collections.sort(sorted);
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                throw new IllegalArgumentException("Working hours overlap on " + day + ": " + sorted);
            }
        }
        return List.copyOf(sorted);
    }

    /**
     * {@return true if {@code day} is worked}
     *
     * @param day the day of the week
     */
    public boolean isWorked(DayOfWeek day) {
        return hours.containsKey(day);
    }

    /** {@return the working days} */
    public Set<DayOfWeek> days() {
        return hours.keySet();
    }

    /**
     * {@return the hours of {@code day}, sorted; empty if the day is not worked}
     *
     * @param day the day of the week
     */
    public List<TimeRange> hours(DayOfWeek day) {
        return hours.getOrDefault(day, List.of());
    }

    /** {@return the nominal working time of a week} */
    public Duration weeklyDuration() {
        return hours.values().stream().flatMap(List::stream).map(TimeRange::duration)
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * {@return the same week without {@code day}}
     *
     * @param day the day that stops being worked
     * @throws IllegalArgumentException if no working day would remain
     */
    public WorkingWeek without(DayOfWeek day) {
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(hours);
        map.remove(day);
        return of(map);
    }

    /**
     * {@return the same week with {@code day} worked with these hours (replacing its hours if it was)}
     *
     * @param day the day to work
     * @param dayHours its hours
     */
    public WorkingWeek with(DayOfWeek day, TimeRange... dayHours) {
        Map<DayOfWeek, List<TimeRange>> map = new EnumMap<>(hours);
        map.put(day, checked(day, Arrays.asList(dayHours)));
        return of(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingWeek other && hours.equals(other.hours);
    }

    @Override
    public int hashCode() {
        return hours.hashCode();
    }

    @Override
    public String toString() {
        return "WorkingWeek" + hours;
    }
}
