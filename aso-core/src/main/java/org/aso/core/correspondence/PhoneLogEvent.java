package org.aso.core.correspondence;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;

/**
 * What a decision of a {@link PhoneLog} did: a message was recorded, or dealt with. Every event
 * names its log ({@link #subject()}), the instant and actor of the decision and a stable
 * {@link #action()} code; {@link PhoneLog#replay} folds them back into the log.
 *
 * <pre>{@code
 * PhoneLog.Change c = log.record(message, ctx).get();
 * store.append(c.event());                       // with c.event().schemaVersion()
 * auditTrail.append(c.event());
 * PhoneLog again = PhoneLog.replay(log.id(), store.events()).get();
 * }</pre>
 *
 * <p><b>Content.</b> {@link MessageRecorded} carries the whole message, the caller's name, number
 * and words included, since replay must rebuild it: events, like the log itself, are for the host
 * to store with the same protection, not for display. Their {@link #details()}, which go to the
 * audit trail, never hold the caller, the organisation, the number or the message.
 *
 * <p><b>Versions.</b> This is schema version {@value #SCHEMA_VERSION}, returned by every event's
 * {@link #schemaVersion()}; a store writes it next to each event. Within version 1 no record or
 * component is renamed or removed and none changes meaning. A later version that must change the
 * shape raises the number and comes with an upgrade of each older shape to its current records,
 * which a reader applies before replay, so events stored today replay in later versions.
 *
 * <p>Implementations are immutable records, thread-safe.
 */
public sealed interface PhoneLogEvent extends DomainEvent
        permits PhoneLogEvent.MessageRecorded, PhoneLogEvent.MessageDone {
    /** The version of this family's schema (see the class comment). */
    int SCHEMA_VERSION = 1;

    /** {@return the log it happened to} */
    PhoneLogId log();

    /** The log's id. */
    @Override
    default Identifier subject() {
        return log();
    }

    /** {@value #SCHEMA_VERSION}. */
    @Override
    default int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * A message was recorded: the message as the log holds it, numbered, dated and with the person
     * who took it. {@link #at()} and {@link #actor()} are the message's {@code at} and
     * {@code takenBy}.
     *
     * <p>Action {@code correspondence.phone.recorded}; details {@code sequence}, {@code forWhom},
     * {@code callbackWanted}.
     *
     * @param log the log
     * @param message the message recorded, with its sequence, instant and taker
     */
    record MessageRecorded(PhoneLogId log, PhoneLog.Message message) implements PhoneLogEvent {
        /**
         * The event.
         *
         * @param log the log it happened to
         * @param message the message, with its number, taker and time
         * @throws NullPointerException if a component is null
         * @throws IllegalArgumentException if the message was not taken by anyone (every recorded
         *     message names its taker)
         */
        public MessageRecorded {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(message, "message");
            if (message.takenBy().isEmpty()) {
                throw new IllegalArgumentException("A recorded phone message names who took it: message "
                        + message.sequence());
            }
        }

        /** When the message was recorded. */
        @Override
        public Instant at() {
            return message.at();
        }

        /** Who took it. */
        @Override
        public PersonId actor() {
            return message.takenBy().orElseThrow();
        }

        @Override
        public String action() {
            return "correspondence.phone.recorded";
        }

        @Override
        public Map<String, String> details() {
            return LogReplay.details("sequence", message.sequence(), "forWhom", message.forWhom(),
                    "callbackWanted", message.callbackWanted());
        }
    }

    /**
     * A message was dealt with.
     *
     * <p>Action {@code correspondence.phone.done}; detail {@code sequence}.
     *
     * @param log the log
     * @param sequence the message's place in the log
     * @param at when it was dealt with: the message's new {@code doneAt}
     * @param actor who marked it done
     */
    record MessageDone(PhoneLogId log, long sequence, Instant at, PersonId actor) implements PhoneLogEvent {
        /**
         * The event.
         *
         * @param log the log it happened to
         * @param sequence the message's number in the log
         * @param at when it was dealt with
         * @param actor who marked it done
         * @throws NullPointerException if a component is null
         */
        public MessageDone {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public String action() {
            return "correspondence.phone.done";
        }

        @Override
        public Map<String, String> details() {
            return LogReplay.details("sequence", sequence);
        }
    }
}
