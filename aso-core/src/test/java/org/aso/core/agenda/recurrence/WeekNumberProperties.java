package org.aso.core.agenda.recurrence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalField;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.kernel.Interval;

/**
 * BYWEEKNO around every year boundary, against a day-by-day scan written from RFC 5545 3.3.10:
 * week 1 is the first week (starting on WKST) with at least four days of the year, negative
 * numbers count from the last week, and a week's days belong to its week-numbering year even when
 * they fall in the next or the previous calendar year. The first start sits in the last or first
 * days of a year, where the previous or next year's weeks spill over.
 */
class WeekNumberProperties {
    private static final String[] DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    record Case(LocalDate first, List<Integer> weeks, Set<DayOfWeek> days, DayOfWeek wkst) {
        String rule() {
            return "FREQ=YEARLY;BYWEEKNO=" + weeks.stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ";BYDAY=" + days.stream().map(d -> DAYS[d.getValue() - 1]).collect(Collectors.joining(","))
                    + ";WKST=" + DAYS[wkst.getValue() - 1];
        }
    }

    @Property(tries = 400)
    void byWeekNo_agreesWithADayByDayScan(@ForAll("cases") Case c) {
        ZonedDateTime first = ZonedDateTime.of(c.first(), LocalTime.of(10, 0), ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ZERO, RecurrenceRule.parse(c.rule()).get());
        LocalDate until = c.first().plusYears(12);

        List<LocalDate> ours = r.expand(Interval.of(first.toInstant(), until.atStartOfDay(ZoneOffset.UTC).toInstant())).get()
                .stream().map(o -> o.start().atZone(ZoneOffset.UTC).toLocalDate()).toList();

        assertThat(ours).as(c.rule() + " from " + c.first()).isEqualTo(scan(c, until));
        assertThat(r.occurrences(first.toInstant()).limit(ours.size()).map(o -> o.start().atZone(ZoneOffset.UTC).toLocalDate()).toList())
                .as("the lazy form").isEqualTo(ours);
    }

    /** The first start, then every later day whose week number and weekday the rule names. */
    private static List<LocalDate> scan(Case c, LocalDate until) {
        WeekFields fields = WeekFields.of(c.wkst(), 4);
        TemporalField week = fields.weekOfWeekBasedYear();
        List<LocalDate> out = new ArrayList<>();
        out.add(c.first());
        for (LocalDate d = c.first().plusDays(1); d.isBefore(until); d = d.plusDays(1)) {
            int n = d.get(week);
            int weeksInYear = (int) week.rangeRefinedBy(d).getMaximum();
            boolean named = c.weeks().stream().anyMatch(w -> w > 0 ? n == w : n == weeksInYear + w + 1);
            if (named && c.days().contains(d.getDayOfWeek())) {
                out.add(d);
            }
        }
        return out;
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<LocalDate> nearNewYear = Combinators.combine(Arbitraries.integers().between(1995, 2045),
                        Arbitraries.integers().between(-10, 10))
                .as((y, d) -> LocalDate.of(y, 1, 1).plusDays(d));
        Arbitrary<List<Integer>> weeks = Arbitraries.of(1, 2, 52, 53, -1, -2, -52, -53, 26)
                .list().ofMinSize(1).ofMaxSize(3).uniqueElements();
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.values()).set().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(nearNewYear, weeks, days, Arbitraries.of(DayOfWeek.MONDAY, DayOfWeek.SUNDAY))
                .as(Case::new);
    }

    @Property(tries = 200)
    void occurrences_fromAnyInstant_continueTheExpansion(@ForAll("cases") Case c, @ForAll("offsets") int days) {
        ZonedDateTime first = ZonedDateTime.of(c.first(), LocalTime.of(10, 0), ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ofHours(1), RecurrenceRule.parse(c.rule()).get());
        Instant from = first.toInstant().plus(Duration.ofDays(days)).plusSeconds(days * 3571L % 86_400);
        Instant end = from.plus(Duration.ofDays(3 * 366));

        List<Instant> expected = r.expand(Interval.of(from.minus(Duration.ofHours(1)), end)).get().stream()
                .map(Occurrence::originalStart).filter(o -> !o.isBefore(from) && o.isBefore(end)).toList();
        List<Instant> lazy = r.occurrences(from).map(Occurrence::originalStart).takeWhile(o -> o.isBefore(end)).toList();

        assertThat(lazy).isEqualTo(expected);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-30, 4000);
    }
}
