package org.aso.calendar;

import static org.aso.calendar.CalendarFixtures.BRUNO;
import static org.aso.calendar.CalendarFixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Interval;
import org.junit.jupiter.api.Test;

/** Every message kind the writer produces is read back by the reader as what it is. */
class ReadBackTest {
    private final Ics ics = CalendarFixtures.ics();

    @Test
    void everyMessageKind_isReadBackWithItsMethodMeetingSequenceAndPeople() {
        Meeting single = CalendarFixtures.single();
        Meeting weekly = CalendarFixtures.weekly();
        Instant second = weekly.start().plusWeeks(1).toInstant();
        ZonedDateTime later = single.start().plusHours(2);
        Map<String, Ics.Message> sent = new LinkedHashMap<>();
        sent.put("request", ics.request(weekly, STAMP).get());
        sent.put("request one occurrence", ics.requestOccurrence(weekly, second, STAMP).get());
        sent.put("cancel", ics.cancel(single, STAMP).get());
        sent.put("cancel one occurrence", ics.cancelOccurrence(weekly, second, STAMP).get());
        sent.put("uninvite", ics.uninvite(single, BRUNO, STAMP).get());
        sent.put("reply", ics.reply(single, BRUNO, STAMP).get());
        sent.put("reply one occurrence", ics.replyToOccurrence(weekly, BRUNO, second, STAMP).get());
        sent.put("counter", ics.counter(single, BRUNO, Interval.of(later.toInstant(), later.plusHours(1).toInstant()),
                "Plus tard", STAMP).get());
        sent.put("declinecounter", ics.declineCounter(single, BRUNO, "Non", STAMP).get());
        sent.put("publish", ics.publish(List.of(single, weekly), STAMP).get());

        sent.forEach((kind, msg) -> {
            Ics.Received r = ics.read(msg.text()).getOrElseThrow(p -> new AssertionError(kind + ": " + p));
            assertThat(r.method()).as(kind).isEqualTo(msg.method());
            assertThat(r.uid()).as(kind).isEqualTo(msg.uid());
            assertThat(r.meeting()).as(kind).contains(MeetingId.of(msg.uid().substring(0, msg.uid().indexOf('@'))));
            assertThat(r.sequence()).as(kind).isEqualTo(msg.sequence());
            assertThat(r.organizer()).as(kind).contains(EmailAddress.of("alice.martin@example.gouv.fr"));
        });
        // who is named: every invitee in a REQUEST, only the one concerned in a REPLY, an uninvite or a COUNTER
        assertThat(ics.read(sent.get("request").text()).get().attendees()).hasSize(weekly.attendees().size());
        for (String one : List.of("uninvite", "reply", "reply one occurrence", "counter", "declinecounter")) {
            assertThat(ics.read(sent.get(one).text()).get().attendees()).as(one)
                    .containsExactly(EmailAddress.of("bruno.petit@example.gouv.fr"));
        }
        assertThat(ics.read(sent.get("publish").text()).get().attendees()).isEmpty();
        assertThat(ics.read(sent.get("publish").text()).get().components()).isEqualTo(2);
        assertThat(ics.read(sent.get("request").text()).get().components()).isEqualTo(1 + weekly.recurrence().get().changes().size());
    }

    @Test
    void aRequestAndAPublishedMeeting_areReadBackAsTheMeeting_andAReplyIsNotAMeeting() {
        Meeting weekly = CalendarFixtures.weekly();
        assertThat(ics.meeting(ics.request(weekly, STAMP).get().text()).get()).isEqualTo(weekly);
        Meeting published = ics.meeting(ics.publish(List.of(weekly), STAMP).get().text())
                .getOrElseThrow(p -> new AssertionError(p.toString()));
        assertThat(published.attendees()).isEmpty();   // RFC 5546: a PUBLISH names no attendee
        assertThat(published.recurrence()).isEqualTo(weekly.recurrence());
        for (Ics.Message notAMeeting : List.of(ics.reply(weekly, BRUNO, STAMP).get(),
                ics.counter(weekly, BRUNO, weekly.interval(), "", STAMP).get(), ics.declineCounter(weekly, BRUNO, "", STAMP).get())) {
            assertThat(ics.meeting(notAMeeting.text()).getLeft().code()).as(notAMeeting.method().name())
                    .isEqualTo("calendar.meeting.not-a-meeting");
        }
        // a cancellation is the meeting, called off
        assertThat(ics.meeting(ics.cancel(weekly, STAMP).get().text()).get().status()).isEqualTo(Meeting.Status.CANCELLED);
    }
}
