package org.aso.core.agenda.recurrence;

import org.aso.core.agenda.RoomId;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Expansion with hand-checked expectations: RFC 5545 examples, clock changes, changes to single occurrences. */
class RecurrenceTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The first {@code n} original starts (local, in the zone) over ten years from the first start. */
    static List<String> starts(String start, ZoneId zone, String rule, int n) {
        ZonedDateTime first = LocalDateTime.parse(start).atZone(zone);
        Recurrence r = Recurrence.of(first, Duration.ofHours(1), RecurrenceRule.parse(rule).get());
        return r.expand(Interval.of(first.toInstant(), first.plusYears(10).toInstant())).get().stream().limit(n)
                .map(o -> o.originalStartInZone().toLocalDateTime().toString()).toList();
    }

    static List<String> ny(String start, String rule, int n) {
        return starts(start, NEW_YORK, rule, n);
    }

    // ---------------------------------------------------------------- RFC 5545, 3.8.5.3

    @Test
    void rfc_dailyForTenOccurrences() {
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;COUNT=10", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-03T09:00", "1997-09-04T09:00", "1997-09-05T09:00", "1997-09-06T09:00",
                "1997-09-07T09:00", "1997-09-08T09:00", "1997-09-09T09:00", "1997-09-10T09:00", "1997-09-11T09:00");
    }

    @Test
    void rfc_dailyUntilDecember24_isInclusiveAndInUtc() {
        List<String> s = ny("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19971224T000000Z", 1000);
        assertThat(s).hasSize(113).startsWith("1997-09-02T09:00").endsWith("1997-12-23T09:00");
    }

    @Test
    void rfc_everyTenDaysFiveOccurrences() {
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;INTERVAL=10;COUNT=5", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-12T09:00", "1997-09-22T09:00", "1997-10-02T09:00", "1997-10-12T09:00");
    }

    @Test
    void rfc_everyDayInJanuaryForThreeYears() {
        List<String> s = ny("1998-01-01T09:00",
                "FREQ=YEARLY;UNTIL=20000131T140000Z;BYMONTH=1;BYDAY=SU,MO,TU,WE,TH,FR,SA", 1000);
        assertThat(s).hasSize(93).startsWith("1998-01-01T09:00", "1998-01-02T09:00").endsWith("2000-01-31T09:00");
    }

    @Test
    void rfc_weeklyForTenOccurrences_keepsLocalTimeAcrossTheOctoberChange() {
        assertThat(ny("1997-09-02T09:00", "FREQ=WEEKLY;COUNT=10", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-09T09:00", "1997-09-16T09:00", "1997-09-23T09:00", "1997-09-30T09:00",
                "1997-10-07T09:00", "1997-10-14T09:00", "1997-10-21T09:00", "1997-10-28T09:00", "1997-11-04T09:00");
    }

    @Test
    void rfc_weeklyOnTuesdayAndThursdayForFiveWeeks() {
        assertThat(ny("1997-09-02T09:00", "FREQ=WEEKLY;COUNT=10;WKST=SU;BYDAY=TU,TH", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-04T09:00", "1997-09-09T09:00", "1997-09-11T09:00", "1997-09-16T09:00",
                "1997-09-18T09:00", "1997-09-23T09:00", "1997-09-25T09:00", "1997-09-30T09:00", "1997-10-02T09:00");
    }

    @Test
    void rfc_everyOtherWeekOnMondayWednesdayFridayUntilDecember24() {
        List<String> s = ny("1997-09-01T09:00", "FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR", 100);
        assertThat(s).hasSize(25).startsWith("1997-09-01T09:00", "1997-09-03T09:00", "1997-09-05T09:00", "1997-09-15T09:00")
                .endsWith("1997-12-08T09:00", "1997-12-10T09:00", "1997-12-12T09:00", "1997-12-22T09:00");
    }

    @Test
    void rfc_weekStartChangesEveryOtherWeek() {
        assertThat(ny("1997-08-05T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=MO", 10))
                .containsExactly("1997-08-05T09:00", "1997-08-10T09:00", "1997-08-19T09:00", "1997-08-24T09:00");
        assertThat(ny("1997-08-05T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU;WKST=SU", 10))
                .containsExactly("1997-08-05T09:00", "1997-08-17T09:00", "1997-08-19T09:00", "1997-08-31T09:00");
        // RFC 5545's default week start is Monday (ical4j 4.3 takes the locale's)
        assertThat(ny("1997-08-05T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=4;BYDAY=TU,SU", 10))
                .containsExactly("1997-08-05T09:00", "1997-08-10T09:00", "1997-08-19T09:00", "1997-08-24T09:00");
    }

    @Test
    void rfc_monthlyOnTheFirstFriday() {
        assertThat(ny("1997-09-05T09:00", "FREQ=MONTHLY;COUNT=10;BYDAY=1FR", 100)).containsExactly(
                "1997-09-05T09:00", "1997-10-03T09:00", "1997-11-07T09:00", "1997-12-05T09:00", "1998-01-02T09:00",
                "1998-02-06T09:00", "1998-03-06T09:00", "1998-04-03T09:00", "1998-05-01T09:00", "1998-06-05T09:00");
    }

    @Test
    void rfc_everyOtherMonthOnFirstAndLastSunday() {
        assertThat(ny("1997-09-07T09:00", "FREQ=MONTHLY;INTERVAL=2;COUNT=10;BYDAY=1SU,-1SU", 100)).containsExactly(
                "1997-09-07T09:00", "1997-09-28T09:00", "1997-11-02T09:00", "1997-11-30T09:00", "1998-01-04T09:00",
                "1998-01-25T09:00", "1998-03-01T09:00", "1998-03-29T09:00", "1998-05-03T09:00", "1998-05-31T09:00");
    }

    @Test
    void rfc_monthlyOnTheSecondToLastMonday() {
        assertThat(ny("1997-09-22T09:00", "FREQ=MONTHLY;COUNT=6;BYDAY=-2MO", 100)).containsExactly(
                "1997-09-22T09:00", "1997-10-20T09:00", "1997-11-17T09:00", "1997-12-22T09:00", "1998-01-19T09:00",
                "1998-02-16T09:00");
    }

    @Test
    void rfc_monthlyOnTheThirdToLastDay() {
        assertThat(ny("1997-09-28T09:00", "FREQ=MONTHLY;BYMONTHDAY=-3", 6)).containsExactly(
                "1997-09-28T09:00", "1997-10-29T09:00", "1997-11-28T09:00", "1997-12-29T09:00", "1998-01-29T09:00",
                "1998-02-26T09:00");
    }

    @Test
    void rfc_monthlyOnThe2ndAnd15th() {
        assertThat(ny("1997-09-02T09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=2,15", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-15T09:00", "1997-10-02T09:00", "1997-10-15T09:00", "1997-11-02T09:00",
                "1997-11-15T09:00", "1997-12-02T09:00", "1997-12-15T09:00", "1998-01-02T09:00", "1998-01-15T09:00");
    }

    @Test
    void rfc_everyFridayThe13th_exceptTheFirstStart() {
        ZonedDateTime first = ZonedDateTime.of(1997, 9, 2, 9, 0, 0, 0, NEW_YORK);
        Recurrence r = Recurrence.builder().start(first).duration(Duration.ofHours(1))
                .rule(RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=FR;BYMONTHDAY=13").get())
                .addExdate(first).build();
        List<String> s = r.expand(Interval.of(first.toInstant(), Instant.parse("2001-01-01T00:00:00Z"))).get().stream()
                .map(o -> o.originalStartInZone().toLocalDate().toString()).toList();
        assertThat(s).containsExactly("1998-02-13", "1998-03-13", "1998-11-13", "1999-08-13", "2000-10-13");
    }

    @Test
    void rfc_firstSaturdayAfterTheFirstSunday() {
        assertThat(ny("1997-09-13T09:00", "FREQ=MONTHLY;BYDAY=SA;BYMONTHDAY=7,8,9,10,11,12,13", 10)).containsExactly(
                "1997-09-13T09:00", "1997-10-11T09:00", "1997-11-08T09:00", "1997-12-13T09:00", "1998-01-10T09:00",
                "1998-02-07T09:00", "1998-03-07T09:00", "1998-04-11T09:00", "1998-05-09T09:00", "1998-06-13T09:00");
    }

    @Test
    void rfc_usPresidentialElectionDay() {
        assertThat(ny("1996-11-05T09:00", "FREQ=YEARLY;INTERVAL=4;BYMONTH=11;BYDAY=TU;BYMONTHDAY=2,3,4,5,6,7,8", 3))
                .containsExactly("1996-11-05T09:00", "2000-11-07T09:00", "2004-11-02T09:00");
    }

    @Test
    void rfc_thirdTuesdayWednesdayOrThursdayOfTheMonth() {
        assertThat(ny("1997-09-04T09:00", "FREQ=MONTHLY;COUNT=3;BYDAY=TU,WE,TH;BYSETPOS=3", 10))
                .containsExactly("1997-09-04T09:00", "1997-10-07T09:00", "1997-11-06T09:00");
    }

    @Test
    void rfc_secondToLastWeekdayOfTheMonth() {
        assertThat(ny("1997-09-29T09:00", "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-2", 7)).containsExactly(
                "1997-09-29T09:00", "1997-10-30T09:00", "1997-11-27T09:00", "1997-12-30T09:00", "1998-01-29T09:00",
                "1998-02-26T09:00", "1998-03-30T09:00");
    }

    @Test
    void rfc_yearlyInJuneAndJuly() {
        assertThat(ny("1997-06-10T09:00", "FREQ=YEARLY;COUNT=10;BYMONTH=6,7", 100)).containsExactly(
                "1997-06-10T09:00", "1997-07-10T09:00", "1998-06-10T09:00", "1998-07-10T09:00", "1999-06-10T09:00",
                "1999-07-10T09:00", "2000-06-10T09:00", "2000-07-10T09:00", "2001-06-10T09:00", "2001-07-10T09:00");
    }

    @Test
    void rfc_everyThirdYearOnDays1_100_200() {
        assertThat(ny("1997-01-01T09:00", "FREQ=YEARLY;INTERVAL=3;COUNT=10;BYYEARDAY=1,100,200", 100)).containsExactly(
                "1997-01-01T09:00", "1997-04-10T09:00", "1997-07-19T09:00", "2000-01-01T09:00", "2000-04-09T09:00",
                "2000-07-18T09:00", "2003-01-01T09:00", "2003-04-10T09:00", "2003-07-19T09:00", "2006-01-01T09:00");
    }

    @Test
    void rfc_every20thMondayOfTheYear() {
        assertThat(ny("1997-05-19T09:00", "FREQ=YEARLY;BYDAY=20MO", 3))
                .containsExactly("1997-05-19T09:00", "1998-05-18T09:00", "1999-05-17T09:00");
    }

    @Test
    void rfc_mondayOfWeekNumber20() {
        assertThat(ny("1997-05-12T09:00", "FREQ=YEARLY;BYWEEKNO=20;BYDAY=MO", 3))
                .containsExactly("1997-05-12T09:00", "1998-05-11T09:00", "1999-05-17T09:00");
    }

    @Test
    void rfc_everyThursdayInMarch() {
        assertThat(ny("1997-03-13T09:00", "FREQ=YEARLY;BYMONTH=3;BYDAY=TH", 11)).containsExactly(
                "1997-03-13T09:00", "1997-03-20T09:00", "1997-03-27T09:00", "1998-03-05T09:00", "1998-03-12T09:00",
                "1998-03-19T09:00", "1998-03-26T09:00", "1999-03-04T09:00", "1999-03-11T09:00", "1999-03-18T09:00",
                "1999-03-25T09:00");
    }

    @Test
    void rfc_everyFifteenMinutesForSixOccurrences() {
        assertThat(ny("1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=15;COUNT=6", 10)).containsExactly(
                "1997-09-02T09:00", "1997-09-02T09:15", "1997-09-02T09:30", "1997-09-02T09:45", "1997-09-02T10:00",
                "1997-09-02T10:15");
    }

    @Test
    void rfc_everyTwentyMinutesFrom9To1640_twoWays() {
        List<String> daily = ny("1997-09-02T09:00", "FREQ=DAILY;BYHOUR=9,10,11,12,13,14,15,16;BYMINUTE=0,20,40", 48);
        List<String> minutely = ny("1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=20;BYHOUR=9,10,11,12,13,14,15,16", 48);
        assertThat(daily).hasSize(48).startsWith("1997-09-02T09:00", "1997-09-02T09:20").contains("1997-09-02T16:40")
                .doesNotContain("1997-09-02T17:00").contains("1997-09-03T09:00");
        assertThat(minutely).isEqualTo(daily);
    }

    @Test
    void rfc_invalidDatesAreSkipped() {
        assertThat(ny("2007-01-15T09:00", "FREQ=MONTHLY;BYMONTHDAY=15,30;COUNT=5", 10)).containsExactly(
                "2007-01-15T09:00", "2007-01-30T09:00", "2007-02-15T09:00", "2007-03-15T09:00", "2007-03-30T09:00");
    }

    // ---------------------------------------------------------------- everyday rules

    @Test
    void rfc_everyOtherDay_forever() {
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;INTERVAL=2", 5)).containsExactly(
                "1997-09-02T09:00", "1997-09-04T09:00", "1997-09-06T09:00", "1997-09-08T09:00", "1997-09-10T09:00");
    }

    @Test
    void rfc_everyDayInJanuaryForThreeYears_theDailyWay() {
        List<String> s = ny("1998-01-01T09:00", "FREQ=DAILY;UNTIL=20000131T140000Z;BYMONTH=1", 1000);
        assertThat(s).hasSize(93).startsWith("1998-01-01T09:00", "1998-01-02T09:00")
                .contains("1998-01-31T09:00", "1999-01-01T09:00").doesNotContain("1998-02-01T09:00")
                .endsWith("2000-01-31T09:00");
    }

    @Test
    void rfc_weeklyUntilDecember24() {
        List<String> s = ny("1997-09-02T09:00", "FREQ=WEEKLY;UNTIL=19971224T000000Z", 100);
        assertThat(s).hasSize(17).startsWith("1997-09-02T09:00", "1997-09-09T09:00").endsWith("1997-12-23T09:00");
    }

    @Test
    void rfc_everyOtherWeek_forever() {
        assertThat(ny("1997-09-02T09:00", "FREQ=WEEKLY;INTERVAL=2;WKST=SU", 10)).containsExactly(
                "1997-09-02T09:00", "1997-09-16T09:00", "1997-09-30T09:00", "1997-10-14T09:00", "1997-10-28T09:00",
                "1997-11-11T09:00", "1997-11-25T09:00", "1997-12-09T09:00", "1997-12-23T09:00", "1998-01-06T09:00");
    }

    @Test
    void rfc_weeklyOnTuesdayAndThursdayForFiveWeeks_theUntilWay() {
        assertThat(ny("1997-09-02T09:00", "FREQ=WEEKLY;UNTIL=19971007T000000Z;WKST=SU;BYDAY=TU,TH", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-04T09:00", "1997-09-09T09:00", "1997-09-11T09:00", "1997-09-16T09:00",
                "1997-09-18T09:00", "1997-09-23T09:00", "1997-09-25T09:00", "1997-09-30T09:00", "1997-10-02T09:00");
    }

    @Test
    void rfc_everyOtherWeekOnTuesdayAndThursdayForEightOccurrences() {
        assertThat(ny("1997-09-02T09:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=8;WKST=SU;BYDAY=TU,TH", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-04T09:00", "1997-09-16T09:00", "1997-09-18T09:00", "1997-09-30T09:00",
                "1997-10-02T09:00", "1997-10-14T09:00", "1997-10-16T09:00");
    }

    @Test
    void rfc_monthlyOnTheFirstFridayUntilDecember24() {
        assertThat(ny("1997-09-05T09:00", "FREQ=MONTHLY;UNTIL=19971224T000000Z;BYDAY=1FR", 100)).containsExactly(
                "1997-09-05T09:00", "1997-10-03T09:00", "1997-11-07T09:00", "1997-12-05T09:00");
    }

    @Test
    void rfc_monthlyOnTheFirstAndLastDayForTenOccurrences() {
        assertThat(ny("1997-09-30T09:00", "FREQ=MONTHLY;COUNT=10;BYMONTHDAY=1,-1", 100)).containsExactly(
                "1997-09-30T09:00", "1997-10-01T09:00", "1997-10-31T09:00", "1997-11-01T09:00", "1997-11-30T09:00",
                "1997-12-01T09:00", "1997-12-31T09:00", "1998-01-01T09:00", "1998-01-31T09:00", "1998-02-01T09:00");
    }

    @Test
    void rfc_everyEighteenMonthsOnThe10thTo15thForTenOccurrences() {
        assertThat(ny("1997-09-10T09:00", "FREQ=MONTHLY;INTERVAL=18;COUNT=10;BYMONTHDAY=10,11,12,13,14,15", 100))
                .containsExactly("1997-09-10T09:00", "1997-09-11T09:00", "1997-09-12T09:00", "1997-09-13T09:00",
                        "1997-09-14T09:00", "1997-09-15T09:00", "1999-03-10T09:00", "1999-03-11T09:00",
                        "1999-03-12T09:00", "1999-03-13T09:00");
    }

    @Test
    void rfc_everyTuesdayEveryOtherMonth() {
        assertThat(ny("1997-09-02T09:00", "FREQ=MONTHLY;INTERVAL=2;BYDAY=TU", 14)).containsExactly(
                "1997-09-02T09:00", "1997-09-09T09:00", "1997-09-16T09:00", "1997-09-23T09:00", "1997-09-30T09:00",
                "1997-11-04T09:00", "1997-11-11T09:00", "1997-11-18T09:00", "1997-11-25T09:00",
                "1998-01-06T09:00", "1998-01-13T09:00", "1998-01-20T09:00", "1998-01-27T09:00", "1998-03-03T09:00");
    }

    @Test
    void rfc_everyOtherYearInJanuaryFebruaryAndMarchForTenOccurrences() {
        assertThat(ny("1997-03-10T09:00", "FREQ=YEARLY;INTERVAL=2;COUNT=10;BYMONTH=1,2,3", 100)).containsExactly(
                "1997-03-10T09:00", "1999-01-10T09:00", "1999-02-10T09:00", "1999-03-10T09:00", "2001-01-10T09:00",
                "2001-02-10T09:00", "2001-03-10T09:00", "2003-01-10T09:00", "2003-02-10T09:00", "2003-03-10T09:00");
    }

    @Test
    void rfc_everyThursdayInJuneJulyAndAugust() {
        assertThat(ny("1997-06-05T09:00", "FREQ=YEARLY;BYDAY=TH;BYMONTH=6,7,8", 14)).containsExactly(
                "1997-06-05T09:00", "1997-06-12T09:00", "1997-06-19T09:00", "1997-06-26T09:00", "1997-07-03T09:00",
                "1997-07-10T09:00", "1997-07-17T09:00", "1997-07-24T09:00", "1997-07-31T09:00", "1997-08-07T09:00",
                "1997-08-14T09:00", "1997-08-21T09:00", "1997-08-28T09:00", "1998-06-04T09:00");
    }

    @Test
    void rfc_everyHourAndAHalfForFourOccurrences() {
        assertThat(ny("1997-09-02T09:00", "FREQ=MINUTELY;INTERVAL=90;COUNT=4", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-02T10:30", "1997-09-02T12:00", "1997-09-02T13:30");
    }

    @Test
    void rfc_everyThreeHoursFrom9To17_untilAFloatingTime() {
        // the RFC's example gives UNTIL in UTC, which ends at 13:00 in New York (a known erratum): floating here
        assertThat(ny("1997-09-02T09:00", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-02T12:00", "1997-09-02T15:00");
        assertThat(ny("1997-09-02T09:00", "FREQ=HOURLY;INTERVAL=3;UNTIL=19970902T170000Z", 100)).containsExactly(
                "1997-09-02T09:00", "1997-09-02T12:00");
    }

    @Test
    void until_asADate_includesThatWholeDay_andAnInstantEqualToAStartIncludesIt() {
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19970904", 100))
                .containsExactly("1997-09-02T09:00", "1997-09-03T09:00", "1997-09-04T09:00");
        // 9:00 in New York on 4 September 1997 is 13:00 UTC
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19970904T130000Z", 100))
                .containsExactly("1997-09-02T09:00", "1997-09-03T09:00", "1997-09-04T09:00");
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19970904T125959Z", 100))
                .containsExactly("1997-09-02T09:00", "1997-09-03T09:00");
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;UNTIL=19970904T090000", 100))
                .containsExactly("1997-09-02T09:00", "1997-09-03T09:00", "1997-09-04T09:00");
    }

    @Test
    void countOfOne_isTheFirstStartAlone() {
        assertThat(ny("1997-09-02T09:00", "FREQ=YEARLY;COUNT=1", 100)).containsExactly("1997-09-02T09:00");
        assertThat(ny("1997-09-02T09:00", "FREQ=DAILY;COUNT=1;BYDAY=FR", 100)).containsExactly("1997-09-02T09:00");
    }

    @Test
    void yearlyOnFebruary29_occursInLeapYearsOnly() {
        assertThat(starts("2024-02-29T10:00", PARIS, "FREQ=YEARLY;COUNT=3", 10))
                .containsExactly("2024-02-29T10:00", "2028-02-29T10:00", "2032-02-29T10:00");
    }

    @Test
    void monthlyOnTheLastFriday() {
        assertThat(starts("2026-01-30T14:00", PARIS, "FREQ=MONTHLY;BYDAY=-1FR", 6)).containsExactly(
                "2026-01-30T14:00", "2026-02-27T14:00", "2026-03-27T14:00", "2026-04-24T14:00", "2026-05-29T14:00",
                "2026-06-26T14:00");
    }

    @Test
    void monthlyOnTheLastWeekday_bySetPosMinus1() {
        assertThat(starts("2026-01-30T14:00", PARIS, "FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", 6)).containsExactly(
                "2026-01-30T14:00", "2026-02-27T14:00", "2026-03-31T14:00", "2026-04-30T14:00", "2026-05-29T14:00",
                "2026-06-30T14:00");
    }

    @Test
    void firstStartNotOnTheRule_isTheFirstOccurrenceAndCounts() {
        assertThat(starts("2026-03-02T09:30", PARIS, "FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", 10))
                .containsExactly("2026-03-02T09:30", "2026-03-27T09:30", "2026-04-24T09:30");
    }

    // ---------------------------------------------------------------- clock changes in Paris

    @Test
    void weeklyAt0230_acrossTheMarchChange_movesForwardByTheGapThatDayOnly() {
        // given: Sundays at 02:30; on 29 March 2026 clocks go from 02:00 to 03:00
        Recurrence r = Recurrence.of(ZonedDateTime.of(2026, 3, 22, 2, 30, 0, 0, PARIS), Duration.ofMinutes(30),
                RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3").get());
        // when
        List<Occurrence> o = r.expand(Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"))).get();
        // then
        assertThat(o).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-03-22T01:30:00Z"),  // 02:30 +01:00
                Instant.parse("2026-03-29T01:30:00Z"),  // 03:30 +02:00
                Instant.parse("2026-04-05T00:30:00Z")); // 02:30 +02:00
        assertThat(o.get(1).originalStartInZone().toLocalTime()).hasToString("03:30");
        assertThat(o.get(1).interval().duration()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void dailyAt0130_acrossTheOctoberChange_keepsTheWallClock() {
        Recurrence r = Recurrence.of(ZonedDateTime.of(2026, 10, 24, 1, 30, 0, 0, PARIS), Duration.ofHours(1),
                RecurrenceRule.parse("FREQ=DAILY;COUNT=3").get());
        List<Occurrence> o = r.expand(Interval.of(Instant.parse("2026-10-01T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"))).get();
        assertThat(o).extracting(Occurrence::start).containsExactly(
                Instant.parse("2026-10-23T23:30:00Z"),  // 01:30 +02:00
                Instant.parse("2026-10-24T23:30:00Z"),  // 01:30 +02:00, before the change at 03:00
                Instant.parse("2026-10-26T00:30:00Z")); // 01:30 +01:00
        assertThat(o.get(1).interval().duration()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void dailyAt0230_onTheRepeatedHour_takesTheFirstOne_evenFromAWinterStart() {
        // RFC 5545 3.3.5: a local time that occurs twice means the first one (ical4j 4.3 keeps the seed's offset)
        Recurrence r = Recurrence.of(ZonedDateTime.of(2026, 1, 1, 2, 30, 0, 0, PARIS), Duration.ofHours(1),
                RecurrenceRule.parse("FREQ=DAILY").get());
        List<Occurrence> o = r.expand(Interval.of(Instant.parse("2026-10-24T12:00:00Z"), Instant.parse("2026-10-25T12:00:00Z"))).get();
        assertThat(o).extracting(Occurrence::start).containsExactly(Instant.parse("2026-10-25T00:30:00Z"));
    }

    @Test
    void hourly_stepsOnTheWallClock_acrossBothChanges() {
        // spring: 02:30 does not exist and moves to 03:30, which the rule yields anyway: one instance
        Recurrence spring = Recurrence.of(ZonedDateTime.of(2026, 3, 29, 0, 30, 0, 0, PARIS), Duration.ofMinutes(15),
                RecurrenceRule.parse("FREQ=HOURLY;COUNT=4").get());
        assertThat(spring.expand(Interval.of(Instant.parse("2026-03-28T00:00:00Z"), Duration.ofDays(2))).get())
                .extracting(Occurrence::start).containsExactly(Instant.parse("2026-03-28T23:30:00Z"),
                        Instant.parse("2026-03-29T00:30:00Z"), Instant.parse("2026-03-29T01:30:00Z"),
                        Instant.parse("2026-03-29T02:30:00Z"));
        // autumn: 02:30 occurs twice and means the first (RFC 5545 3.3.10 and 3.3.5)
        Recurrence autumn = Recurrence.of(ZonedDateTime.of(2026, 10, 25, 0, 30, 0, 0, PARIS), Duration.ofMinutes(15),
                RecurrenceRule.parse("FREQ=HOURLY;COUNT=4").get());
        assertThat(autumn.expand(Interval.of(Instant.parse("2026-10-24T00:00:00Z"), Duration.ofDays(2))).get())
                .extracting(Occurrence::start).containsExactly(Instant.parse("2026-10-24T22:30:00Z"),
                        Instant.parse("2026-10-24T23:30:00Z"), Instant.parse("2026-10-25T00:30:00Z"),
                        Instant.parse("2026-10-25T02:30:00Z"));
    }

    @Test
    void monthlyLastDay_afterSpringChangeEarlyInMonth_keepsItsTime() {
        // Sydney moved its clocks on 2 October 2022; 31 October at 02:00 exists (ical4j 4.3 gives 03:00)
        assertThat(starts("2021-01-02T02:00", ZoneId.of("Australia/Sydney"), "FREQ=MONTHLY;BYMONTHDAY=-1", 100))
                .contains("2022-09-30T02:00", "2022-10-31T02:00", "2022-11-30T02:00").doesNotContain("2022-10-31T03:00");
    }

    // ---------------------------------------------------------------- where ical4j 4.3 differs (hand-checked)

    @Test
    void yearlyByWeekNo_withMonthDay_keepsOnlyDaysOfThatWeek() {
        // week 7 is 15-21 Feb 2021, 14-20 Feb 2022, 13-19 Feb 2023: only the 18th is in it
        assertThat(starts("2021-01-01T00:00", PARIS, "FREQ=YEARLY;BYWEEKNO=7;BYMONTHDAY=9,18", 4))
                .containsExactly("2021-01-01T00:00", "2021-02-18T00:00", "2022-02-18T00:00", "2023-02-18T00:00");
    }

    @Test
    void yearlyByWeekNo_withMonth_keepsOnlyDaysInThatMonth() {
        // the Monday of week 1 falls in the December before for 2025, 2026, 2030, 2031 and 2032
        // (not for 2027, 2028, 2029, whose week 1 starts in January)
        assertThat(starts("2024-01-01T09:00", PARIS, "FREQ=YEARLY;BYWEEKNO=1;BYMONTH=12;BYDAY=MO", 6))
                .containsExactly("2024-01-01T09:00", "2024-12-30T09:00", "2025-12-29T09:00", "2029-12-31T09:00",
                        "2030-12-30T09:00", "2031-12-29T09:00");
        assertThat(starts("2024-01-01T09:00", PARIS, "FREQ=YEARLY;BYMONTH=2;BYWEEKNO=-1", 10))
                .containsExactly("2024-01-01T09:00");
    }

    @Test
    void yearlyByWeekNo_withInterval_countsCalendarYears() {
        // DTSTART Friday 1 January 2021 lies in ISO week 53 of 2020; INTERVAL=2 still means the
        // calendar years 2021, 2023...: Friday of week 1 is 8 January 2021, then 6 January 2023
        // (ical4j 4.3 counts from the week-based year and yields 7 January 2022)
        assertThat(starts("2021-01-01T00:00", PARIS, "FREQ=YEARLY;INTERVAL=2;BYWEEKNO=1", 3))
                .containsExactly("2021-01-01T00:00", "2021-01-08T00:00", "2023-01-06T00:00");
    }

    @Test
    void yearlyByYearDay_withMonth_keepsOnlyDaysInThoseMonths() {
        assertThat(starts("2021-01-01T00:00", PARIS, "FREQ=YEARLY;BYMONTH=1;BYYEARDAY=-1", 10))
                .containsExactly("2021-01-01T00:00");
        assertThat(starts("2021-01-01T00:00", PARIS, "FREQ=YEARLY;BYMONTH=12;BYYEARDAY=-1", 3))
                .containsExactly("2021-01-01T00:00", "2021-12-31T00:00", "2022-12-31T00:00");
    }

    @Test
    void yearlyByYearDay_withMonthDay_keepsDaysSatisfyingBoth() {
        // day -10 of 2021 is 22 December
        assertThat(starts("2021-01-31T18:30", PARIS, "FREQ=YEARLY;BYYEARDAY=-10;BYMONTHDAY=22", 2))
                .containsExactly("2021-01-31T18:30", "2021-12-22T18:30");
        assertThat(starts("2021-01-31T18:30", PARIS, "FREQ=YEARLY;BYYEARDAY=-10;BYMONTHDAY=-22,19", 10))
                .containsExactly("2021-01-31T18:30");
    }

    @Test
    void yearlyByMonthDay_withoutMonth_isEveryMonth() {
        assertThat(starts("2021-03-05T10:00", PARIS, "FREQ=YEARLY;BYMONTHDAY=1", 4))
                .containsExactly("2021-03-05T10:00", "2021-04-01T10:00", "2021-05-01T10:00", "2021-06-01T10:00");
    }

    @Test
    void weeklyByMonth_keepsOnlyDaysInThatMonth() {
        assertThat(starts("2021-01-01T00:00", PARIS, "FREQ=WEEKLY;BYMONTH=3;BYDAY=MO", 10)).containsExactly(
                "2021-01-01T00:00", "2021-03-01T00:00", "2021-03-08T00:00", "2021-03-15T00:00", "2021-03-22T00:00",
                "2021-03-29T00:00", "2022-03-07T00:00", "2022-03-14T00:00", "2022-03-21T00:00", "2022-03-28T00:00");
    }

    @Test
    void monthlyOrdinalDay_withMonthDay_limits() {
        // the last day of the month when it is the last Monday
        assertThat(starts("2021-05-06T00:00", PARIS, "FREQ=MONTHLY;BYMONTHDAY=-1;BYDAY=-1MO", 5)).containsExactly(
                "2021-05-06T00:00", "2021-05-31T00:00", "2022-01-31T00:00", "2022-02-28T00:00", "2022-10-31T00:00");
        // the second Monday, said twice
        assertThat(starts("2021-05-06T00:00", PARIS, "FREQ=MONTHLY;BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=2MO", 4))
                .containsExactly("2021-05-06T00:00", "2021-05-10T00:00", "2021-06-14T00:00", "2021-07-12T00:00");
    }

    @Test
    void duplicateCandidates_countOnce() {
        // in 31-day months -29 is the 3rd; in April it is the 2nd
        assertThat(starts("2021-03-03T09:00", PARIS, "FREQ=MONTHLY;COUNT=4;BYMONTHDAY=3,-29", 10))
                .containsExactly("2021-03-03T09:00", "2021-04-02T09:00", "2021-04-03T09:00", "2021-05-03T09:00");
        // 1 and -2 both pick 09:00 of a day with two times
        assertThat(starts("2021-01-01T09:00", PARIS, "FREQ=DAILY;COUNT=3;BYHOUR=9,17;BYSETPOS=1,-2", 10))
                .containsExactly("2021-01-01T09:00", "2021-01-02T09:00", "2021-01-03T09:00");
        // FR and 2FR name the same second Friday
        assertThat(starts("2024-01-12T09:00", PARIS, "FREQ=MONTHLY;COUNT=3;BYMONTH=1;BYDAY=2FR,FR;BYSETPOS=3", 10))
                .containsExactly("2024-01-12T09:00", "2024-01-19T09:00", "2025-01-17T09:00");
    }

    // ---------------------------------------------------------------- BY-parts at their edges (hand-checked)

    @Test
    void byYearDay_366AndMinus366_occurOnlyInLeapYears_andMinus1IsTheLastDay() {
        assertThat(starts("2028-12-31T09:00", PARIS, "FREQ=YEARLY;BYYEARDAY=366", 5))
                .containsExactly("2028-12-31T09:00", "2032-12-31T09:00", "2036-12-31T09:00");
        assertThat(starts("2028-01-01T09:00", PARIS, "FREQ=YEARLY;BYYEARDAY=-366", 5))
                .containsExactly("2028-01-01T09:00", "2032-01-01T09:00", "2036-01-01T09:00");
        assertThat(starts("2026-12-31T09:00", PARIS, "FREQ=YEARLY;BYYEARDAY=-1", 3))
                .containsExactly("2026-12-31T09:00", "2027-12-31T09:00", "2028-12-31T09:00");
        // New Year's Day or New Year's Eve on a Thursday
        assertThat(starts("2026-01-01T09:00", PARIS, "FREQ=YEARLY;BYYEARDAY=1,-1;BYDAY=TH", 3))
                .containsExactly("2026-01-01T09:00", "2026-12-31T09:00", "2032-01-01T09:00");
    }

    @Test
    void byWeekNo_negativeCountsFromTheEnd_53OnlyInLongYears_andTheWeekStartMovesWeekOne() {
        assertThat(starts("2026-12-28T09:00", PARIS, "FREQ=YEARLY;BYWEEKNO=-1;BYDAY=MO", 4))
                .containsExactly("2026-12-28T09:00", "2027-12-27T09:00", "2028-12-25T09:00", "2029-12-24T09:00");
        assertThat(starts("2026-12-31T00:00", PARIS, "FREQ=YEARLY;BYWEEKNO=53;BYDAY=TH", 5))
                .containsExactly("2026-12-31T00:00", "2032-12-30T00:00");
        // weeks from Monday: week 1 of 2027 is 4-10 January; from Sunday it is 3-9 January, and week 1
        // of 2029 (from Sunday) starts on Sunday 31 December 2028
        assertThat(starts("2026-01-04T09:00", PARIS, "FREQ=YEARLY;BYWEEKNO=1;BYDAY=SU", 4))
                .containsExactly("2026-01-04T09:00", "2027-01-10T09:00", "2028-01-09T09:00", "2029-01-07T09:00");
        assertThat(starts("2026-01-04T09:00", PARIS, "FREQ=YEARLY;BYWEEKNO=1;BYDAY=SU;WKST=SU", 4))
                .containsExactly("2026-01-04T09:00", "2027-01-03T09:00", "2028-01-02T09:00", "2028-12-31T09:00");
    }

    @Test
    void yearlyOrdinalDays_countInTheMonthWithByMonth_andInTheYearWithout() {
        assertThat(starts("2026-02-23T09:00", PARIS, "FREQ=YEARLY;BYMONTH=2;BYDAY=-1MO", 3))
                .containsExactly("2026-02-23T09:00", "2027-02-22T09:00", "2028-02-28T09:00");
        assertThat(starts("2026-12-27T09:00", PARIS, "FREQ=YEARLY;BYDAY=-1SU", 3))
                .containsExactly("2026-12-27T09:00", "2027-12-26T09:00", "2028-12-31T09:00");
        assertThat(starts("2026-01-05T09:00", PARIS, "FREQ=YEARLY;BYDAY=1MO", 3))
                .containsExactly("2026-01-05T09:00", "2027-01-04T09:00", "2028-01-03T09:00");
        // 31 March on a Tuesday or a Wednesday
        assertThat(starts("2026-03-31T09:00", PARIS, "FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=-1;BYDAY=TU,WE", 3))
                .containsExactly("2026-03-31T09:00", "2027-03-31T09:00", "2032-03-31T09:00");
    }

    @Test
    void bySetPos_beyondTheSet_skipsThatPeriod_andMinus1TakesTheLatest() {
        // a tenth Monday-or-Tuesday needs a month with five of each
        assertThat(starts("2026-03-31T09:00", PARIS, "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=10", 3))
                .containsExactly("2026-03-31T09:00", "2026-06-30T09:00", "2027-03-30T09:00");
        // the later of the last Monday and the last Friday
        assertThat(starts("2026-01-30T09:00", PARIS, "FREQ=MONTHLY;BYDAY=-1MO,-1FR;BYSETPOS=-1;COUNT=4", 10))
                .containsExactly("2026-01-30T09:00", "2026-02-27T09:00", "2026-03-30T09:00", "2026-04-27T09:00");
    }

    @Test
    void timeParts_expandADay_inOrder_andFilterFinerFrequencies() {
        assertThat(starts("2026-01-05T09:00", PARIS, "FREQ=DAILY;BYHOUR=9,17;BYMINUTE=30,0;COUNT=6", 10)).containsExactly(
                "2026-01-05T09:00", "2026-01-05T09:30", "2026-01-05T17:00", "2026-01-05T17:30", "2026-01-06T09:00",
                "2026-01-06T09:30");
        assertThat(starts("2026-01-05T09:00", PARIS, "FREQ=HOURLY;BYHOUR=9,10;COUNT=4", 10))
                .containsExactly("2026-01-05T09:00", "2026-01-05T10:00", "2026-01-06T09:00", "2026-01-06T10:00");
        assertThat(starts("2026-01-05T09:00", PARIS, "FREQ=MINUTELY;INTERVAL=15;BYHOUR=9;COUNT=6", 10)).containsExactly(
                "2026-01-05T09:00", "2026-01-05T09:15", "2026-01-05T09:30", "2026-01-05T09:45", "2026-01-06T09:00",
                "2026-01-06T09:15");
    }

    @Test
    void dayParts_filterDailyRules() {
        assertThat(starts("2026-01-05T09:00", PARIS, "FREQ=DAILY;BYDAY=MO,FR;COUNT=4", 10))
                .containsExactly("2026-01-05T09:00", "2026-01-09T09:00", "2026-01-12T09:00", "2026-01-16T09:00");
        assertThat(starts("2026-01-05T09:00", PARIS, "FREQ=DAILY;INTERVAL=3;BYMONTHDAY=1,2,3,4,5,6,7,8,9,10;COUNT=5", 10))
                .containsExactly("2026-01-05T09:00", "2026-01-08T09:00", "2026-02-01T09:00", "2026-02-04T09:00",
                        "2026-02-07T09:00");
    }

    @Test
    void weekly_fromMidWeek_keepsLaterDaysOfTheFirstWeek_whichTheWeekStartDecides() {
        assertThat(starts("2026-01-07T09:00", PARIS, "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4", 10))
                .containsExactly("2026-01-07T09:00", "2026-01-12T09:00", "2026-01-14T09:00", "2026-01-19T09:00");
        // Wednesday 7 January: the week from Monday holds Sunday 11th; the week from Sunday began on the 4th
        assertThat(starts("2026-01-07T09:00", PARIS, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;COUNT=4", 10))
                .containsExactly("2026-01-07T09:00", "2026-01-11T09:00", "2026-01-19T09:00", "2026-01-25T09:00");
        assertThat(starts("2026-01-07T09:00", PARIS, "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,SU;WKST=SU;COUNT=4", 10))
                .containsExactly("2026-01-07T09:00", "2026-01-18T09:00", "2026-01-19T09:00", "2026-02-01T09:00");
    }

    @Test
    void monthly_onThe31st_skipsShortMonths() {
        assertThat(starts("2026-01-31T09:00", PARIS, "FREQ=MONTHLY;COUNT=4", 10))
                .containsExactly("2026-01-31T09:00", "2026-03-31T09:00", "2026-05-31T09:00", "2026-07-31T09:00");
        assertThat(starts("2026-01-31T09:00", PARIS, "FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1;COUNT=4", 10))
                .containsExactly("2026-01-31T09:00", "2026-03-31T09:00", "2026-05-31T09:00", "2026-07-31T09:00");
    }

    // ---------------------------------------------------------------- RDATE, EXDATE, changes

    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, PARIS);
    private static final Interval MARCH = Interval.of(Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));

    private static Recurrence weeklyFour() {
        return Recurrence.builder().start(MONDAY).duration(Duration.ofHours(1))
                .rule(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get())
                .addExdate(MONDAY.plusWeeks(1))
                .addRdate(ZonedDateTime.of(2026, 3, 11, 10, 0, 0, 0, PARIS))
                .build();
    }

    @Test
    void exdateAndRdate_removeAfterCountAndAdd() {
        // COUNT=4 gives 2, 9, 16, 23 March; EXDATE takes the 9th away, RDATE adds the 11th
        List<Occurrence> o = weeklyFour().expand(MARCH).get();
        assertThat(o).extracting(x -> x.originalStartInZone().toLocalDateTime().toString())
                .containsExactly("2026-03-02T09:30", "2026-03-11T10:00", "2026-03-16T09:30", "2026-03-23T09:30");
    }

    @Test
    void changes_movedCancelledAndNewRoom() {
        // given
        Interval tuesday = Interval.of(ZonedDateTime.of(2026, 3, 17, 14, 0, 0, 0, PARIS).toInstant(), Duration.ofHours(1));
        Recurrence r = weeklyFour()
                .withChange(MONDAY.plusWeeks(2), OccurrenceChange.movedTo(tuesday))
                .withChange(MONDAY.plusWeeks(3), OccurrenceChange.cancelled())
                .withChange(MONDAY, OccurrenceChange.builder().room(RoomId.of("B2-301")).title("Kick-off").build());
        // when
        List<Occurrence> o = r.expand(MARCH).get();
        // then
        assertThat(o).hasSize(3);
        assertThat(o.get(0).originalStartInZone()).isEqualTo(MONDAY);
        assertThat(o.get(0).room()).contains(RoomId.of("B2-301"));
        assertThat(o.get(0).title()).contains("Kick-off");
        assertThat(o.get(1).originalStartInZone().toLocalDate()).hasToString("2026-03-11");
        assertThat(o.get(2).originalStartInZone()).isEqualTo(MONDAY.plusWeeks(2));
        assertThat(o.get(2).isMoved()).isTrue();
        assertThat(o.get(2).interval()).isEqualTo(tuesday);
    }

    @Test
    void occurrence_unchanged_isAsTheSeriesSays_andMovedOneReportsItsNewStart() {
        Interval tuesday = Interval.of(ZonedDateTime.of(2026, 3, 17, 14, 0, 0, 0, PARIS).toInstant(), Duration.ofHours(1));
        List<Occurrence> o = weeklyFour().withChange(MONDAY.plusWeeks(2), OccurrenceChange.movedTo(tuesday))
                .withChange(MONDAY.plusWeeks(3), OccurrenceChange.builder().room(RoomId.of("B2-301")).build())
                .expand(MARCH).get();
        Occurrence first = o.get(0);
        assertThat(first.isMoved()).isFalse();
        assertThat(first.change()).isEmpty();
        assertThat(first.title()).isEmpty();
        assertThat(first.room()).isEmpty();
        assertThat(first.startEpochSecond()).isEqualTo(MONDAY.toEpochSecond());
        assertThat(first.interval()).isEqualTo(Interval.of(MONDAY.toInstant(), Duration.ofHours(1)));
        Occurrence moved = o.get(2);
        assertThat(moved.startEpochSecond()).isEqualTo(tuesday.start().getEpochSecond());
        Occurrence newRoom = o.get(3); // changed, but not moved: the series' time and title
        assertThat(newRoom.isMoved()).isFalse();
        assertThat(newRoom.title()).isEmpty();
        assertThat(newRoom.startEpochSecond()).isEqualTo(MONDAY.plusWeeks(3).toEpochSecond());
        assertThat(newRoom.start()).isEqualTo(MONDAY.plusWeeks(3).toInstant());
    }

    @Test
    void expand_windowsWithFractionsOfASecond_findWhatTheyOverlap() {
        Instant start = MONDAY.toInstant();
        Instant end = MONDAY.plusHours(1).toInstant();
        // a window ending half a second after the occurrence starts, or starting half a second before it ends
        assertThat(weeklyFour().expand(Interval.of(start.minusSeconds(3600), start.plusMillis(500))).get())
                .extracting(Occurrence::start).containsExactly(start);
        assertThat(weeklyFour().expand(Interval.of(end.minusMillis(500), end.plusSeconds(3600))).get())
                .extracting(Occurrence::start).containsExactly(start);
        // ... but not a window that ends just before it starts, or starts at its end
        assertThat(weeklyFour().expand(Interval.of(start.minusSeconds(3600), start.minusMillis(500))).get()).isEmpty();
        assertThat(weeklyFour().expand(Interval.of(end, end.plusMillis(500))).get()).isEmpty();
        // an empty window holds nothing, even inside an occurrence
        Instant mid = start.plusSeconds(1800);
        assertThat(weeklyFour().expand(Interval.of(mid, mid)).get()).isEmpty();
    }

    @Test
    void occurrences_fromAFractionOfASecond_startAtTheNextWholeSecond() {
        Instant start = MONDAY.toInstant();
        assertThat(weeklyFour().occurrences(start.minusMillis(500)).findFirst().orElseThrow().start()).isEqualTo(start);
        assertThat(weeklyFour().occurrences(start).findFirst().orElseThrow().start()).isEqualTo(start);
        assertThat(weeklyFour().occurrences(start.plusMillis(500)).findFirst().orElseThrow().originalStartInZone()
                .toLocalDateTime()).hasToString("2026-03-11T10:00");
    }

    @Test
    void occurrence_hasValueEquality() {
        Interval tuesday = Interval.of(ZonedDateTime.of(2026, 3, 17, 14, 0, 0, 0, PARIS).toInstant(), Duration.ofHours(1));
        List<Occurrence> a = weeklyFour().expand(MARCH).get();
        List<Occurrence> b = weeklyFour().expand(MARCH).get();
        assertThat(b).isEqualTo(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i)).isEqualTo(a.get(i)).hasSameHashCodeAs(a.get(i));
        }
        assertThat(a.get(1)).isNotEqualTo(a.get(0)).isNotEqualTo(null).isNotEqualTo("occurrence");
        Occurrence moved = weeklyFour().withChange(MONDAY, OccurrenceChange.movedTo(tuesday)).expand(MARCH).get().stream()
                .filter(x -> x.originalStartInZone().equals(MONDAY)).findFirst().orElseThrow();
        assertThat(moved).isNotEqualTo(a.get(0));
        Occurrence inTokyo = Recurrence.builder().start(MONDAY.withZoneSameInstant(ZoneId.of("Asia/Tokyo")))
                .duration(Duration.ofHours(1)).rule(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=1").get()).build()
                .expand(MARCH).get().get(0);
        assertThat(inTokyo.start()).isEqualTo(a.get(0).start());
        assertThat(inTokyo).isNotEqualTo(a.get(0));
    }

    @Test
    void movedOccurrence_isFoundAtItsNewTime_notAtItsOriginalOne() {
        // moved from Monday 16 March to Wednesday 1 April: outside March, inside a window on 1 April
        Interval april1 = Interval.of(ZonedDateTime.of(2026, 4, 1, 15, 0, 0, 0, PARIS).toInstant(), Duration.ofHours(1));
        Recurrence r = weeklyFour().withChange(MONDAY.plusWeeks(2), OccurrenceChange.movedTo(april1));
        Interval mondayThe16th = Interval.of(MONDAY.plusWeeks(2).toInstant(), Duration.ofHours(1));
        assertThat(r.expand(mondayThe16th).get()).isEmpty();
        List<Occurrence> o = r.expand(Interval.of(Instant.parse("2026-04-01T00:00:00Z"), Duration.ofDays(1))).get();
        assertThat(o).hasSize(1);
        assertThat(o.get(0).originalStartInZone()).isEqualTo(MONDAY.plusWeeks(2));
        assertThat(o.get(0).start()).isEqualTo(april1.start());
    }

    @Test
    void occurrenceMovedBeforeTheWindowStartOfItsOriginal_isExpandedAtItsNewTime() {
        // the case of ical4j issue 510 (its ComponentGroup#calculateRecurrenceSet drops the moved
        // instance): daily at 00:00 UTC for 30 minutes; the 15 July instance moved to all of 14 July
        ZonedDateTime first = ZonedDateTime.of(2021, 7, 1, 0, 0, 0, 0, ZoneId.of("UTC"));
        Interval july14 = Interval.of(Instant.parse("2021-07-14T00:00:00Z"), Instant.parse("2021-07-15T00:00:00Z"));
        Recurrence r = Recurrence.of(first, Duration.ofMinutes(30), RecurrenceRule.parse("FREQ=DAILY").get())
                .withChange(first.plusDays(14), OccurrenceChange.movedTo(july14));
        // when
        List<Occurrence> o = r.expand(july14).get();
        // then: the 14 July instance, and the 15 July one at its new time
        assertThat(o).extracting(x -> x.originalStartInZone().toString() + " " + x.interval()).containsExactly(
                "2021-07-14T00:00Z[UTC] [2021-07-14T00:00:00Z, 2021-07-14T00:30:00Z)",
                "2021-07-15T00:00Z[UTC] [2021-07-14T00:00:00Z, 2021-07-15T00:00:00Z)");
    }

    @Test
    void movedRdateOccurrence_isFoundAtItsNewTime() {
        ZonedDateTime rdate = ZonedDateTime.of(2026, 3, 11, 10, 0, 0, 0, PARIS);
        Interval april1 = Interval.of(ZonedDateTime.of(2026, 4, 1, 15, 0, 0, 0, PARIS).toInstant(), Duration.ofHours(1));
        Recurrence r = weeklyFour().withChange(rdate, OccurrenceChange.movedTo(april1));
        List<Occurrence> o = r.expand(Interval.of(Instant.parse("2026-04-01T00:00:00Z"), Duration.ofDays(1))).get();
        assertThat(o).hasSize(1);
        assertThat(o.get(0).originalStartInZone()).isEqualTo(rdate);
        assertThat(o.get(0).interval()).isEqualTo(april1);
        assertThat(r.expand(MARCH).get()).extracting(x -> x.originalStartInZone().toLocalDateTime().toString())
                .containsExactly("2026-03-02T09:30", "2026-03-16T09:30", "2026-03-23T09:30");
    }

    @Test
    void changeOfAStartThatIsNoOccurrence_isIgnored() {
        Interval april1 = Interval.of(ZonedDateTime.of(2026, 4, 1, 15, 0, 0, 0, PARIS).toInstant(), Duration.ofHours(1));
        Recurrence r = weeklyFour().withChange(MONDAY.plusDays(1), OccurrenceChange.movedTo(april1))
                .withChange(MONDAY.plusWeeks(1), OccurrenceChange.movedTo(april1)); // an EXDATE
        assertThat(r.expand(Interval.of(Instant.parse("2026-04-01T00:00:00Z"), Duration.ofDays(1))).get()).isEmpty();
    }

    @Test
    void windowInTheMiddleOfAnOccurrence_findsIt() {
        Interval inside = Interval.of(MONDAY.plusMinutes(20).toInstant(), Duration.ofMinutes(10));
        assertThat(weeklyFour().expand(inside).get()).extracting(Occurrence::originalStartInZone).containsExactly(MONDAY);
        Interval atTheEnd = Interval.of(MONDAY.plusHours(1).toInstant(), Duration.ofMinutes(10));
        assertThat(weeklyFour().expand(atTheEnd).get()).isEmpty();
    }

    @Test
    void withoutRule_theFirstStartAndTheRdates() {
        Recurrence r = Recurrence.builder().start(MONDAY).duration(Duration.ofHours(1)).addRdate(MONDAY.plusDays(3)).build();
        assertThat(r.expand(MARCH).get()).extracting(Occurrence::originalStartInZone).containsExactly(MONDAY, MONDAY.plusDays(3));
        assertThat(r.isOriginalStart(MONDAY.plusDays(3).toInstant())).isTrue();
        assertThat(r.isOriginalStart(MONDAY.plusDays(4).toInstant())).isFalse();
    }

    @Test
    void windowFarAhead_skipsStraightThere() {
        Recurrence r = Recurrence.of(MONDAY, Duration.ofHours(1), RecurrenceRule.parse("FREQ=WEEKLY;BYDAY=MO,TH").get());
        Interval y2100 = Interval.of(Instant.parse("2100-01-01T00:00:00Z"), Duration.ofDays(7));
        // 1 January 2100 is a Friday
        assertThat(r.expand(y2100).get()).extracting(o -> o.originalStartInZone().toLocalDateTime().toString())
                .containsExactly("2100-01-04T09:30", "2100-01-07T09:30");
    }

    // ---------------------------------------------------------------- runaway rules

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void rulesThatNeverMatch_terminate() {
        Interval ever = Interval.of(MONDAY.toInstant(), Instant.parse("9000-01-01T00:00:00Z"));
        for (String rule : List.of("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=31", "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=5",
                "FREQ=MONTHLY;BYMONTH=4;BYMONTHDAY=31;COUNT=2", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=3",
                "FREQ=WEEKLY;BYMONTH=2;BYDAY=MO;BYSETPOS=9;COUNT=2", "FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30;COUNT=2",
                "FREQ=SECONDLY;BYMONTH=4;BYMONTHDAY=31;COUNT=2", "FREQ=YEARLY;BYWEEKNO=53;BYMONTH=6;COUNT=2",
                "FREQ=MINUTELY;BYSECOND=60;COUNT=2")) {
            Recurrence r = Recurrence.of(MONDAY, Duration.ofHours(1), RecurrenceRule.parse(rule).get());
            assertThat(r.expand(ever).get()).as(rule).extracting(Occurrence::originalStartInZone).containsExactly(MONDAY);
        }
    }

    @Test
    void rareRule_isFoundAcrossTheYears() {
        // 29 February on a Monday: 2016, 2044, 2072
        ZonedDateTime first = ZonedDateTime.of(2016, 2, 29, 9, 0, 0, 0, PARIS);
        Recurrence r = Recurrence.of(first, Duration.ofHours(1),
                RecurrenceRule.parse("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO").get());
        assertThat(r.expand(Interval.of(first.toInstant(), first.plusYears(60).toInstant())).get())
                .extracting(o -> o.originalStartInZone().toLocalDate().toString())
                .containsExactly("2016-02-29", "2044-02-29", "2072-02-29");
    }
}
