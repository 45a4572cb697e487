package org.aso.mail;

import java.util.List;
import java.util.function.Consumer;

/**
 * Something that sends messages: an SMTP server ({@link Mail#smtp}), a pickup folder
 * ({@link Mail#pickupFolder}), or a host's own (a test double, a mail API).
 *
 * <p>Implementations are thread-safe and never throw for a message they cannot send: each
 * message gets its {@link Delivery}.
 */
public interface MailTransport {
    /**
     * Sends a batch, in order.
     *
     * @param batch the messages; not null, possibly empty
     * @return one delivery per message, in the same order
     */
    List<Delivery> send(List<Email> batch);

    /**
     * Sends a batch, in order, telling {@code each} what became of every message as soon as it is
     * known (the {@link Outbox} records it at once, so a crash resends at most the message in
     * flight). The default sends the whole batch, then tells.
     *
     * @param batch the messages; not null, possibly empty
     * @param each called once per message, in order, on the sending thread; not null
     */
    default void send(List<Email> batch, Consumer<Delivery> each) {
        send(batch).forEach(each);
    }
}
