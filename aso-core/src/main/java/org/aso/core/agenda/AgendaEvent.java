package org.aso.core.agenda;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.aso.core.internal.EventDetails;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;

/**
 * What a decision of the {@link Agenda} did: to a meeting ({@link MeetingEvent}, which says whom to
 * tell), or to a room or piece of equipment ({@link OutOfService}, {@link BackInService}). The
 * agenda is the fold of these events ({@link Agenda#replay}, {@link Agenda#evolve}).
 *
 * <table>
 *   <caption>Records of the resources and their action codes</caption>
 *   <tr><th>record</th><th>{@link #action()}</th><th>{@link #subject()}</th></tr>
 *   <tr><td>{@link OutOfService}</td><td>{@code agenda.resource.out-of-service}</td><td>the room or item</td></tr>
 *   <tr><td>{@link BackInService}</td><td>{@code agenda.resource.back-in-service}</td><td>the room or item</td></tr>
 * </table>
 * Neither tells attendees anything: what becomes of the meetings hit is decided apart, and those
 * decisions emit their own {@link MeetingEvent}s.
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the resource records' schema; {@link MeetingEvent}
 * states its own. Within a version no record, field or action code is renamed or removed.
 *
 * <p>Implementations are immutable records.
 */
public sealed interface AgendaEvent extends DomainEvent
        permits MeetingEvent, AgendaEvent.OutOfService, AgendaEvent.BackInService {

    /** The version of the schema of {@link OutOfService} and {@link BackInService}. */
    int SCHEMA_VERSION = 1;

    /**
     * A room or a piece of equipment was put out of service for an interval. Action code
     * {@code agenda.resource.out-of-service}.
     *
     * @param at when the decision was taken
     * @param actor who took it
     * @param outage the resource, the interval and the reason
     */
    record OutOfService(Instant at, PersonId actor, ResourceOutage outage) implements AgendaEvent {
        /**
         * The event; every component is required.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param outage the resource, the interval and the reason
         */
        public OutOfService {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(outage, "outage");
        }

        @Override
        public String action() {
            return "agenda.resource.out-of-service";
        }

        /** The room or piece of equipment. */
        @Override
        public Identifier subject() {
            return outage.resource();
        }

        /** {@value #SCHEMA_VERSION}. */
        @Override
        public int schemaVersion() {
            return SCHEMA_VERSION;
        }

        /** {@code resource}, {@code start}, {@code end} (UTC); the reason stays with the event, not in the trail. */
        @Override
        public Map<String, String> details() {
            Interval d = outage.during();
            return EventDetails.of("resource", outage.resource().value(), "start", d.start(), "end", d.end());
        }
    }

    /**
     * A room or a piece of equipment out of service is usable again from an instant: the outage
     * that started at {@code outageStart} now ends at {@code from} (it is gone if {@code from} is its
     * start). Action code {@code agenda.resource.back-in-service}.
     *
     * @param at when the decision was taken
     * @param actor who took it
     * @param resource the room or piece of equipment
     * @param outageStart the start of the outage that ends early, which identifies it
     * @param from when the resource may be booked again
     */
    record BackInService(Instant at, PersonId actor, Identifier resource, Instant outageStart, Instant from)
            implements AgendaEvent {
        /**
         * The event; every component is required.
         *
         * @param at when the decision was taken
         * @param actor who took it
         * @param resource the room or piece of equipment
         * @param outageStart the start of the outage that ends early
         * @param from when the resource may be booked again
         */
        public BackInService {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(resource, "resource");
            Objects.requireNonNull(outageStart, "outageStart");
            Objects.requireNonNull(from, "from");
        }

        @Override
        public String action() {
            return "agenda.resource.back-in-service";
        }

        /** The room or piece of equipment. */
        @Override
        public Identifier subject() {
            return resource;
        }

        /** {@value #SCHEMA_VERSION}. */
        @Override
        public int schemaVersion() {
            return SCHEMA_VERSION;
        }

        /** {@code resource}, {@code outageStart}, {@code from} (UTC). */
        @Override
        public Map<String, String> details() {
            return EventDetails.of("resource", resource.value(), "outageStart", outageStart, "from", from);
        }
    }
}
