package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.aso.core.fixtures.KernelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The calendar at the bounds: counts of working days beyond {@link Limits#MAX_WORKING_DAYS} are
 * refused at once, and extreme dates and instants give an answer or a documented refusal, never a
 * {@code DateTimeException} nor a hang. The timeouts only guard against a regression that loops.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BusinessCalendarBoundsTest {
    private final BusinessCalendar paris = KernelFixtures.paris();
    private final LocalDate monday = LocalDate.of(2026, 3, 2);

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, Integer.MIN_VALUE, Limits.MAX_WORKING_DAYS + 1, -Limits.MAX_WORKING_DAYS - 1})
    void plusWorkingDays_beyondTheLargestCount_isRefusedAtOnceWithTheCount(int n) {
        assertThatThrownBy(() -> paris.plusWorkingDays(monday, n))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(n));
        assertThatThrownBy(() -> paris.deadline(monday, n))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(n));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MAX_VALUE, Integer.MIN_VALUE, Limits.MAX_WORKING_DAYS + 1})
    void minusWorkingDays_beyondTheLargestCount_isRefusedWithTheCount(int n) {
        assertThatThrownBy(() -> paris.minusWorkingDays(monday, n))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(n));
    }

    @Test
    void plusWorkingDays_atTheLargestCount_forwardAndBack_isCounted() {
        LocalDate far = paris.plusWorkingDays(monday, Limits.MAX_WORKING_DAYS);
        assertThat(paris.workingDaysBetween(monday, far)).isEqualTo(Limits.MAX_WORKING_DAYS);
        LocalDate back = paris.plusWorkingDays(monday, -Limits.MAX_WORKING_DAYS);
        assertThat(paris.workingDaysBetween(back, monday)).isEqualTo(Limits.MAX_WORKING_DAYS);
        assertThat(paris.minusWorkingDays(far, Limits.MAX_WORKING_DAYS)).isEqualTo(monday);
        assertThat(paris.deadline(monday, Limits.MAX_WORKING_DAYS).due()).isEqualTo(far);
    }

    @Test
    void dayArithmetic_pastTheLastSupportedDay_goesOnByTheSameRules() {
        // a deadline counted from the last supported day lands in year 10000, as java.time can say
        LocalDate due = paris.plusWorkingDays(Limits.MAX_DATE, 30);
        assertThat(due.getYear()).isEqualTo(10_000);
        assertThat(paris.isWorkingDay(due)).isTrue();
        assertThat(paris.previousWorkingDay(due)).isBefore(due);
    }

    @Test
    void dayArithmetic_atTheEndsOfJavaTime_isRefusedWithTheDate() {
        assertThatThrownBy(() -> paris.nextWorkingDay(LocalDate.MAX))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(LocalDate.MAX.toString());
        assertThatThrownBy(() -> paris.previousWorkingDay(LocalDate.MIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(LocalDate.MIN.toString());
        assertThatThrownBy(() -> paris.plusWorkingDays(LocalDate.MAX, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> paris.deadline(LocalDate.MIN, -1))
                .isInstanceOf(IllegalArgumentException.class);
        // asking about those days is fine
        assertThat(paris.isWorkingDay(LocalDate.MAX)).isEqualTo(paris.week().isWorked(LocalDate.MAX.getDayOfWeek()));
        assertThat(paris.isWorkingDay(LocalDate.MIN)).isFalse(); // Jour de l'an
        assertThat(paris.plusWorkingDays(LocalDate.MAX, 0)).isEqualTo(LocalDate.MAX);
    }

    @Test
    void workingDaysBetween_theWholeOfJavaTime_countsTheSupportedRange() {
        int all = paris.workingDaysBetween(LocalDate.MIN, LocalDate.MAX);
        assertThat(all).isEqualTo(paris.workingDaysBetween(Limits.MIN_DATE.minusDays(1), Limits.MAX_DATE));
        // about 250 working days a year for 9,999 years
        assertThat(all).isBetween(9_999 * 240, 9_999 * 262);
        assertThat(paris.workingDaysBetween(LocalDate.MAX, LocalDate.MIN)).isEqualTo(-all);
        assertThat(paris.workingDaysBetween(LocalDate.MAX.minusDays(3), LocalDate.MAX)).isZero();
        assertThat(paris.workingDaysBetween(LocalDate.MIN, LocalDate.MIN.plusDays(40))).isZero();
    }

    @Test
    void workingTime_overTheWholeTimeLine_countsTheSupportedRange() {
        Duration all = paris.workingTimeBetween(Instant.MIN, Instant.MAX);
        Instant first = Limits.MIN_DATE.atStartOfDay(paris.zone()).toInstant();
        Instant last = Limits.MAX_DATE.plusDays(1).atStartOfDay(paris.zone()).toInstant();
        assertThat(all).isEqualTo(paris.workingTimeBetween(first, last));
        assertThat(all).isBetween(Duration.ofHours(9_999L * 240 * 7), Duration.ofHours(9_999L * 262 * 8));
        assertThat(paris.workingTimeBetween(Instant.MAX, Instant.MIN)).isEqualTo(all.negated());
        assertThat(paris.workingTimeBetween(Instant.MAX.minusSeconds(86_400 * 10), Instant.MAX)).isZero();
    }

    @Test
    void workingPeriods_andWorkingTime_outsideTheSupportedRange_areNone() {
        assertThat(paris.workingPeriods(LocalDate.MAX)).isEmpty();
        assertThat(paris.workingPeriods(LocalDate.MIN)).isEmpty();
        assertThat(paris.workingPeriods(Limits.MAX_DATE.plusDays(3))).isEmpty();
        assertThat(paris.workingPeriods(Interval.of(Instant.MIN, Instant.MIN.plusSeconds(86_400 * 30)))).isEmpty();
        assertThat(paris.workingPeriods(Interval.of(Instant.MAX.minusSeconds(86_400 * 30), Instant.MAX))).isEmpty();
        assertThat(paris.isWorkingTime(Instant.MAX)).isFalse();
        assertThat(paris.isWorkingTime(Instant.MIN)).isFalse();
        // the last supported working day still has its hours
        LocalDate lastWorking = paris.isWorkingDay(Limits.MAX_DATE) ? Limits.MAX_DATE : paris.previousWorkingDay(Limits.MAX_DATE);
        assertThat(paris.workingPeriods(lastWorking)).hasSize(2);
        assertThat(paris.workingPeriods(Interval.of(lastWorking.atStartOfDay(paris.zone()).toInstant(), Instant.MAX)))
                .hasSize(2);
    }

    @Test
    void workingPeriods_ofTheFirstSupportedDay_westOfGreenwich_areKept() {
        // 1 January of year 1, 09:00 in New York, is still inside the supported instants
        BusinessCalendar everyDay = BusinessCalendar.of(ZoneId.of("America/New_York"),
                WorkingWeek.of(java.util.EnumSet.allOf(java.time.DayOfWeek.class), java.util.List.of(TimeRange.parse("09:00-17:00"))),
                HolidayCalendar.none());
        assertThat(everyDay.workingPeriods(Interval.of(Instant.MIN, Limits.MIN_INSTANT.plusSeconds(86_400 * 2))))
                .isNotEmpty();
        assertThat(everyDay.workingDaysBetween(LocalDate.MIN, Limits.MIN_DATE)).isEqualTo(1);
    }

    @Test
    void plusWorkingTime_beyondTheLargestCount_isRefusedAtOnce() {
        Instant monday9 = monday.atTime(9, 0).atZone(paris.zone()).toInstant();
        assertThatThrownBy(() -> paris.plusWorkingTime(monday9, Duration.ofSeconds(Long.MAX_VALUE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working days");
        assertThatThrownBy(() -> paris.deadline(monday9, Duration.ofDays(Limits.MAX_WORKING_DAYS + 1L)))
                .isInstanceOf(IllegalArgumentException.class);
        // a calendar with a minute of work a day runs out of working days, not of patience
        BusinessCalendar minute = paris.withWeek(WorkingWeek.mondayToFriday(TimeRange.parse("09:00-09:01")));
        assertThatThrownBy(() -> minute.plusWorkingTime(monday9, Duration.ofHours(24L * 365)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("working days");
    }

    @Test
    void plusWorkingTime_fromOutsideTheSupportedRange_isRefusedWithTheInstant() {
        assertThatThrownBy(() -> paris.plusWorkingTime(Instant.MAX, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Instant.MAX.toString());
        assertThatThrownBy(() -> paris.plusWorkingTime(Instant.MIN, Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(Instant.MIN.toString());
        // running past the last supported day is refused too
        Instant lastMorning = Limits.MAX_DATE.minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThatThrownBy(() -> paris.plusWorkingTime(lastMorning, Duration.ofHours(100)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void workingPeriods_overTheWholeRange_isRefusedBeforeAnyWork_andTenYearsAreListed() {
        // a list of every working period from year 1 to 9999 would be some 5 million intervals
        assertThatThrownBy(() -> paris.workingPeriods(Interval.of(Instant.MIN, Instant.MAX)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(BusinessCalendar.MAX_PERIOD_DAYS));

        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(paris.workingPeriods(Interval.of(start, Duration.ofDays(BusinessCalendar.MAX_PERIOD_DAYS))))
                .hasSizeBetween(2 * 240 * 10, 2 * 262 * 10 + 2);
        assertThatThrownBy(() -> paris.workingPeriods(Interval.of(start, Duration.ofDays(BusinessCalendar.MAX_PERIOD_DAYS).plusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static final WorkingWeek EVERY_DAY_NINE_TO_TEN = WorkingWeek.of(java.util.EnumSet.allOf(java.time.DayOfWeek.class),
            java.util.List.of(TimeRange.parse("09:00-10:00")));

    /** Every day is a working day (09:00-10:00 UTC), except the {@code days} days after {@code last}. */
    private static BusinessCalendar closedAfter(LocalDate last, int days) {
        java.util.List<Holiday> closures = new java.util.ArrayList<>();
        for (int i = 1; i <= days; i++) {
            closures.add(Holiday.of(last.plusDays(i), "Closed"));
        }
        return BusinessCalendar.of(ZoneOffset.UTC, EVERY_DAY_NINE_TO_TEN, HolidayCalendar.ofHolidays("Closures", closures));
    }

    @Test
    void nextWorkingDay_isFoundUpToTenYearsAway_thenTheCalendarIsJudgedEmpty() {
        // ten years of 366 days: 3,660 steps at most
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThat(closedAfter(d, 3659).nextWorkingDay(d)).isEqualTo(d.plusDays(3660));
        assertThatThrownBy(() -> closedAfter(d, 3660).nextWorkingDay(d)).isInstanceOf(IllegalStateException.class);
        assertThat(closedAfter(d, 3659).workingDayOnOrAfter(d.plusDays(1))).isEqualTo(d.plusDays(3660));
    }

    @Test
    void plusWorkingTime_findsWorkAfterTenYearsClosed_notAfterMore() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        Instant start = d.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(closedAfter(d, 3660).plusWorkingTime(start, Duration.ofMinutes(30)))
                .isEqualTo(d.plusDays(3661).atTime(9, 30).toInstant(ZoneOffset.UTC));
        assertThatThrownBy(() -> closedAfter(d, 3661).plusWorkingTime(start, Duration.ofMinutes(30)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void plusWorkingTime_spanningExactlyTheLargestCountOfWorkingDays_isAnswered_aSecondMore_isRefused() {
        BusinessCalendar hourADay = BusinessCalendar.of(ZoneOffset.UTC, EVERY_DAY_NINE_TO_TEN, HolidayCalendar.none());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Duration most = Duration.ofHours(Limits.MAX_WORKING_DAYS);
        assertThat(hourADay.plusWorkingTime(start, most))
                .isEqualTo(LocalDate.of(2026, 1, 1).plusDays(Limits.MAX_WORKING_DAYS - 1).atTime(10, 0).toInstant(ZoneOffset.UTC));
        assertThatThrownBy(() -> hourADay.plusWorkingTime(start, most.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(String.valueOf(Limits.MAX_WORKING_DAYS));
    }

    @Test
    void minusWorkingDays_beyondTheLargestCount_carriesTheCountAsGiven() {
        assertThatThrownBy(() -> paris.minusWorkingDays(monday, Limits.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(String.valueOf(Limits.MAX_WORKING_DAYS + 1))
                .hasMessageNotContaining("-" + (Limits.MAX_WORKING_DAYS + 1));
    }

    @Test
    void workingPeriods_ofTheLastSupportedDay_westOfGreenwich_stopAtTheLastSupportedInstant() {
        BusinessCalendar evenings = BusinessCalendar.of(ZoneId.of("America/New_York"),
                WorkingWeek.of(java.util.EnumSet.allOf(java.time.DayOfWeek.class), java.util.List.of(TimeRange.parse("18:00-20:00"))),
                HolidayCalendar.none());
        assertThat(evenings.workingPeriods(Limits.MAX_DATE))
                .containsExactly(Interval.of(Instant.parse("9999-12-31T23:00:00Z"), Limits.MAX_INSTANT));
        assertThat(evenings.workingPeriods(Limits.MAX_DATE.minusDays(1)))
                .containsExactly(Interval.of(Instant.parse("9999-12-30T23:00:00Z"), Instant.parse("9999-12-31T01:00:00Z")));
    }

    @Test
    void workingPeriods_ofTheFirstSupportedDay_eastOfGreenwich_startAtTheFirstSupportedInstant() {
        BusinessCalendar mornings = BusinessCalendar.of(ZoneOffset.ofHours(10),
                WorkingWeek.of(java.util.EnumSet.allOf(java.time.DayOfWeek.class),
                        java.util.List.of(TimeRange.parse("01:00-03:00"), TimeRange.parse("09:00-12:00"))),
                HolidayCalendar.none());
        // 01:00-03:00 is still in year 0 on the time line; 09:00-12:00 starts there and ends in year 1
        assertThat(mornings.workingPeriods(Limits.MIN_DATE))
                .containsExactly(Interval.of(Limits.MIN_INSTANT, Instant.parse("0001-01-01T02:00:00Z")));
        assertThat(mornings.workingPeriods(Limits.MIN_DATE.plusDays(1))).hasSize(2);
    }
}
