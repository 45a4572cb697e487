package org.aso.core.kernel;

import org.aso.core.fixtures.KernelFixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
    private final BusinessCalendar paris = KernelFixtures.paris();

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(KernelFixtures.PARIS).toInstant();
    }

    @Test
    void deadline_acrossMayHolidays_explainsEverySkippedDayWordForWord() {
        // given: a letter received Thursday 2 May 2024, 15 working days to reply
        // when
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2024, 5, 2), 15);
        // then
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 5, 28));
        assertThat(d.explanation("received")).isEqualTo(
                "received Thu 2 May 2024 + 15 working days: skipped 8 May (Victoire 1945), 9 May (Ascension),"
                        + " 20 May (Lundi de Pentecôte) and 8 weekend days -> Tue 28 May 2024");
    }

    @Test
    void deadline_acrossNewYear_namesTheHolidayWithItsYear() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2025, 12, 24), 3);
        assertThat(d.due()).isEqualTo(LocalDate.of(2025, 12, 30));
        assertThat(d.explanation()).isEqualTo(
                "from Wed 24 Dec 2025 + 3 working days: skipped 25 Dec (Noël) and 2 weekend days -> Tue 30 Dec 2025");

        WorkingDayDeadline later = paris.deadline(LocalDate.of(2025, 12, 30), 2);
        assertThat(later.explanation()).isEqualTo(
                "from Tue 30 Dec 2025 + 2 working days: skipped 1 Jan 2026 (Jour de l'an) -> Fri 2 Jan 2026");
    }

    @Test
    void deadline_countingBack_explainsWithMinus() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2024, 5, 10), -2);
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(d.explanation("due")).isEqualTo(
                "due Fri 10 May 2024 - 2 working days: skipped 8 May (Victoire 1945) and 9 May (Ascension)"
                        + " -> Mon 6 May 2024");
    }

    @Test
    void deadline_withNothingSkipped_saysSo() {
        assertThat(paris.deadline(LocalDate.of(2024, 6, 3), 1).explanation())
                .isEqualTo("from Mon 3 Jun 2024 + 1 working day: no day skipped -> Tue 4 Jun 2024");
    }

    @Test
    void deadline_ofZeroWorkingDays_isTheStartItself_countedForward() {
        WorkingDayDeadline d = paris.deadline(LocalDate.of(2024, 6, 3), 0);
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(d.skipped()).isEmpty();
        assertThat(d.explanation()).isEqualTo("from Mon 3 Jun 2024 + 0 working days: no day skipped -> Mon 3 Jun 2024");
    }

    @Test
    void workingDayOnOrAfter_isTheDayItself_ifItIsWorked_elseTheNextWorkingDay() {
        assertThat(paris.workingDayOnOrAfter(LocalDate.of(2024, 6, 4))).isEqualTo(LocalDate.of(2024, 6, 4));
        assertThat(paris.workingDayOnOrAfter(LocalDate.of(2024, 6, 8))).isEqualTo(LocalDate.of(2024, 6, 10));
        assertThat(paris.workingDayOnOrAfter(LocalDate.of(2024, 5, 8))).isEqualTo(LocalDate.of(2024, 5, 10));
    }

    @Test
    void deadline_partTimeWeek_countsNonWorkingWeekdaysApart() {
        BusinessCalendar partTime = paris.withWeek(KernelFixtures.frenchOfficeWeek().without(DayOfWeek.WEDNESDAY));
        WorkingDayDeadline d = partTime.deadline(LocalDate.of(2024, 6, 3), 3);
        assertThat(d.due()).isEqualTo(LocalDate.of(2024, 6, 7));
        assertThat(d.explanation()).endsWith("skipped 1 non-working day -> Fri 7 Jun 2024");
    }

    @Test
    void plusWorkingDays_fromAWeekend_doesNotCountTheStart() {
        assertThat(paris.plusWorkingDays(LocalDate.of(2024, 6, 1), 1)).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(paris.plusWorkingDays(LocalDate.of(2024, 6, 1), 0)).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(paris.workingDayOnOrAfter(LocalDate.of(2024, 6, 1))).isEqualTo(LocalDate.of(2024, 6, 3));
        assertThat(paris.previousWorkingDay(LocalDate.of(2024, 6, 3))).isEqualTo(LocalDate.of(2024, 5, 31));
    }

    @Test
    void workingDaysBetween_isAntisymmetric() {
        LocalDate a = LocalDate.of(2024, 5, 2);
        LocalDate b = LocalDate.of(2024, 5, 28);
        assertThat(paris.workingDaysBetween(a, b)).isEqualTo(15);
        assertThat(paris.workingDaysBetween(b, a)).isEqualTo(-15);
        assertThat(paris.workingDaysBetween(a, a)).isZero();
    }

    @Test
    void workingTimeBetween_overAWeekend_countsOnlyOfficeHours() {
        // Friday 16:00 to Monday 10:00: 1h30 on Friday and 1h on Monday
        assertThat(paris.workingTimeBetween(paris("2024-06-07T16:00"), paris("2024-06-10T10:00")))
                .isEqualTo(Duration.ofMinutes(150));
        assertThat(paris.workingTimeBetween(paris("2024-06-10T10:00"), paris("2024-06-07T16:00")))
                .isEqualTo(Duration.ofMinutes(-150));
        // lunch break is not working time
        assertThat(paris.workingTimeBetween(paris("2024-06-10T12:00"), paris("2024-06-10T14:00")))
                .isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void plusWorkingTime_endingAtCloseOfDay_returnsTheClose() {
        assertThat(paris.plusWorkingTime(paris("2024-06-07T16:00"), Duration.ofMinutes(90)))
                .isEqualTo(paris("2024-06-07T17:30"));
        assertThat(paris.plusWorkingTime(paris("2024-06-07T16:00"), Duration.ofMinutes(91)))
                .isEqualTo(paris("2024-06-10T09:01"));
        assertThat(paris.plusWorkingTime(paris("2024-06-08T11:00"), Duration.ZERO))
                .isEqualTo(paris("2024-06-08T11:00"));
    }

    @Test
    void deadline_ofWorkingTime_explainsHolidaysOnTheWay() {
        WorkingTimeDeadline d = paris.deadline(paris("2024-05-07T16:00"), Duration.ofHours(8));
        assertThat(d.due()).isEqualTo(paris("2024-05-10T16:30"));
        assertThat(d.explanation("assigned")).isEqualTo(
                "assigned Tue 7 May 2024 16:00 + 8h working time: skipped 8 May (Victoire 1945) and 9 May (Ascension)"
                        + " -> Fri 10 May 2024 16:30 (Europe/Paris)");
    }

    @Test
    void deadline_ofWorkingTime_explainedFromTheStart() {
        WorkingTimeDeadline d = paris.deadline(paris("2024-05-07T16:00"), Duration.ofHours(8));
        assertThat(d.explanation()).startsWith("from Tue 7 May 2024 16:00 + 8h working time")
                .isEqualTo(d.explanation("from"));
    }

    @Test
    void plusWorkingTime_onACalendarWithoutWorkingTime_failsLoudlyInsteadOfLooping() {
        BusinessCalendar closed = paris.plusHolidays(HolidayCalendar.of("Always closed",
                java.util.Arrays.stream(java.time.Month.values())
                        .flatMap(m -> java.util.stream.IntStream.rangeClosed(1, m.maxLength())
                                .mapToObj(day -> HolidayRule.fixed(java.time.MonthDay.of(m, day), "Closed")))
                        .toList()));
        assertThatThrownBy(() -> closed.plusWorkingTime(paris("2024-01-01T09:00"), Duration.ofHours(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void workingPeriods_onSpringForwardDay_followTheDaysClock() {
        // clocks go forward at 02:00 on 31 March 2024 in Paris; a 7-day calendar with 01:00-04:00 hours
        BusinessCalendar nights = BusinessCalendar.of(KernelFixtures.PARIS,
                WorkingWeek.of(Set.of(DayOfWeek.values()), List.of(TimeRange.parse("01:00-04:00"))),
                HolidayCalendar.none());
        List<Interval> periods = nights.workingPeriods(LocalDate.of(2024, 3, 31));
        assertThat(periods).hasSize(1);
        assertThat(periods.get(0).duration()).isEqualTo(Duration.ofHours(2));
        // and autumn back on 27 October 2024: 01:00-04:00 lasts four hours
        assertThat(nights.workingPeriods(LocalDate.of(2024, 10, 27)).get(0).duration()).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void workingPeriods_rangeEndingInsideTheGap_staysDisjointFromTheNextRange() {
        // 02:30 does not exist on 31 March 2024 in Paris; the next range starts at 03:00
        BusinessCalendar cal = BusinessCalendar.of(KernelFixtures.PARIS,
                WorkingWeek.of(Set.of(DayOfWeek.SUNDAY),
                        List.of(TimeRange.parse("01:00-02:30"), TimeRange.parse("03:00-05:00"))),
                HolidayCalendar.none());
        List<Interval> periods = cal.workingPeriods(LocalDate.of(2024, 3, 31));
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).overlaps(periods.get(1))).isFalse();
        // one hour before the change (01:00-02:00 CET) and two after (03:00-05:00 CEST)
        assertThat(cal.workingTimeBetween(paris("2024-03-31T00:00"), paris("2024-04-01T00:00")))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void workingPeriods_onADayTheZoneSkipped_isEmpty() {
        // Samoa moved across the date line: 30 December 2011 did not exist in Pacific/Apia
        BusinessCalendar apia = BusinessCalendar.of(ZoneId.of("Pacific/Apia"),
                WorkingWeek.mondayToFriday(TimeRange.parse("08:00-16:00")), HolidayCalendar.none());
        assertThat(apia.workingPeriods(LocalDate.of(2011, 12, 30))).isEmpty();
        Instant thursdayNoon = ZonedDateTime.of(2011, 12, 29, 12, 0, 0, 0, apia.zone()).toInstant();
        assertThat(apia.plusWorkingTime(thursdayNoon, Duration.ofHours(5)))
                .isEqualTo(ZonedDateTime.of(2012, 1, 2, 9, 0, 0, 0, apia.zone()).toInstant());
    }

    @Test
    void isWorkingTime_respectsLunchAndHolidays() {
        assertThat(paris.isWorkingTime(paris("2024-06-10T09:00"))).isTrue();
        assertThat(paris.isWorkingTime(paris("2024-06-10T12:45"))).isFalse();
        assertThat(paris.isWorkingTime(paris("2024-07-15T10:00"))).isTrue();
        assertThat(paris.isWorkingTime(paris("2024-07-14T10:00"))).isFalse();
    }

    @Test
    void plusWorkingTime_negative_isAProgrammerError() {
        assertThatThrownBy(() -> paris.plusWorkingTime(Instant.EPOCH, Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PT-1M");
    }

    @Test
    void calendarWithoutAnyWorkingDay_failsLoudlyInsteadOfLooping() {
        HolidayCalendar everyDay = HolidayCalendar.of("Always closed",
                java.util.Arrays.stream(java.time.Month.values())
                        .flatMap(m -> java.util.stream.IntStream.rangeClosed(1, m.maxLength())
                                .mapToObj(day -> HolidayRule.fixed(java.time.MonthDay.of(m, day), "Closed")))
                        .toList());
        BusinessCalendar closed = paris.plusHolidays(everyDay);
        assertThatThrownBy(() -> closed.nextWorkingDay(LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void workingWeek_rejectsOverlappingHours() {
        assertThatThrownBy(() -> WorkingWeek.of(Map.of(DayOfWeek.MONDAY,
                List.of(TimeRange.parse("09:00-12:00"), TimeRange.parse("11:00-13:00")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> TimeRange.parse("12:00-09:00")).isInstanceOf(IllegalArgumentException.class);
        assertThat(KernelFixtures.frenchOfficeWeek().weeklyDuration()).isEqualTo(Duration.ofMinutes(5 * 450));
    }
}
