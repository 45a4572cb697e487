package org.aso.core.correspondence;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * The visitor log: who came, from which organisation, to see whom, when they arrived and left,
 * and the badge they were given.
 *
 * <p>Immutable and thread-safe; share it through a {@link org.aso.core.kernel.SharedState}.
 */
public final class VisitorLog {
    private final Vector<Visit> visits;

    private VisitorLog(Vector<Visit> visits) {
        this.visits = visits;
    }

    /** An empty log. */
    public static VisitorLog empty() {
        return new VisitorLog(Vector.empty());
    }

    /** One visit. */
    @Value.Immutable
    public abstract static class Visit {
        Visit() {}

        /** Its place in the log, from 1. */
        public abstract long sequence();

        /** The visitor's name. */
        public abstract String visitor();

        /** Their organisation. */
        public abstract Optional<String> organisation();

        /** Whom they visit. */
        public abstract PersonId host();

        /** When they arrived. */
        public abstract Instant arrival();

        /** When they left. */
        public abstract Optional<Instant> departure();

        /** The badge they wear. */
        public abstract Optional<String> badge();

        /** True while the visitor is in the building. */
        public boolean isOnSite() {
            return departure().isEmpty();
        }

        abstract Visit withDeparture(Instant departure);
    }

    /** A log after a change, and the visit changed. */
    public record Recorded(VisitorLog log, Visit visit) {}

    /**
     * Records an arrival at the context's instant.
     *
     * @return the new log, or {@code correspondence.visit.missing-visitor} (no name, or a blank badge),
     *     {@code kernel.text.*} (the name or organisation breaks the {@link Text} rules of a
     *     {@link Text.Kind#NAME}, the badge those of a name of at most 50 characters),
     *     {@code correspondence.visit.badge-in-use} (worn by a visitor still on site),
     *     {@code kernel.range.instant} (the instant is outside the supported range)
     */
    public Either<Problem, Recorded> arrive(String visitor, Optional<String> organisation, PersonId host,
                                            Optional<String> badge, Context ctx) {
        Optional<Problem> outside = Limits.checkInstant("decision time", ctx.at());
        if (outside.isPresent()) {
            return Either.left(outside.get());
        }
        if (visitor == null || visitor.isBlank() || badge.filter(String::isBlank).isPresent()) {
            return Either.left(Problem.of("correspondence.visit.missing-visitor",
                    "The visitor's name is required, and a badge is not blank"));
        }
        Optional<Problem> badText = Text.check("visitor", visitor, Text.Kind.NAME)
                .flatMap(v -> organisation.map(o -> Text.check("organisation", o, Text.Kind.NAME)).orElse(Either.right(v)))
                .flatMap(v -> badge.map(b -> Text.check("badge", b, Text.Kind.NAME, 50)).orElse(Either.right(v)))
                .swap().toJavaOptional();
        if (badText.isPresent()) {
            return Either.left(badText.get());
        }
        if (badge.isPresent() && visits.exists(v -> v.isOnSite() && v.badge().equals(badge))) {
            return Either.left(Problem.of("correspondence.visit.badge-in-use",
                    "Badge " + badge.get() + " is worn by a visitor still on site").with("badge", badge.get()));
        }
        Visit v = ImmutableVisit.builder().sequence(visits.size() + 1L).visitor(visitor.strip())
                .organisation(organisation).host(host).arrival(ctx.at()).badge(badge).build();
        return Either.right(new Recorded(new VisitorLog(visits.append(v)), v));
    }

    /**
     * Records a departure at the context's instant.
     *
     * @return the new log, or {@code correspondence.visit.unknown}, {@code ...already-left},
     *     {@code ...departure-before-arrival}, {@code kernel.range.instant}
     */
    public Either<Problem, Recorded> depart(long sequence, Context ctx) {
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
            return Either.left(Problem.of("correspondence.visit.departure-before-arrival",
                    "A departure cannot come before the arrival").with("sequence", sequence));
        }
        Visit left = v.withDeparture(ctx.at());
        return Either.right(new Recorded(new VisitorLog(visits.update((int) sequence - 1, left)), left));
    }

    /** Every visit, oldest first. */
    public List<Visit> visits() {
        return visits.asJava();
    }

    /** The visitors in the building now. */
    public List<Visit> onSite() {
        return visits.filter(Visit::isOnSite).asJava();
    }
}
