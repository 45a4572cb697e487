package org.aso.mail;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.aso.core.kernel.EmailAddress;

/**
 * A composed message, ready to send or to keep: its Message-ID, its envelope (the address bounces
 * go to, and the recipients), its subject, and the message itself as RFC 5322 bytes.
 *
 * <p>Made by {@link Mail}'s composing methods, and read back by {@link Outbox} from its directory.
 * The Message-ID is derived from what the message is about ({@code <meeting.m-42.1@example.org>}),
 * so composing the same thing again gives the same id. Immutable and thread-safe: the bytes are
 * copied in and out.
 */
public final class Email {
    private final String messageId;
    private final EmailAddress envelopeFrom;
    private final List<EmailAddress> recipients;
    private final String subject;
    private final byte[] content;

    Email(String messageId, EmailAddress envelopeFrom, List<EmailAddress> recipients, String subject, byte[] content) {
        this.messageId = Objects.requireNonNull(messageId, "messageId");
        this.envelopeFrom = Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        this.recipients = List.copyOf(recipients);
        this.subject = Objects.requireNonNull(subject, "subject");
        this.content = content.clone();
        if (this.recipients.isEmpty()) {
            throw new IllegalArgumentException("A message has at least one recipient: " + messageId);
        }
    }

    /** {@return the Message-ID, with its angle brackets: {@code <letter.e-17.0@example.org>}} */
    public String messageId() {
        return messageId;
    }

    /** {@return the envelope sender (SMTP {@code MAIL FROM}), where bounces go} */
    public EmailAddress envelopeFrom() {
        return envelopeFrom;
    }

    /** {@return the envelope recipients (SMTP {@code RCPT TO}), at least one, unmodifiable} */
    public List<EmailAddress> recipients() {
        return recipients;
    }

    /** {@return the subject, as given (the header holds it encoded)} */
    public String subject() {
        return subject;
    }

    /** {@return a copy of the message as RFC 5322 bytes (headers, a blank line, the MIME body)} */
    public byte[] content() {
        return content.clone();
    }

    /** {@return the message's bytes as a stream, without copying them} */
    public InputStream openContent() {
        return new ByteArrayInputStream(content);
    }

    /** {@return the size of the message in bytes} */
    public int size() {
        return content.length;
    }

    /** {@return true if an envelope address has non-ASCII characters before the {@code @}: sending needs SMTPUTF8} */
    public boolean requiresSmtpUtf8() {
        return envelopeFrom.requiresSmtpUtf8() || recipients.stream().anyMatch(EmailAddress::requiresSmtpUtf8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Email e && messageId.equals(e.messageId) && envelopeFrom.equals(e.envelopeFrom)
                && recipients.equals(e.recipients) && subject.equals(e.subject) && Arrays.equals(content, e.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(messageId, envelopeFrom, recipients, subject) * 31 + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "Email" + messageId + " to " + recipients + ": " + subject + " (" + content.length + " bytes)";
    }
}
