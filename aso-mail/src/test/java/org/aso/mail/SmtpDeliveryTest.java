package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.ALICE;
import static org.aso.mail.MailFixtures.BOB;
import static org.aso.mail.MailFixtures.NOW;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.aso.core.kernel.EmailAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SmtpDeliveryTest {
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void invitations_are_sent_and_read_back_over_imap_part_by_part() throws Exception {
        // given
        List<Email> emails = MailFixtures.mail().invitation(MailFixtures.request(0, ALICE, BOB), MailFixtures.meeting(), List.of(), NOW).get();
        // when
        List<Delivery> results = Mail.smtp(server.settings()).send(emails);
        // then
        assertThat(results).extracting(Delivery::status).containsExactly(Delivery.Status.ACCEPTED, Delivery.Status.ACCEPTED);
        List<MimeMessage> alice = server.fetch("alice.lefevre@prefecture.example");
        assertThat(alice).hasSize(1);
        MimeMessage m = alice.get(0);
        assertThat(m.getMessageID()).isEqualTo("<meeting.m-1.0@prefecture.example>");
        assertThat(m.getSubject()).isEqualTo("Invitation : Comité de pilotage <budget> & \"suivi\"");
        MimeMultipart alt = (MimeMultipart) m.getContent();
        assertThat(alt.getCount()).isEqualTo(3);
        BodyPart calendar = alt.getBodyPart(2);
        ContentType type = new ContentType(calendar.getContentType());
        assertThat(type.getBaseType()).isEqualTo("text/calendar");
        assertThat(type.getParameter("method")).isEqualTo("REQUEST");
        assertThat(type.getParameter("charset")).isEqualTo("UTF-8");
        assertThat(new String(calendar.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo(MailFixtures.calendarText("REQUEST", 0));
        List<MimeMessage> bob = server.fetch("bob@partner.example.org");
        assertThat(bob).extracting(MimeMessage::getSubject).containsExactly("Invitation: Comité de pilotage <budget> & \"suivi\"");
    }

    @Test
    void letters_and_notices_arrive_in_french_and_in_english() throws Exception {
        Mail mail = MailFixtures.mail();
        Email fr = mail.letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")), new byte[] {1, 2}, List.of(), 0, NOW).get();
        var notice = org.aso.core.priority.Notice.builder().task(org.aso.core.priority.TaskId.of("t-1"))
                .kind(org.aso.core.priority.NoticeKind.REMINDER).recipient(ALICE.id()).dueSince(NOW).reason("Due on 4 March").build();
        Email reminder = mail.notice(notice, NOW).get();
        var english = org.aso.core.priority.Notice.builder().task(org.aso.core.priority.TaskId.of("t-1"))
                .kind(org.aso.core.priority.NoticeKind.ESCALATION).recipient(BOB.id()).dueSince(NOW).reason("Overdue by 3 days").build();
        Email escalation = mail.notice(english, NOW).get();

        List<Delivery> results = Mail.smtp(server.settings()).send(List.of(fr, reminder, escalation));

        assertThat(results).allMatch(Delivery::isAccepted);
        assertThat(server.fetch("cabinet@mairie-lyon.example")).extracting(MimeMessage::getSubject)
                .containsExactly("Réponse à votre demande de subvention");
        assertThat(server.fetch("alice.lefevre@prefecture.example")).extracting(MimeMessage::getSubject)
                .containsExactly("Rappel : une tâche arrive à échéance");
        assertThat(server.fetch("bob@partner.example.org")).extracting(MimeMessage::getSubject)
                .containsExactly("Escalation: overdue work in your area");
    }

    @Test
    void a_batch_larger_than_the_cap_per_connection_is_sent_whole() throws Exception {
        List<Email> batch = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            batch.add(MailFixtures.mail().invitation(new org.aso.calendar.Ics.Message(org.aso.calendar.Ics.Method.REQUEST,
                    "m-1@prefecture.example", i, MailFixtures.ORGANIZER.email().get(), List.of(ALICE.email().get()),
                    MailFixtures.calendarText("REQUEST", i), List.of()), MailFixtures.meeting(), List.of(), NOW).get().get(0));
        }
        SmtpSettings capped = SmtpSettings.builder("127.0.0.1", server.smtpPort)
                .security(SmtpSettings.Security.INSECURE_PLAINTEXT_FOR_TESTING).maxPerConnection(3).build();

        List<Delivery> results = Mail.smtp(capped).send(batch);

        assertThat(results).extracting(Delivery::messageId).containsExactlyElementsOf(batch.stream().map(Email::messageId).toList());
        assertThat(results).allMatch(Delivery::isAccepted);
        assertThat(server.receivedIds()).containsExactlyInAnyOrderElementsOf(batch.stream().map(Email::messageId).toList());
    }

    @Test
    void a_message_that_needs_smtputf8_is_refused_for_good_by_a_server_without_it() {
        var letter = MailFixtures.outgoing(MailFixtures.mayor("émile@mairie-lyon.example"));
        Email email = MailFixtures.builder().smtpUtf8(true).build().letter(letter, new byte[] {1}, List.of(), 0, NOW).get();

        Delivery d = Mail.smtp(server.settings()).send(List.of(email)).get(0);

        assertThat(d.status()).isEqualTo(Delivery.Status.REFUSED);
        assertThat(d.permanent()).isTrue();
        assertThat(d.problem().get().code()).isEqualTo("mail.smtp.smtputf8-unsupported");
    }

    @Test
    void no_server_means_every_message_failed_and_worth_another_try() throws Exception {
        Email email = MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                new byte[] {1}, List.of(), 0, NOW).get();
        int closed = TestServer.freePort();

        List<Delivery> results = Mail.smtp(TestServer.settings(closed)).send(List.of(email, email));

        assertThat(results).extracting(Delivery::status).containsExactly(Delivery.Status.FAILED, Delivery.Status.FAILED);
        assertThat(results.get(0).permanent()).isFalse();
        assertThat(results.get(0).problem().get().code()).isEqualTo("mail.smtp.failed");
    }

    @Test
    void a_password_or_an_oauth2_token_logs_in_and_a_wrong_one_fails() {
        server.greenMail.setUser("courrier@prefecture.example", "courrier", "s3cret");
        Email email = MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                new byte[] {1}, List.of(), 0, NOW).get();
        SmtpSettings.Builder plain = SmtpSettings.builder("127.0.0.1", server.smtpPort)
                .security(SmtpSettings.Security.INSECURE_PLAINTEXT_FOR_TESTING);

        Delivery password = Mail.smtp(plain.password("courrier", "s3cret").build()).send(List.of(email)).get(0);
        Delivery token = Mail.smtp(plain.oauth2("courrier", "s3cret").build()).send(List.of(email)).get(0);
        Delivery wrong = Mail.smtp(plain.password("courrier", "guess").build()).send(List.of(email)).get(0);

        assertThat(password.isAccepted()).isTrue();
        assertThat(token.isAccepted()).isTrue();
        assertThat(wrong.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(wrong.problem().get().detail("reason").orElseThrow()).contains("AuthenticationFailedException");
        assertThat(plain.password("courrier", "s3cret").build().toString()).doesNotContain("s3cret");
    }

    @Test
    void starttls_required_fails_cleanly_against_a_server_that_does_not_offer_it() {
        Email email = MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                new byte[] {1}, List.of(), 0, NOW).get();
        SmtpSettings tls = SmtpSettings.builder("127.0.0.1", server.smtpPort).build();

        Delivery d = Mail.smtp(tls).send(List.of(email)).get(0);

        assertThat(d.status()).isEqualTo(Delivery.Status.FAILED);
        assertThat(d.problem().get().detail("reason").orElseThrow()).containsIgnoringCase("STARTTLS");
        assertThat(server.greenMail.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_pickup_folder_holds_one_eml_per_message_named_after_its_id(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        Email email = MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                new byte[] {1}, List.of(), 0, NOW).get();

        Delivery d = Mail.pickupFolder(dir).send(List.of(email)).get(0);

        assertThat(d.isAccepted()).isTrue();
        try (var files = java.nio.file.Files.list(dir)) {
            List<java.nio.file.Path> all = files.toList();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).getFileName().toString()).endsWith("%40prefecture.example.eml").startsWith("letter.GEN%252F");
            assertThat(java.nio.file.Files.readAllBytes(all.get(0))).isEqualTo(email.content());
        }
        assertThat(EmailAddress.of("cabinet@mairie-lyon.example")).isIn(email.recipients());
    }
}
