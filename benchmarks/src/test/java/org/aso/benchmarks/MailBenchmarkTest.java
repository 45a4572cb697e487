package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.aso.mail.Email;
import org.junit.jupiter.api.Test;

/** The mail benchmark does real work: every invitation reaches the server, over the connections said. */
class MailBenchmarkTest {

    @Test
    void every_path_delivers_every_invitation() throws Exception {
        MailBenchmark b = new MailBenchmark();
        b.setUp();
        try {
            assertThat(b.invitations).hasSize(MailBenchmark.COUNT);
            assertThat(new HashSet<>(b.invitations.stream().map(Email::messageId).toList())).hasSize(MailBenchmark.COUNT);
            assertThat(b.invitations.get(0).size()).isBetween(2_000, 20_000);

            assertThat(b.smtp1000_oneConnection()).isEqualTo(MailBenchmark.COUNT);
            assertThat(b.sink.messages()).isEqualTo(MailBenchmark.COUNT);
            assertThat(b.sink.connections()).isEqualTo(1);

            b.freshOutbox();
            assertThat(b.outbox1000()).isEqualTo(MailBenchmark.COUNT);
            b.removeOutbox();
            assertThat(b.sink.messages()).isEqualTo(2 * MailBenchmark.COUNT);
            assertThat(b.sink.connections()).isEqualTo(1 + MailBenchmark.COUNT / 100);
        } finally {
            b.tearDown();
        }
    }
}
