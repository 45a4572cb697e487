package org.aso.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.aso.core.priority.Notice;
import org.aso.core.priority.NoticeKind;
import org.aso.core.priority.TaskId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a JVM that is sending from the outbox in the middle of a batch, then restarts: every
 * message is delivered, with its own Message-ID, and nothing on disk is corrupt.
 */
@Tag("heavy")
class OutboxCrashTest {
    static final int COUNT = 120;

    /** {@code count} reminders with distinct Message-IDs. */
    static List<Email> batch(int count) {
        Mail mail = MailFixtures.mail();
        List<Email> batch = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Notice n = Notice.builder().task(TaskId.of("t-" + i)).kind(NoticeKind.REMINDER).recipient(MailFixtures.ALICE.id())
                    .dueSince(MailFixtures.NOW.plusSeconds(i)).reason("Reminder number " + i).build();
            batch.add(mail.notice(n, MailFixtures.NOW).get());
        }
        return batch;
    }

    @Test
    @Timeout(120)
    void a_sender_killed_mid_batch_loses_nothing_and_a_restart_sends_the_rest_with_the_same_ids(@TempDir Path dir) throws Exception {
        try (TestServer server = TestServer.start()) {
            // given: a child JVM that enqueued the batch and is sending it
            Process child = startChild(dir, server.smtpPort);
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                assertThat(out.readLine()).isEqualTo("ENQUEUED " + COUNT);
                // when: it is killed once some messages, not all, have gone
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (server.greenMail.getReceivedMessages().length < 10 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            int beforeRestart = server.greenMail.getReceivedMessages().length;
            assertThat(beforeRestart).as("killed in the middle of the batch").isBetween(10, COUNT - 1);

            // then: a restart finds every message, sent or still queued, and sends the rest
            try (Outbox outbox = Outbox.open(dir, Mail.smtp(TestServer.settings(server.smtpPort)), Outbox.Retry.DEFAULT).get()) {
                assertThat(outbox.list()).hasSize(COUNT);
                outbox.deliver(MailFixtures.NOW.plus(Duration.ofMinutes(1)));
                assertThat(outbox.list()).allMatch(i -> i.status() == Outbox.Status.SENT);
            }
            List<String> expected = batch(COUNT).stream().map(Email::messageId).toList();
            List<String> received = server.receivedIds();
            assertThat(new HashSet<>(received)).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(received.size() - COUNT).as("sent twice: at most the message in flight").isLessThanOrEqualTo(1);
            assertThat(dir.resolve("corrupt")).doesNotExist();
            try (var files = Files.walk(dir)) {
                assertThat(files.filter(p -> p.toString().endsWith(Durable.TEMP)).toList()).isEmpty();
            }
        }
    }

    private static Process startChild(Path dir, int port) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "-cp", classPath, OutboxCrashChild.class.getName(),
                dir.toString(), Integer.toString(port), Integer.toString(COUNT))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
