package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.aso.mail.MailFixtures.NOW;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {
    private static final Outbox.Retry FAST = new Outbox.Retry(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10), 3);

    @TempDir
    Path dir;

    static Email letter(int sequence) {
        return MailFixtures.mail().letter(MailFixtures.outgoing(MailFixtures.mayor("cabinet@mairie-lyon.example")),
                new byte[] {1, 2, 3}, List.of(), sequence, NOW).get();
    }

    /** A transport that answers from a script and remembers what it was given. */
    static final class Scripted implements MailTransport {
        final List<String> sent = new ArrayList<>();
        final java.util.function.Function<Email, Delivery> answer;

        Scripted(java.util.function.Function<Email, Delivery> answer) {
            this.answer = answer;
        }

        @Override
        public List<Delivery> send(List<Email> batch) {
            batch.forEach(e -> sent.add(e.messageId()));
            return batch.stream().map(answer).toList();
        }
    }

    @Test
    void an_enqueued_message_is_on_disk_before_it_is_sent_and_in_sent_after() throws Exception {
        Scripted transport = new Scripted(e -> Delivery.accepted(e.messageId()));
        try (Outbox outbox = Outbox.open(dir, transport, FAST).get()) {
            Email email = letter(0);
            Outbox.Item item = outbox.enqueue(email, NOW).get();
            assertThat(item.status()).isEqualTo(Outbox.Status.PENDING);
            assertThat(transport.sent).isEmpty();
            try (var queued = Files.list(dir.resolve("queue"))) {
                assertThat(queued.toList()).hasSize(1);
            }

            List<Delivery> results = outbox.deliver(NOW);

            assertThat(results).extracting(Delivery::messageId).containsExactly(email.messageId());
            assertThat(outbox.status(email.messageId()).get().status()).isEqualTo(Outbox.Status.SENT);
            assertThat(outbox.status(email.messageId()).get().attempts()).isEqualTo(1);
            assertThat(outbox.nextAttempt()).isEmpty();
            try (var queued = Files.list(dir.resolve("queue")); var done = Files.list(dir.resolve("done"))) {
                assertThat(queued.toList()).isEmpty();
                assertThat(done.filter(p -> p.toString().endsWith(".batch")).toList()).hasSize(1);
            }
            assertThat(outbox.deliver(NOW.plusSeconds(3600))).isEmpty();
        }
    }

    @Test
    void failures_back_off_exponentially_then_the_message_is_dead_and_can_be_put_back() {
        Scripted transport = new Scripted(e -> Delivery.failed(e.messageId(), Problem.of("mail.smtp.failed", "down")));
        try (Outbox outbox = Outbox.open(dir, transport, FAST).get()) {
            Email email = letter(0);
            outbox.enqueue(email, NOW);

            outbox.deliver(NOW);
            assertThat(outbox.status(email.messageId()).get().nextAttempt()).contains(NOW.plus(Duration.ofMinutes(1)));
            assertThat(outbox.deliver(NOW.plusSeconds(59))).isEmpty();
            outbox.deliver(NOW.plusSeconds(60));
            assertThat(outbox.status(email.messageId()).get().nextAttempt()).contains(NOW.plusSeconds(60).plus(Duration.ofMinutes(2)));
            outbox.deliver(NOW.plusSeconds(180));

            Outbox.Item dead = outbox.status(email.messageId()).get();
            assertThat(dead.status()).isEqualTo(Outbox.Status.DEAD);
            assertThat(dead.attempts()).isEqualTo(3);
            assertThat(dead.lastProblem().get().code()).isEqualTo("mail.smtp.failed");
            assertThat(transport.sent).hasSize(3);
            assertThat(outbox.deliver(NOW.plusSeconds(100_000))).isEmpty();

            assertThat(outbox.retry(email.messageId(), NOW.plusSeconds(200)).get().status()).isEqualTo(Outbox.Status.PENDING);
            assertThat(outbox.deliver(NOW.plusSeconds(200))).hasSize(1);
        }
    }

    @Test
    void a_permanent_refusal_is_dead_at_once_and_a_4xx_waits() {
        Email refused = letter(0);
        Email later = letter(1);
        Scripted transport = new Scripted(e -> e.messageId().equals(refused.messageId())
                ? Delivery.refused(e.messageId(), 550, "5.1.1 no such user") : Delivery.refused(e.messageId(), 451, "4.3.0 try later"));
        try (Outbox outbox = Outbox.open(dir, transport, FAST).get()) {
            outbox.enqueueAll(List.of(refused, later), NOW);
            outbox.deliver(NOW);
            assertThat(outbox.status(refused.messageId()).get().status()).isEqualTo(Outbox.Status.DEAD);
            assertThat(outbox.status(refused.messageId()).get().lastProblem().get().details()).containsEntry("code", "550");
            assertThat(outbox.status(later.messageId()).get().status()).isEqualTo(Outbox.Status.PENDING);
        }
    }

    @Test
    void the_same_message_id_is_enqueued_once() {
        try (Outbox outbox = Outbox.open(dir, new Scripted(e -> Delivery.accepted(e.messageId())), FAST).get()) {
            outbox.enqueue(letter(0), NOW);
            assertThat(outbox.enqueue(letter(0), NOW).getLeft().code()).isEqualTo("mail.outbox.duplicate");
            assertThat(outbox.list()).hasSize(1);
        }
    }

    @Test
    void a_reopened_outbox_knows_every_status_and_a_second_process_is_locked_out() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Scripted transport = new Scripted(e -> calls.getAndIncrement() == 0 ? Delivery.accepted(e.messageId())
                : Delivery.failed(e.messageId(), Problem.of("mail.smtp.failed", "down")));
        try (Outbox outbox = Outbox.open(dir, transport, FAST).get()) {
            outbox.enqueueAll(List.of(letter(0), letter(1), letter(2)), NOW);
            outbox.deliver(NOW);
            assertThat(Outbox.open(dir, transport, FAST).getLeft().code()).isEqualTo("mail.outbox.locked");
        }
        Files.write(dir.resolve("queue").resolve("0000000000000009.batch.123.tmp"), new byte[] {1});
        Files.write(dir.resolve("state.log"), "torn li".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                java.nio.file.StandardOpenOption.APPEND);

        try (Outbox again = Outbox.open(dir, transport, FAST).get()) {
            assertThat(again.list()).extracting(Outbox.Item::status)
                    .containsExactly(Outbox.Status.SENT, Outbox.Status.PENDING, Outbox.Status.PENDING);
            assertThat(again.list().get(1).attempts()).isEqualTo(1);
            assertThat(again.list().get(1).lastProblem().get().code()).isEqualTo("mail.smtp.failed");
            assertThat(again.nextAttempt()).contains(NOW.plus(Duration.ofMinutes(1)));
            assertThat(again.list().get(0).subject()).isEqualTo("Réponse à votre demande de subvention");
        }
        try (var queued = Files.list(dir.resolve("queue"))) {
            assertThat(queued.filter(p -> p.toString().endsWith(".tmp")).toList()).isEmpty();
        }
    }

    @Test
    void the_outbox_waits_while_the_server_is_down_and_delivers_when_it_is_back() throws Exception {
        int port = TestServer.freePort();
        Email email = letter(0);
        try (Outbox outbox = Outbox.open(dir, Mail.smtp(TestServer.settings(port)), FAST).get()) {
            outbox.enqueue(email, NOW);

            assertThat(outbox.deliver(NOW)).extracting(Delivery::status).containsExactly(Delivery.Status.FAILED);
            assertThat(outbox.status(email.messageId()).get().status()).isEqualTo(Outbox.Status.PENDING);

            try (TestServer server = TestServer.startOn(port)) {
                assertThat(outbox.deliver(NOW.plusSeconds(30))).isEmpty();
                assertThat(outbox.deliver(NOW.plusSeconds(60))).extracting(Delivery::status).containsExactly(Delivery.Status.ACCEPTED);
                assertThat(server.receivedIds()).containsExactly(email.messageId());
            }
            assertThat(outbox.status(email.messageId()).get().status()).isEqualTo(Outbox.Status.SENT);
        }
    }

    @Test
    void a_transport_that_throws_leaves_what_it_did_not_report_pending() {
        Email first = letter(0);
        Email second = letter(1);
        MailTransport half = new MailTransport() {
            @Override
            public List<Delivery> send(List<Email> batch) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void send(List<Email> batch, java.util.function.Consumer<Delivery> each) {
                each.accept(Delivery.accepted(batch.get(0).messageId()));
                throw new IllegalStateException("connection pool exhausted");
            }
        };
        try (Outbox outbox = Outbox.open(dir, half, FAST).get()) {
            outbox.enqueueAll(List.of(first, second), NOW);

            List<Delivery> results = outbox.deliver(NOW);

            assertThat(results).extracting(Delivery::status).containsExactly(Delivery.Status.ACCEPTED, Delivery.Status.FAILED);
            assertThat(results.get(1).problem().get().detail("reason").get()).contains("connection pool exhausted");
            assertThat(outbox.status(first.messageId()).get().status()).isEqualTo(Outbox.Status.SENT);
            assertThat(outbox.status(second.messageId()).get().status()).isEqualTo(Outbox.Status.PENDING);
        }
    }

    @Test
    void a_batch_file_cut_short_goes_to_corrupt_and_the_rest_is_kept() throws Exception {
        Scripted transport = new Scripted(e -> Delivery.accepted(e.messageId()));
        try (Outbox outbox = Outbox.open(dir, transport, FAST).get()) {
            outbox.enqueue(letter(0), NOW);
            outbox.enqueue(letter(1), NOW);
        }
        Path second;
        try (var batches = Files.list(dir.resolve("queue"))) {
            second = batches.sorted().toList().get(1);
        }
        byte[] bytes = Files.readAllBytes(second);
        Files.write(second, java.util.Arrays.copyOf(bytes, bytes.length - 10));

        try (Outbox again = Outbox.open(dir, transport, FAST).get()) {
            assertThat(again.list()).extracting(Outbox.Item::messageId).containsExactly(letter(0).messageId());
            assertThat(again.deliver(NOW)).hasSize(1).allMatch(Delivery::isAccepted);
        }
        assertThat(dir.resolve("corrupt").resolve(second.getFileName())).exists();
    }

    @Test
    void retry_policy_doubles_up_to_its_maximum() {
        assertThat(FAST.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(FAST.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(FAST.delayAfter(30)).isEqualTo(Duration.ofMinutes(10));
        assertThat(Outbox.Retry.DEFAULT.delayAfter(1_000)).isEqualTo(Duration.ofHours(1));
    }
}
