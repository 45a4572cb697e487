package org.aso.core.correspondence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.PersonId;

/**
 * A piece of mail as the registrar describes it: the envelope (direction, channel, dates, sender,
 * recipients, grading, addressee) and, unless it is passed on unopened, the content (subject,
 * summary, attachments). What a {@link Registration} asks to register and what an {@link Entry}
 * of the register holds; an entry's builder copies it from a registration
 * ({@link Entry.Builder#from(Mail)}).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Mail permits Entry, Registration {

    /** {@return its direction: incoming, outgoing or internal} */
    Direction direction();

    /** {@return how it came or goes} */
    Channel channel();

    /** {@return the day it arrived (incoming) or was written (outgoing); deadlines run from it} */
    LocalDate receivedOn();

    /** {@return the date printed on the letter} */
    Optional<LocalDate> letterDate();

    /** {@return the sender's own reference ("V/Réf.")} */
    Optional<String> theirReference();

    /** {@return who sent it (incoming and internal mail)} */
    Optional<Contact> sender();

    /** {@return to whom it is addressed or sent} */
    List<Contact> recipients();

    /**
     * {@return the subject} A registration may leave it out only for mail passed on unopened; an entry's is
     * empty until the addressee records it ({@link Register#recordContent}), and in redacted views.
     */
    Optional<String> subject();

    /** {@return a summary of the content; empty in redacted views} */
    Optional<String> summary();

    /** {@return the references of the attached documents (scans, annexes) in the host's document store; empty in redacted views} */
    List<String> attachments();

    /** {@return the type of document (e.g. "parliamentary-question"), which may impose a shorter delay} */
    Optional<String> documentType();

    /** {@return the security grading} */
    Confidentiality confidentiality();

    /** {@return the officer the mail is addressed to by name, if any} */
    Optional<PersonId> addressee();

    /**
     * {@return true if the mail is registered without being opened (addressed by name, or carrying a
     * security grading): its content is then visible only to the addressee, or to people cleared
     * for its grading}
     */
    boolean unopened();

    /** {@return the dossier it belongs to} */
    Optional<DossierId> dossier();
}
