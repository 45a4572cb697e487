package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rules a careless or hostile caller may pass: work and memory must follow the window and the
 * answer, never the size of the rule's yearly set, and a rule that can never match must end at once.
 * The timeouts are guards against a hang, not speed targets; memory is measured as the bytes the
 * calling thread allocates.
 */
class HostileRecurrenceTest {
    private static final ZoneId PARIS = KernelFixtures.PARIS;
    private static final String ALL_HOURS = "0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23";
    private static final String ALL_MINUTES = sixty();
    private static final String EVERY_SECOND = ";BYHOUR=" + ALL_HOURS + ";BYMINUTE=" + ALL_MINUTES + ";BYSECOND=" + ALL_MINUTES;
    private static final long MB = 1024 * 1024;

    private static String sixty() {
        StringBuilder b = new StringBuilder("0");
        for (int i = 1; i < 60; i++) {
            b.append(',').append(i);
        }
        return b.toString();
    }

    private static RecurrenceRule rule(String text) {
        return RecurrenceRule.parse(text).getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    /** Runs {@code work} and returns its result with the bytes this thread allocated meanwhile. */
    private static <T> Measured<T> measure(Supplier<T> work) {
        com.sun.management.ThreadMXBean bean = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        long before = bean.getThreadAllocatedBytes(id);
        T result = work.get();
        return new Measured<>(result, bean.getThreadAllocatedBytes(id) - before);
    }

    private record Measured<T>(T result, long bytes) {}

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void expand_yearlyRuleOnEverySecond_overOneHour_costsTheHourNotTheYear() {
        // given: every second of every day of the year, as a YEARLY rule (31.6 million instances a year)
        ZonedDateTime first = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ZERO, rule("FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU" + EVERY_SECOND));
        Interval hour = Interval.of(Instant.parse("2026-06-10T14:00:00Z"), Duration.ofHours(1));

        // when
        Measured<List<Occurrence>> m = measure(() -> r.expand(hour).get());

        // then: the hour's 3,600 seconds, and memory of the order of the answer
        assertThat(m.result()).hasSize(3600);
        assertThat(m.result().get(0).start()).isEqualTo(hour.start());
        assertThat(m.result().get(3599).start()).isEqualTo(hour.end().minusSeconds(1));
        assertThat(m.bytes()).as("bytes allocated").isLessThan(20 * MB);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void expand_yearlyRuleOnEverySecondWithSetPos_picksFromTheYearWithoutListingIt() {
        // given: the last second of each year, as BYSETPOS=-1 of the year's 31.5 million seconds
        ZonedDateTime first = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ZERO,
                rule("FREQ=YEARLY;BYDAY=MO,TU,WE,TH,FR,SA,SU" + EVERY_SECOND + ";BYSETPOS=-1,1"));
        Interval years = Interval.of(Instant.parse("2026-12-31T00:00:00Z"), Instant.parse("2028-01-02T00:00:00Z"));

        // when
        Measured<List<Occurrence>> m = measure(() -> r.expand(years).get());

        // then
        assertThat(m.result()).extracting(o -> o.start().toString())
                .containsExactly("2026-12-31T23:59:59Z", "2027-01-01T00:00:00Z", "2027-12-31T23:59:59Z", "2028-01-01T00:00:00Z");
        assertThat(m.bytes()).as("bytes allocated").isLessThan(20 * MB);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void expand_secondlyRuleOverTenYears_isRefusedWithAProblem_afterTheLimitOnly() {
        // given
        Recurrence r = Recurrence.of(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS), Duration.ofSeconds(1), rule("FREQ=SECONDLY"));
        Interval tenYears = Interval.of(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"));

        // when
        Measured<Problem> m = measure(() -> r.expand(tenYears).getLeft());

        // then
        assertThat(m.result().code()).isEqualTo("agenda.recurrence.too-many-occurrences");
        assertThat(m.result().detail("limit")).contains(String.valueOf(Recurrence.MAX_EXPANSION));
        assertThat(m.bytes()).as("bytes allocated").isLessThan(200 * MB);
    }

    @Test
    void expand_atTheLimit_isAnswered_andOneMoreIsRefused() {
        Recurrence r = Recurrence.of(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), Duration.ZERO, rule("FREQ=SECONDLY"));
        Instant start = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(r.expand(Interval.of(start, Duration.ofSeconds(Recurrence.MAX_EXPANSION))).get()).hasSize(Recurrence.MAX_EXPANSION);
        assertThat(r.expand(Interval.of(start, Duration.ofSeconds(Recurrence.MAX_EXPANSION + 1L))).isLeft()).isTrue();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void leapSecondOnly_hundredYearsOut_endsAtOnce() {
        // given: BYSECOND=60 names only a leap second, which a java.time clock never shows
        ZonedDateTime first = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ZERO, rule("FREQ=SECONDLY;BYSECOND=60;COUNT=5"));

        // then: only the first start, found at once however far the window
        assertThat(r.expand(Interval.of(first.plusYears(100).toInstant(), Duration.ofDays(1))).get()).isEmpty();
        assertThat(r.expand(Interval.of(first.toInstant(), first.plusYears(100).toInstant())).get()).hasSize(1);
        assertThat(r.isOriginalStart(first.plusYears(500).toInstant())).isFalse();
        assertThat(r.occurrences(first.toInstant())).hasSize(1);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void oddSecondOfAnEvenStep_neverMatches_andEndsAtOnce() {
        // given: every second second from an even second, limited to second 1: never
        ZonedDateTime first = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (String text : List.of("FREQ=SECONDLY;INTERVAL=2;BYSECOND=1", "FREQ=SECONDLY;INTERVAL=2;BYSECOND=1;COUNT=5")) {
            Recurrence r = Recurrence.of(first, Duration.ZERO, rule(text));

            assertThat(r.expand(Interval.of(first.plusYears(300).toInstant(), Duration.ofDays(1))).get()).as(text).isEmpty();
            assertThat(r.isOriginalStart(first.plusYears(500).plusSeconds(1).toInstant())).as(text).isFalse();
            assertThat(r.occurrences(first.toInstant())).as(text).hasSize(1);
        }
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void sparseSecondsOfAnOddStep_areFound_withoutWalkingEverySecond() {
        // given: every seventh second, limited to 03:07:01 and 03:07:02: a period lands there on two days in seven
        ZonedDateTime first = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ZERO, rule("FREQ=SECONDLY;INTERVAL=7;BYHOUR=3;BYMINUTE=7;BYSECOND=1,2"));

        // then: a period lands on 03:07:01 or 03:07:02 only on some days; the answer agrees with a plain scan
        List<Instant> got = r.occurrences(first.toInstant()).skip(1).limit(5).map(Occurrence::start).toList();
        List<Instant> expected = new java.util.ArrayList<>();
        for (long t = first.toEpochSecond() + 7; expected.size() < 5; t += 7) {
            ZonedDateTime z = Instant.ofEpochSecond(t).atZone(ZoneOffset.UTC);
            if (z.getHour() == 3 && z.getMinute() == 7 && (z.getSecond() == 1 || z.getSecond() == 2)) {
                expected.add(z.toInstant());
            }
        }
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void subDailyRule_runsToTheLastSecondOfYear9999() {
        ZonedDateTime first = ZonedDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ZERO, rule("FREQ=SECONDLY;COUNT=5"));

        assertThat(r.expand(Interval.of(first.toInstant(), Instant.MAX)).get()).extracting(o -> o.start().toString())
                .containsExactly("9999-12-31T23:00:00Z", "9999-12-31T23:00:01Z", "9999-12-31T23:00:02Z",
                        "9999-12-31T23:00:03Z", "9999-12-31T23:00:04Z");
        Recurrence minutely = Recurrence.of(ZonedDateTime.of(9999, 12, 31, 23, 58, 0, 0, ZoneOffset.UTC), Duration.ZERO,
                rule("FREQ=MINUTELY"));
        assertThat(minutely.occurrences(Instant.MIN)).extracting(o -> o.start().toString())
                .containsExactly("9999-12-31T23:58:00Z", "9999-12-31T23:59:00Z");
    }

    @Test
    void extremeWindows_areAnsweredForTheSupportedRange() {
        Recurrence weekly = Recurrence.of(ZonedDateTime.of(2026, 3, 2, 9, 30, 0, 0, PARIS), Duration.ofHours(1),
                rule("FREQ=WEEKLY;COUNT=3"));

        assertThat(weekly.expand(Interval.of(Instant.MIN, Instant.MAX)).get()).hasSize(3);
        assertThat(weekly.occurrences(Instant.MIN)).hasSize(3);
        assertThat(weekly.occurrences(Instant.MAX)).isEmpty();
        assertThat(weekly.isOriginalStart(Instant.MAX)).isFalse();
        assertThat(weekly.isOriginalStart(Instant.MIN)).isFalse();
    }

    @Test
    void builder_refusesAStartOutsideTheSupportedRange_andAnOverlongDuration() {
        RecurrenceRule daily = rule("FREQ=DAILY");
        ZonedDateTime farAway = ZonedDateTime.of(999_999_999, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

        assertThatThrownBy(() -> Recurrence.of(farAway, Duration.ofHours(1), daily))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supported range");
        assertThatThrownBy(() -> Recurrence.of(ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS), Duration.ofSeconds(Long.MAX_VALUE), daily))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most");
    }

    @Test
    void occurrences_giveTheFirstFew_ofANeverEndingSecondlyRule() {
        ZonedDateTime first = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS);
        Recurrence r = Recurrence.of(first, Duration.ZERO, rule("FREQ=SECONDLY"));

        assertThat(r.occurrences(first.plusYears(3).toInstant()).limit(3)).extracting(Occurrence::start)
                .containsExactly(first.plusYears(3).toInstant(), first.plusYears(3).plusSeconds(1).toInstant(),
                        first.plusYears(3).plusSeconds(2).toInstant());
    }

    // ------------------------------------------------------------------ BYWEEKNO across the year boundary

    @Test
    void byWeekNo53_fromTheFirstDaysOfJanuary_keepsTheDaysOfThePreviousYearsLastWeek() {
        // given: Saturday 2 January 2027; Sunday 3 January 2027 is in ISO week 2026-W53
        ZonedDateTime first = ZonedDateTime.of(2027, 1, 2, 10, 0, 0, 0, ZoneOffset.UTC);
        Recurrence r = Recurrence.of(first, Duration.ZERO, rule("FREQ=YEARLY;BYWEEKNO=53;BYDAY=SU"));

        // then
        assertThat(r.occurrences(first.toInstant()).limit(3)).extracting(o -> o.start().atZone(ZoneOffset.UTC).toLocalDate())
                .containsExactly(LocalDate.of(2027, 1, 2), LocalDate.of(2027, 1, 3), LocalDate.of(2033, 1, 2));
        assertThat(r.isOriginalStart(first.plusDays(1).toInstant())).isTrue();
    }

    // ------------------------------------------------------------------ booking

    private static final Context CTX = Context.of(Instant.parse("2026-01-01T00:00:00Z"), ORGANIZER, Clearance.none());
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 2, 0, 0, 0, 0, PARIS);

    /** A meeting in the large room from Monday midnight lasting {@code seconds}, repeating by {@code rule}. */
    private static MeetingRequest seconds(String id, int seconds, RecurrenceRule rule) {
        return MeetingRequest.builder().id(MeetingId.of(id)).title("Meeting " + id).organizer(ORGANIZER).room(LARGE)
                .start(MONDAY).end(MONDAY.plusSeconds(seconds)).recurrence(rule).build();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void book_aOneSecondMeetingOnEverySecondOfTheDay_isRefusedAsTooLarge_inBoundedMemory() {
        MeetingRequest req = seconds("every-second", 1, rule("FREQ=DAILY" + EVERY_SECOND + ";COUNT=1000000"));

        Measured<Problem> m = measure(() -> agenda().book(req, CTX).getLeft());

        assertThat(m.result().code()).isEqualTo("agenda.meeting.series-too-large");
        assertThat(m.bytes()).as("bytes allocated").isLessThan(100 * MB);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void book_aTwoSecondMeetingOnEverySecond_isRefusedAsOverlappingItself_atOnce() {
        MeetingRequest req = seconds("two-seconds", 2, rule("FREQ=DAILY" + EVERY_SECOND));

        Measured<Problem> m = measure(() -> agenda().book(req, CTX).getLeft());

        assertThat(m.result().code()).isEqualTo("agenda.meeting.overlaps-itself");
        assertThat(m.result().detail("occurrence")).contains(MONDAY.plusSeconds(1).toInstant().toString());
        assertThat(m.bytes()).as("bytes allocated").isLessThan(10 * MB);
    }

    @Test
    void book_aSeriesAtTheLimit_isAccepted() {
        // given: four a day for 2,500 days is 10,000 occurrences, all held
        MeetingRequest req = meeting("four-a-day", LARGE, MONDAY.withHour(8), 30, "a")
                .recurrence(rule("FREQ=DAILY;BYHOUR=8,10,14,16;COUNT=" + Agenda.MAX_SERIES_OCCURRENCES)).build();

        Agenda.Change b = agenda().book(req, CTX).get();

        assertThat(b.meeting().places(Interval.of(Instant.MIN, Instant.MAX))).hasSize(Agenda.MAX_SERIES_OCCURRENCES);
        MeetingRequest more = meeting("five-a-day", LARGE, MONDAY.withHour(8), 30, "a")
                .recurrence(rule("FREQ=DAILY;BYHOUR=8,10,14,16,18;COUNT=" + (Agenda.MAX_SERIES_OCCURRENCES + 1))).build();
        assertThat(agenda().book(more, CTX).getLeft().code()).isEqualTo("agenda.meeting.series-too-large");
    }

    @Test
    void book_aMeetingInYear999999999_isRefusedWithARangeProblem() {
        ZonedDateTime far = ZonedDateTime.of(999_999_999, 1, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        MeetingRequest req = meeting("far", LARGE, far, 60, "a").recurrence(rule("FREQ=WEEKLY")).build();

        Problem p = agenda().book(req, CTX).getLeft();

        assertThat(p.code()).isEqualTo("kernel.range.instant");
    }

    @Test
    void changeOccurrence_movedToTheEndOfTime_isRefusedWithARangeProblem() {
        Agenda.Change b = agenda().book(meeting("weekly", LARGE, MONDAY.withHour(10), 60, "a")
                .recurrence(rule("FREQ=WEEKLY;COUNT=4")).build(), CTX).get();

        Problem p = b.agenda().changeOccurrence(MeetingId.of("weekly"), MONDAY.withHour(10).plusWeeks(1),
                OccurrenceChange.movedTo(Interval.of(Instant.MAX.minusSeconds(3600), Instant.MAX)), CTX).getLeft();

        assertThat(p.code()).isEqualTo("kernel.range.instant");
    }
}
