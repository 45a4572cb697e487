package org.aso.core.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.numbering.ReferenceNumber;
import org.immutables.value.Value;

/**
 * One line of a correspondence register: a piece of mail in or out ({@link Mail}), its number,
 * where it stands, who handles it and when it is due.
 *
 * <p>Entries are created and changed by the decisions of a {@link Register}; deadlines are stored
 * as dates and explained on request ({@link Register#replyDeadline}). A host builds one only to
 * restore a register ({@link Register#restore}) or to replay its events: the builder takes the
 * mail ({@link Builder#from(Mail)}, e.g. a {@link Registration}) and adds what the register gave it.
 *
 * <pre>{@code
 * Entry e = Entry.builder().from(registration)
 *         .id(EntryId.of("GEN/2026-A-000001")).register(RegisterId.of("GEN"))
 *         .number(ReferenceNumber.of("2026-A-000001", "code=A|year=2026", 1)).position(1)
 *         .registeredAt(at).registeredBy(clerk).grade(PriorityGrade.of("normal", "Normal", 10, 30))
 *         .status(EntryStatus.REGISTERED).replyWithinWorkingDays(30).replyDue(LocalDate.of(2026, 4, 14))
 *         .build();
 * }</pre>
 *
 * <p>The builder checks the structure ({@link IllegalArgumentException}: a position below 1, a
 * status the direction does not have); whether an entry is one the register's decisions could
 * have produced is checked by {@link Register#restore}, with coded problems.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Entry implements Mail {
    Entry() {}

    /** {@return the entry's id: its register's id, a slash and its number ({@code "GEN/2026-A-000001"})} */
    public abstract EntryId id();

    /** {@return the register it belongs to} */
    public abstract RegisterId register();

    /** {@return its registration number, unique and gapless in its series} */
    public abstract ReferenceNumber number();

    /** {@return its place in the register, from 1, in order of registration} */
    public abstract long position();

    /** {@return when it was registered} */
    public abstract Instant registeredAt();

    /** {@return who registered it} */
    public abstract PersonId registeredBy();

    /** {@return the priority grade it was timed with} */
    public abstract PriorityGrade grade();

    /** {@return where it stands} */
    public abstract EntryStatus status();

    /** {@return every distribution, in order; redirected ones are ended, not removed} */
    public abstract List<Assignment> assignments();

    /** {@return the day an acknowledgement of receipt is due, if the register acknowledges} */
    public abstract Optional<LocalDate> acknowledgementDue();

    /** {@return when the acknowledgement of receipt was sent} */
    public abstract Optional<Instant> acknowledgedAt();

    /** {@return the day a reply is due (incoming and internal mail)} */
    public abstract Optional<LocalDate> replyDue();

    /** {@return the time limit the reply deadline was computed with, in working days} */
    public abstract Optional<Integer> replyWithinWorkingDays();

    /** {@return the outgoing entries that answer this one} */
    public abstract List<EntryId> answeredBy();

    /** {@return for an outgoing entry, the incoming ones it answers} */
    public abstract List<EntryId> answers();

    /** {@return when the first reply was linked: the clock stopped then} */
    public abstract Optional<Instant> answeredAt();

    /** {@return why the entry is late, as recorded by its handler} */
    public abstract Optional<String> delayReason();

    /** {@return when it was closed} */
    public abstract Optional<Instant> closedAt();

    /** {@return the cancellation, set if the entry was cancelled} */
    public abstract Optional<Cancellation> cancellation();

    /** {@return true if cancelled} */
    public boolean isCancelled() {
        return cancellation().isPresent();
    }

    /** {@return true if the section still owes something on it: not cancelled and its status is open} */
    public boolean isOpen() {
        return !isCancelled() && status().isOpen();
    }

    /** {@return the current handler: the assignee of the active assignment for action} */
    public Optional<Identifier> handler() {
        return activeAction().map(Assignment::assignee);
    }

    /** {@return the active assignment for action, if any (the latest)} */
    public Optional<Assignment> activeAction() {
        for (int i = assignments().size() - 1; i >= 0; i--) {
            Assignment a = assignments().get(i);
            if (a.isActive() && a.purpose() == Assignment.Purpose.ACTION) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    /**
     * {@return true if open with a reply due before {@code today}}
     *
     * @param today the day to judge on
     */
    public boolean isOverdueOn(LocalDate today) {
        return isOpen() && replyDue().filter(d -> d.isBefore(today)).isPresent();
    }

    /**
     * {@return true if {@code viewer} may see the content (subject, summary, attachments): the addressee
     * always; for mail passed on unopened that carries no security grading, nobody else; otherwise
     * anyone whose clearance permits the entry's grading}
     *
     * @param viewer who would see it
     * @param clearance their clearance
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

    /** {@return the entry without its content, as shown to someone who may not see it} */
    public Entry redacted() {
        return Register.im(this).withSubject(Optional.empty()).withSummary(Optional.empty())
                .withAttachments(List.of());
    }

    /**
     * {@return a new builder} Required: id, register, number, position, direction, channel, registeredAt,
     * registeredBy, receivedOn, grade and status; the builder is strict (each attribute is set once).
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Entry}. */
    public static class Builder extends ImmutableEntry.Builder {
        /**
         * Sets every attribute that {@code mail} describes ({@link Mail}): the envelope and the
         * content, as in a {@link Registration} or another entry. The builder is strict: set none
         * of those again.
         *
         * @param mail the envelope and content to copy
         * @return this builder
         * @throws IllegalStateException if one of them is already set
         */
        public Builder from(Mail mail) {
            direction(mail.direction()).channel(mail.channel()).receivedOn(mail.receivedOn())
                    .letterDate(mail.letterDate()).theirReference(mail.theirReference()).sender(mail.sender())
                    .addAllRecipients(mail.recipients()).subject(mail.subject()).summary(mail.summary())
                    .addAllAttachments(mail.attachments()).documentType(mail.documentType())
                    .confidentiality(mail.confidentiality()).addressee(mail.addressee()).unopened(mail.unopened())
                    .dossier(mail.dossier());
            return this;
        }
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
