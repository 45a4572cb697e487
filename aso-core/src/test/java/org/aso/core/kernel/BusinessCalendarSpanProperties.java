package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Working time over long spans (counted by weeks, holidays and clock changes) agrees with adding
 * the working periods day by day, in DST-edge zones, near the ends of the supported range too.
 */
class BusinessCalendarSpanProperties {

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        return new BusinessCalendarProperties().calendars();
    }

    @Property(tries = 200)
    void workingTimeBetween_overLongSpans_matchesAddingDayByDay(
            @ForAll("calendars") BusinessCalendar cal,
            @ForAll @IntRange(min = 0, max = 365 * 40) int startDay,
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int startMinute,
            @ForAll @IntRange(min = 0, max = 3 * 366) int spanDays,
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int endMinute) {
        Instant from = LocalDate.of(2000, 1, 1).plusDays(startDay).atStartOfDay(cal.zone()).toInstant()
                .plusSeconds(60L * startMinute);
        Instant to = from.plusSeconds(86_400L * spanDays + 60L * endMinute);
        assertThat(cal.workingTimeBetween(from, to)).isEqualTo(dayByDay(cal, from, to));
    }

    @Property(tries = 100)
    void workingTimeBetween_nearTheEndsOfTheSupportedRange_matchesAddingDayByDay(
            @ForAll("calendars") BusinessCalendar cal,
            @ForAll boolean atTheEnd,
            @ForAll @IntRange(min = -200, max = 200) int offsetDays,
            @ForAll @IntRange(min = 0, max = 400) int spanDays) {
        Instant edge = atTheEnd ? Limits.MAX_INSTANT : Limits.MIN_INSTANT;
        Instant from = edge.plusSeconds(86_400L * offsetDays - (atTheEnd ? 86_400L * spanDays : 0));
        Instant to = from.plusSeconds(86_400L * spanDays + 3_600);
        assertThat(cal.workingTimeBetween(from, to)).isEqualTo(dayByDay(cal, from, to));
    }

    /** The reference: each day's working periods inside the span, added up. */
    private static Duration dayByDay(BusinessCalendar cal, Instant from, Instant to) {
        Instant s = from.isBefore(Limits.MIN_INSTANT) ? Limits.MIN_INSTANT : from;
        Instant e = to.isAfter(Limits.MAX_INSTANT) ? Limits.MAX_INSTANT : to;
        Duration total = Duration.ZERO;
        if (!s.isBefore(e)) {
            return total;
        }
        Interval span = Interval.of(s, e);
        LocalDate last = e.atZone(cal.zone()).toLocalDate();
        for (LocalDate d = s.atZone(cal.zone()).toLocalDate(); !d.isAfter(last); d = d.plusDays(1)) {
            for (Interval p : cal.workingPeriods(d)) {
                var cut = p.intersection(span);
                if (cut.isPresent()) {
                    total = total.plus(cut.get().duration());
                }
            }
        }
        return total;
    }
}
