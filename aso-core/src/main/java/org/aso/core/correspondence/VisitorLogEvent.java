package org.aso.core.correspondence;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;

/**
 * What a decision of a {@link VisitorLog} did: a visitor arrived, or left. Every event names its
 * log ({@link #subject()}), the instant and actor of the decision and a stable {@link #action()}
 * code; {@link VisitorLog#replay} folds them back into the log.
 *
 * <pre>{@code
 * VisitorLog.Change c = log.arrive("Mme Petit", Optional.empty(), director, Optional.of("V-12"), ctx).get();
 * store.append(c.event());                       // with c.event().schemaVersion()
 * VisitorLog again = VisitorLog.replay(log.id(), store.events()).get();
 * }</pre>
 *
 * <p><b>Content.</b> {@link Arrived} carries the whole visit, the visitor's name and organisation
 * included, since replay must rebuild it: events, like the log itself, are for the host to store
 * with the same protection, not for display. Their {@link #details()}, which go to the audit
 * trail, hold the visit's number, the person visited and the badge, never the visitor's name or
 * organisation.
 *
 * <p><b>Versions.</b> This is schema version {@value #SCHEMA_VERSION}, returned by every event's
 * {@link #schemaVersion()}; a store writes it next to each event. Within version 1 no record or
 * component is renamed or removed and none changes meaning. A later version that must change the
 * shape raises the number and comes with an upgrade of each older shape to its current records,
 * which a reader applies before replay, so events stored today replay in later versions.
 *
 * <p>Implementations are immutable records, thread-safe.
 */
public sealed interface VisitorLogEvent extends DomainEvent permits VisitorLogEvent.Arrived, VisitorLogEvent.Left {
    /** The version of this family's schema (see the class comment). */
    int SCHEMA_VERSION = 1;

    /** {@return the log it happened to} */
    VisitorLogId log();

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
     * A visitor arrived: the visit as the log holds it, numbered and dated, still on site.
     * {@link #at()} is the visit's {@code arrival}.
     *
     * <p>Action {@code correspondence.visit.arrived}; details {@code sequence}, {@code host} and,
     * when one was given, {@code badge}.
     *
     * @param log the log
     * @param visit the visit recorded
     * @param actor who recorded the arrival
     */
    record Arrived(VisitorLogId log, VisitorLog.Visit visit, PersonId actor) implements VisitorLogEvent {
        /**
         * The event.
         *
         * @param log the log it happened to
         * @param visit the visit, with its number and arrival
         * @param actor who recorded it
         * @throws NullPointerException if a component is null
         */
        public Arrived {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(visit, "visit");
            Objects.requireNonNull(actor, "actor");
        }

        /** When the visitor arrived. */
        @Override
        public Instant at() {
            return visit.arrival();
        }

        @Override
        public String action() {
            return "correspondence.visit.arrived";
        }

        @Override
        public Map<String, String> details() {
            return visit.badge().isPresent()
                    ? LogReplay.details("sequence", visit.sequence(), "host", visit.host(), "badge", visit.badge().get())
                    : LogReplay.details("sequence", visit.sequence(), "host", visit.host());
        }
    }

    /**
     * A visitor left.
     *
     * <p>Action {@code correspondence.visit.left}; detail {@code sequence}.
     *
     * @param log the log
     * @param sequence the visit's place in the log
     * @param at when the visitor left: the visit's new {@code departure}
     * @param actor who recorded the departure
     */
    record Left(VisitorLogId log, long sequence, Instant at, PersonId actor) implements VisitorLogEvent {
        /**
         * The event.
         *
         * @param log the log it happened to
         * @param sequence the visit's number in the log
         * @param at when the visitor left
         * @param actor who recorded it
         * @throws NullPointerException if a component is null
         */
        public Left {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
        }

        @Override
        public String action() {
            return "correspondence.visit.left";
        }

        @Override
        public Map<String, String> details() {
            return LogReplay.details("sequence", sequence);
        }
    }
}
