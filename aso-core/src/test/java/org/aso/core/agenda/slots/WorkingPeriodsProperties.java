package org.aso.core.agenda.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingWeek;

/**
 * The slot finder's fast reader of working periods gives what {@link BusinessCalendar#workingPeriods}
 * gives, to the second, day after day through clock changes: zones whose clocks change on working
 * days, at midnight (a day that starts late), by half an hour, or that changed their offset for good.
 */
class WorkingPeriodsProperties {
    private static final List<String> ZONES = List.of("Europe/Paris", "America/New_York", "America/Havana",
            "America/Santiago", "Australia/Lord_Howe", "Africa/Cairo", "Asia/Tehran", "America/Sao_Paulo",
            "Pacific/Apia", "Europe/Moscow", "Asia/Kolkata", "UTC", "America/Asuncion", "Asia/Gaza");

    @Provide
    Arbitrary<List<TimeRange>> hours() {
        return Arbitraries.of(
                List.of(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                List.of(TimeRange.parse("00:00-23:59")),
                List.of(TimeRange.parse("00:00-01:30"), TimeRange.parse("02:00-03:00"), TimeRange.parse("22:00-23:59:59")),
                List.of(TimeRange.parse("00:30-02:30")),
                List.of(TimeRange.of(LocalTime.of(1, 0, 0, 500_000_000), LocalTime.of(1, 59, 59, 900_000_000))));
    }

    @Property(tries = 300)
    void fast_working_periods_are_those_of_the_calendar_through_clock_changes(
            @ForAll("hours") List<TimeRange> hours, @ForAll @IntRange(min = 0, max = 13) int zone,
            @ForAll @IntRange(min = 1970, max = 2040) int year) {
        // given: every day worked, one holiday
        BusinessCalendar calendar = BusinessCalendar.of(ZoneId.of(ZONES.get(zone)),
                WorkingWeek.of(EnumSet.allOf(DayOfWeek.class), hours), HolidayCalendar.ofHolidays("h",
                        List.of(org.aso.core.kernel.Holiday.of(LocalDate.of(year, 7, 14), "Holiday"))));
        // when / then: the whole year day after day, as a reader goes, and a few days around each clock change
        check(calendar, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        java.time.zone.ZoneOffsetTransition t = calendar.zone().getRules()
                .nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        while (t != null && t.getDateTimeBefore().getYear() == year) {
            LocalDate day = t.getDateTimeBefore().toLocalDate();
            check(calendar, day.minusDays(3), day.plusDays(3));
            t = calendar.zone().getRules().nextTransition(t.getInstant());
        }
    }

    private static void check(BusinessCalendar calendar, LocalDate from, LocalDate to) {
        WorkingPeriods fast = new WorkingPeriods(calendar);
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            List<long[]> got = new ArrayList<>();
            fast.day(day, (s, e) -> got.add(new long[] {s, e}));
            List<long[]> expected = new ArrayList<>();
            for (Interval p : calendar.workingPeriods(day)) {
                if (p.start().getEpochSecond() < p.end().getEpochSecond()) {
                    expected.add(new long[] {p.start().getEpochSecond(), p.end().getEpochSecond()});
                }
            }
            assertThat(got).as("%s %s", calendar.zone(), day).usingElementComparator(java.util.Arrays::compare)
                    .isEqualTo(expected);
        }
    }

    @Property(tries = 50)
    void dates_outside_the_supported_range_have_no_periods(@ForAll @IntRange(min = 0, max = 13) int zone) {
        BusinessCalendar calendar = BusinessCalendar.of(ZoneId.of(ZONES.get(zone)),
                WorkingWeek.of(EnumSet.allOf(DayOfWeek.class), List.of(TimeRange.parse("09:00-17:00"))), HolidayCalendar.none());
        List<long[]> got = new ArrayList<>();
        WorkingPeriods fast = new WorkingPeriods(calendar);
        for (LocalDate d : List.of(LocalDate.MIN, LocalDate.of(0, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.MAX)) {
            fast.day(d, (s, e) -> got.add(new long[] {s, e}));
        }
        fast.day(LocalDate.of(9999, 12, 31), (s, e) -> got.add(new long[] {s, e}));
        assertThat(got).hasSize(1);
    }
}
