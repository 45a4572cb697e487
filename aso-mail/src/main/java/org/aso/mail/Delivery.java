package org.aso.mail;

import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Problem;

/**
 * What became of one message handed to a {@link MailTransport}.
 *
 * @param messageId the message's Message-ID
 * @param status accepted by the server, refused by it, or not sent
 * @param replyCode the server's reply code when it refused (such as 550), if it gave one
 * @param problem why it was refused or not sent ({@code mail.smtp.*}, {@code mail.pickup.*});
 *     empty when accepted
 * @param permanent true if sending it again cannot help (a 5xx refusal, a server without
 *     SMTPUTF8 for a message that needs it); the {@link Outbox} gives such a message up at once
 */
public record Delivery(String messageId, Status status, Optional<Integer> replyCode, Optional<Problem> problem,
                       boolean permanent) {
    /** What became of the message. */
    public enum Status {
        /** The server took it (SMTP 250 after the data), or the file was written. */
        ACCEPTED,
        /** The server refused it, with its reply. */
        REFUSED,
        /** It could not be handed over: no connection, a timeout, a broken connection, a disk error. */
        FAILED
    }

    /**
     * Checks.
     *
     * @param messageId the message's Message-ID
     * @param status what became of it
     * @param replyCode the server's reply code, if any
     * @param problem why, unless accepted
     * @param permanent true if sending again cannot help
     */
    public Delivery {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(replyCode, "replyCode");
        Objects.requireNonNull(problem, "problem");
        if ((status == Status.ACCEPTED) != problem.isEmpty()) {
            throw new IllegalArgumentException("A problem comes with a refusal or a failure, never with an acceptance: " + status);
        }
    }

    /**
     * {@return an accepted delivery}
     *
     * @param messageId the Message-ID
     */
    public static Delivery accepted(String messageId) {
        return new Delivery(messageId, Status.ACCEPTED, Optional.empty(), Optional.empty(), false);
    }

    /**
     * {@return a refusal by the server, permanent for a 5xx code}
     *
     * @param messageId the Message-ID
     * @param replyCode the server's reply code
     * @param reply the server's reply text
     */
    public static Delivery refused(String messageId, int replyCode, String reply) {
        return new Delivery(messageId, Status.REFUSED, Optional.of(replyCode),
                Optional.of(Problem.of("mail.smtp.refused", "The server refused the message")
                        .with("code", replyCode).with("reply", Composer.cut(String.valueOf(reply).strip()))),
                replyCode >= 500);
    }

    /**
     * {@return a failure to hand the message over, worth trying again}
     *
     * @param messageId the Message-ID
     * @param problem why
     */
    public static Delivery failed(String messageId, Problem problem) {
        return new Delivery(messageId, Status.FAILED, Optional.empty(), Optional.of(problem), false);
    }

    /** {@return true if accepted} */
    public boolean isAccepted() {
        return status == Status.ACCEPTED;
    }
}
