package org.aso.core.agenda.slots;

import java.time.LocalDate;
import java.time.ZoneId;
import org.aso.core.kernel.BusinessCalendar;

/**
 * The rule "the meeting lies inside one allowed period": periods when a meeting may take place
 * (a person's working hours, a room's bookable hours, the request's times of day), generated day
 * by day from a {@link Source} as the sweep moves on, so that a year-long window costs only the
 * days the sweep reaches. Forward-only, like every {@link StartRule}.
 */
final class AllowedPeriods implements StartRule {
    /** Where the periods of each day come from. */
    interface Source {
        /** Gives the periods of {@code date} to {@code sink}, in order, as epoch seconds. */
        void day(LocalDate date, Sink sink);
    }

    /** Takes periods, in order. */
    interface Sink {
        /** Takes the period {@code [start, end)}, epoch seconds. */
        void add(long start, long end);
    }

    private final Source days;
    private final ZoneId zone;
    private final long limit;
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int size;
    private int at;
    /** The period of the last answer. */
    private int hit;
    private LocalDate nextDay;

    /**
     * @param limit no period is generated for days starting after this (epoch seconds)
     */
    AllowedPeriods(Source days, ZoneId zone, long limit) {
        this.days = days;
        this.zone = zone;
        this.limit = limit;
    }

    /** The working periods of a calendar (or a room's bookable hours). */
    static AllowedPeriods of(BusinessCalendar calendar, long limit) {
        return new AllowedPeriods(new WorkingPeriods(calendar), calendar.zone(), limit);
    }

    /** The earliest start at or after {@code t} of {@code d} seconds inside one period; {@link #NEVER} if none. */
    @Override
    public long next(long t, long d) {
        if (nextDay == null) {
            nextDay = java.time.Instant.ofEpochSecond(t).atZone(zone).toLocalDate().minusDays(1);
        }
        while (true) {
            while (at < size && ends[at] <= t) {
                at++;
            }
            for (int i = at; ; i++) {
                while (i >= size) {
                    if (!load()) {
                        return StartRule.NEVER;
                    }
                }
                long x = Math.max(t, starts[i]);
                if (x + d <= ends[i]) {
                    hit = i;
                    return x;
                }
            }
        }
    }

    /** The last start in the period of the last answer {@code x} (a period that goes on into a day not read yet ends there). */
    @Override
    public long end(long x, long d) {
        return Math.max(x, ends[hit] - d);
    }

    private boolean load() {
        if (nextDay.atStartOfDay(zone).toEpochSecond() > limit) {
            return false;
        }
        days.day(nextDay, this::add);
        nextDay = nextDay.plusDays(1);
        return true;
    }

    private void add(long s, long e) {
        if (size > 0 && s <= ends[size - 1]) { // abutting days (e.g. 24-hour periods) join up
            ends[size - 1] = Math.max(ends[size - 1], e);
            return;
        }
        if (size == starts.length) {
            starts = java.util.Arrays.copyOf(starts, size * 2);
            ends = java.util.Arrays.copyOf(ends, size * 2);
        }
        starts[size] = s;
        ends[size] = e;
        size++;
    }
}
