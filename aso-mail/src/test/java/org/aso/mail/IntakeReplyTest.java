package org.aso.mail;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingId;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** An iMIP REPLY that comes in by mail updates the attendee's answer, if she sent it. */
class IntakeReplyTest {
    private static final PersonId ALICE = PersonId.of("alice");
    private static final PersonId BRUNO = PersonId.of("bruno");
    private static final ZonedDateTime START = ZonedDateTime.of(2026, 5, 12, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context ORGANIZER_CTX = Context.of(Instant.parse("2026-05-04T08:00:00Z"), ORGANIZER, Clearance.none());
    private static final List<Person> PEOPLE = List.of(
            Person.builder().id(ORGANIZER).name("Organizer").email(EmailAddress.of("organizer@prefecture.example")).build(),
            Person.builder().id(ALICE).name("Alice Martin").email(EmailAddress.of("alice@prefecture.example")).build(),
            Person.builder().id(BRUNO).name("Bruno Petit").email(EmailAddress.of("bruno@prefecture.example")).build());
    private static final Ics ICS = Ics.builder(Ics.Directory.of(PEOPLE, agenda().rooms())).uidDomain("prefecture.example").build();

    private static Agenda booked() {
        return agenda().book(meeting("m-1", LARGE, START, 60, "alice", "bruno").build(), ORGANIZER_CTX).get().agenda();
    }

    /** Alice's REPLY (ACCEPTED), as her client would mail it, from {@code from}. */
    private static IncomingMail replyMail(Agenda agenda, String from) {
        return replyMail(agenda, from, false);
    }

    /** The same, its calendar part in base64 and also offered as a file, as Outlook sends it, if {@code outlook}. */
    private static IncomingMail replyMail(Agenda agenda, String from, boolean outlook) {
        Agenda answered = agenda.respond(MeetingId.of("m-1"), ALICE, Attendee.Response.ACCEPTED,
                Context.of(ORGANIZER_CTX.at(), ALICE, Clearance.none())).get().agenda();
        Meeting m = answered.meeting(MeetingId.of("m-1")).orElseThrow();
        String calendar = ICS.reply(m, ALICE, ORGANIZER_CTX.at()).get().text();
        String eml = "From: " + from + "\r\nTo: organizer@prefecture.example\r\nMessage-ID: <r-1@prefecture.example>\r\n"
                + "Subject: Accepted: Meeting m-1\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=R\r\n\r\n"
                + "--R\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nAlice has accepted.\r\n"
                + (outlook
                ? "--R\r\nContent-Type: text/calendar; charset=\"utf-8\"; method=REPLY\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                        + java.util.Base64.getMimeEncoder().encodeToString(calendar.getBytes(StandardCharsets.UTF_8))
                        + "\r\n--R\r\nContent-Type: application/ics; name=\"reply.ics\"\r\n"
                        + "Content-Disposition: attachment; filename=\"reply.ics\"\r\n\r\n" + calendar
                : "--R\r\nContent-Type: text/calendar; charset=UTF-8; method=REPLY\r\n\r\n" + calendar)
                + "\r\n--R--\r\n";
        return IntakeReadTest.INTAKE.read(eml.getBytes(StandardCharsets.UTF_8)).get();
    }

    @Test
    void replyFromTheAttendee_updatesHerAnswer() {
        // given
        Agenda agenda = booked();
        IncomingMail mail = replyMail(agenda, "Alice Martin <alice@prefecture.example>");
        assertThat(mail.calendar().orElseThrow().isReply()).isTrue();
        // when
        Agenda.Change change = IntakeReadTest.INTAKE.applyReply(ICS, agenda, mail, ORGANIZER_CTX).get();
        // then
        assertThat(change.meeting().attendee(ALICE).orElseThrow().response()).isEqualTo(Attendee.Response.ACCEPTED);
        assertThat(change.meeting().attendee(BRUNO).orElseThrow().response()).isEqualTo(Attendee.Response.NEEDS_ACTION);
    }

    @Test
    void outlookStyleReply_inBase64_updatesHerAnswer() {
        Agenda agenda = booked();
        IncomingMail mail = replyMail(agenda, "alice@prefecture.example", true);
        assertThat(mail.attachments()).extracting(IncomingMail.Attachment::name).containsExactly("reply.ics");
        Agenda.Change change = IntakeReadTest.INTAKE.applyReply(ICS, agenda, mail, ORGANIZER_CTX).get();
        assertThat(change.meeting().attendee(ALICE).orElseThrow().response()).isEqualTo(Attendee.Response.ACCEPTED);
    }

    @Test
    void replyFromSomeoneElse_isRefusedByTheCalendar() {
        Agenda agenda = booked();
        IncomingMail forged = replyMail(agenda, "bruno@prefecture.example");
        Problem p = IntakeReadTest.INTAKE.applyReply(ICS, agenda, forged, ORGANIZER_CTX).getLeft();
        assertThat(p.code()).isEqualTo("calendar.reply.sender-mismatch");
    }

    @Test
    void mailWithoutAReply_isNotApplied() {
        Problem none = IntakeReadTest.INTAKE.applyReply(ICS, booked(), IntakeReadTest.read("plain.eml"), ORGANIZER_CTX).getLeft();
        assertThat(none.code()).isEqualTo("mail.intake.not-a-reply");
        assertThat(none.detail("method")).contains("none");
        String request = "From: organizer@prefecture.example\r\nMessage-ID: <q@prefecture.example>\r\n"
                + "Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
        IncomingMail invitation = IntakeReadTest.INTAKE.read(request.getBytes(StandardCharsets.US_ASCII)).get();
        Problem notReply = IntakeReadTest.INTAKE.applyReply(ICS, booked(), invitation, ORGANIZER_CTX).getLeft();
        assertThat(notReply.code()).isEqualTo("mail.intake.not-a-reply");
        assertThat(notReply.detail("method")).contains("REQUEST");
    }
}
