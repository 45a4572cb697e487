package org.aso.mail;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The sending process of {@link OutboxCrashTest}: enqueues a batch, says so on its output, then
 * delivers it one connection per message (slow enough to be killed in the middle).
 */
public final class OutboxCrashChild {
    private OutboxCrashChild() {}

    /**
     * Runs.
     *
     * @param args the outbox directory, the SMTP port, the number of messages
     */
    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        int count = Integer.parseInt(args[2]);
        SmtpSettings oneByOne = SmtpSettings.builder("127.0.0.1", port)
                .security(SmtpSettings.Security.INSECURE_PLAINTEXT_FOR_TESTING).maxPerConnection(1).build();
        Instant now = MailFixtures.NOW;
        try (Outbox outbox = Outbox.open(dir, Mail.smtp(oneByOne), Outbox.Retry.DEFAULT).get()) {
            List<Email> batch = OutboxCrashTest.batch(count);
            outbox.enqueueAll(batch, now).get();
            System.out.println("ENQUEUED " + batch.size());
            System.out.flush();
            outbox.deliver(now);
            System.out.println("DELIVERED");
        }
    }
}
