package org.aso.core.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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
 * <h2>Bounds</h2>
 * See {@link Limits} for the supported range.
 * <ul>
 *   <li>A count of working days ({@link #plusWorkingDays}, {@link #minusWorkingDays},
 *       {@link #deadline(LocalDate, int)}) is at most {@link Limits#MAX_WORKING_DAYS} forward or
 *       back, and working time ({@link #plusWorkingTime}) spans at most that many working days;
 *       beyond, an {@link IllegalArgumentException} carrying the count is thrown at once.
 *   <li>Working days follow the week and the holidays on any date java.time represents, so a
 *       deadline counted from the last supported day lands after it, by the same rules. Only a
 *       walk that would leave java.time's dates ({@link LocalDate#MIN}, {@link LocalDate#MAX}) is
 *       refused, with an {@link IllegalArgumentException} naming the date.
 *   <li>Working hours exist only inside the supported range: {@link #workingPeriods(LocalDate)}
 *       is empty for a day outside {@link Limits#MIN_DATE}..{@link Limits#MAX_DATE}, periods never
 *       hold an instant outside {@link Limits#MIN_INSTANT}..{@link Limits#MAX_INSTANT}, and
 *       {@link #plusWorkingTime} refuses a start outside them or a result after them.
 *   <li>Counts over a span ({@link #workingDaysBetween}, {@link #workingTimeBetween},
 *       {@link #workingPeriods(Interval)}) answer for the part of the span inside the supported
 *       range, however wide the span: {@code workingDaysBetween(LocalDate.MIN, LocalDate.MAX)}
 *       counts the working days of years 1 to 9999. The two counts cost about one step per year
 *       of the span and per clock change, not one per day.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class BusinessCalendar {
    /** The longest span {@link #workingPeriods(Interval)} lists at once: 3,660 days, about ten years. */
    public static final int MAX_PERIOD_DAYS = 3_660;

    /** Longest search for the next working day before the calendar is judged to have none. */
    private static final int MAX_EMPTY_DAYS = 3660;
    /** Spans longer than this many days are counted by weeks, holidays and clock changes. */
    private static final int DAY_BY_DAY_SPAN = 62;
    /** The most a working day can hold: 25 hours, on a day when clocks go back. */
    private static final Duration MAX_WORKING_TIME = Duration.ofHours(25L * Limits.MAX_WORKING_DAYS);
    /** The supported instants as an interval: working periods are clipped to it. */
    private static final Interval SUPPORTED = Interval.of(Limits.MIN_INSTANT, Limits.MAX_INSTANT);

    private final ZoneId zone;
    private final WorkingWeek week;
    private final HolidayCalendar holidays;

    private BusinessCalendar(ZoneId zone, WorkingWeek week, HolidayCalendar holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.week = Objects.requireNonNull(week, "week");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * A calendar in {@code zone} with these working hours and holidays.
     *
     * @param zone the zone in which days and hours are read
     * @param week the working days and their hours
     * @param holidays the days off on top of the week's
     * @return the calendar
     */
    public static BusinessCalendar of(ZoneId zone, WorkingWeek week, HolidayCalendar holidays) {
        return new BusinessCalendar(zone, week, holidays);
    }

    /** {@return the zone in which days and hours are read} */
    public ZoneId zone() {
        return zone;
    }

    /** {@return the working week} */
    public WorkingWeek week() {
        return week;
    }

    /** {@return the holidays} */
    public HolidayCalendar holidays() {
        return holidays;
    }

    /**
     * {@return a copy with more holidays (e.g. local closures)}
     *
     * @param more the holidays to add
     */
    public BusinessCalendar plusHolidays(HolidayCalendar more) {
        return new BusinessCalendar(zone, week, holidays.plus(more));
    }

    /**
     * {@return a copy in another zone (e.g. the same rules for an office abroad)}
     *
     * @param otherZone the zone of the copy
     */
    public BusinessCalendar withZone(ZoneId otherZone) {
        return new BusinessCalendar(otherZone, week, holidays);
    }

    /**
     * {@return a copy with another working week (e.g. a part-time officer's)}
     *
     * @param otherWeek the working week of the copy
     */
    public BusinessCalendar withWeek(WorkingWeek otherWeek) {
        return new BusinessCalendar(zone, otherWeek, holidays);
    }

    // ---------------------------------------------------------------- days

    /**
     * {@return true if {@code date} is worked: a day of the working week and no holiday (any date)}
     *
     * @param date any date
     */
    public boolean isWorkingDay(LocalDate date) {
        return week.isWorked(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    /**
     * {@return the first working day strictly after {@code date}}
     *
     * @param date the day to start from
     * @throws IllegalArgumentException if there is none before {@link LocalDate#MAX}
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        return step(date, 1);
    }

    /**
     * {@return the last working day strictly before {@code date}}
     *
     * @param date the day to start from
     * @throws IllegalArgumentException if there is none after {@link LocalDate#MIN}
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        return step(date, -1);
    }

    /**
     * {@code date} itself if it is a working day, else the next one.
     *
     * @param date the day to start from
     * @return the working day on or after {@code date}
     * @throws IllegalArgumentException if there is none before {@link LocalDate#MAX}
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public LocalDate workingDayOnOrAfter(LocalDate date) {
        return isWorkingDay(date) ? date : nextWorkingDay(date);
    }

    /**
     * {@return the {@code n}-th working day after {@code date} ({@code date} itself is not counted); for a
     * negative {@code n}, the {@code |n|}-th working day before it; {@code date} for zero} Costs
     * one step per day walked, so at most about {@code 1.4 * |n|} steps in a five-day week.
     *
     * @param date the day counting starts from
     * @param n at most {@link Limits#MAX_WORKING_DAYS} forward or back
     * @throws IllegalArgumentException if {@code |n|} is more than {@link Limits#MAX_WORKING_DAYS}
     *     (the message carries {@code n}), or if the walk would leave java.time's dates
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        Objects.requireNonNull(date, "date");
        requireWorkingDays(n);
        LocalDate d = date;
        int dir = n >= 0 ? 1 : -1;
        for (int i = 0; i < Math.abs(n); i++) {
            d = step(d, dir);
        }
        return d;
    }

    /**
     * {@return the {@code n}-th working day before {@code date}}
     *
     * @param date the day counting starts from
     * @param n at most {@link Limits#MAX_WORKING_DAYS} back or forward
     * @throws IllegalArgumentException as for {@link #plusWorkingDays}
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public LocalDate minusWorkingDays(LocalDate date, int n) {
        requireWorkingDays(n);
        return plusWorkingDays(date, -n);
    }

    private static void requireWorkingDays(long n) {
        Limits.checkWorkingDays("count", n).ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
    }

    /**
     * {@return the number of working days in {@code (from, to]}; negative (the count in {@code (to, from]})
     * when {@code to} is before {@code from}} Only the days of the span inside the supported range
     * ({@link Limits#MIN_DATE} to {@link Limits#MAX_DATE}) are counted, so any two dates give an
     * answer; the cost follows the number of years of that part, not of days.
     *
     * @param from the day after which counting starts
     * @param to the last day counted
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        LocalDate beforeFirst = Limits.MIN_DATE.minusDays(1);
        if (from.isBefore(beforeFirst)) {
            from = beforeFirst;
        }
        if (to.isAfter(Limits.MAX_DATE)) {
            to = Limits.MAX_DATE;
        }
        if (!to.isAfter(from)) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(from, to);
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
     * @param start the day counting starts from (received, assigned)
     * @param workingDays at most {@link Limits#MAX_WORKING_DAYS} forward or back
     * @return the due day with the days passed over and why
     * @throws IllegalArgumentException as for {@link #plusWorkingDays}
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
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
            if (d.equals(dir > 0 ? LocalDate.MAX : LocalDate.MIN)) {
                throw new IllegalArgumentException("No working day " + (dir > 0 ? "after " : "before ") + date
                        + " within the dates java.time represents");
            }
            d = d.plusDays(dir);
            if (isWorkingDay(d)) {
                return d;
            }
        }
        throw new IllegalStateException("No working day within " + MAX_EMPTY_DAYS + " days of " + date);
    }

    // ---------------------------------------------------------------- hours

    /**
     * {@return the working periods of {@code date} as instants, in order; empty on a non-working day, on a
     * day that the zone skipped altogether, and on a day outside the supported range} Periods are
     * clipped to the supported instants (which matters only on its first and last days).
     *
     * @param date any date
     */
    public List<Interval> workingPeriods(LocalDate date) {
        if (!Limits.contains(date) || !isWorkingDay(date)) {
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
        if (date.isBefore(Limits.MIN_DATE.plusDays(2)) || date.isAfter(Limits.MAX_DATE.minusDays(2))) {
            List<Interval> clipped = new ArrayList<>(result.size());
            for (Interval p : result) {
                p.intersection(SUPPORTED).ifPresent(clipped::add);
            }
            return clipped;
        }
        return result;
    }

    /**
     * {@return the working periods that overlap {@code window}, clipped to it, in order} A window reaching
     * outside the supported range gives the periods of its part inside; the list holds about two
     * periods per working day of that part, so its size follows the window, and that part may span
     * at most {@link #MAX_PERIOD_DAYS} days (about ten years: some 5,000 periods).
     *
     * @param window the interval looked at; not null
     * @throws IllegalArgumentException if the part of {@code window} inside the supported range is
     *     longer than {@link #MAX_PERIOD_DAYS} days (checked before any work); ask for shorter windows
     */
    public List<Interval> workingPeriods(Interval window) {
        List<Interval> result = new ArrayList<>();
        Instant from = max(window.start(), Limits.MIN_INSTANT);
        Instant to = min(window.end(), Limits.MAX_INSTANT);
        if (!from.isBefore(to)) {
            return result;
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_PERIOD_DAYS)) > 0) {
            throw new IllegalArgumentException("Working periods are listed for at most " + MAX_PERIOD_DAYS
                    + " days at once, not " + window);
        }
        Interval inside = Interval.of(from, to);
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate d = from.atZone(zone).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            for (Interval p : workingPeriods(d)) {
                p.intersection(inside).ifPresent(result::add);
            }
        }
        return result;
    }

    /**
     * {@return true if {@code instant} falls inside working hours on a working day; false for any instant
     * outside the supported range}
     *
     * @param instant any instant
     */
    public boolean isWorkingTime(Instant instant) {
        return Limits.contains(instant)
                && workingPeriods(instant.atZone(zone).toLocalDate()).stream().anyMatch(p -> p.contains(instant));
    }

    /**
     * {@return the working time in {@code [from, to)}; negative when {@code to} is before {@code from}}
     * Only the part of the span inside the supported range counts, so any two instants give an
     * answer. A span of more than two months costs one step per year, per holiday and per clock
     * change in it, not one per day.
     *
     * @param from the start of the span
     * @param to the end of the span, excluded
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return workingTimeBetween(to, from).negated();
        }
        Instant s = max(from, Limits.MIN_INSTANT);
        Instant e = min(to, Limits.MAX_INSTANT);
        if (!s.isBefore(e)) {
            return Duration.ZERO;
        }
        Interval span = Interval.of(s, e);
        LocalDate first = s.atZone(zone).toLocalDate();
        LocalDate last = e.atZone(zone).toLocalDate();
        if (ChronoUnit.DAYS.between(first, last) <= DAY_BY_DAY_SPAN) {
            return sum(workingPeriods(span));
        }
        // the first and last days in part, the days between whole
        Duration total = Duration.ZERO;
        for (LocalDate edge : List.of(first, last)) {
            for (Interval p : workingPeriods(edge)) {
                Optional<Interval> cut = p.intersection(span);
                if (cut.isPresent()) {
                    total = total.plus(cut.get().duration());
                }
            }
        }
        return total.plus(wholeDays(first.plusDays(1), last.minusDays(1)));
    }

    /**
     * The working time of the days {@code a} to {@code b} (inclusive, inside the supported range):
     * the nominal hours of the week, by whole weeks, less those of the holidays, corrected on the
     * other days where the actual hours may differ (clock changes, the edges of the supported range).
     */
    private Duration wholeDays(LocalDate a, LocalDate b) {
        long days = ChronoUnit.DAYS.between(a, b) + 1;
        long weeks = days / 7;
        Duration total = week.weeklyDuration().multipliedBy(weeks);
        for (LocalDate d = a.plusDays(weeks * 7); !d.isAfter(b); d = d.plusDays(1)) {
            total = total.plus(nominal(d));
        }
        Set<LocalDate> holidayDates = new HashSet<>();
        for (int y = a.getYear(); y <= b.getYear(); y++) {
            for (LocalDate h : holidays.dates(y)) {
                if (!h.isBefore(a) && !h.isAfter(b)) {
                    holidayDates.add(h);
                    total = total.minus(nominal(h)); // a holiday has no working hours, whatever the clock does
                }
            }
        }
        Set<LocalDate> special = new HashSet<>();
        ZoneRules rules = zone.getRules();
        Instant end = b.plusDays(2).atStartOfDay(zone).toInstant();
        for (ZoneOffsetTransition t = rules.nextTransition(a.minusDays(2).atStartOfDay(zone).toInstant());
                t != null && t.getInstant().isBefore(end); t = rules.nextTransition(t.getInstant())) {
            special.add(t.getDateTimeBefore().toLocalDate());
            special.add(t.getDateTimeAfter().toLocalDate());
        }
        for (LocalDate d : List.of(Limits.MIN_DATE, Limits.MIN_DATE.plusDays(1),
                Limits.MAX_DATE.minusDays(1), Limits.MAX_DATE)) {
            special.add(d); // periods may be clipped to the supported instants there
        }
        for (LocalDate d : special) {
            if (!d.isBefore(a) && !d.isAfter(b) && !holidayDates.contains(d)) {
                total = total.plus(sum(workingPeriods(d))).minus(nominal(d));
            }
        }
        return total;
    }

    /** The working hours the week gives {@code date}'s day of the week, ignoring holidays and clocks. */
    private Duration nominal(LocalDate date) {
        Duration d = Duration.ZERO;
        for (TimeRange r : week.hours(date.getDayOfWeek())) {
            d = d.plus(r.duration());
        }
        return d;
    }

    private static Duration sum(List<Interval> periods) {
        Duration total = Duration.ZERO;
        for (Interval p : periods) {
            total = total.plus(p.duration());
        }
        return total;
    }

    /**
     * {@return the earliest instant at which {@code workingTime} of working time has passed since
     * {@code start}} A result at the very end of a working period is returned as that end (17:30),
     * not as the start of the next one; zero returns {@code start}. Costs one step per day walked,
     * and the walk is at most {@link Limits#MAX_WORKING_DAYS} working days long.
     *
     * @param start the instant work starts
     * @param workingTime the working time to pass, not negative
     * @throws IllegalArgumentException if {@code workingTime} is negative, if {@code start} is
     *     outside the supported range (the message carries it), if the working time needs more
     *     than {@link Limits#MAX_WORKING_DAYS} working days, or if it runs past
     *     {@link Limits#MAX_DATE}
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
     */
    public Instant plusWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("Working time must not be negative: " + workingTime);
        }
        Limits.checkInstant("start of the working time", start).ifPresent(p -> {
            throw new IllegalArgumentException(p.message());
        });
        if (workingTime.isZero()) {
            return start;
        }
        if (workingTime.compareTo(MAX_WORKING_TIME) > 0) {
            throw tooManyWorkingDays(workingTime);
        }
        Duration left = workingTime;
        LocalDate d = start.atZone(zone).toLocalDate();
        int empty = 0;
        int worked = 0;
        while (true) {
            if (d.isAfter(Limits.MAX_DATE)) {
                throw new IllegalArgumentException(workingTime + " of working time from " + start
                        + " runs past the last supported day " + Limits.MAX_DATE);
            }
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
            if (any && ++worked >= Limits.MAX_WORKING_DAYS) {
                throw tooManyWorkingDays(workingTime);
            }
            if (empty > MAX_EMPTY_DAYS) {
                throw new IllegalStateException("No working time within " + MAX_EMPTY_DAYS + " days after " + start);
            }
            d = d.plusDays(1);
        }
    }

    private static IllegalArgumentException tooManyWorkingDays(Duration workingTime) {
        return new IllegalArgumentException(workingTime + " of working time needs more than "
                + Limits.MAX_WORKING_DAYS + " working days");
    }

    /**
     * {@link #plusWorkingTime} with its explanation.
     *
     * @param start the instant work starts
     * @param workingTime the working time to pass, not negative
     * @return the due instant with its explanation
     * @throws IllegalArgumentException as for {@link #plusWorkingTime}
     * @throws IllegalStateException if the calendar has no working day for ten years in a row
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
