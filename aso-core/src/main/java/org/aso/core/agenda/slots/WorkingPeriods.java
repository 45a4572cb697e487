package org.aso.core.agenda.slots;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.TimeRange;

/**
 * A calendar's working periods as epoch seconds, day after day, with the answers of
 * {@link BusinessCalendar#workingPeriods(LocalDate)} (to the second): between two clock changes a
 * local time is its epoch second plus one offset, so a day more than a day away from a clock change
 * is worked out with a subtraction; a day near one is asked of the calendar itself. Days outside
 * the supported range ({@link Limits}) have no periods.
 *
 * <p>Not thread-safe: one per reader.
 */
final class WorkingPeriods implements AllowedPeriods.Source {
    private static final long DAY = 86_400;

    private final BusinessCalendar calendar;
    private final ZoneRules rules;
    /** Epoch seconds {@code [stableFrom, stableTo)} during which the zone keeps {@link #offset}. */
    private long stableFrom = 1;
    private long stableTo = 0;
    private long offset;

    WorkingPeriods(BusinessCalendar calendar) {
        this.calendar = calendar;
        this.rules = calendar.zone().getRules();
    }

    @Override
    public void day(LocalDate date, AllowedPeriods.Sink sink) {
        if (!Limits.contains(date) || !calendar.isWorkingDay(date)) {
            return;
        }
        long local = date.toEpochDay() * DAY;
        long start = local - offset;
        if (start - DAY < stableFrom || start + 2 * DAY > stableTo) {
            stable(start);
            start = local - offset;
        }
        if (start - DAY < stableFrom || start + 2 * DAY > stableTo) {
            // within a day of a clock change: as the calendar says
            List<Interval> periods = calendar.workingPeriods(date);
            for (Interval p : periods) {
                sink.add(EpochSeconds.floor(p.start()), p.end().getEpochSecond());
            }
            return;
        }
        long end = start + DAY;
        long floor = start;
        for (TimeRange r : calendar.week().hours(date.getDayOfWeek())) {
            long s = Math.max(local + r.start().toSecondOfDay() - offset, floor);
            long e = Math.min(local + r.end().toSecondOfDay() - offset, end);
            if (s < e) {
                sink.add(s, e);
                floor = e;
            }
        }
    }

    /** Reads the offset around epoch second {@code t} and how long it lasts. */
    private void stable(long t) {
        Instant at = Instant.ofEpochSecond(t);
        offset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition before = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition after = rules.nextTransition(at);
        stableFrom = before == null ? Long.MIN_VALUE / 4 : before.toEpochSecond();
        stableTo = after == null ? Long.MAX_VALUE / 4 : after.toEpochSecond();
    }
}
