package org.aso.calendar;

import static org.aso.calendar.CalendarFixtures.ALICE;
import static org.aso.calendar.CalendarFixtures.MARIANNE;
import static org.aso.calendar.CalendarFixtures.PARIS;
import static org.aso.calendar.CalendarFixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ExtremeWritingTest {

    /** 300 characters of Cyrillic, Chinese and emoji (each emoji two chars). */
    static String longTitle() {
        StringBuilder b = new StringBuilder();
        String[] parts = {"Совещание ", "预算审查会议", "😀🎉", "é"};
        for (int i = 0; b.length() < 300; i++) {
            String p = parts[i % parts.length];
            if (b.length() + p.length() > 300) {
                break;
            }
            b.append(p);
        }
        return b.toString();
    }

    @Test
    @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void request_tenThousandOccurrences_500Attendees_longUnicodeTitles_isValidAndFolded() throws Exception {
        // given: a daily series of 10,000 occurrences, 500 attendees, 20 changed occurrences with long titles
        List<Person> people = CalendarFixtures.manyPeople(500);
        Ics ics = Ics.builder(Ics.Directory.of(people, CalendarFixtures.rooms())).uidDomain("example.gouv.fr").build();
        ZonedDateTime start = ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, PARIS);
        Recurrence r = Recurrence.of(start, Duration.ofHours(1), RecurrenceRule.parse("FREQ=DAILY;COUNT=10000").get());
        for (int i = 1; i <= 20; i++) {
            ZonedDateTime original = start.plusDays(i * 37L);
            r = r.withChange(original, i % 2 == 0 ? OccurrenceChange.cancelled()
                    : OccurrenceChange.builder().title(longTitle()).movedTo(Interval.of(original.plusHours(2).toInstant(),
                    original.plusHours(3).toInstant())).build());
        }
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            attendees.add(Attendee.of(PersonId.of("p" + i), i % 7 == 0 ? Attendee.Role.OPTIONAL : Attendee.Role.REQUIRED));
        }
        Meeting m = Meeting.builder().id(MeetingId.of("big")).title(longTitle()).organizer(ALICE).start(start)
                .end(start.plusHours(1)).status(Meeting.Status.CONFIRMED).sequence(3).addAllAttendees(attendees)
                .room(MARIANNE).recurrence(r).build();
        // when
        Ics.Message msg = ics.request(m, STAMP).get();
        // then: every line folded, and ical4j reads it all back
        for (String line : msg.text().split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        Calendar c = MessagesTest.parse(msg.text());
        List<VEvent> events = MessagesTest.events(c);
        assertThat(events).hasSize(11);
        assertThat(MessagesTest.prop(events.get(0), "SUMMARY")).isEqualTo(longTitle());
        assertThat(events.get(0).<Property>getProperties("ATTENDEE")).hasSize(500);
        assertThat(MessagesTest.param(events.get(0).<Property>getProperties("ATTENDEE").get(499), "CN"))
                .isEqualTo("Участник 499 参加者 😀");
        assertThat(msg.to()).hasSize(500);
        assertThat(msg.text()).contains("RRULE:FREQ=DAILY;COUNT=10000\r\n");
        assertThat(ics.request(m, STAMP).get().text()).isEqualTo(msg.text());
    }

    /** Writes one Paris invitation and lists the classes the JVM loaded: run in a fresh JVM by the test below. */
    public static void main(String[] args) {
        // the host's own use of zones comes first: it is what makes java.time load every ZoneRulesProvider
        java.time.ZoneId.of("Europe/Paris").getRules();
        System.out.println(WRITER_STARTS);
        System.out.flush();
        System.out.println(CalendarFixtures.ics().request(CalendarFixtures.single(), STAMP).get().text().length());
    }

    private static final String WRITER_STARTS = "--- the writer starts here ---";

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void writing_anInvitation_loadsNoIcal4jClass() throws Exception {
        // given: a fresh JVM on the test class path, that reports every class it loads
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-verbose:class", "-cp", System.getProperty("java.class.path"),
                ExtremeWritingTest.class.getName()).redirectErrorStream(true).start();
        // when
        List<String> loaded = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                loaded.add(line);
            }
        }
        assertThat(p.waitFor(50, TimeUnit.SECONDS)).isTrue();
        // then: it wrote the invitation, with aso-calendar's classes and none of ical4j's. (ical4j's
        // ZoneRulesProvider and the zone registry it reads are loaded before, by java.time itself, through
        // ical4j's META-INF/services entry, the first time the JVM uses a region zone: not by our code.)
        assertThat(p.exitValue()).as(String.join("\n", loaded.subList(Math.max(0, loaded.size() - 20), loaded.size())))
                .isZero();
        assertThat(loaded).contains(WRITER_STARTS);
        List<String> writing = loaded.subList(loaded.indexOf(WRITER_STARTS), loaded.size());
        assertThat(writing).anyMatch(l -> l.contains("org.aso.calendar.ContentLines"));
        assertThat(writing).noneMatch(l -> l.contains("net.fortuna"));
    }
}
