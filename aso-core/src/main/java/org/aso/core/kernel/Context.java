package org.aso.core.kernel;

import java.time.Clock;
import java.time.Instant;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * Who decides, and when: the instant of a decision, the acting person and their clearance.
 *
 * <p>Core services never read a clock; the host passes a context built from its own clock:
 * <pre>{@code
 * Context ctx = Context.at(clock, officer);   // clock.instant(), officer.id(), officer.clearance()
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class Context {
    Context() {}

    /** {@return the instant of the decision} */
    @Value.Parameter
    public abstract Instant at();

    /** {@return the person acting} */
    @Value.Parameter
    public abstract PersonId actor();

    /** {@return what the actor may see} */
    @Value.Parameter
    public abstract Clearance clearance();

    /**
     * {@return a context at a given instant}
     *
     * @param at the instant of the decision
     * @param actor who decides
     * @param clearance what the actor may see
     */
    public static Context of(Instant at, PersonId actor, Clearance clearance) {
        return ImmutableContext.of(at, actor, clearance);
    }

    /**
     * {@return a context for {@code person} acting at the clock's current instant}
     *
     * @param clock the host's clock, read once
     * @param person who acts; their id and clearance go into the context
     */
    public static Context at(Clock clock, Person person) {
        return of(clock.instant(), person.id(), person.clearance());
    }

    /**
     * {@return the same actor at another instant}
     *
     * @param instant the instant of the copy
     */
    public Context withInstant(Instant instant) {
        return of(instant, actor(), clearance());
    }
}
