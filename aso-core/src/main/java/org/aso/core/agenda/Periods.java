package org.aso.core.agenda;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;

/**
 * A forward-only reader of allowed periods (working hours, a room's bookable hours, the request's
 * times of day), generated day by day as the search moves on: a year-long window costs only the
 * days the search reaches.
 */
final class Periods {
    private final Function<LocalDate, List<Interval>> day;
    private final ZoneId zone;
    private final long limit;
    private long[] starts = new long[16];
    private long[] ends = new long[16];
    private int size;
    private int at;
    private LocalDate nextDay;

    /**
     * @param limit no period is generated for days starting after this (epoch seconds)
     */
    Periods(Function<LocalDate, List<Interval>> day, ZoneId zone, long limit) {
        this.day = day;
        this.zone = zone;
        this.limit = limit;
    }

    static Periods of(BusinessCalendar calendar, long limit) {
        return new Periods(calendar::workingPeriods, calendar.zone(), limit);
    }

    /** The earliest start at or after {@code t} of {@code d} seconds inside one period; {@link SlotSearch#NEVER} if none. */
    long next(long t, long d) {
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
                        return SlotSearch.NEVER;
                    }
                }
                long x = Math.max(t, starts[i]);
                if (x + d <= ends[i]) {
                    return x;
                }
            }
        }
    }

    private boolean load() {
        if (nextDay.atStartOfDay(zone).toEpochSecond() > limit) {
            return false;
        }
        // days outside the supported range have no periods
        for (Interval p : org.aso.core.kernel.Limits.contains(nextDay) ? day.apply(nextDay) : List.<Interval>of()) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                ends = java.util.Arrays.copyOf(ends, size * 2);
            }
            long s = Spans.seconds(p.start());
            long e = p.end().getEpochSecond();
            if (size > 0 && s <= ends[size - 1]) { // abutting days (e.g. 24-hour periods) join up
                ends[size - 1] = Math.max(ends[size - 1], e);
            } else {
                starts[size] = s;
                ends[size] = e;
                size++;
            }
        }
        nextDay = nextDay.plusDays(1);
        return true;
    }
}
