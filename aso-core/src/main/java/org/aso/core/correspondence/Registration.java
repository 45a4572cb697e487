package org.aso.core.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A request to register a piece of mail: what the registrar sees on the envelope and, unless the
 * mail is passed on unopened, in the letter.
 *
 * <pre>{@code
 * Registration letter = Registration.builder()
 *         .direction(Direction.INCOMING).channel(Channel.POST)
 *         .receivedOn(LocalDate.of(2026, 3, 2)).letterDate(LocalDate.of(2026, 2, 26))
 *         .sender(Contact.named("Mairie de Lyon"))
 *         .subject("Demande de subvention")
 *         .grade("urgent")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Checked as a whole by {@link Register#register}.
 */
@Value.Immutable
public abstract class Registration {
    Registration() {}

    /** Incoming, outgoing or internal. */
    public abstract Direction direction();

    /** How it came or goes. */
    public abstract Channel channel();

    /** The day it arrived (incoming) or was written (outgoing); deadlines run from it. */
    public abstract LocalDate receivedOn();

    /** The date printed on the letter. */
    public abstract Optional<LocalDate> letterDate();

    /** The sender's own reference ("V/Réf."). */
    public abstract Optional<String> theirReference();

    /** Who sent it (incoming and internal mail). */
    public abstract Optional<Contact> sender();

    /** To whom it is addressed or sent. */
    public abstract List<Contact> recipients();

    /** The subject; may be absent only for mail passed on unopened. */
    public abstract Optional<String> subject();

    /** A summary of the content. */
    public abstract Optional<String> summary();

    /** References of the attached documents (scans, annexes) in the host's document store. */
    public abstract List<String> attachments();

    /** The code of the priority grade; the register's default grade when absent. */
    public abstract Optional<String> grade();

    /** The type of document (e.g. "parliamentary-question"), which may impose a shorter delay. */
    public abstract Optional<String> documentType();

    /** The security grading. */
    @Value.Default
    public Confidentiality confidentiality() {
        return Confidentiality.RESTRICTED;
    }

    /** The officer the mail is addressed to by name, if any. */
    public abstract Optional<PersonId> addressee();

    /**
     * True if the mail is registered without being opened (addressed by name, or carrying a
     * security grading): its content is then visible only to the addressee, or to people cleared
     * for its grading.
     */
    @Value.Default
    public boolean unopened() {
        return false;
    }

    /** The dossier it belongs to. */
    public abstract Optional<DossierId> dossier();

    /** The classification code, for numbering schemes that print one. */
    public abstract Optional<String> classification();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Registration}. */
    public static class Builder extends ImmutableRegistration.Builder {}
}
