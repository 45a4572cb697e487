package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar benchmarks measure real work: the feed is what it claims, and every path writes or reads all of it. */
class IcsExportBenchmarkTest {
    /** The benchmark's state on the first 1,000 meetings of the feed, to keep the build short. */
    static IcsExportBenchmark bench;

    @BeforeAll
    static void setUp() {
        bench = new IcsExportBenchmark();
        bench.size = 1_000;
        bench.setUp();
    }

    @Test
    void feed_isRealistic_zonesAttendeesSeriesAndText() {
        MeetingFeed feed = MeetingFeed.generate(IcsExportBenchmark.MEETINGS, 42);
        List<Meeting> meetings = feed.meetings;
        assertThat(meetings).hasSize(IcsExportBenchmark.MEETINGS);
        assertThat(bench.feed.meetings).isEqualTo(meetings.subList(0, 1_000));
        Map<String, Long> byZone = meetings.stream().collect(Collectors.groupingBy(m -> m.zone().getId(), Collectors.counting()));
        assertThat(byZone.keySet()).containsExactlyInAnyOrder("Europe/Paris", "America/New_York", "Asia/Tokyo");
        assertThat(byZone.get("Europe/Paris")).isBetween(4_500L, 5_500L);
        assertThat(byZone.get("Asia/Tokyo")).isBetween(1_500L, 2_500L);
        assertThat(meetings).allSatisfy(m -> assertThat(m.attendees().size()).isBetween(5, 21));
        assertThat(meetings.stream().mapToInt(m -> m.attendees().size()).average().getAsDouble()).isBetween(11.0, 14.0);
        assertThat(meetings).allSatisfy(m -> assertThat(m.agenda().size()).isBetween(2, 6));
        List<Recurrence> series = meetings.stream().flatMap(m -> m.recurrence().stream()).toList();
        assertThat(series.size()).isEqualTo(1_000);
        assertThat(series).allSatisfy(r -> {
            assertThat(r.exdates()).hasSize(1);
            assertThat(r.changes().values()).filteredOn(c -> c.movedTo().isPresent()).hasSize(1);
            assertThat(r.changes().values()).filteredOn(c -> c.isCancelled()).hasSize(1);
            assertThat(r.changes().values()).filteredOn(c -> c.room().isPresent()).hasSize(1);
        });
        assertThat(meetings.stream().filter(Meeting::allDay).count()).isEqualTo(200);
        assertThat(meetings.stream().filter(m -> m.attendees().stream().anyMatch(a -> a.response() == Attendee.Response.DELEGATED)).count())
                .isGreaterThan(500);
        assertThat(meetings.stream().filter(m -> m.title().matches(".*[éèàç«].*")).count()).isGreaterThan(1_000);
        assertThat(meetings.stream().filter(m -> m.title().contains("定例会議")).count()).isGreaterThan(500);
        assertThat(feed.people.stream().filter(p -> p.name().contains("佐藤")).count()).isGreaterThan(0);
    }

    @Test
    void ical4jFeed_writesEveryMeetingAndOverride_withoutAttendees() {
        // when
        String text = bench.ical4jFeed();
        // then
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH\r\n").doesNotContain("ATTENDEE");
        assertEveryMeetingIn(PlainIcal4j.parse(text));
    }

    @Test
    void asoFeed_writesTheSameEventsAsThePlainPath() {
        // when
        String text = bench.asoFeed();
        // then
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH\r\n").doesNotContain("ATTENDEE");
        Calendar ours = PlainIcal4j.parse(text);
        assertEveryMeetingIn(ours);
        Map<String, String> summaries = summaries(ours);
        assertThat(summaries).isEqualTo(summaries(PlainIcal4j.parse(bench.ical4jFeed())));
    }

    @Test
    void requests_writeOneRequestPerMeeting_withEveryAttendee_onBothPaths() {
        // when
        List<String> ours = bench.asoRequests();
        List<String> plain = bench.ical4jRequests();
        // then
        List<Meeting> meetings = bench.feed.meetings;
        assertThat(ours).hasSameSizeAs(meetings);
        assertThat(plain).hasSameSizeAs(meetings);
        for (int i = 0; i < meetings.size(); i += 10) {
            Meeting m = meetings.get(i);
            for (String text : List.of(ours.get(i), plain.get(i))) {
                Calendar c = PlainIcal4j.parse(text);
                assertThat(c.getMethod().getValue()).isEqualTo("REQUEST");
                List<VEvent> events = c.getComponents(Component.VEVENT);
                assertThat(events).as(m.id().value()).hasSize(m.isSeries() ? 3 : 1);
                assertThat(events).allSatisfy(e -> assertThat(e.getProperties(Property.ATTENDEE)).hasSameSizeAs(m.attendees()));
            }
        }
    }

    @Test
    void reading_asoBusy_givesEveryOccurrenceOfTheFeed_ical4jParse_everyEvent() {
        // every occurrence of every meeting not called off, moved ones where they went, cancelled ones left out
        List<Meeting> on = bench.feed.meetings.stream().filter(m -> m.status() != Meeting.Status.CANCELLED).toList();
        List<Interval> timed = on.stream().filter(m -> !m.allDay()).flatMap(m -> m.intervals(IcsExportBenchmark.WINDOW).stream())
                .sorted(Comparator.comparing(Interval::start).thenComparing(Interval::end)).toList();
        long allDay = on.stream().filter(Meeting::allDay).count();
        for (String source : List.of("aso", "ical4j")) {
            // given
            IcsExportBenchmark.Texts texts = new IcsExportBenchmark.Texts();
            texts.source = source;
            texts.setUp(bench);
            // when
            List<FreeBusy> busy = bench.asoBusy(texts);
            Calendar parsed = bench.ical4jParse(texts);
            // then
            assertThat(busy).as(source).hasSize(timed.size() + (int) allDay);
            assertThat(busy.stream().map(FreeBusy::interval).filter(i -> !isWholeDays(i)).toList()).as(source)
                    .containsExactlyElementsOf(timed);
            assertEveryMeetingIn(parsed);
        }
    }

    private static boolean isWholeDays(Interval i) {
        return i.duration().toHours() >= 24 && i.duration().toSeconds() % 86_400 == 0;
    }

    /** Every meeting's master and its two overrides (moved, another room); the cancelled occurrence is an EXDATE. */
    private static void assertEveryMeetingIn(Calendar parsed) {
        List<Meeting> meetings = bench.feed.meetings;
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        long overrides = 2L * meetings.stream().filter(Meeting::isSeries).count();
        assertThat(events).hasSize(meetings.size() + (int) overrides);
        assertThat(events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent())).hasSize((int) overrides);
        assertThat(summaries(parsed).keySet()).isEqualTo(meetings.stream()
                .map(m -> m.id().value() + "@" + MeetingFeed.UID_DOMAIN).collect(Collectors.toSet()));
        assertThat(parsed.getComponents(Component.VTIMEZONE)).hasSize(3);
        Map<String, Meeting> byUid = meetings.stream()
                .collect(Collectors.toMap(m -> m.id().value() + "@" + MeetingFeed.UID_DOMAIN, Function.identity()));
        summaries(parsed).forEach((uid, summary) -> assertThat(summary).isEqualTo(byUid.get(uid).title()));
    }

    /** The SUMMARY of each master, by UID. */
    private static Map<String, String> summaries(Calendar parsed) {
        Map<String, String> out = new TreeMap<>();
        for (VEvent e : parsed.<VEvent>getComponents(Component.VEVENT)) {
            if (e.getProperty(Property.RECURRENCE_ID).isEmpty()) {
                out.put(e.getUid().orElseThrow().getValue(), e.getProperty(Property.SUMMARY).orElseThrow().getValue());
            }
        }
        return out;
    }
}
