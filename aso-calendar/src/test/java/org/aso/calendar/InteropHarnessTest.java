package org.aso.calendar;

import org.aso.core.fixtures.DebianTools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.Test;

/**
 * The interop harness's own logic, without the tools: how their output is read and what we
 * expect of them. Runs in every build ({@link InteropTest} only with {@code -Pinterop}).
 */
class InteropHarnessTest {

    @Test
    void json_parse_readsWhatTheScriptsPrint() {
        // given: python's json.dumps with ensure_ascii (non-ASCII as \\u escapes)
        String printed = "{\"method\": \"REQUEST\", \"events\": [{\"summary\": \"R\\u00e9union \\u2014 \\u0421\\u043e\","
                + " \"attendees\": 20, \"recurrence_id\": null, \"x\": [true, false, -3]}]}";
        // when
        Map<String, Object> parsed = DebianTools.object(DebianTools.json(printed));
        // then
        assertThat(parsed.get("method")).isEqualTo("REQUEST");
        Map<String, Object> event = DebianTools.object(DebianTools.array(parsed.get("events")).get(0));
        assertThat(event.get("summary")).isEqualTo("Réunion — Со");
        assertThat(event.get("attendees")).isEqualTo(20L);
        assertThat(event).containsEntry("recurrence_id", null);
        assertThat(DebianTools.array(event.get("x"))).containsExactly(true, false, -3L);
    }

    @Test
    void json_parse_brokenText_isRefused() {
        assertThatThrownBy(() -> DebianTools.json("{\"a\": [1, 2}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DebianTools.json("[1] 2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DebianTools.json("\"open")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spans_ofTheExpandScript_areSortedAndDistinct() {
        Object printed = DebianTools.json("[{\"uid\": \"b\", \"start\": \"2026-04-06T08:00:00Z\", \"end\": \"2026-04-06T09:00:00Z\"},"
                + " {\"uid\": \"a\", \"start\": \"2026-03-16T09:00:00Z\", \"end\": \"2026-03-16T10:00:00Z\"},"
                + " {\"uid\": \"a\", \"start\": \"2026-03-16T09:00:00Z\", \"end\": \"2026-03-16T10:00:00Z\"}]");
        assertThat(InteropTools.spans(printed)).containsExactly(
                new Span("2026-03-16T09:00:00Z", "2026-03-16T10:00:00Z"),
                new Span("2026-04-06T08:00:00Z", "2026-04-06T09:00:00Z"));
    }

    @Test
    void khalLine_timed_isReadAsUtcInstants() {
        assertThat(InteropTools.khalLine("2026-03-31T12:00:00+0000|2026-03-31T13:00:00+0000|False|moved@interop.example"))
                .isEqualTo(new Span("2026-03-31T12:00:00Z", "2026-03-31T13:00:00Z"));
        // an offset other than UTC is converted, not dropped
        assertThat(InteropTools.khalLine("2026-03-31T14:00:00+0200|2026-03-31T15:00:00+0200|False|x"))
                .isEqualTo(new Span("2026-03-31T12:00:00Z", "2026-03-31T13:00:00Z"));
    }

    @Test
    void khalLine_allDay_getsItsExclusiveEndBack() {
        // khal shows an all-day event's last day; DTEND (and our span) is the day after
        assertThat(InteropTools.khalLine("2026-03-28T00:00:00|2026-03-29T00:00:00|True|all-day@interop.example"))
                .isEqualTo(new Span("2026-03-28", "2026-03-30"));
    }

    @Test
    void khalLine_otherShapes_areRefused() {
        assertThatThrownBy(() -> InteropTools.khalLine("2026-03-28 10:00-11:00 Point")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void occurrences_ofTheMovedSeries_areOursAcrossTheEndOfSummerTime() {
        // when
        Set<Span> ours = InteropScenarios.occurrences(InteropFixtures.seriesWithMovedOccurrence());
        // then: 09:30 in Paris is 07:30Z in summer time, 08:30Z after 25 October; 22 October moved to the 23rd
        assertThat(ours).containsExactly(
                new Span("2026-10-15T07:30:00Z", "2026-10-15T08:30:00Z"),
                new Span("2026-10-23T09:00:00Z", "2026-10-23T10:00:00Z"),
                new Span("2026-10-29T08:30:00Z", "2026-10-29T09:30:00Z"),
                new Span("2026-11-05T08:30:00Z", "2026-11-05T09:30:00Z"));
    }

    @Test
    void occurrences_ofAnAllDayMeeting_areItsDaysInItsZone() {
        // 28 March 00:00 in Paris is 27 March 23:00Z: the span is in days of Paris, not of UTC
        assertThat(InteropScenarios.occurrences(InteropFixtures.allDay())).containsExactly(new Span("2026-03-28", "2026-03-30"));
        assertThat(Span.days(Interval.of(Instant.parse("2026-10-18T22:00:00Z"), Instant.parse("2026-10-19T22:00:00Z")),
                InteropFixtures.PARIS)).isEqualTo(new Span("2026-10-19", "2026-10-20"));
    }

    @Test
    void occurrences_leaveOutExdatesAndCancelledOnes() {
        assertThat(InteropScenarios.occurrences(InteropFixtures.seriesWithExdate())).extracting(Span::start)
                .containsExactly("2026-09-01T12:00:00Z", "2026-09-08T12:00:00Z", "2026-09-22T12:00:00Z", "2026-09-29T12:00:00Z");
        assertThat(InteropScenarios.occurrences(InteropFixtures.seriesWithCancelledOccurrence())).extracting(Span::start)
                .containsExactly("2026-11-04T15:00:00Z", "2026-11-18T15:00:00Z", "2026-11-25T15:00:00Z");
    }

    @Test
    void scenarios_coverEveryCaseOfTheIssue() {
        assertThat(InteropScenarios.all()).extracting(InteropScenarios.Scenario::name).contains(
                "weekly-across-dst", "series-with-exdate", "series-with-moved-occurrence",
                "series-with-cancelled-occurrence", "all-day", "all-day-series", "zone-without-dst",
                "cyrillic-and-accents", "twenty-attendees", "holidays-feed", "cancel-meeting", "reply");
    }
}
