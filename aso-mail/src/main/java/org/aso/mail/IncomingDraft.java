package org.aso.mail;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.Problem;

/**
 * An incoming e-mail made ready for the register: the {@link Registration} of a draft incoming
 * entry (channel e-mail, the Message-ID kept as the sender's reference), and the outgoing letter
 * it answers when its {@code In-Reply-To} or {@code References} name one of ours. Nothing is
 * registered yet: the registrar may change the registration before it is registered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mail the mail as read
 * @param registration the registration: direction incoming, channel e-mail, received on the
 *     register's day of its receipt by our server ({@link IncomingMail#received()}; the day of
 *     intake when unknown or later), the letter date from the {@code Date} header, the sender, the
 *     recipients ({@code To} then {@code Cc}), the subject, the body as summary (cut to the
 *     longest summary), the attachments' names, the Message-ID as {@code theirReference} (core's
 *     {@code Mail} has no field of its own for it; an id longer than a reference may be is kept
 *     as {@code <sha-256 hex@sha-256.invalid>}), and the answered letter's dossier
 * @param answers the outgoing entry of the register this mail answers, if its threading headers
 *     name one of our letters
 * @param warnings the mail's warnings, then what drafting had to leave out or cut
 */
public record IncomingDraft(IncomingMail mail, Registration registration, Optional<EntryId> answers,
                            List<Problem> warnings) {
    /**
     * Checks and copies.
     *
     * @param mail the mail as read
     * @param registration the registration of the draft entry
     * @param answers the outgoing entry it answers, if any
     * @param warnings what was read with a fallback or left out
     * @throws NullPointerException if an argument or a warning is null
     */
    public IncomingDraft {
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(answers, "answers");
        warnings = List.copyOf(warnings);
    }
}
