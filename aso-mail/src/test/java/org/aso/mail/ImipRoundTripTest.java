package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.ALICE;
import static org.aso.mail.MailFixtures.NOW;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meetings out through the outbox to an SMTP server, read back over IMAP and by aso-calendar. */
class ImipRoundTripTest {

    @TempDir
    Path dir;

    private static BodyPart calendarPart(MimeMessage m) throws Exception {
        MimeMultipart alt = (MimeMultipart) m.getContent();
        assertThat(alt.getCount()).isEqualTo(3);
        return alt.getBodyPart(2);
    }

    private static String text(BodyPart part) throws Exception {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void a_booked_meeting_goes_out_through_the_outbox_and_reads_back_as_the_same_meeting() throws Exception {
        // given
        Ics ics = MailFixtures.ics();
        Agenda.Change booked = MailFixtures.booked();
        Ics.Message request = ics.message(booked.events().get(0), NOW).get();
        List<Email> invitations = MailFixtures.mail().invitation(request, booked.meeting(), List.of(), NOW).get();
        try (TestServer server = TestServer.start();
             Outbox outbox = Outbox.open(dir, Mail.smtp(server.settings()), Outbox.Retry.DEFAULT).get()) {
            // when
            outbox.enqueueAll(invitations, NOW).get();
            List<Delivery> sent = outbox.deliver(NOW);
            // then
            assertThat(sent).hasSize(2).allMatch(Delivery::isAccepted);
            MimeMessage m = server.fetch("alice.lefevre@prefecture.example").get(0);
            BodyPart calendar = calendarPart(m);
            ContentType type = new ContentType(calendar.getContentType());
            assertThat(type.getParameter("method")).isEqualTo("REQUEST");
            assertThat(type.getParameter("charset")).isEqualTo("UTF-8");
            String received = text(calendar);
            assertThat(received).isEqualTo(request.text());
            Ics.Received what = ics.read(received).get();
            assertThat(what.method()).isEqualTo(Ics.Method.REQUEST);
            assertThat(what.meeting()).contains(booked.meeting().id());
            assertThat(what.sequence()).isZero();
            assertThat(ics.meeting(received).get()).isEqualTo(booked.meeting());
        }
    }

    @Test
    void a_move_and_a_cancellation_thread_with_the_first_invitation() throws Exception {
        Ics ics = MailFixtures.ics();
        Mail mail = MailFixtures.mail();
        Agenda.Change booked = MailFixtures.booked();
        Context later = Context.of(NOW.plus(Duration.ofHours(1)), AgendaFixtures.ORGANIZER, org.aso.core.kernel.Clearance.none());
        var start = booked.meeting().start().plusHours(2);
        Agenda.Change moved = booked.agenda().move(booked.meeting().id(), start, start.plusMinutes(90), later).get();
        Agenda.Change cancelled = moved.agenda().cancel(booked.meeting().id(), "Reportée", later).get();

        Email first = mail.invitation(ics.message(booked.events().get(0), NOW).get(), booked.meeting(), List.of(), NOW).get().get(0);
        Email update = mail.invitation(ics.message(moved.events().get(0), NOW).get(), moved.meeting(), List.of(), NOW).get().get(0);
        Email cancel = mail.invitation(ics.message(cancelled.events().get(0), NOW).get(), cancelled.meeting(), List.of(), NOW).get().get(0);

        try (TestServer server = TestServer.start()) {
            assertThat(Mail.smtp(server.settings()).send(List.of(first, update, cancel))).allMatch(Delivery::isAccepted);
            List<MimeMessage> inbox = server.fetch("alice.lefevre@prefecture.example");
            assertThat(inbox).extracting(MimeMessage::getMessageID).containsExactly(
                    "<meeting.m-1.0@prefecture.example>", "<meeting.m-1.1@prefecture.example>", "<meeting.m-1.cancel.2@prefecture.example>");
            for (MimeMessage m : inbox.subList(1, 3)) {
                assertThat(m.getHeader("In-Reply-To")).containsExactly("<meeting.m-1.0@prefecture.example>");
                assertThat(m.getHeader("References")).containsExactly("<meeting.m-1.0@prefecture.example>");
            }
            BodyPart moveCalendar = calendarPart(inbox.get(1));
            assertThat(ics.meeting(text(moveCalendar)).get().start().toInstant()).isEqualTo(start.toInstant());
            assertThat(ics.read(text(moveCalendar)).get().sequence()).isEqualTo(1);
            BodyPart cancelCalendar = calendarPart(inbox.get(2));
            assertThat(new ContentType(cancelCalendar.getContentType()).getParameter("method")).isEqualTo("CANCEL");
            assertThat(ics.read(text(cancelCalendar)).get().method()).isEqualTo(Ics.Method.CANCEL);
            assertThat(inbox.get(2).getSubject()).startsWith("Annulé : ");
        }
    }

    @Test
    void an_attendees_reply_reaches_the_organizer_and_applies_to_the_agenda() throws Exception {
        Ics ics = MailFixtures.ics();
        Agenda.Change booked = MailFixtures.booked();
        Context alice = Context.of(NOW, ALICE.id(), org.aso.core.kernel.Clearance.none());
        Agenda.Change answered = booked.agenda().respond(booked.meeting().id(), ALICE.id(), Attendee.Response.ACCEPTED, alice).get();
        Ics.Message reply = ics.message(answered.events().get(0), NOW).get();
        Email email = MailFixtures.mail().invitation(reply, answered.meeting(), List.of(), NOW).get().get(0);
        assertThat(email.messageId()).isEqualTo("<meeting.m-1.reply.alice.lefevre%40prefecture.example.accepted.0@prefecture.example>");

        try (TestServer server = TestServer.start()) {
            assertThat(Mail.smtp(server.settings()).send(List.of(email))).allMatch(Delivery::isAccepted);
            MimeMessage m = server.fetch("helene.durand@prefecture.example").get(0);
            assertThat(m.getSubject()).isEqualTo("Alice Lefèvre a accepté : Comité de pilotage <budget> & \"suivi\"");
            assertThat(m.getHeader("In-Reply-To")).containsExactly("<meeting.m-1.0@prefecture.example>");
            BodyPart calendar = calendarPart(m);
            assertThat(new ContentType(calendar.getContentType()).getParameter("method")).isEqualTo("REPLY");
            Agenda.Change applied = ics.applyReply(booked.agenda(), text(calendar), ALICE.email().get(),
                    Context.of(NOW, AgendaFixtures.ORGANIZER, org.aso.core.kernel.Clearance.none())).get();
            assertThat(applied.meeting().attendee(ALICE.id()).get().response()).isEqualTo(Attendee.Response.ACCEPTED);
        }
    }
}
