package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.ALICE;
import static org.aso.mail.MailFixtures.BOB;
import static org.aso.mail.MailFixtures.NOW;

import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.aso.calendar.Ics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.correspondence.TransmissionSlips;
import org.aso.core.correspondence.TransmissionSlipsId;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.numbering.NumberingScheme;
import org.aso.core.priority.Notice;
import org.aso.core.priority.NoticeKind;
import org.aso.core.priority.TaskId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of message the facade composes goes out through the outbox and arrives whole. */
class EveryKindThroughOutboxTest {
    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path dir;

    @Test
    void invitations_letters_acknowledgements_slips_and_notices_all_arrive_through_the_outbox() throws Exception {
        // given: one of each kind
        Mail mail = MailFixtures.mail();
        Ics ics = MailFixtures.ics();
        Agenda.Change booked = MailFixtures.booked();
        Agenda.Change answered = booked.agenda().respond(booked.meeting().id(), ALICE.id(), Attendee.Response.ACCEPTED,
                org.aso.core.kernel.Context.of(NOW, ALICE.id(), org.aso.core.kernel.Clearance.none())).get();
        Agenda.Change cancelled = answered.agenda().cancel(booked.meeting().id(), "Reportée",
                org.aso.core.kernel.Context.of(NOW, org.aso.core.fixtures.AgendaFixtures.ORGANIZER,
                        org.aso.core.kernel.Clearance.none())).get();
        List<Email> batch = new ArrayList<>();
        for (Agenda.Change c : List.of(booked, answered, cancelled)) {
            batch.addAll(mail.invitation(ics.message(c.events().get(0), NOW).get(), c.meeting(), List.of(), NOW).get());
        }
        var letter = MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example"));
        batch.add(mail.letter(letter, new byte[] {'%', 'P', 'D', 'F'}, List.of(), 0, NOW).get());
        var incoming = MailFixtures.incoming(MailFixtures.mayor("maire@mairie-lyon.example"));
        batch.add(mail.acknowledgement(incoming, MailFixtures.acknowledgement(incoming), NOW).get());
        OrgUnit s2 = OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2").build();
        OrgUnit s3 = OrgUnit.builder().id(OrgUnitId.of("S3")).code("S3").name("Section 3").build();
        var slips = TransmissionSlips.of(TransmissionSlipsId.of("S2-slips"),
                NumberingScheme.parse("BE-{year}-{counter:4}", NumberingScheme.Reset.YEARLY).get(), "S2", KernelFixtures.PARIS);
        var slip = slips.send(s2, s3, List.of("Dossier 2026-14"), "Pour avis", CorrespondenceFixtures.clerkOn(MailFixtures.DAY))
                .get().slip();
        batch.add(mail.slip(slip, s2, s3, List.of(ALICE), NOW).get());
        for (NoticeKind kind : List.of(NoticeKind.REMINDER, NoticeKind.OVERDUE, NoticeKind.ESCALATION)) {
            batch.add(mail.notice(Notice.builder().task(TaskId.of("t-" + kind.ordinal())).kind(kind).recipient(BOB.id())
                    .dueSince(NOW.minusSeconds(3600)).reason("'Reply to the deputy' was due on 2 March 2026").build(), NOW).get());
        }
        List<Notice> unreported = List.of(
                Notice.builder().task(TaskId.of("t-8")).kind(NoticeKind.EXCEPTION_REPORT).dueSince(NOW.minusSeconds(7200))
                        .reason("'Budget note' was due on 2 March 2026").build(),
                Notice.builder().task(TaskId.of("t-9")).kind(NoticeKind.EXCEPTION_REPORT).dueSince(NOW.minusSeconds(3600))
                        .reason("'Reply to the deputy' was due on 2 March 2026").build());
        Email report = mail.exceptionReport(unreported, ALICE.id(), NOW).get();
        batch.add(report);
        // the same report again keeps its Message-ID (a resend), another one does not
        assertThat(mail.exceptionReport(List.of(unreported.get(1), unreported.get(0)), ALICE.id(), NOW.plusSeconds(60)).get()
                .messageId()).isEqualTo(report.messageId());
        assertThat(mail.exceptionReport(unreported.subList(0, 1), ALICE.id(), NOW).get().messageId()).isNotEqualTo(report.messageId());
        assertThat(mail.exceptionReport(List.of(), ALICE.id(), NOW).getLeft().code()).isEqualTo("mail.notice.no-entry");
        Map<String, String> expected = new TreeMap<>();   // Message-ID -> one envelope recipient
        batch.forEach(e -> expected.put(e.messageId(), e.recipients().get(0).toAscii()));

        try (TestServer server = TestServer.start();
             Outbox outbox = Outbox.open(dir, Mail.smtp(server.settings()), Outbox.Retry.DEFAULT).get()) {
            // when
            outbox.enqueueAll(batch, NOW).get();
            List<Delivery> sent = outbox.deliver(NOW);
            // then: each accepted once, listed as sent, and in its recipient's mailbox with its id
            assertThat(sent).hasSize(batch.size()).allMatch(Delivery::isAccepted);
            assertThat(outbox.list()).extracting(Outbox.Item::status).containsOnly(Outbox.Status.SENT);
            Map<String, String> arrived = new TreeMap<>();
            for (String to : new java.util.TreeSet<>(expected.values())) {
                for (MimeMessage m : server.fetch(to)) {
                    arrived.put(m.getMessageID(), to);
                }
            }
            assertThat(arrived).containsAllEntriesOf(expected);
            MimeMessage reportIn = server.fetch(ALICE.email().get().toAscii()).stream()
                    .filter(m -> report.messageId().equals(messageId(m))).findFirst().orElseThrow();
            String text = MailFixtures.body(((jakarta.mail.internet.MimeMultipart) reportIn.getContent()).getBodyPart(0));
            // by due time: the budget note first
            assertThat(text.indexOf("t-8")).isPositive().isLessThan(text.indexOf("t-9"));
        }
    }
}
