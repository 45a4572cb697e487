package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.DAY;
import static org.aso.mail.MailFixtures.NOW;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.aso.core.correspondence.Channel;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.Direction;
import org.junit.jupiter.api.Test;

/** A letter sent by {@link Mail} and the answer to it read by intake: the answer is linked to the letter. */
class LetterReplyTest {

    @Test
    void the_answer_to_a_letter_we_sent_is_linked_to_it_by_its_message_id() throws Exception {
        // given: an outgoing letter registered and sent
        Registration r = Registration.builder().direction(Direction.OUTGOING).channel(Channel.EMAIL).receivedOn(DAY)
                .addRecipients(MailFixtures.mayor("cabinet@mairie-lyon.example")).subject("Votre demande de subvention").build();
        Register.Registered letter = CorrespondenceFixtures.emptyGeneral().register(r, CorrespondenceFixtures.clerkOn(DAY)).get();
        Email email = MailFixtures.mail().letter(letter.entry(), new byte[] {'%', 'P', 'D', 'F'}, List.of(), 0, NOW).get();
        String sentId;
        try (TestServer server = TestServer.start()) {
            assertThat(Mail.smtp(server.settings()).send(List.of(email))).allMatch(Delivery::isAccepted);
            MimeMessage received = server.fetch("cabinet@mairie-lyon.example").get(0);
            sentId = received.getMessageID();
        }
        // when: the mayor's office answers it
        String answer = "From: Cabinet du maire <cabinet@mairie-lyon.example>\r\nTo: courrier@prefecture.example\r\n"
                + "Message-ID: <answer-1@mairie-lyon.example>\r\nIn-Reply-To: " + sentId + "\r\nReferences: " + sentId + "\r\n"
                + "Date: Tue, 3 Mar 2026 10:00:00 +0100\r\nSubject: Re: Votre demande de subvention\r\n\r\nMerci.\r\n";
        IncomingMail incoming = IntakeReadTest.INTAKE.read(answer.getBytes(StandardCharsets.UTF_8)).get();
        IncomingDraft draft = IntakeReadTest.INTAKE.draft(letter.register(), incoming, CorrespondenceFixtures.clerkOn(DAY.plusDays(1))).get();
        // then
        assertThat(sentId).isEqualTo(email.messageId());
        assertThat(draft.answers()).contains(letter.entry().id());
    }
}
