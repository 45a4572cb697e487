package org.aso.core.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Working days and working hours in one time zone, with holidays: the arithmetic behind every
 * deadline of the section.
 *
 * <pre>{@code
 * BusinessCalendar paris = BusinessCalendar.of(
 *         ZoneId.of("Europe/Paris"),
 *         WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
 *         FrenchHolidays.metropolitan());
 * paris.plusWorkingDays(LocalDate.of(2024, 5, 2), 15);            // 2024-05-28
 * paris.deadline(LocalDate.of(2024, 5, 2), 15).explanation("received");
 * paris.workingTimeBetween(monday9am, tuesday9am);                // PT7H30M
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>A <b>working day</b> is a day of the {@link WorkingWeek} on which no holiday falls.
 *   <li>"N working days after D" is the N-th working day strictly after D; D itself is never
 *       counted, whether it is a working day or not. {@link #workingDaysBetween} counts the
 *       working days in {@code (from, to]}, so that
 *       {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n} for every {@code n >= 0}.
 *   <li>Working time is the time inside the working hours of working days, in the calendar's
 *       zone. On a day of a clock change the hours are read on that day's clock: 09:00-17:00 on
 *       the day clocks go forward at 02:00 is still eight hours, and a range that crosses the
 *       change is shorter or longer by the shift. Local times that do not exist are moved forward
 *       by the gap; repeated ones take the earlier offset.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {
    /** Longest search for the next working day before the calendar is judged to have none. */
    private static final int MAX_EMPTY_DAYS = 3660;

    private final ZoneId zone;
    private final WorkingWeek week;
    private final HolidayCalendar holidays;

    private BusinessCalendar(ZoneId zone, WorkingWeek week, HolidayCalendar holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.week = Objects.requireNonNull(week, "week");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /** A calendar in {@code zone} with these working hours and holidays. */
    public static BusinessCalendar of(ZoneId zone, WorkingWeek week, HolidayCalendar holidays) {
        return new BusinessCalendar(zone, week, holidays);
    }

    /** The zone in which days and hours are read. */
    public ZoneId zone() {
        return zone;
    }

    /** The working week. */
    public WorkingWeek week() {
        return week;
    }

    /** The holidays. */
    public HolidayCalendar holidays() {
        return holidays;
    }

    /** A copy with more holidays (e.g. local closures). */
    public BusinessCalendar plusHolidays(HolidayCalendar more) {
        return new BusinessCalendar(zone, week, holidays.plus(more));
    }

    /** A copy in another zone (e.g. the same rules for an office abroad). */
    public BusinessCalendar withZone(ZoneId otherZone) {
        return new BusinessCalendar(otherZone, week, holidays);
    }

    /** A copy with another working week (e.g. a part-time officer's). */
    public BusinessCalendar withWeek(WorkingWeek otherWeek) {
        return new BusinessCalendar(zone, otherWeek, holidays);
    }

    // ---------------------------------------------------------------- days

    /** True if {@code date} is worked: a day of the working week and no holiday. */
    public boolean isWorkingDay(LocalDate date) {
        return week.isWorked(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return step(date, 1);
    }

    /** The last working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return step(date, -1);
    }

    /** {@code date} itself if it is a working day, else the next one. */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code date} itself is not counted); for a
     * negative {@code n}, the {@code |n|}-th working day before it; {@code date} for zero.
     *
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        LocalDate d = date;
        int dir = n >= 0 ? 1 : -1;
        for (int i = 0; i < Math.abs(n); i++) {
            d = step(d, dir);
        }
        return d;
    }

    /** The {@code n}-th working day before {@code date}. */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        return plusWorkingDays(date, Math.negateExact(n));
    }

    /**
     * The number of working days in {@code (from, to]}; negative (the count in {@code (to, from]})
     * when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
        if (days <= 31) {
            int count = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    count++;
                }
            }
            return count;
        }
        // long spans: whole weeks by arithmetic, then the remaining days, then the holidays on worked days
        LocalDate first = from.plusDays(1);
        long weeks = days / 7;
        long count = weeks * week.days().size();
        for (LocalDate d = first.plusDays(weeks * 7); !d.isAfter(to); d = d.plusDays(1)) {
            if (week.isWorked(d.getDayOfWeek())) {
                count++;
            }
        }
        for (int y = first.getYear(); y <= to.getYear(); y++) {
            for (LocalDate h : holidays.dates(y)) {
                if (!h.isBefore(first) && !h.isAfter(to) && week.isWorked(h.getDayOfWeek())) {
                    count--;
                }
            }
        }
        return Math.toIntExact(count);
    }

    /**
     * {@link #plusWorkingDays} with its explanation: the days passed over and why.
     *
     * @see WorkingDayDeadline#explanation(String)
     */
    public WorkingDayDeadline deadline(LocalDate start, int workingDays) {
        LocalDate due = plusWorkingDays(start, workingDays);
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate lo = workingDays >= 0 ? start : due;
        LocalDate hi = workingDays >= 0 ? due : start;
        for (LocalDate d = lo.plusDays(1); d.isBefore(hi); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                skipped.add(SkippedDay.of(d, week, holidays));
            }
        }
        return ImmutableWorkingDayDeadline.builder()
                .start(start).workingDays(workingDays).due(due).addAllSkipped(skipped).build();
    }

    private LocalDate step(LocalDate date, int dir) {
        LocalDate d = date;
        for (int i = 0; i < MAX_EMPTY_DAYS; i++) {
            d = d.plusDays(dir);
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_EMPTY_DAYS + " days of " + date);
    }

    // ---------------------------------------------------------------- hours

    /**
     * The working periods of {@code date} as instants, in order; empty on a non-working day (and
     * on a day that the zone skipped altogether).
     */
    public List<Interval> workingPeriods(LocalDate date) {
        if (!isWorkingDay(date)) {
            return List.of();
        }
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<TimeRange> ranges = week.hours(date.getDayOfWeek());
        List<Interval> result = new ArrayList<>(ranges.size());
        Instant floor = dayStart; // a range ending in a DST gap is pushed forward: keep periods disjoint
        for (TimeRange r : ranges) {
            Instant s = max(ZonedDateTime.of(date, r.start(), zone).toInstant(), floor);
            Instant e = min(ZonedDateTime.of(date, r.end(), zone).toInstant(), dayEnd);
            if (s.isBefore(e)) {
                result.add(Interval.of(s, e));
                floor = e;
            }
        }
        return result;
    }

    /** The working periods that overlap {@code window}, clipped to it, in order. */
    public List<Interval> workingPeriods(Interval window) {
        List<Interval> result = new ArrayList<>();
        LocalDate last = window.end().atZone(zone).toLocalDate();
        for (LocalDate d = window.start().atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            for (Interval p : workingPeriods(d)) {
                p.intersection(window).ifPresent(result::add);
            }
        }
        return result;
    }

    /** True if {@code instant} falls inside working hours on a working day. */
    public boolean isWorkingTime(Instant instant) {
        return workingPeriods(instant.atZone(zone).toLocalDate()).stream().anyMatch(p -> p.contains(instant));
    }

    /**
     * The working time in {@code [from, to)}; negative when {@code to} is before {@code from}.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        for (Interval p : workingPeriods(Interval.of(from, to))) {
            total = total.plus(p.duration());
        }
        return total;
    }

    /**
     * The earliest instant at which {@code workingTime} of working time has passed since
     * {@code start}. A result at the very end of a working period is returned as that end (17:30),
     * not as the start of the next one; zero returns {@code start}.
     *
     * @throws IllegalArgumentException if {@code workingTime} is negative
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public Instant plusWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        Duration left = workingTime;
        LocalDate d = start.atZone(zone).toLocalDate();
        int empty = 0;
        while (true) {
            boolean any = false;
            for (Interval p : workingPeriods(d)) {
                if (!p.end().isAfter(start)) {
                    continue;
                }
                Instant s = max(p.start(), start);
                Duration len = Duration.between(s, p.end());
                any = true;
                if (left.compareTo(len) <= 0) {
                    return s.plus(left);
                }
                left = left.minus(len);
            }
            empty = any ? 0 : empty + 1;
            if (empty > MAX_EMPTY_DAYS) {
                throw new IllegalStateException("No working time within " + MAX_EMPTY_DAYS + " days after " + start);
            }
            d = d.plusDays(1);
        }
    }

    /**
     * {@link #plusWorkingTime} with its explanation.
     *
     * @see WorkingTimeDeadline#explanation(String)
     */
    public WorkingTimeDeadline deadline(Instant start, Duration workingTime) {
        Instant due = plusWorkingTime(start, workingTime);
        List<SkippedDay> skipped = new ArrayList<>();
        LocalDate last = due.atZone(zone).toLocalDate();
        for (LocalDate d = start.atZone(zone).toLocalDate().plusDays(1); d.isBefore(last); d = d.plusDays(1)) {
            if (!isWorkingDay(d)) {
                skipped.add(SkippedDay.of(d, week, holidays));
            }
        }
        return ImmutableWorkingTimeDeadline.builder()
                .start(start).workingTime(workingTime).due(due).zone(zone).addAllSkipped(skipped).build();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other
                && zone.equals(other.zone) && week.equals(other.week) && holidays.equals(other.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, week, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + week + ", " + holidays + "]";
    }
}
