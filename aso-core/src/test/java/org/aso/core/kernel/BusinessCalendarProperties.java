package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws of working-day and working-time arithmetic, over random calendars in DST-edge zones. */
class BusinessCalendarProperties {

    /** Zones with awkward clock changes: half-hour DST, midnight changes, a skipped day, Ramadan DST. */
    static final List<String> ZONES = List.of("Europe/Paris", "America/New_York", "Australia/Lord_Howe",
            "America/Santiago", "America/Havana", "Asia/Tehran", "Africa/Casablanca", "Pacific/Apia",
            "Europe/London", "Asia/Kolkata", "America/Sao_Paulo", "UTC");

    @Provide
    Arbitrary<BusinessCalendar> calendars() {
        Arbitrary<ZoneId> zone = Arbitraries.of(ZONES).map(ZoneId::of);
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(7)
                .map(s -> EnumSet.copyOf(s));
        // clock changes happen at night: bias the hours towards 00:00-04:00
        Arbitrary<Integer> hour = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 4)),
                net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(0, 22)));
        Arbitrary<List<TimeRange>> hours = hour.list().ofMinSize(2).ofMaxSize(6)
                .map(BusinessCalendarProperties::ranges);
        Arbitrary<HolidayCalendar> holidays = Arbitraries.of(
                HolidayCalendar.none(), FrenchHolidays.metropolitan(), FrenchHolidays.withAlsaceMoselle());
        return Combinators.combine(zone, days, hours, holidays)
                .as((z, d, h, hol) -> BusinessCalendar.of(z, WorkingWeek.of(d, h), hol));
    }

    /** Turns random hours into sorted, disjoint ranges, some ending on the half hour. */
    private static List<TimeRange> ranges(List<Integer> points) {
        List<Integer> sorted = points.stream().distinct().sorted().toList();
        List<TimeRange> out = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            out.add(TimeRange.of(LocalTime.of(sorted.get(i), 0), LocalTime.of(sorted.get(i + 1), 30)));
        }
        if (out.isEmpty()) {
            out.add(TimeRange.of(LocalTime.of(sorted.get(0), 0), LocalTime.of(sorted.get(0), 45)));
        }
        return out;
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 365 * 40).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
    }

    /** A calendar and a day: half of the days lie next to a clock change of the calendar's zone. */
    record Case(BusinessCalendar cal, LocalDate day) {}

    @Provide
    Arbitrary<Case> cases() {
        return calendars().flatMap(cal -> {
            List<LocalDate> changes = clockChanges(cal.zone());
            Arbitrary<LocalDate> near = changes.isEmpty() ? dates()
                    : Combinators.combine(Arbitraries.of(changes), Arbitraries.integers().between(-1, 1))
                            .as(LocalDate::plusDays);
            return Arbitraries.oneOf(near, dates()).map(d -> new Case(cal, d));
        });
    }

    private static final java.util.Map<ZoneId, List<LocalDate>> CHANGES = new java.util.concurrent.ConcurrentHashMap<>();

    /** The local days of the zone's offset changes between 2000 and 2040. */
    static List<LocalDate> clockChanges(ZoneId zone) {
        return CHANGES.computeIfAbsent(zone, z -> {
            List<LocalDate> days = new ArrayList<>();
            Instant t = Instant.parse("2000-01-01T00:00:00Z");
            Instant end = Instant.parse("2040-01-01T00:00:00Z");
            var rules = z.getRules();
            for (var tr = rules.nextTransition(t); tr != null && tr.getInstant().isBefore(end);
                    tr = rules.nextTransition(tr.getInstant())) {
                days.add(tr.getDateTimeBefore().toLocalDate());
            }
            return List.copyOf(days);
        });
    }

    @Property(tries = 300)
    void plusWorkingDays_landsOnAWorkingDay_increases_andCountsBack(
            @ForAll("cases") Case c,
            @ForAll @IntRange(min = 1, max = 120) int n) {
        BusinessCalendar cal = c.cal();
        LocalDate start = c.day();
        LocalDate previous = start;
        for (int k = 1; k <= n; k++) {
            LocalDate due = cal.plusWorkingDays(start, k);
            assertThat(cal.isWorkingDay(due)).isTrue();
            assertThat(due).isAfter(previous);
            assertThat(cal.workingDaysBetween(start, due)).isEqualTo(k);
            previous = due;
        }
        assertThat(cal.minusWorkingDays(cal.plusWorkingDays(start, n), n))
                .isEqualTo(cal.isWorkingDay(start) ? start : cal.previousWorkingDay(start));
    }

    @Property(tries = 300)
    void workingDaysBetween_overLongSpans_matchesCountingDayByDay(
            @ForAll("calendars") BusinessCalendar cal, @ForAll("dates") LocalDate from,
            @ForAll @IntRange(min = -1200, max = 1200) int span) {
        LocalDate to = from.plusDays(span);
        LocalDate lo = span >= 0 ? from : to;
        LocalDate hi = span >= 0 ? to : from;
        int naive = 0;
        for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
            if (cal.isWorkingDay(d)) {
                naive++;
            }
        }
        assertThat(cal.workingDaysBetween(from, to)).isEqualTo(span >= 0 ? naive : -naive);
    }

    @Property(tries = 300)
    void deadline_skipsExactlyTheNonWorkingDaysBetween(
            @ForAll("calendars") BusinessCalendar cal, @ForAll("dates") LocalDate start,
            @ForAll @IntRange(min = 1, max = 60) int n) {
        WorkingDayDeadline d = cal.deadline(start, n);
        long daysStrictlyBetween = java.time.temporal.ChronoUnit.DAYS.between(start, d.due()) - 1;
        // each of them is either one of the n - 1 working days counted before the due day, or skipped
        assertThat(daysStrictlyBetween).isEqualTo((n - 1) + d.skipped().size());
        assertThat(d.skipped()).allMatch(s -> !cal.isWorkingDay(s.date()));
        assertThat(d.due()).isEqualTo(cal.plusWorkingDays(start, n));
        assertThat(cal.deadline(start, 0).due()).isEqualTo(start);
    }

    @Property(tries = 1000)
    void plusWorkingTime_thenMeasuring_givesTheDurationBack(
            @ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 24 * 60 - 1) int minuteOfDay,
            @ForAll @IntRange(min = 0, max = 60 * 80) int minutes) {
        BusinessCalendar cal = c.cal();
        Instant start = c.day().atStartOfDay(cal.zone()).toInstant().plusSeconds(60L * minuteOfDay);
        Duration work = Duration.ofMinutes(minutes);
        Instant due = cal.plusWorkingTime(start, work);
        assertThat(due).isAfterOrEqualTo(start);
        assertThat(cal.workingTimeBetween(start, due)).isEqualTo(work);
        if (minutes > 0) {
            // earliest: a minute less of waiting would not be enough
            assertThat(cal.workingTimeBetween(start, due.minusSeconds(60))).isLessThan(work);
        }
    }

    @Property(tries = 1000)
    void workingTime_isAdditiveAndInsideWorkingPeriods(
            @ForAll("cases") Case c,
            @ForAll @IntRange(min = 0, max = 60 * 24 * 5) int a, @ForAll @IntRange(min = 0, max = 60 * 24 * 5) int b) {
        BusinessCalendar cal = c.cal();
        Instant t0 = c.day().minusDays(2).atStartOfDay(cal.zone()).toInstant();
        Instant t1 = t0.plusSeconds(60L * Math.min(a, b));
        Instant t2 = t0.plusSeconds(60L * Math.max(a, b));
        assertThat(cal.workingTimeBetween(t0, t2))
                .isEqualTo(cal.workingTimeBetween(t0, t1).plus(cal.workingTimeBetween(t1, t2)));
        List<Interval> periods = cal.workingPeriods(Interval.of(t0, t2));
        for (int i = 1; i < periods.size(); i++) {
            assertThat(periods.get(i - 1).end()).isBeforeOrEqualTo(periods.get(i).start());
        }
        assertThat(periods).allMatch(p -> cal.isWorkingTime(p.start()));
    }
}
