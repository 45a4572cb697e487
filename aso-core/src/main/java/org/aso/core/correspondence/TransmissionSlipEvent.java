package org.aso.core.correspondence;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;

/**
 * What a decision of a book of {@link TransmissionSlips} did: a slip was sent, or its receipt
 * acknowledged. Every event names its book ({@link #subject()}), the instant and actor of the
 * decision and a stable {@link #action()} code; {@link TransmissionSlips#replay} folds them back
 * into the book, numbering counters included.
 *
 * <pre>{@code
 * TransmissionSlips.Change c = slips.send(s2, s3, documents, Optional.empty(), ctx).get();
 * store.append(c.event());                       // with c.event().schemaVersion()
 * TransmissionSlips again = TransmissionSlips.replay(slips.id(), scheme, "S2", zone, store.events()).get();
 * }</pre>
 *
 * <p><b>Content.</b> {@link Sent} carries the whole slip, its document references and note
 * included, since replay must rebuild it: events, like the book itself, are for the host to store
 * with the same protection, not for display. Their {@link #details()}, which go to the audit
 * trail, hold the slip's number, its units and how many documents it lists, never the references
 * or the note.
 *
 * <p><b>Versions.</b> This is schema version {@value #SCHEMA_VERSION}, returned by every event's
 * {@link #schemaVersion()}; a store writes it next to each event. Within version 1 no record or
 * component is renamed or removed and none changes meaning. A later version that must change the
 * shape raises the number and comes with an upgrade of each older shape to its current records,
 * which a reader applies before replay, so events stored today replay in later versions.
 *
 * <p>Implementations are immutable records, thread-safe.
 */
public sealed interface TransmissionSlipEvent extends DomainEvent
        permits TransmissionSlipEvent.Sent, TransmissionSlipEvent.Received {
    /** The version of this family's schema (see the class comment). */
    int SCHEMA_VERSION = 1;

    /** {@return the book it happened to} */
    TransmissionSlipsId book();

    /** The book's id. */
    @Override
    default Identifier subject() {
        return book();
    }

    /** {@value #SCHEMA_VERSION}. */
    @Override
    default int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * A slip was sent under a new number: the slip as the book holds it, not yet received.
     * {@link #at()} and {@link #actor()} are the slip's {@code sentAt} and {@code sentBy}.
     *
     * <p>Action {@code correspondence.slip.sent}; details {@code number}, {@code from},
     * {@code to}, {@code documents} (how many).
     *
     * @param book the book
     * @param slip the slip sent, with its number
     */
    record Sent(TransmissionSlipsId book, TransmissionSlips.Slip slip) implements TransmissionSlipEvent {
        /**
         * The event.
         *
         * @param book the book of slips it happened to
         * @param slip the slip sent
         * @throws NullPointerException if a component is null
         */
        public Sent {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(slip, "slip");
        }

        /** When the slip was sent. */
        @Override
        public Instant at() {
            return slip.sentAt();
        }

        /** Who sent it. */
        @Override
        public PersonId actor() {
            return slip.sentBy();
        }

        @Override
        public String action() {
            return "correspondence.slip.sent";
        }

        @Override
        public Map<String, String> details() {
            return LogReplay.details("number", slip.number(), "from", slip.from(), "to", slip.to(),
                    "documents", slip.documents().size());
        }
    }

    /**
     * The receipt of a slip was acknowledged.
     *
     * <p>Action {@code correspondence.slip.received}; detail {@code number}.
     *
     * @param book the book
     * @param number the slip's number
     * @param at when it was acknowledged: the slip's new {@code receivedAt}
     * @param actor who acknowledged it: the slip's new {@code receivedBy}
     */
    record Received(TransmissionSlipsId book, ReferenceNumber number, Instant at, PersonId actor)
            implements TransmissionSlipEvent {
        /**
         * The event.
         *
         * @param book the book of slips it happened to
         * @param number the slip's number
         * @param at when it was received
         * @param actor who acknowledged it
         * @throws NullPointerException if a component is null
         */
        public Received {
            Objects.requireNonNull(book, "book");
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public String action() {
            return "correspondence.slip.received";
        }

        @Override
        public Map<String, String> details() {
            return LogReplay.details("number", number);
        }
    }
}
