package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.recurrence.Recurrence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar benchmarks measure real work: the feed is what it claims, and every path writes or reads all of it. */
class IcsExportBenchmarkTest {
    static IcsExportBenchmark bench;

    @BeforeAll
    static void setUp() {
        bench = new IcsExportBenchmark();
        bench.setUp();
    }

    @Test
    void feed_isRealistic_zonesAttendeesSeriesAndText() {
        List<Meeting> meetings = bench.feed.meetings;
        assertThat(meetings).hasSize(IcsExportBenchmark.MEETINGS);
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
        assertThat(bench.feed.people.stream().filter(p -> p.name().contains("佐藤")).count()).isGreaterThan(0);
    }

    @Test
    void ical4jFeed_writesEveryMeetingAndOverride_withoutAttendees() {
        // given
        List<Meeting> meetings = bench.feed.meetings;
        // when
        String text = bench.ical4jFeed();
        Calendar parsed = bench.ical4jParse();
        // then
        assertThat(text).isEqualTo(bench.feedText).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:PUBLISH\r\n")
                .doesNotContain("ATTENDEE");
        List<VEvent> events = parsed.getComponents(Component.VEVENT);
        long overrides = 2L * meetings.stream().filter(Meeting::isSeries).count(); // moved and re-roomed
        assertThat(events).hasSize(meetings.size() + (int) overrides);
        assertThat(events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isPresent())).hasSize((int) overrides);
        Map<String, Meeting> byUid = meetings.stream()
                .collect(Collectors.toMap(m -> m.id().value() + "@" + MeetingFeed.UID_DOMAIN, Function.identity()));
        assertThat(events.stream().map(e -> e.getUid().get().getValue()).distinct()).hasSameSizeAs(meetings)
                .allSatisfy(uid -> assertThat(byUid).containsKey(uid));
        assertThat(parsed.getComponents(Component.VTIMEZONE)).hasSize(3);
        VEvent first = events.stream().filter(e -> e.getProperty(Property.RECURRENCE_ID).isEmpty()).findFirst().orElseThrow();
        Meeting m = byUid.get(first.getUid().get().getValue());
        assertThat(first.getProperty(Property.SUMMARY).orElseThrow().getValue()).isEqualTo(m.title());
    }

    @Test
    void ical4jRequests_writeOneRequestPerMeeting_withEveryAttendee() {
        // given
        List<Meeting> some = bench.feed.meetings.subList(0, 200);
        // when
        List<String> requests = bench.plain.requests(some, IcsExportBenchmark.STAMP);
        // then
        assertThat(requests).hasSameSizeAs(some);
        for (int i = 0; i < some.size(); i++) {
            Meeting m = some.get(i);
            Calendar c = PlainIcal4j.parse(requests.get(i));
            assertThat(c.getMethod().getValue()).isEqualTo("REQUEST");
            List<VEvent> events = c.getComponents(Component.VEVENT);
            assertThat(events).hasSize(m.isSeries() ? 3 : 1);
            assertThat(events).allSatisfy(e -> assertThat(e.getProperties(Property.ATTENDEE)).hasSameSizeAs(m.attendees()));
        }
    }
}
