package org.aso.core.agenda;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

/**
 * The decisions on the service of rooms and equipment: putting one out of service, ending an
 * outage early; the same steps on replay ({@link Agenda#evolve}) and the checks of a restore. An
 * outage never touches a meeting. Stateless.
 */
final class OutageRules {
    private OutageRules() {}

    /**
     * Puts a resource out of service. Checks, in order: the resource known, the interval in range
     * and not empty, a reason and its text, no outage of the resource overlapping.
     */
    static Either<Problem, Agenda.OutageChange> putOutOfService(Agenda agenda, Identifier resource, Interval during,
                                                                 String reason, Context ctx) {
        kind(resource);
        Optional<Problem> unknown = unknown(agenda, resource);
        if (unknown.isPresent()) {
            return Either.left(unknown.get());
        }
        Optional<Problem> bad = badInterval(during);
        if (bad.isPresent()) {
            return Either.left(bad.get());
        }
        if (reason.isBlank()) {
            return Either.left(Problem.of("agenda.outage.missing-reason", "Say why it is out of service")
                    .with("resource", resource));
        }
        Either<Problem, String> text = Text.check("reason", reason, Text.Kind.NOTE);
        if (text.isLeft()) {
            return Either.left(text.getLeft());
        }
        Optional<ResourceOutage> before = agenda.outageDuring(resource, during);
        if (before.isPresent()) {
            return Either.left(overlaps(resource, before.get()));
        }
        ResourceOutage outage = new ResourceOutage(resource, during, reason.strip());
        AgendaEvent.OutOfService event = new AgendaEvent.OutOfService(ctx.at(), ctx.actor(), outage);
        return Either.right(new Agenda.OutageChange(apply(agenda, event), outage, agenda.hits(resource, during),
                List.of(event)));
    }

    /** Ends an outage early. Checks, in order: the resource known, an outage holding {@code from}. */
    static Either<Problem, Agenda.OutageChange> returnToService(Agenda agenda, Identifier resource, Instant from,
                                                                 Context ctx) {
        kind(resource);
        Optional<Problem> unknown = unknown(agenda, resource);
        if (unknown.isPresent()) {
            return Either.left(unknown.get());
        }
        Optional<ResourceOutage> holding = holding(agenda, resource, from);
        if (holding.isEmpty()) {
            return Either.left(Problem.of("agenda.outage.none", resource.value() + " is not out of service at " + from)
                    .with("resource", resource).with("from", from));
        }
        AgendaEvent.BackInService event = new AgendaEvent.BackInService(ctx.at(), ctx.actor(), resource,
                holding.get().during().start(), from);
        return Either.right(new Agenda.OutageChange(apply(agenda, event), holding.get(), List.of(), List.of(event)));
    }

    /** The agenda after an outage event that fits it, or {@code agenda.replay.inconsistent}. */
    static Either<Problem, Agenda> evolve(Agenda agenda, AgendaEvent.OutOfService event) {
        ResourceOutage o = event.outage();
        if (!agenda.knows(o.resource())) {
            return Either.left(inconsistent(event, o.resource(), "unknown-resource", "No room or equipment " + o.resource()));
        }
        if (agenda.outageDuring(o.resource(), o.during()).isPresent()) {
            return Either.left(inconsistent(event, o.resource(), "outage-overlaps",
                    o.resource().value() + " is out of service already then"));
        }
        return Either.right(apply(agenda, event));
    }

    /** The agenda after a return to service that fits it, or {@code agenda.replay.inconsistent}. */
    static Either<Problem, Agenda> evolve(Agenda agenda, AgendaEvent.BackInService event) {
        if (!agenda.knows(event.resource())) {
            return Either.left(inconsistent(event, event.resource(), "unknown-resource", "No room or equipment "
                    + event.resource()));
        }
        ResourceOutage o = agenda.outagesOf(event.resource()).get(event.outageStart());
        if (o == null || event.from().isBefore(o.during().start()) || !event.from().isBefore(o.during().end())) {
            return Either.left(inconsistent(event, event.resource(), "no-outage", event.resource().value()
                    + " has no outage from " + event.outageStart() + " that holds " + event.from()));
        }
        return Either.right(apply(agenda, event));
    }

    /** The one step of an outage event, shared by the decisions and replay. */
    private static Agenda apply(Agenda agenda, AgendaEvent event) {
        if (event instanceof AgendaEvent.OutOfService o) {
            return withOutage(agenda, o.outage());
        }
        AgendaEvent.BackInService b = (AgendaEvent.BackInService) event;
        TreeMap<Instant, ResourceOutage> of = agenda.outagesOf(b.resource());
        ResourceOutage o = of.remove(b.outageStart());
        if (b.from().isAfter(o.during().start())) {
            of.put(o.during().start(), new ResourceOutage(o.resource(), Interval.of(o.during().start(), b.from()), o.reason()));
        }
        return agenda.withOutages(b.resource(), of);
    }

    private static Agenda withOutage(Agenda agenda, ResourceOutage outage) {
        TreeMap<Instant, ResourceOutage> of = agenda.outagesOf(outage.resource());
        of.put(outage.during().start(), outage);
        return agenda.withOutages(outage.resource(), of);
    }

    /**
     * The agenda with a snapshot's outages, adding a problem for each one that the decisions would not
     * have kept.
     */
    static Agenda restore(Agenda agenda, List<ResourceOutage> outages, List<Problem> problems) {
        Agenda a = agenda;
        for (ResourceOutage o : outages) {
            if (!a.knows(o.resource())) {
                problems.add(Problem.of("agenda.restore.outage-unknown-resource", "No room or equipment " + o.resource()
                        + " for an outage").with("resource", o.resource()));
                continue;
            }
            Optional<Problem> bad = badInterval(o.during())
                    .or(() -> o.reason().isBlank() || !o.reason().equals(o.reason().strip())
                            ? Optional.of(Problem.of("agenda.outage.missing-reason", "An outage has a stripped reason"))
                            : Text.check("reason", o.reason(), Text.Kind.NOTE).swap().toJavaOptional());
            if (bad.isPresent()) {
                problems.add(Problem.of("agenda.restore.outage-invalid", "An outage of " + o.resource()
                        + " cannot be restored: " + bad.get().message()).with("resource", o.resource()));
                continue;
            }
            Optional<ResourceOutage> other = a.outageDuring(o.resource(), o.during());
            if (other.isPresent()) {
                problems.add(Problem.of("agenda.restore.outage-overlaps", "Two outages of " + o.resource() + " overlap")
                        .with("resource", o.resource()).with("start", o.during().start())
                        .with("other", other.get().during().start()));
                continue;
            }
            a = withOutage(a, o);
        }
        return a;
    }

    /** The outage of {@code resource} holding {@code at} (its start included, its end excluded), if any. */
    private static Optional<ResourceOutage> holding(Agenda agenda, Identifier resource, Instant at) {
        Map.Entry<Instant, ResourceOutage> e = agenda.outagesOf(resource).floorEntry(at);
        return e != null && e.getValue().during().end().isAfter(at) ? Optional.of(e.getValue()) : Optional.empty();
    }

    private static void kind(Identifier resource) {
        if (!(resource instanceof RoomId) && !(resource instanceof EquipmentId)) {
            throw new IllegalArgumentException("A room or a piece of equipment is put out of service: " + resource);
        }
    }

    private static Optional<Problem> unknown(Agenda agenda, Identifier resource) {
        if (agenda.knows(resource)) {
            return Optional.empty();
        }
        return Optional.of(resource instanceof RoomId
                ? Problem.of("agenda.room.unknown", "No room " + resource).with("room", resource)
                : Problem.of("agenda.equipment.unknown", "No equipment " + resource).with("equipment", resource));
    }

    private static Optional<Problem> badInterval(Interval during) {
        Optional<Problem> outside = Limits.checkInstant("outage start", during.start())
                .or(() -> Limits.checkInstant("outage end", during.end()));
        if (outside.isPresent()) {
            return outside;
        }
        if (during.isEmpty()) {
            return Optional.of(Problem.of("agenda.outage.empty", "An outage lasts some time").with("start", during.start()));
        }
        return Optional.empty();
    }

    private static Problem overlaps(Identifier resource, ResourceOutage other) {
        return Problem.of("agenda.outage.overlaps", resource.value() + " is out of service already from "
                        + other.during().start() + " to " + other.during().end())
                .with("resource", resource).with("start", other.during().start()).with("end", other.during().end());
    }

    private static Problem inconsistent(AgendaEvent event, Identifier resource, String reason, String message) {
        return Problem.of("agenda.replay.inconsistent", "The event does not fit the agenda: " + message)
                .with("action", event.action()).with("resource", resource).with("reason", reason);
    }
}
