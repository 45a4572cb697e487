package org.aso.core.agenda.recurrence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.Arrays;
import org.aso.core.agenda.recurrence.RecurrenceRule.Frequency;
import org.aso.core.agenda.recurrence.RecurrenceRule.WeekdayNum;

/**
 * A recurrence rule compiled against its first start: generates the instance starts as local
 * seconds, period by period (a year, month, week, day, hour, minute or second times the
 * interval), in order.
 *
 * <p>Each period's candidate set is built from the BY-parts as RFC 5545 (3.3.10) says: BYMONTH,
 * BYWEEKNO, BYYEARDAY, BYMONTHDAY and BYDAY expand or limit by frequency, BYHOUR, BYMINUTE and
 * BYSECOND expand the times, BYSETPOS picks from the sorted set. Dates that do not exist (30
 * February) are skipped. For YEARLY with BYWEEKNO, a year's weeks are those of its week-numbering
 * year, so the year before the first start is looked at too (its week 53 may end in January).
 *
 * <h2>Bounded work</h2>
 * <ul>
 *   <li>A period's candidates are its sorted days crossed with the sorted times of day, read by
 *       index and never listed: a yearly rule on every second is 31.6 million candidates and costs
 *       a few arrays. BYSETPOS picks by index; the window start is found by binary search.
 *   <li>Without COUNT, generation starts at the period holding the window start; with COUNT
 *       (at most a million) it counts from the first start.
 *   <li>A sub-daily period on a day, hour, minute or second that cannot match jumps to the next
 *       one that can. A rule whose periods can fall on no time of day that BYHOUR, BYMINUTE and
 *       BYSECOND allow (checked once, over the residues of the step modulo a day) yields only its
 *       first start.
 *   <li>A rule that yields nothing for 400 years (the Gregorian cycle) yields nothing ever and stops;
 *       nothing is generated past the end of year 9999.
 * </ul>
 *
 * <p>Immutable and thread-safe; each expansion uses its own buffers.
 */
final class RuleExpander {
    private static final long DAY = 86_400;
    /** 400 Gregorian years in seconds: every calendar pattern repeats within it. */
    private static final long CYCLE = 146_097L * DAY;
    private static final int MIN_YEAR = -9999;
    private static final int MAX_YEAR = 9999;

    /** Receives instance starts in order; returns false to stop. */
    interface Sink {
        boolean accept(long local, long epoch);
    }

    private final Frequency freq;
    private final int interval;
    private final int count;
    private final long startLocal;
    private final int startYear;
    private final int startMonth;
    private final int startDom;
    private final int startDow; // 0 = Monday
    private final long startDay;
    private final int wkst; // 0 = Monday
    // until: one of the three is used
    private final long untilEpoch;
    private final long untilLocal;
    private final boolean untilIsEpoch;

    private final boolean[] month = new boolean[13];
    private final boolean anyMonth;
    private final int[] weekNo;
    private final int[] yearDay;
    private final int[] monthDay;
    private final WeekdayNum[] byDay;
    private final boolean byDayOrdinals;
    private final int plainDays; // bit per weekday (0 = Monday) of BYDAY entries without ordinal
    private final int[] setPos;
    private final int[] hours;
    private final int[] minutes;
    private final int[] seconds;
    private final boolean[] hourOk = new boolean[24];
    private final boolean[] minuteOk = new boolean[60];
    private final boolean[] secondOk = new boolean[61];
    private final boolean byHourGiven;
    private final boolean byMinuteGiven;
    private final boolean bySecondGiven;
    /** Seconds of the day of each instance in a day, sorted (DAILY and longer). */
    private final int[] times;
    /** The most days one period can list before repeats are removed. */
    private final int daysCapacity;
    /** True if the rule yields nothing after the first start (see {@link #matchesNoTimeOfDay}). */
    private final boolean never;

    RuleExpander(RecurrenceRule rule, LocalDateTime start) {
        freq = rule.frequency();
        interval = rule.interval();
        count = rule.count().orElse(0);
        startLocal = start.toEpochSecond(ZoneOffset.UTC);
        startYear = start.getYear();
        startMonth = start.getMonthValue();
        startDom = start.getDayOfMonth();
        startDow = start.getDayOfWeek().getValue() - 1;
        startDay = start.toLocalDate().toEpochDay();
        wkst = rule.weekStart().getValue() - 1;
        Temporal until = rule.until().orElse(null);
        if (until instanceof Instant i) {
            untilIsEpoch = true;
            untilEpoch = i.getEpochSecond();
            untilLocal = Long.MAX_VALUE;
        } else if (until instanceof LocalDate d) {
            untilIsEpoch = false;
            untilEpoch = Long.MAX_VALUE;
            untilLocal = d.toEpochDay() * DAY + DAY - 1;
        } else if (until instanceof LocalDateTime t) {
            untilIsEpoch = false;
            untilEpoch = Long.MAX_VALUE;
            untilLocal = t.toEpochSecond(ZoneOffset.UTC);
        } else {
            untilIsEpoch = false;
            untilEpoch = Long.MAX_VALUE;
            untilLocal = Long.MAX_VALUE;
        }
        for (int m : rule.byMonth) {
            month[m] = true;
        }
        anyMonth = rule.byMonth.length == 0;
        weekNo = rule.byWeekNo;
        yearDay = rule.byYearDay;
        monthDay = rule.byMonthDay;
        byDay = rule.byDay;
        boolean ordinals = false;
        int plain = 0;
        for (WeekdayNum d : byDay) {
            if (d.ordinal() == 0) {
                plain |= 1 << (d.day().getValue() - 1);
            } else {
                ordinals = true;
            }
        }
        byDayOrdinals = ordinals;
        plainDays = plain;
        setPos = rule.bySetPos;
        hours = rule.byHour.length > 0 ? sorted(rule.byHour) : new int[] {start.getHour()};
        minutes = rule.byMinute.length > 0 ? sorted(rule.byMinute) : new int[] {start.getMinute()};
        seconds = rule.bySecond.length > 0 ? sorted(rule.bySecond) : new int[] {start.getSecond()};
        byHourGiven = rule.byHour.length > 0;
        byMinuteGiven = rule.byMinute.length > 0;
        bySecondGiven = rule.bySecond.length > 0;
        for (int h : rule.byHour) {
            hourOk[h] = true;
        }
        for (int m : rule.byMinute) {
            minuteOk[m] = true;
        }
        for (int s : rule.bySecond) {
            secondOk[s] = true;
        }
        int[] t = new int[hours.length * minutes.length * seconds.length];
        int n = 0;
        for (int h : hours) {
            for (int m : minutes) {
                for (int s : seconds) {
                    if (s < 60) { // a leap second cannot be shown on a java.time clock: skipped
                        t[n++] = h * 3600 + m * 60 + s;
                    }
                }
            }
        }
        times = Arrays.copyOf(t, n);
        daysCapacity = weekNo.length * 7 + yearDay.length + monthDay.length * 12 + byDay.length * 60 + 13;
        never = matchesNoTimeOfDay();
    }

    /**
     * True if no time of day can ever be an instance: only leap seconds are named (a java.time
     * clock has none), or, for HOURLY, MINUTELY and SECONDLY, no time of day that the periods can
     * fall on passes BYHOUR, BYMINUTE and BYSECOND. Every period starts a whole number of steps
     * from the first, so its time of day is congruent to the first's modulo gcd(step, one day).
     */
    private boolean matchesNoTimeOfDay() {
        if (times.length == 0) {
            return true;
        }
        if (freq.compareTo(Frequency.DAILY) >= 0) {
            return false;
        }
        long g = gcd(unit() * interval, DAY);
        for (long t = Math.floorMod(subDailyBase(), g); t < DAY; t += g) {
            int h = (int) (t / 3600);
            int m = (int) (t / 60 % 60);
            int sec = (int) (t % 60);
            boolean ok = (!byHourGiven || hourOk[h])
                    && (freq == Frequency.HOURLY || !byMinuteGiven || minuteOk[m])
                    && (freq != Frequency.SECONDLY || !bySecondGiven || secondOk[sec]);
            if (ok) {
                return false;
            }
        }
        return true;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }

    private static int[] sorted(int[] values) {
        int[] c = values.clone();
        Arrays.sort(c);
        return c;
    }

    /** True if instances are counted from the first start (COUNT): no skipping ahead. */
    boolean counts() {
        return count > 0;
    }

    /** True if the rule can yield nothing after the first start, whatever the dates. */
    boolean yieldsOnlyTheStart() {
        return never;
    }

    /**
     * Generates the instances, the first start included as the first one, in order, from the
     * period holding {@code fromLocal} (or from the first start when the rule counts) until past
     * {@code toLocal}, COUNT or UNTIL. Instances before {@code fromLocal} may be passed too.
     */
    void generate(long fromLocal, long toLocal, WallClock line, Sink sink) {
        Cursor c = cursor(fromLocal, toLocal, line);
        while (c.next()) {
            if (!sink.accept(c.local, c.epoch)) {
                return;
            }
        }
    }

    /**
     * A cursor over the instances, as {@link #generate} gives them. Work per call follows the
     * candidates of one period at most; memory is a few arrays of the size of the rule's BY-parts,
     * never the size of a period's candidate set (a yearly rule on every second is not listed).
     */
    Cursor cursor(long fromLocal, long toLocal, WallClock line) {
        return new Cursor(fromLocal, toLocal, line);
    }

    /** A pull form of the generation: {@link #next()} moves to the following instance. */
    final class Cursor {
        private final long fromLocal;
        private final long toLocal;
        private final WallClock line;
        private final Scratch s;
        private long k;
        private int i;
        private int n;
        private int emitted;
        private long last;
        private long lastHit;
        private boolean started;
        private boolean done;
        /** The current instance, as local seconds and as epoch seconds. */
        long local;
        long epoch;
        private boolean shifted;

        /** True if the current instance is a time in a spring gap, moved forward (it may pass later ones). */
        boolean movedOutOfGap() {
            return shifted;
        }

        private Cursor(long fromLocal, long toLocal, WallClock line) {
            this.fromLocal = fromLocal;
            this.toLocal = toLocal;
            this.line = line;
            this.s = new Scratch(daysCapacity, times);
            long kMin = freq == Frequency.YEARLY && weekNo.length > 0 ? -1 : 0; // week 53 can end in the next year
            this.k = count > 0 ? kMin : Math.max(kMin, firstPeriod(fromLocal) - 1);
            this.lastHit = Math.max(startLocal, fromLocal);
        }

        /** Moves to the next instance; false when there is none. */
        boolean next() {
            if (done) {
                return false;
            }
            if (!started) {
                started = true;
                local = startLocal;
                epoch = line.toEpochSecond(startLocal);
                last = epoch;
                emitted = 1;
                done = count == 1 || startLocal > toLocal || never;
                return true;
            }
            while (true) {
                while (i < n) {
                    long l = s.at(i++);
                    if (l <= startLocal) {
                        continue;
                    }
                    if (l > untilLocal) {
                        return end();
                    }
                    long e = line.toEpochSecond(l);
                    if (e > untilEpoch) {
                        return end();
                    }
                    if (e == last || s.wasShifted(e)) { // a time in a gap, moved onto another instance
                        continue;
                    }
                    if (line.shifted) {
                        s.shifted(e);
                    }
                    last = e;
                    lastHit = l;
                    local = l;
                    epoch = e;
                    shifted = line.shifted;
                    if (++emitted == count) {
                        done = true;
                    }
                    return true;
                }
                long periodStart = periodStart(k);
                if (periodStart == Long.MIN_VALUE || periodStart - 7 * DAY > toLocal || periodStart - lastHit > CYCLE) {
                    return end();
                }
                int m = fill(k, s);
                if (m < 0) { // sub-daily period on a day or time that cannot match: jump
                    k = Math.max(k + 1, s.jump);
                    continue;
                }
                k++;
                n = m;
                i = 0;
                if (setPos.length > 0 && n > 0) {
                    n = select(s, n);
                }
                if (count == 0 && n > 0 && s.at(0) < fromLocal) {
                    i = s.lowerBound(n, fromLocal); // not counted: candidates before the window are not needed
                }
            }
        }

        private boolean end() {
            done = true;
            return false;
        }
    }

    // ---------------------------------------------------------------- periods

    /** The index of the period holding {@code local} (may be negative). */
    private long firstPeriod(long local) {
        long day = Math.floorDiv(local, DAY);
        return switch (freq) {
            case YEARLY -> Math.floorDiv(LocalDate.ofEpochDay(clampDay(day)).getYear() - startYear, interval);
            case MONTHLY -> {
                LocalDate d = LocalDate.ofEpochDay(clampDay(day));
                long months = (d.getYear() - (long) startYear) * 12 + d.getMonthValue() - startMonth;
                yield Math.floorDiv(months, interval);
            }
            case WEEKLY -> Math.floorDiv(day - weekStartOf(startDay), 7L * interval);
            case DAILY -> Math.floorDiv(day - startDay, interval);
            default -> Math.floorDiv(local - subDailyBase(), unit() * interval);
        };
    }

    private static long clampDay(long day) {
        return Math.max(LocalDate.of(MIN_YEAR, 1, 1).toEpochDay(), Math.min(day, LocalDate.of(MAX_YEAR, 12, 31).toEpochDay()));
    }

    private long weekStartOf(long day) {
        return day - Math.floorMod(dow(day) - wkst, 7);
    }

    private static int dow(long day) {
        return (int) Math.floorMod(day + 3, 7L);
    }

    private long unit() {
        return switch (freq) {
            case HOURLY -> 3600;
            case MINUTELY -> 60;
            default -> 1;
        };
    }

    private long subDailyBase() {
        return startLocal - Math.floorMod(startLocal, unit());
    }

    /** The first local second of period {@code k}, or {@code Long.MIN_VALUE} past year 9999. */
    private long periodStart(long k) {
        switch (freq) {
            case YEARLY -> {
                long y = startYear + k * interval;
                return y > MAX_YEAR ? Long.MIN_VALUE : LocalDate.of((int) y, 1, 1).toEpochDay() * DAY;
            }
            case MONTHLY -> {
                long m = startYear * 12L + startMonth - 1 + k * interval;
                long y = Math.floorDiv(m, 12);
                return y > MAX_YEAR ? Long.MIN_VALUE : LocalDate.of((int) y, (int) Math.floorMod(m, 12) + 1, 1).toEpochDay() * DAY;
            }
            case WEEKLY -> {
                long d = weekStartOf(startDay) + k * 7 * interval;
                return d > LocalDate.of(MAX_YEAR, 12, 31).toEpochDay() ? Long.MIN_VALUE : d * DAY;
            }
            case DAILY -> {
                long d = startDay + k * interval;
                return d > LocalDate.of(MAX_YEAR, 12, 31).toEpochDay() ? Long.MIN_VALUE : d * DAY;
            }
            default -> {
                long s = subDailyBase() + k * unit() * interval;
                return s >= (LocalDate.of(MAX_YEAR, 12, 31).toEpochDay() + 1) * DAY ? Long.MIN_VALUE : s;
            }
        }
    }

    /**
     * The sorted candidates of period {@code k} into {@code buf.buf}; their number, or for a
     * sub-daily period that cannot match, -1 with the next period worth trying in {@code buf.jump}.
     */
    private int fill(long k, Scratch buf) {
        switch (freq) {
            case YEARLY -> {
                return yearly((int) (startYear + k * interval), buf);
            }
            case MONTHLY -> {
                long m = startYear * 12L + startMonth - 1 + k * interval;
                return monthly((int) Math.floorDiv(m, 12), (int) Math.floorMod(m, 12) + 1, buf);
            }
            case WEEKLY -> {
                return weekly(weekStartOf(startDay) + k * 7 * interval, buf);
            }
            case DAILY -> {
                long d = startDay + k * interval;
                if (!dayMatches(d)) {
                    return 0;
                }
                buf.days[0] = d;
                return toCandidates(buf.days, 1, buf);
            }
            default -> {
                return subDaily(k, buf);
            }
        }
    }

    private int weekly(long weekStart, Scratch buf) {
        long[] days = buf.days;
        int n = 0;
        for (int i = 0; i < 7; i++) {
            long d = weekStart + i;
            int w = dow(d);
            boolean day = byDay.length == 0 ? w == startDow : (plainDays & (1 << w)) != 0;
            if (day && (anyMonth || month[LocalDate.ofEpochDay(d).getMonthValue()])) {
                days[n++] = d;
            }
        }
        return toCandidates(days, n, buf);
    }

    private int monthly(int y, int m, Scratch buf) {
        if (y > MAX_YEAR || !anyMonth && !month[m]) {
            return 0;
        }
        long first = LocalDate.of(y, m, 1).toEpochDay();
        int dim = LocalDate.of(y, m, 1).lengthOfMonth();
        long last = first + dim - 1;
        long[] days = buf.days;
        int nd = 0;
        if (monthDay.length > 0) {
            for (int md : monthDay) {
                int dom = md > 0 ? md : dim + md + 1;
                if (dom >= 1 && dom <= dim) {
                    long d = first + dom - 1;
                    if (byDay.length == 0 || dayInSpan(d, first, last)) {
                        days[nd++] = d;
                    }
                }
            }
        } else if (byDay.length > 0) {
            nd = expandDays(first, last, days, 0);
        } else if (startDom <= dim) {
            days[nd++] = first + startDom - 1;
        }
        return toCandidates(days, nd, buf);
    }

    private int yearly(int y, Scratch buf) {
        if (y > MAX_YEAR) {
            return 0;
        }
        long jan1 = LocalDate.of(y, 1, 1).toEpochDay();
        long dec31 = LocalDate.of(y, 12, 31).toEpochDay();
        int diy = (int) (dec31 - jan1 + 1);
        long[] days = buf.days;
        int nd = 0;
        if (weekNo.length > 0) {
            long w1 = week1(y);
            int weeks = (int) ((week1(y + 1) - w1) / 7);
            for (int wn : weekNo) {
                int w = wn > 0 ? wn : weeks + wn + 1;
                if (w < 1 || w > weeks) {
                    continue;
                }
                long ws = w1 + (w - 1) * 7L;
                for (int i = 0; i < 7; i++) {
                    long d = ws + i;
                    LocalDate ld = LocalDate.ofEpochDay(d);
                    if (!anyMonth && !month[ld.getMonthValue()]) {
                        continue;
                    }
                    if (yearDay.length > 0 && !yearDayMatches(ld)) {
                        continue;
                    }
                    if (monthDay.length > 0 && !monthDayMatches(ld)) {
                        continue;
                    }
                    int wd = dow(d);
                    boolean dayOk = byDay.length > 0 ? (plainDays & (1 << wd)) != 0
                            : yearDay.length > 0 || monthDay.length > 0 || wd == startDow;
                    if (dayOk) {
                        days[nd++] = d;
                    }
                }
            }
        } else if (yearDay.length > 0) {
            for (int yd : yearDay) {
                int doy = yd > 0 ? yd : diy + yd + 1;
                if (doy < 1 || doy > diy) {
                    continue;
                }
                long d = jan1 + doy - 1;
                LocalDate ld = LocalDate.ofEpochDay(d);
                if (!anyMonth && !month[ld.getMonthValue()] || monthDay.length > 0 && !monthDayMatches(ld)) {
                    continue;
                }
                if (byDay.length == 0 || dayMatchesInYearOrMonth(d, ld, jan1, dec31)) {
                    days[nd++] = d;
                }
            }
        } else if (monthDay.length > 0) {
            for (int m = 1; m <= 12; m++) {
                if (!anyMonth && !month[m]) {
                    continue;
                }
                long first = LocalDate.of(y, m, 1).toEpochDay();
                int dim = LocalDate.of(y, m, 1).lengthOfMonth();
                for (int md : monthDay) {
                    int dom = md > 0 ? md : dim + md + 1;
                    if (dom < 1 || dom > dim) {
                        continue;
                    }
                    long d = first + dom - 1;
                    boolean ok = byDay.length == 0 || (anyMonth ? dayInSpan(d, jan1, dec31) : dayInSpan(d, first, first + dim - 1));
                    if (ok) {
                        days[nd++] = d;
                    }
                }
            }
        } else if (byDay.length > 0) {
            if (anyMonth) {
                nd = expandDays(jan1, dec31, days, 0);
            } else {
                for (int m = 1; m <= 12; m++) {
                    if (month[m]) {
                        long first = LocalDate.of(y, m, 1).toEpochDay();
                        nd = expandDays(first, first + LocalDate.of(y, m, 1).lengthOfMonth() - 1, days, nd);
                    }
                }
            }
        } else if (!anyMonth) {
            for (int m = 1; m <= 12; m++) {
                if (month[m] && startDom <= LocalDate.of(y, m, 1).lengthOfMonth()) {
                    days[nd++] = LocalDate.of(y, m, startDom).toEpochDay();
                }
            }
        } else if (startDom <= LocalDate.of(y, startMonth, 1).lengthOfMonth()) {
            days[nd++] = LocalDate.of(y, startMonth, startDom).toEpochDay();
        }
        return toCandidates(days, nd, buf);
    }

    /** The first day of week 1 of year {@code y}: the week (from WKST) with at least four days of the year. */
    private long week1(int y) {
        long jan1 = LocalDate.of(y, 1, 1).toEpochDay();
        int into = Math.floorMod(dow(jan1) - wkst, 7);
        return into <= 3 ? jan1 - into : jan1 - into + 7;
    }

    private boolean dayMatchesInYearOrMonth(long d, LocalDate ld, long jan1, long dec31) {
        if (anyMonth) {
            return dayInSpan(d, jan1, dec31);
        }
        long first = d - ld.getDayOfMonth() + 1;
        return dayInSpan(d, first, first + ld.lengthOfMonth() - 1);
    }

    /**
     * Sorts the days and drops repeats; the candidates are the days crossed with the times of day,
     * read through {@link Scratch#at} rather than listed (a year of every second is 31 million).
     */
    private int toCandidates(long[] days, int nd, Scratch buf) {
        if (nd > 1) {
            Arrays.sort(days, 0, nd);
        }
        int u = 0;
        for (int i = 0; i < nd; i++) {
            if (u == 0 || days[u - 1] != days[i]) {
                days[u++] = days[i];
            }
        }
        buf.explicit = false;
        return u * times.length;
    }

    /** Every day of {@code [first, last]} that a BYDAY entry names (ordinals count within the span). */
    private int expandDays(long first, long last, long[] days, int nd) {
        int firstDow = dow(first);
        int lastDow = dow(last);
        for (WeekdayNum e : byDay) {
            int wd = e.day().getValue() - 1;
            long firstOcc = first + Math.floorMod(wd - firstDow, 7);
            if (e.ordinal() == 0) {
                for (long d = firstOcc; d <= last; d += 7) {
                    days[nd++] = d;
                }
            } else if (e.ordinal() > 0) {
                long d = firstOcc + (e.ordinal() - 1) * 7L;
                if (d <= last) {
                    days[nd++] = d;
                }
            } else {
                long d = last - Math.floorMod(lastDow - wd, 7) + (e.ordinal() + 1) * 7L;
                if (d >= first) {
                    days[nd++] = d;
                }
            }
        }
        return nd;
    }

    /** True if a BYDAY entry names {@code d}, ordinals counting within {@code [first, last]}. */
    private boolean dayInSpan(long d, long first, long last) {
        int wd = dow(d);
        for (WeekdayNum e : byDay) {
            if (e.day().getValue() - 1 != wd) {
                continue;
            }
            int ord = e.ordinal();
            if (ord == 0 || ord > 0 && (d - first) / 7 + 1 == ord || ord < 0 && -((last - d) / 7 + 1) == ord) {
                return true;
            }
        }
        return false;
    }

    private boolean yearDayMatches(LocalDate ld) {
        int doy = ld.getDayOfYear();
        int diy = ld.lengthOfYear();
        for (int yd : yearDay) {
            if (yd == doy || yd < 0 && diy + yd + 1 == doy) {
                return true;
            }
        }
        return false;
    }

    private boolean monthDayMatches(LocalDate ld) {
        int dom = ld.getDayOfMonth();
        int dim = ld.lengthOfMonth();
        for (int md : monthDay) {
            if (md == dom || md < 0 && dim + md + 1 == dom) {
                return true;
            }
        }
        return false;
    }

    /** The day filters of DAILY and shorter frequencies (BY-parts that limit). */
    private boolean dayMatches(long d) {
        if (byDay.length > 0 && (plainDays & (1 << dow(d))) == 0) {
            return false;
        }
        if (anyMonth && monthDay.length == 0 && yearDay.length == 0) {
            return true;
        }
        LocalDate ld = LocalDate.ofEpochDay(d);
        return (anyMonth || month[ld.getMonthValue()])
                && (monthDay.length == 0 || monthDayMatches(ld))
                && (yearDay.length == 0 || yearDayMatches(ld));
    }

    private int subDaily(long k, Scratch scratch) {
        long step = unit() * interval;
        long p = subDailyBase() + k * step;
        long day = Math.floorDiv(p, DAY);
        if (!dayMatches(day)) {
            return jumpTo(scratch, Math.max(day + 1, startDay) * DAY, step, k);
        }
        int sod = (int) (p - day * DAY);
        int h = sod / 3600;
        if (byHourGiven && !hourOk[h]) {
            return jumpTo(scratch, day * DAY + (h + 1) * 3600L, step, k);
        }
        scratch.ensure(minutes.length * seconds.length);
        scratch.explicit = true;
        long[] buf = scratch.buf;
        int n = 0;
        if (freq == Frequency.HOURLY) {
            for (int m : minutes) {
                for (int s : seconds) {
                    if (s < 60) {
                        buf[n++] = p + m * 60L + s;
                    }
                }
            }
            return n;
        }
        int m = (sod / 60) % 60;
        if (byMinuteGiven && !minuteOk[m]) {
            return jumpTo(scratch, day * DAY + h * 3600L + (m + 1) * 60L, step, k);
        }
        if (freq == Frequency.MINUTELY) {
            for (int s : seconds) {
                if (s < 60) {
                    buf[n++] = p + s;
                }
            }
            return n;
        }
        int s = sod % 60;
        if (bySecondGiven && !secondOk[s]) {
            long minute = day * DAY + h * 3600L + m * 60L;
            for (int allowed : seconds) { // sorted: the next allowed second of this minute, else the next minute
                if (allowed > s && allowed < 60) {
                    return jumpTo(scratch, minute + allowed, step, k);
                }
            }
            return jumpTo(scratch, minute + 60, step, k);
        }
        buf[0] = p;
        return 1;
    }

    /** The first period starting at or after {@code local}. */
    private long jumpIndex(long local, long step) {
        return Math.floorDiv(local - subDailyBase() + step - 1, step);
    }

    private int jumpTo(Scratch s, long local, long step, long k) {
        s.jump = Math.max(k + 1, jumpIndex(local, step));
        return -1;
    }

    /** Applies BYSETPOS to the sorted candidates: the picked ones, sorted, without repeats. */
    private int select(Scratch s, int n) {
        if (s.sel.length < setPos.length) {
            s.sel = new long[setPos.length];
        }
        long[] sel = s.sel;
        int ns = 0;
        for (int pos : setPos) {
            int i = pos > 0 ? pos - 1 : n + pos;
            if (i >= 0 && i < n) {
                sel[ns++] = s.at(i);
            }
        }
        Arrays.sort(sel, 0, ns);
        int u = 0;
        for (int i = 0; i < ns; i++) {
            if (u == 0 || sel[u - 1] != sel[i]) {
                sel[u++] = sel[i];
            }
        }
        s.sel = s.buf;
        s.buf = sel;
        s.explicit = true;
        return u;
    }

    /**
     * Buffers of one expansion and the current period's candidates: either listed in {@code buf}
     * (sub-daily periods, BYSETPOS picks) or the sorted {@code days} crossed with the sorted times of
     * day, read by index without being listed.
     */
    private static final class Scratch {
        long[] buf = new long[64];
        long[] sel = new long[16];
        final long[] days;
        final int[] times;
        boolean explicit;
        long jump;

        Scratch(int days, int[] times) {
            this.days = new long[Math.max(days, 1)];
            this.times = times;
        }

        /** Candidate {@code i} of the current period. */
        long at(int i) {
            if (explicit) {
                return buf[i];
            }
            int nt = times.length;
            if (nt == 1) { // one time a day, the usual meeting: no division
                return days[i] * DAY + times[0];
            }
            return days[i / nt] * DAY + times[i % nt];
        }

        /** The first index below {@code n} whose candidate is at or after {@code local} ({@code n} if none). */
        int lowerBound(int n, long local) {
            int lo = 0;
            int hi = n;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (at(mid) < local) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Instants that times in a gap were moved to: a later time may land there too. */
        long[] moved = new long[4];
        int nMoved;

        void shifted(long epoch) {
            if (nMoved == moved.length) {
                int keep = 0;
                for (int i = 0; i < nMoved; i++) {
                    if (moved[i] > epoch - 2 * DAY) {
                        moved[keep++] = moved[i];
                    }
                }
                nMoved = keep;
                if (nMoved == moved.length) {
                    moved = Arrays.copyOf(moved, moved.length * 2);
                }
            }
            moved[nMoved++] = epoch;
        }

        boolean wasShifted(long epoch) {
            for (int i = 0; i < nMoved; i++) {
                if (moved[i] == epoch) {
                    return true;
                }
            }
            return false;
        }

        void ensure(int n) {
            if (n > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(n, buf.length * 2));
            }
        }
    }
}
