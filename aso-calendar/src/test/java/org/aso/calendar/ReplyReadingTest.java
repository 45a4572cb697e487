package org.aso.calendar;

import static org.aso.calendar.ReadingFixtures.ics;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** {@link Ics#applyReply}: an attendee's REPLY into the agenda, only from that attendee (RFC 6047, section 3). */
class ReplyReadingTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, java.time.ZoneId.of("Europe/Paris"));
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), AgendaFixtures.ORGANIZER, Clearance.none());
    private static final MeetingId COPIL = MeetingId.of("copil");
    private static final EmailAddress AMELIE = EmailAddress.of("amelie@example.org");

    private static Agenda booked() {
        MeetingRequest.Builder b = MeetingRequest.builder();
        b.id(COPIL).title("Copil").organizer(AgendaFixtures.ORGANIZER).room(AgendaFixtures.LARGE)
                .start(TUE_10H).end(TUE_10H.plusHours(1))
                .addAttendees(Attendee.of(PersonId.of("a"), Attendee.Role.REQUIRED),
                        Attendee.of(PersonId.of("b"), Attendee.Role.OPTIONAL))
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get());
        return AgendaFixtures.agenda().book(b.build(), CTX).get().agenda();
    }

    private static String reply(String... attendeeAndMore) {
        String[] head = {"BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                "METHOD:REPLY", "BEGIN:VEVENT", "UID:copil@" + ReadingFixtures.DOMAIN, "DTSTAMP:20260305T101500Z",
                "SEQUENCE:0", "DTSTART;TZID=Europe/Paris:20260310T100000", "DTEND;TZID=Europe/Paris:20260310T110000",
                "ORGANIZER;CN=Claire Dupont:mailto:claire.dupont@example.org"};
        String[] tail = {"END:VEVENT", "END:VCALENDAR"};
        String[] all = new String[head.length + attendeeAndMore.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(attendeeAndMore, 0, all, head.length, attendeeAndMore.length);
        System.arraycopy(tail, 0, all, head.length + attendeeAndMore.length, tail.length);
        return ics(all);
    }

    private static final String ACCEPTS = "ATTENDEE;PARTSTAT=ACCEPTED;CN=Amélie Léger:mailto:amelie@example.org";

    @Test
    void reply_fromTheAttendee_recordsHerAnswer() {
        // when
        Agenda.Change change = ReadingFixtures.ics().applyReply(booked(), reply(ACCEPTS), AMELIE, CTX).get();
        // then
        assertThat(change.meeting().attendee(PersonId.of("a")).orElseThrow().response()).isEqualTo(Attendee.Response.ACCEPTED);
        assertThat(change.events()).singleElement().isInstanceOf(MeetingEvent.Responded.class);
    }

    @Test
    void reply_senderAddressComparesDomainsWithoutCase() {
        Agenda.Change change = ReadingFixtures.ics().applyReply(booked(), reply(ACCEPTS), EmailAddress.of("amelie@EXAMPLE.org"), CTX).get();
        assertThat(change.meeting().attendee(PersonId.of("a")).orElseThrow().response()).isEqualTo(Attendee.Response.ACCEPTED);
    }

    @Test
    void reply_fromSomeoneElse_isRefused() {
        Problem p = ReadingFixtures.ics().applyReply(booked(), reply(ACCEPTS), EmailAddress.of("bruno@example.org"), CTX).getLeft();
        assertThat(p.code()).isEqualTo("calendar.reply.sender-mismatch");
        // worded for the officer in French too, naming both addresses
        assertThat(p.message(java.util.Locale.FRENCH)).startsWith("La réponse a été envoyée par bruno@example.org, non par")
                .contains(p.details().get("attendee"));
    }

    @Test
    void reply_withTwoAttendees_isRefused_evenFromOneOfThem() {
        Problem p = ReadingFixtures.ics().applyReply(booked(), reply(ACCEPTS,
                "ATTENDEE;PARTSTAT=DECLINED:mailto:bruno@example.org"), AMELIE, CTX).getLeft();
        assertThat(p.code()).isEqualTo("calendar.reply.not-one-attendee");
    }

    @Test
    void reply_toAnOlderSequence_isStale() {
        Agenda moved = booked().move(COPIL, TUE_10H.plusHours(2), TUE_10H.plusHours(3), CTX).get().agenda();
        Problem p = ReadingFixtures.ics().applyReply(moved, reply(ACCEPTS), AMELIE, CTX).getLeft();
        assertThat(p.code()).isEqualTo("calendar.reply.stale");
        assertThat(p.detail("current")).contains("1");
    }

    @Test
    void reply_aboutAnotherUid_isNotOurs() {
        String other = reply(ACCEPTS).replace("UID:copil@" + ReadingFixtures.DOMAIN, "UID:copil@elsewhere.example");
        assertThat(ReadingFixtures.ics().applyReply(booked(), other, AMELIE, CTX).getLeft().code()).isEqualTo("calendar.reply.not-ours");
        String unknown = reply(ACCEPTS).replace("UID:copil@", "UID:nothing@");
        assertThat(ReadingFixtures.ics().applyReply(booked(), unknown, AMELIE, CTX).getLeft().code()).isEqualTo("calendar.reply.not-ours");
    }

    @Test
    void reply_thatIsARequest_isNotAReply() {
        String request = reply(ACCEPTS).replace("METHOD:REPLY", "METHOD:REQUEST");
        assertThat(ReadingFixtures.ics().applyReply(booked(), request, AMELIE, CTX).getLeft().code()).isEqualTo("calendar.reply.not-a-reply");
    }

    @Test
    void reply_delegating_addsTheDelegate() {
        Agenda.Change change = ReadingFixtures.ics().applyReply(booked(), reply(
                "ATTENDEE;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:p3@example.org\":mailto:amelie@example.org"), AMELIE, CTX).get();
        Attendee a = change.meeting().attendee(PersonId.of("a")).orElseThrow();
        assertThat(a.response()).isEqualTo(Attendee.Response.DELEGATED);
        assertThat(a.delegatedTo()).contains(PersonId.of("p3"));
        assertThat(change.meeting().attendee(PersonId.of("p3"))).isPresent();
    }

    @Test
    void reply_fromAStranger_isTheAgendasRefusal() {
        Problem p = ReadingFixtures.ics().applyReply(booked(), reply("ATTENDEE;PARTSTAT=ACCEPTED:mailto:p5@example.org"),
                EmailAddress.of("p5@example.org"), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.response.not-invited");
    }

    @Test
    void reply_toOneOccurrence_isRecordedForThatOccurrenceOnly() {
        // when: the answer names the occurrence by a Windows zone name
        Agenda.Change change = ReadingFixtures.ics().applyReply(booked(), reply(
                "ATTENDEE;PARTSTAT=DECLINED:mailto:amelie@example.org",
                "RECURRENCE-ID;TZID=\"Romance Standard Time\":20260317T100000"), AMELIE, CTX).get();
        // then
        var changes = change.meeting().recurrence().orElseThrow().changes();
        assertThat(changes).containsOnlyKeys(TUE_10H.plusWeeks(1).toInstant());
        assertThat(changes.get(TUE_10H.plusWeeks(1).toInstant()).responses())
                .containsExactly(java.util.Map.entry(PersonId.of("a"), Attendee.Response.DECLINED));
        assertThat(change.meeting().attendee(PersonId.of("a")).orElseThrow().response()).isEqualTo(Attendee.Response.NEEDS_ACTION);
        assertThat(change.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Responded.class,
                e -> assertThat(e.occurrence()).contains(TUE_10H.plusWeeks(1).toInstant()));
    }

    @Test
    void reply_toATimeThatIsNoOccurrence_isTheAgendasRefusal() {
        Problem p = ReadingFixtures.ics().applyReply(booked(), reply(ACCEPTS, "RECURRENCE-ID:20260318T090000Z"), AMELIE, CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.occurrence.unknown");
    }

    @Test
    void received_ofAReply_saysWhatItIs() {
        Ics.Received r = ReadingFixtures.ics().read(reply(ACCEPTS)).get();
        assertThat(r.method()).isEqualTo(Ics.Method.REPLY);
        assertThat(r.uid()).isEqualTo("copil@" + ReadingFixtures.DOMAIN);
        assertThat(r.meeting()).contains(COPIL);
        assertThat(r.sequence()).isZero();
        assertThat(r.organizer()).contains(EmailAddress.of("claire.dupont@example.org"));
        assertThat(r.attendees()).containsExactly(AMELIE);
        assertThat(r.components()).isEqualTo(1);
    }

    @Test
    void received_countsEventsAndTasks_andATextWithNoneHasNoUid() {
        String tasks = ics("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:x", "BEGIN:VTODO", "UID:t1", "END:VTODO",
                "BEGIN:VEVENT", "UID:e1", "END:VEVENT", "BEGIN:VTODO", "UID:t2", "END:VTODO", "END:VCALENDAR");
        Ics.Received r = ReadingFixtures.ics().read(tasks).get();
        assertThat(r.method()).isEqualTo(Ics.Method.PUBLISH);
        assertThat(r.uid()).isEqualTo("t1");
        assertThat(r.components()).isEqualTo(3);
        Ics.Received none = ReadingFixtures.ics().read(ics("BEGIN:VCALENDAR", "VERSION:2.0", "END:VCALENDAR")).get();
        assertThat(none.uid()).isEmpty();
        assertThat(none.components()).isZero();
    }

    @Test
    void received_ofAnotherDomainsUid_namesNoMeeting_andAnUnknownMethodIsAProblem() {
        Ics.Received r = ReadingFixtures.ics().read(reply(ACCEPTS).replace("@" + ReadingFixtures.DOMAIN, "@google.com")).get();
        assertThat(r.meeting()).isEmpty();
        assertThat(ReadingFixtures.ics().read(reply(ACCEPTS).replace("METHOD:REPLY", "METHOD:REFRESH")).getLeft().code())
                .isEqualTo("calendar.method.unsupported");
    }
}
