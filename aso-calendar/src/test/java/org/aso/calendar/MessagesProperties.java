package org.aso.calendar;

import static org.aso.calendar.CalendarFixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.recurrence.Occurrence;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Interval;

class MessagesProperties {
    /**
     * Zones with and without clock changes. Not America/New_York: ical4j turns a VTIMEZONE into
     * rules that read {@code BYDAY=2SU} as "the Sunday on or after the 2nd" (see ZoneWriterTest), so its
     * times there are an hour off for a week in some years.
     */
    private static final List<String> ZONES = List.of("Europe/Paris", "Europe/London", "Australia/Sydney",
            "Asia/Tokyo", "America/Sao_Paulo", "Pacific/Chatham", "Asia/Kolkata", "Z");
    /**
     * Rules whose instances always include the first start: where it does not, RFC 5545 (and core)
     * still count it as the first occurrence and ical4j does not (see RecurrenceAgainstIcal4jProperties).
     */
    private static final List<String> RULES = List.of("FREQ=WEEKLY;COUNT=30", "FREQ=DAILY;INTERVAL=3;COUNT=60",
            "FREQ=MONTHLY;COUNT=14", "FREQ=WEEKLY;INTERVAL=2;UNTIL=20270301T000000Z", "FREQ=DAILY;INTERVAL=5;UNTIL=20270615",
            "FREQ=YEARLY;COUNT=3");

    /** A series in a zone with clock changes (or not), starting at a random hour of 2026, by one of the rules. */
    @Provide
    Arbitrary<Meeting> series() {
        Arbitrary<ZonedDateTime> starts = Combinators.combine(Arbitraries.of(ZONES), Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(0, 47)).as((zone, day, halfHour) ->
                ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneId.of(zone)).plusDays(day).plusMinutes(30L * halfHour));
        return Combinators.combine(starts, Arbitraries.of(RULES), Arbitraries.integers().between(15, 240))
                .as((start, rule, minutes) -> CalendarFixtures.copy(CalendarFixtures.single())
                        .times(start, start.plusMinutes(minutes))
                        .recurrence(Recurrence.of(start, Duration.ofMinutes(minutes), RecurrenceRule.parse(rule).get()))
                        .build());
    }

    @Property(tries = 60)
    void request_isDeterministic_folded_andIcal4jExpandsTheSameOccurrences(@ForAll("series") Meeting m) throws Exception {
        // when
        String text = CalendarFixtures.ics().request(m, STAMP).get().text();
        // then: the same bytes again, from another facade too
        assertThat(CalendarFixtures.ics().request(m, STAMP).get().text()).isEqualTo(text);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        // ical4j, reading our VTIMEZONE and RRULE, finds the occurrences core finds (instants, in order)
        VEvent e = MessagesTest.events(MessagesTest.parse(text)).get(0);
        ZonedDateTime from = m.start().minusDays(1);
        ZonedDateTime to = m.start().plusYears(3);
        List<Instant> ours = m.recurrence().get().expand(Interval.of(from.toInstant(), to.toInstant())).get().stream()
                .map(Occurrence::start).toList();
        List<ZonedDateTime> theirs = e.<java.time.temporal.Temporal>calculateRecurrenceSet(new Period<>(from, to)).stream()
                .map(p -> ZonedDateTime.from(p.getStart())).sorted(java.util.Comparator.comparing(ZonedDateTime::toInstant))
                .toList();
        assertThat(theirs).hasSameSizeAs(ours);
        for (int i = 0; i < ours.size(); i++) {
            java.time.LocalDateTime local = theirs.get(i).toLocalDateTime();
            if (m.zone().getRules().getValidOffsets(local).size() > 1) {
                // a time the clocks show twice (autumn): RFC 5545 and core take the first, ical4j keeps the
                // offset of the series' start (see RecurrenceAgainstIcal4jProperties): the wall clock agrees
                assertThat(local).isEqualTo(ours.get(i).atZone(m.zone()).toLocalDateTime());
            } else {
                assertThat(theirs.get(i).toInstant()).isEqualTo(ours.get(i));
            }
        }
    }
}
