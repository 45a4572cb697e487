package org.aso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aso.core.fixtures.KernelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingWeekTest {
    private static final TimeRange MORNING = TimeRange.parse("09:00-12:00");
    private static final TimeRange AFTERNOON = TimeRange.parse("14:00-17:00");

    @ParameterizedTest
    @ValueSource(strings = {"09:00", "09:00-12:00-14:00", "", "nine-noon"})
    void timeRange_parse_needsExactlyTwoTimes(String text) {
        assertThatThrownBy(() -> TimeRange.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeRange_parse_toleratesSpacesAroundTheDash() {
        assertThat(TimeRange.parse(" 09:00 - 12:30 ")).isEqualTo(TimeRange.of(LocalTime.of(9, 0), LocalTime.of(12, 30)));
        assertThat(TimeRange.parse("09:00-12:30").duration()).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void timeRanges_areOrderedByStart_thenByEnd() {
        List<TimeRange> list = new ArrayList<>(List.of(TimeRange.parse("09:00-12:00"), TimeRange.parse("08:00-18:00"),
                TimeRange.parse("09:00-10:00")));
        Collections.sort(list);
        assertThat(list).containsExactly(TimeRange.parse("08:00-18:00"), TimeRange.parse("09:00-10:00"),
                TimeRange.parse("09:00-12:00"));
    }

    @Test
    void week_needsAWorkingDay_andEveryWorkingDayNeedsHours() {
        assertThatThrownBy(() -> WorkingWeek.of(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingWeek.of(Set.of(), List.of(MORNING))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingWeek.of(Set.of(DayOfWeek.MONDAY), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingWeek.mondayToFriday().with(DayOfWeek.SATURDAY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void with_addsOrReplacesTheHoursOfOneDay() {
        WorkingWeek week = WorkingWeek.mondayToFriday(MORNING, AFTERNOON).with(DayOfWeek.SATURDAY, MORNING);
        assertThat(week.isWorked(DayOfWeek.SATURDAY)).isTrue();
        assertThat(week.hours(DayOfWeek.SATURDAY)).containsExactly(MORNING);
        assertThat(week.with(DayOfWeek.MONDAY, AFTERNOON).hours(DayOfWeek.MONDAY)).containsExactly(AFTERNOON);
        assertThat(week.weeklyDuration()).isEqualTo(Duration.ofHours(33));
    }

    @Test
    void weeks_ofTheSameHours_areEqual_otherwiseNot() {
        WorkingWeek week = WorkingWeek.mondayToFriday(MORNING, AFTERNOON);
        WorkingWeek same = WorkingWeek.mondayToFriday(AFTERNOON, MORNING);
        assertThat(same).isEqualTo(week).hasSameHashCodeAs(week);
        assertThat(week.without(DayOfWeek.FRIDAY)).isNotEqualTo(week);
        assertThat(WorkingWeek.mondayToFriday(MORNING)).isNotEqualTo(week);
        assertThat(week).isNotEqualTo(MORNING);
    }

    @Test
    void calendars_ofTheSameZoneWeekAndHolidays_areEqual_otherwiseNot() {
        BusinessCalendar paris = KernelFixtures.paris();
        BusinessCalendar same = BusinessCalendar.of(paris.zone(), paris.week(), paris.holidays());
        assertThat(same).isEqualTo(paris).hasSameHashCodeAs(paris);
        assertThat(paris.withZone(ZoneId.of("America/Cayenne"))).isNotEqualTo(paris);
        assertThat(paris.withZone(ZoneId.of("America/Cayenne")).zone()).isEqualTo(ZoneId.of("America/Cayenne"));
        assertThat(paris.withWeek(paris.week().without(DayOfWeek.FRIDAY))).isNotEqualTo(paris);
        assertThat(paris.plusHolidays(HolidayCalendar.ofHolidays("Local",
                List.of(Holiday.of(java.time.LocalDate.of(2026, 6, 12), "Fête locale"))))).isNotEqualTo(paris);
        assertThat(paris).isNotEqualTo(paris.week());
    }
}
