package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.NOW;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a real server answers: refusals with their codes, a connection dropped mid-batch. */
class SmtpRepliesTest {

    private static Email letterTo(String address, int sequence) {
        return MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor(address)), new byte[] {1}, List.of(), sequence, NOW).get();
    }

    @Test
    void a_refused_recipient_gives_the_servers_code_and_text_and_the_batch_goes_on() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(-1)) {
            Email unknown = letterTo("unknown@mairie-lyon.example", 0);
            Email later = letterTo("later@mairie-lyon.example", 1);
            Email fine = letterTo("cabinet@mairie-lyon.example", 2);

            List<Delivery> results = Mail.smtp(TestServer.settings(server.port())).send(List.of(unknown, later, fine));

            assertThat(results).extracting(Delivery::status)
                    .containsExactly(Delivery.Status.REFUSED, Delivery.Status.REFUSED, Delivery.Status.ACCEPTED);
            assertThat(results.get(0).replyCode()).contains(550);
            assertThat(results.get(0).permanent()).isTrue();
            assertThat(results.get(0).problem().get().detail("reply").orElseThrow()).contains("no such user");
            assertThat(results.get(1).replyCode()).contains(451);
            assertThat(results.get(1).permanent()).isFalse();
            assertThat(server.accepted).containsExactly(fine.messageId());
            assertThat(server.connections.get()).isEqualTo(1);
        }
    }

    @Test
    void a_connection_dropped_mid_batch_fails_that_message_and_the_rest_go_over_a_new_one() throws Exception {
        try (ScriptedSmtpServer server = new ScriptedSmtpServer(3)) {
            List<Email> batch = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                batch.add(letterTo("cabinet@mairie-lyon.example", i));
            }

            List<Delivery> results = Mail.smtp(TestServer.settings(server.port())).send(batch);

            assertThat(results).extracting(Delivery::status).containsExactly(Delivery.Status.ACCEPTED, Delivery.Status.ACCEPTED,
                    Delivery.Status.FAILED, Delivery.Status.ACCEPTED, Delivery.Status.ACCEPTED);
            assertThat(results.get(2).problem().get().code()).isEqualTo("mail.smtp.failed");
            assertThat(server.connections.get()).isEqualTo(2);
            assertThat(server.accepted).containsExactly(batch.get(0).messageId(), batch.get(1).messageId(),
                    batch.get(3).messageId(), batch.get(4).messageId());
        }
    }
}
