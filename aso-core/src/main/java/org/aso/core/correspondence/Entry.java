package org.aso.core.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.numbering.ReferenceNumber;
import org.immutables.value.Value;

/**
 * One line of a correspondence register: a piece of mail in or out, its number, where it stands,
 * who handles it and when it is due.
 *
 * <p>Entries are created and changed only by {@link Register}; deadlines are stored as dates and
 * explained on request ({@link Register#replyDeadline}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Entry {
    Entry() {}

    /** The entry's id. */
    public abstract EntryId id();

    /** The register it belongs to. */
    public abstract RegisterId register();

    /** Its registration number, unique and gapless in its series. */
    public abstract ReferenceNumber number();

    /** Its place in the register, from 1, in order of registration. */
    public abstract long position();

    /** Incoming, outgoing or internal. */
    public abstract Direction direction();

    /** How it came or goes. */
    public abstract Channel channel();

    /** When it was registered. */
    public abstract Instant registeredAt();

    /** Who registered it. */
    public abstract PersonId registeredBy();

    /** The day it arrived (incoming) or was written (outgoing). */
    public abstract LocalDate receivedOn();

    /** The date printed on the letter. */
    public abstract Optional<LocalDate> letterDate();

    /** The sender's own reference. */
    public abstract Optional<String> theirReference();

    /** Who sent it. */
    public abstract Optional<Contact> sender();

    /** To whom it is addressed or sent. */
    public abstract List<Contact> recipients();

    /** The subject; empty for mail passed on unopened until the addressee records it, and in redacted views. */
    public abstract Optional<String> subject();

    /** A summary; empty in redacted views. */
    public abstract Optional<String> summary();

    /** References of the attached documents; empty in redacted views. */
    public abstract List<String> attachments();

    /** The priority grade. */
    public abstract PriorityGrade grade();

    /** The document type, if given. */
    public abstract Optional<String> documentType();

    /** The security grading. */
    public abstract Confidentiality confidentiality();

    /** The officer it is addressed to by name. */
    public abstract Optional<PersonId> addressee();

    /** True if registered without being opened. */
    public abstract boolean unopened();

    /** The dossier it belongs to. */
    public abstract Optional<DossierId> dossier();

    /** Where it stands. */
    public abstract EntryStatus status();

    /** Every distribution, in order; redirected ones are ended, not removed. */
    public abstract List<Assignment> assignments();

    /** The day an acknowledgement of receipt is due, if the register acknowledges. */
    public abstract Optional<LocalDate> acknowledgementDue();

    /** When the acknowledgement of receipt was sent. */
    public abstract Optional<Instant> acknowledgedAt();

    /** The day a reply is due (incoming and internal mail). */
    public abstract Optional<LocalDate> replyDue();

    /** The time limit the reply deadline was computed with, in working days. */
    public abstract Optional<Integer> replyWithinWorkingDays();

    /** The outgoing entries that answer this one. */
    public abstract List<EntryId> answeredBy();

    /** For an outgoing entry: the incoming ones it answers. */
    public abstract List<EntryId> answers();

    /** When the first reply was linked: the clock stopped then. */
    public abstract Optional<Instant> answeredAt();

    /** Why the entry is late, as recorded by its handler. */
    public abstract Optional<String> delayReason();

    /** When it was closed. */
    public abstract Optional<Instant> closedAt();

    /** Set if the entry was cancelled. */
    public abstract Optional<Cancellation> cancellation();

    /** True if cancelled. */
    public boolean isCancelled() {
        return cancellation().isPresent();
    }

    /** True if the section still owes something on it: not cancelled and its status is open. */
    public boolean isOpen() {
        return !isCancelled() && status().isOpen();
    }

    /** The current handler: the assignee of the active assignment for action. */
    public Optional<Identifier> handler() {
        return activeAction().map(Assignment::assignee);
    }

    /** The active assignment for action, if any (the latest). */
    public Optional<Assignment> activeAction() {
        for (int i = assignments().size() - 1; i >= 0; i--) {
            Assignment a = assignments().get(i);
            if (a.isActive() && a.purpose() == Assignment.Purpose.ACTION) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /** True if open with a reply due before {@code today}. */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && replyDue().filter(d -> d.isBefore(today)).isPresent();
    }

    /**
     * True if {@code viewer} may see the content (subject, summary, attachments): the addressee
     * always; for mail passed on unopened that carries no security grading, nobody else; otherwise
     * anyone whose clearance permits the entry's grading.
     */
    public boolean isContentVisibleTo(PersonId viewer, Clearance clearance) {
        if (addressee().filter(viewer::equals).isPresent()) {
            return true;
        }
        if (unopened() && !confidentiality().isClassified()) {
            return false;
        }
        return clearance.permits(confidentiality());
    }

    /** The entry without its content, as shown to someone who may not see it. */
    public Entry redacted() {
        return Register.im(this).withSubject(Optional.empty()).withSummary(Optional.empty())
                .withAttachments(List.of());
    }

    @Value.Check
    void check() {
        if (position() < 1) {
            throw new IllegalArgumentException("Register positions start at 1: " + position());
        }
        if (!EntryStatus.of(direction()).contains(status())) {
            throw new IllegalArgumentException(direction() + " mail cannot be " + status());
        }
    }

    @Override
    public String toString() {
        return "Entry[" + number() + " " + direction() + " " + status() + (isCancelled() ? " CANCELLED" : "") + "]";
    }
}
