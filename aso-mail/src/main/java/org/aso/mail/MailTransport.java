package org.aso.mail;

import java.util.List;

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
}
