package org.aso.core.correspondence;

import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * The visitor log: who came, from which organisation, to see whom, when they arrived and left,
 * and the badge they were given. Visits are numbered 1, 2, 3, ... in the order of arrival; a
 * badge is worn by one visitor on site at a time.
 *
 * <pre>{@code
 * VisitorLog log = VisitorLog.empty(VisitorLogId.of("reception-B"));
 * VisitorLog.Change c = log.arrive("Mme Petit", Optional.of("Cour des comptes"), director,
 *         Optional.of("V-12"), ctx).get();
 * c.log().onSite();                            // Mme Petit
 * c.event();                                   // VisitorLogEvent.Arrived, to store
 * }</pre>
 *
 * <p>A host keeps a log in either of two ways: it stores the events of its decisions and rebuilds
 * the log with {@link #replay}, or it stores a {@link #snapshot()} and reads it back with
 * {@link #restore}, which refuses contents the decisions could not have produced. Each decision
 * computes its new log by applying the event it emits ({@link #evolve}), so a replay gives back
 * exactly the log the decisions returned.
 *
 * <p>Immutable and thread-safe; share it through a {@link org.aso.core.kernel.SharedState}. Equal
 * when the ids and the visits are equal.
 */
public final class VisitorLog {
    private final VisitorLogId id;
    private final Vector<Visit> visits;

    private VisitorLog(VisitorLogId id, Vector<Visit> visits) {
        this.id = id;
        this.visits = visits;
    }

    /**
     * An empty log.
     *
     * @param id the log's id, the subject of its events
     * @return the log, with no visit
     * @throws NullPointerException if the id is null
     */
    public static VisitorLog empty(VisitorLogId id) {
        return new VisitorLog(Objects.requireNonNull(id, "id"), Vector.empty());
    }

    /** {@return the log's id} */
    public VisitorLogId id() {
        return id;
    }

    /** One visit. */
    @Value.Immutable
    public abstract static class Visit {
        Visit() {}

        /** {@return its place in the log, from 1} */
        public abstract long sequence();

        /** {@return the visitor's name} */
        public abstract String visitor();

        /** {@return their organisation} */
        public abstract Optional<String> organisation();

        /** {@return whom they visit} */
        public abstract PersonId host();

        /** {@return when they arrived} */
        public abstract Instant arrival();

        /** {@return when they left} */
        public abstract Optional<Instant> departure();

        /** {@return the badge they wear} */
        public abstract Optional<String> badge();

        /** {@return true while the visitor is in the building} */
        public boolean isOnSite() {
            return departure().isEmpty();
        }

        abstract Visit withDeparture(Instant departure);

        /** {@return a new builder, for hosts reading visits back from their storage (see {@link VisitorLog#restore})} */
        public static Builder builder() {
            return new Builder();
        }

        /**
         * Builds a {@link Visit}: sequence, visitor, host and arrival are required. What makes a
         * visit fit its log is checked by {@link VisitorLog#restore}, not here.
         */
        public static class Builder extends ImmutableVisit.Builder {}
    }

    /**
     * What a decision did: the log after it, the visit as it now is, and the one event that
     * explains the change.
     *
     * @param log the new log
     * @param visit the visit that began or ended
     * @param event the event the decision emitted; {@code log} is this log's state after it
     */
    public record Change(VisitorLog log, Visit visit, VisitorLogEvent event) implements Outcome<VisitorLog> {
        /** The log after the decision, as {@link Outcome#state()}: the same as {@link #log()}. */
        @Override
        public VisitorLog state() {
            return log;
        }

        /** {@return the decision's one event, {@link #event()}, as a list} */
        @Override
        public java.util.List<VisitorLogEvent> events() {
            return java.util.List.of(event);
        }

        /**
         * The change; every component is required.
         *
         * @param log the new log
         * @param visit the visit that began or ended
         * @param event the event the decision emitted; {@code log} is this log's state after it
         */
        public Change {
            Objects.requireNonNull(log, "log");
            Objects.requireNonNull(visit, "visit");
            Objects.requireNonNull(event, "event");
        }
    }

    /**
     * Who arrives, as the reception writes it down: a name, and if given the organisation they
     * come from and the badge they are handed. Checked when the arrival is recorded
     * ({@link #arrive(Visitor, PersonId, Context)}), not when built.
     *
     * <pre>{@code
     * log.arrive(Visitor.named("Mme Petit").from("Cour des comptes").wearing("V-12"), director, ctx);
     * }</pre>
     *
     * <p>Immutable and thread-safe; equal when name, organisation and badge are.
     */
    public static final class Visitor {
        private final String name;
        private final Optional<String> organisation;
        private final Optional<String> badge;

        private Visitor(String name, Optional<String> organisation, Optional<String> badge) {
            this.name = name;
            this.organisation = organisation;
            this.badge = badge;
        }

        /**
         * A visitor with a name, no organisation and no badge.
         *
         * @param name the visitor's name; not null (a blank name is refused on arrival)
         * @return the visitor
         * @throws NullPointerException if {@code name} is null
         */
        public static Visitor named(String name) {
            return new Visitor(Objects.requireNonNull(name, "name"), Optional.empty(), Optional.empty());
        }

        /**
         * The same visitor, from {@code organisation}.
         *
         * @param organisation the organisation they come from; not null
         * @return a copy with the organisation
         * @throws NullPointerException if {@code organisation} is null
         */
        public Visitor from(String organisation) {
            return new Visitor(name, Optional.of(Objects.requireNonNull(organisation, "organisation")), badge);
        }

        /**
         * The same visitor, wearing {@code badge}.
         *
         * @param badge the badge they are handed; not null (a blank badge is refused on arrival)
         * @return a copy with the badge
         * @throws NullPointerException if {@code badge} is null
         */
        public Visitor wearing(String badge) {
            return new Visitor(name, organisation, Optional.of(Objects.requireNonNull(badge, "badge")));
        }

        /** {@return the visitor's name, as given} */
        public String name() {
            return name;
        }

        /** {@return the organisation they come from, if given} */
        public Optional<String> organisation() {
            return organisation;
        }

        /** {@return the badge they are handed, if any} */
        public Optional<String> badge() {
            return badge;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Visitor v && v.name.equals(name) && v.organisation.equals(organisation)
                    && v.badge.equals(badge);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, organisation, badge);
        }

        @Override
        public String toString() {
            return "Visitor[" + name + organisation.map(o -> ", " + o).orElse("") + badge.map(b -> ", badge " + b).orElse("")
                    + "]";
        }
    }

    /**
     * Records an arrival at the context's instant, as the next visit of the log.
     *
     * @return the change with a {@link VisitorLogEvent.Arrived}, or
     *     {@code correspondence.visit.missing-visitor} (no name, or a blank badge),
     *     {@code kernel.text.*} (the name or organisation breaks the {@link Text} rules of a
     *     {@link Text.Kind#NAME}, the badge those of a name of at most 50 characters),
     *     {@code correspondence.visit.badge-in-use} (worn by a visitor still on site),
     *     {@code kernel.range.instant} (the instant is outside the supported range)
     * @param visitor who arrives; not null
     * @param host whom they visit; not null
     * @param ctx who records the arrival, and when; not null
     */
    public Either<Problem, Change> arrive(Visitor visitor, PersonId host, Context ctx) {
        Objects.requireNonNull(visitor, "visitor");
        return arrive(visitor.name, visitor.organisation, host, visitor.badge, ctx);
    }

    /**
     * Records the arrival of a visitor known by name only (no organisation, no badge); otherwise as
     * {@link #arrive(Visitor, PersonId, Context)}.
     *
     * @param visitor the visitor's name; not null
     * @return the change, or the refusals of {@link #arrive(Visitor, PersonId, Context)}
     * @param host whom they visit; not null
     * @param ctx who records the arrival, and when; not null
     */
    public Either<Problem, Change> arrive(String visitor, PersonId host, Context ctx) {
        return arrive(Visitor.named(visitor), host, ctx);
    }

    private Either<Problem, Change> arrive(String visitor, Optional<String> organisation, PersonId host,
                                           Optional<String> badge, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        if (visitor == null || visitor.isBlank()) {
            return Either.left(missingVisitor());
        }
        List<Problem> wrong = problemsOf(visitor, organisation, badge);
        if (!wrong.isEmpty()) {
            return Either.left(wrong.get(0));
        }
        Optional<Visit> wearer = onSiteWith(badge);
        if (wearer.isPresent()) {
            return Either.left(badgeInUse(badge.get(), wearer.get()));
        }
        Visit v = Visit.builder().sequence(visits.size() + 1L).visitor(visitor.strip())
                .organisation(organisation).host(host).arrival(ctx.at()).badge(badge).build();
        VisitorLogEvent.Arrived event = new VisitorLogEvent.Arrived(id, v, ctx.actor());
        return evolve(event).map(log -> new Change(log, v, event));
    }

    private static Problem missingVisitor() {
        return Problem.of("correspondence.visit.missing-visitor", "The visitor's name is required, and a badge is not blank");
    }

    /** What is wrong with a visit's texts, in the order {@link #arrive} reports it. */
    private static List<Problem> problemsOf(String visitor, Optional<String> organisation, Optional<String> badge) {
        List<Problem> problems = new ArrayList<>();
        if (visitor.isBlank() || badge.filter(String::isBlank).isPresent()) {
            problems.add(missingVisitor());
        }
        Text.check("visitor", visitor, Text.Kind.NAME).swap().forEach(problems::add);
        organisation.ifPresent(o -> Text.check("organisation", o, Text.Kind.NAME).swap().forEach(problems::add));
        badge.ifPresent(b -> Text.check("badge", b, Text.Kind.NAME, 50).swap().forEach(problems::add));
        return problems;
    }

    private Optional<Visit> onSiteWith(Optional<String> badge) {
        return badge.isEmpty() ? Optional.empty() : visits.find(v -> v.isOnSite() && v.badge().equals(badge)).toJavaOptional();
    }

    private static Problem badgeInUse(String badge, Visit wearer) {
        return Problem.of("correspondence.visit.badge-in-use", "Badge " + badge + " is worn by a visitor still on site")
                .with("badge", badge).with("wornBy", wearer.sequence());
    }

    /**
     * Records a departure at the context's instant.
     *
     * @param sequence the visit's number in the log
     * @param ctx when, by whom
     * @return the change with a {@link VisitorLogEvent.Left}, or {@code correspondence.visit.unknown},
     *     {@code ...already-left}, {@code ...departure-before-arrival}, {@code kernel.range.instant}
     */
    public Either<Problem, Change> depart(long sequence, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        if (sequence < 1 || sequence > visits.size()) {
            return Either.left(Problem.of("correspondence.visit.unknown", "No visit " + sequence).with("sequence", sequence));
        }
        Visit v = visits.get((int) sequence - 1);
        if (!v.isOnSite()) {
            return Either.left(Problem.of("correspondence.visit.already-left", v.visitor() + " has already left")
                    .with("sequence", sequence));
        }
        if (ctx.at().isBefore(v.arrival())) {
            return Either.left(departureBeforeArrival(sequence));
        }
        VisitorLogEvent.Left event = new VisitorLogEvent.Left(id, sequence, ctx.at(), ctx.actor());
        return evolve(event).map(log -> new Change(log, log.visits.get((int) sequence - 1), event));
    }

    private static Problem departureBeforeArrival(long sequence) {
        return Problem.of("correspondence.visit.departure-before-arrival",
                "A departure cannot come before the arrival").with("sequence", sequence);
    }

    // ------------------------------------------------------------- events, snapshot

    /**
     * The log after {@code event}: the step every decision takes, and {@link #replay} repeats.
     * The event must fit this log: its log id is this one's; an arrival is numbered next, is on
     * site and wears no badge worn by a visitor on site; a departure is of a visit on site, at or
     * after its arrival. The visit's texts are not checked again (the decision that emitted the
     * event did).
     *
     * @param event the next event
     * @return the new log, or {@code correspondence.replay.inconsistent} (details say what does not
     *     fit)
     * @throws NullPointerException if the event is null
     */
    public Either<Problem, VisitorLog> evolve(VisitorLogEvent event) {
        Objects.requireNonNull(event, "event");
        if (!event.log().equals(id)) {
            return Either.left(LogReplay.inconsistent("The event is about another visitor log",
                    "log", event.log(), "expected", id));
        }
        if (event instanceof VisitorLogEvent.Arrived a) {
            Visit v = a.visit();
            if (v.sequence() != visits.size() + 1L) {
                return Either.left(LogReplay.inconsistent("Visit " + v.sequence() + " is not the next in the log",
                        "sequence", v.sequence(), "expected", visits.size() + 1L));
            }
            if (!v.isOnSite()) {
                return Either.left(LogReplay.inconsistent("An arriving visitor is on site", "sequence", v.sequence()));
            }
            Optional<Visit> wearer = onSiteWith(v.badge());
            if (wearer.isPresent()) {
                return Either.left(LogReplay.inconsistent("Badge " + v.badge().get() + " is worn by a visitor still on site",
                        "sequence", v.sequence(), "badge", v.badge().get(), "wornBy", wearer.get().sequence()));
            }
            return Either.right(new VisitorLog(id, visits.append(v)));
        }
        // the family is sealed: the other event is Left
        VisitorLogEvent.Left left = (VisitorLogEvent.Left) event;
        if (left.sequence() < 1 || left.sequence() > visits.size()) {
            return Either.left(LogReplay.inconsistent("No visit " + left.sequence(), "sequence", left.sequence()));
        }
        int at = (int) left.sequence() - 1;
        Visit v = visits.get(at);
        if (!v.isOnSite()) {
            return Either.left(LogReplay.inconsistent("Visit " + left.sequence() + " has already ended",
                    "sequence", left.sequence()));
        }
        if (left.at().isBefore(v.arrival())) {
            return Either.left(LogReplay.inconsistent("Visit " + left.sequence() + " ends before it began",
                    "sequence", left.sequence()));
        }
        return Either.right(new VisitorLog(id, visits.update(at, v.withDeparture(left.at()))));
    }

    /**
     * Rebuilds a log from the events of its decisions, oldest first: the log those decisions
     * returned. Costs one step per event, each step a scan of the visits on site when it is an
     * arrival with a badge.
     *
     * @param id the log's id
     * @param events the events as the decisions emitted them (upgraded to the current schema)
     * @return the log, or the first event that does not fit, coded
     *     {@code correspondence.replay.inconsistent}, with its {@code index} (from 0) and
     *     {@code action}
     * @throws NullPointerException if an argument or an event is null
     */
    public static Either<Problem, VisitorLog> replay(VisitorLogId id, Iterable<? extends VisitorLogEvent> events) {
        return LogReplay.fold(empty(id), events, VisitorLog::evolve);
    }

    /** {@return everything the log holds, for a host to store; {@link #restore} reads it back} */
    public VisitorLogSnapshot snapshot() {
        return new VisitorLogSnapshot(id, visits.asJava());
    }

    /**
     * The log a host stored, checked against the rules the decisions keep; every problem is
     * reported at once, each with the {@code index} (from 0) of its visit. Costs one pass over the
     * visits.
     *
     * <p>The badge rule is checked on the visitors still on site: two of them may not wear the
     * same badge. Past visits are not compared with each other, since the log orders visits by
     * the decisions that recorded them, not by their instants.
     *
     * @param snapshot what the host stored
     * @return the log, or the problems: {@code correspondence.visit.out-of-sequence} (a visit's
     *     sequence is not its place in the list), {@code kernel.range.instant} (an arrival or
     *     departure outside the supported range), {@code correspondence.visit.departure-before-arrival},
     *     {@code correspondence.visit.badge-in-use} (with {@code wornBy}, the sequence of the first
     *     visit on site with that badge), and what {@link #arrive} refuses in a visit:
     *     {@code ...missing-visitor}, {@code kernel.text.*}
     * @throws NullPointerException if the snapshot is null
     */
    public static Either<List<Problem>, VisitorLog> restore(VisitorLogSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        LogReplay.Findings found = new LogReplay.Findings();
        List<Visit> all = snapshot.visits();
        HashMap<String, Visit> badgesOnSite = HashMap.empty();
        for (int n = 0; n < all.size(); n++) {
            int i = n;
            Visit v = all.get(i);
            if (v.sequence() != i + 1L) {
                found.add(Problem.of("correspondence.visit.out-of-sequence",
                        "Visit " + v.sequence() + " is in place " + (i + 1) + " of the log")
                        .with("sequence", v.sequence()), "index", i);
            }
            for (Problem p : problemsOf(v.visitor(), v.organisation(), v.badge())) {
                found.add(p, "index", i);
            }
            Limits.checkInstant("arrival", v.arrival()).ifPresent(p -> found.add(p, "index", i));
            if (v.departure().isPresent()) {
                Optional<Problem> outside = Limits.checkInstant("departure", v.departure().get());
                outside.ifPresent(p -> found.add(p, "index", i));
                if (outside.isEmpty() && v.departure().get().isBefore(v.arrival())) {
                    found.add(departureBeforeArrival(v.sequence()), "index", i);
                }
            }
            if (v.isOnSite() && v.badge().isPresent()) {
                Optional<Visit> wearer = badgesOnSite.get(v.badge().get()).toJavaOptional();
                if (wearer.isPresent()) {
                    found.add(badgeInUse(v.badge().get(), wearer.get()), "index", i);
                } else {
                    badgesOnSite = badgesOnSite.put(v.badge().get(), v);
                }
            }
        }
        return found.isEmpty()
                ? Either.right(new VisitorLog(snapshot.log(), Vector.ofAll(all)))
                : Either.left(found.all());
    }

    /** {@return every visit, oldest first} */
    public List<Visit> visits() {
        return visits.asJava();
    }

    /** {@return the visitors in the building now} */
    public List<Visit> onSite() {
        return visits.filter(Visit::isOnSite).asJava();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VisitorLog other && id.equals(other.id) && visits.equals(other.visits);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + visits.hashCode();
    }

    @Override
    public String toString() {
        return "VisitorLog[" + id + ", " + visits.size() + " visits]";
    }
}
