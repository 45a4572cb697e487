package org.aso.core.priority;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A piece of work to place in the day's plan: what remains to be done of a task, when it is due,
 * how urgent it is (a score computed elsewhere), whether it may be cut across gaps, and what it
 * waits for.
 *
 * <pre>{@code
 * PlanItem memo = PlanItem.builder()
 *         .id(TaskId.of("t-7"))
 *         .title("Draft the memo to the director")
 *         .effort(Duration.ofMinutes(90))
 *         .due(Instant.parse("2026-03-10T16:00:00Z"))
 *         .urgency(0.8)
 *         .splittable(true)
 *         .minimumChunk(Duration.ofMinutes(30))
 *         .addDependsOn(TaskId.of("t-6"))
 *         .build();
 * }</pre>
 *
 * <p>A dependency on a task that is not among the items being planned counts as done.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanItem {
    /** The longest effort an item may carry: a year of continuous work is already a mistake. */
    public static final Duration MAX_EFFORT = Duration.ofDays(366);

    PlanItem() {}

    /** {@return the task's id} */
    public abstract TaskId id();

    /** {@return a short title for people} */
    public abstract String title();

    /** {@return the work that remains, strictly positive} */
    public abstract Duration effort();

    /** {@return when the work must be finished, if it has a deadline} */
    public abstract Optional<Instant> due();

    /** {@return the urgency score; higher goes first among items with the same deadline} Zero unless given. */
    @Value.Default
    public double urgency() {
        return 0;
    }

    /** {@return true if the work may be cut into several blocks across gaps} False unless given. */
    @Value.Default
    public boolean splittable() {
        return false;
    }

    /**
     * {@return the shortest block a splittable item may be cut into (the last block may be shorter if less
     * work remains); ignored when the item is not splittable} No minimum unless given.
     */
    public abstract Optional<Duration> minimumChunk();

    /** {@return the tasks that must be finished before this one starts} */
    public abstract Set<TaskId> dependsOn();

    /** {@return the earliest moment the work may start, if any} */
    public abstract Optional<Instant> notBefore();

    /**
     * {@return a copy with another remaining effort}
     *
     * @param effort the remaining effort
     */
    public abstract PlanItem withEffort(Duration effort);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@return the plan item of a ranked task: its id, title, effort (at least a minute, at most {@link #MAX_EFFORT}), due instant,
     * urgency score and dependencies; splittable as asked}
     *
     * <pre>{@code
     * List<PlanItem> items = triage.rank(tasks, now).get().stream()
     *         .map(u -> PlanItem.of(u, true)).toList();
     * }</pre>
     *
     * @param urgency the ranked task
     * @param splittable whether the work may be cut into several blocks
     */
    public static PlanItem of(Urgency urgency, boolean splittable) {
        Task t = urgency.task();
        Duration effort = t.effort().compareTo(Duration.ofMinutes(1)) < 0 ? Duration.ofMinutes(1)
                : t.effort().compareTo(MAX_EFFORT) > 0 ? MAX_EFFORT : t.effort();
        return builder().id(t.id()).title(t.title()).effort(effort).due(urgency.due()).urgency(urgency.score())
                .splittable(splittable).addAllDependsOn(t.dependencies()).build();
    }


    /** Builds a {@link PlanItem}; {@code id}, {@code title} and {@code effort} are required. */
    public static class Builder extends ImmutablePlanItem.Builder {}

    @Value.Check
    void check() {
        if (title().isBlank()) {
            throw new IllegalArgumentException("A plan item needs a title (id " + id() + ")");
        }
        if (effort().isNegative() || effort().isZero() || effort().compareTo(MAX_EFFORT) > 0) {
            throw new IllegalArgumentException("The effort of " + id() + " is between zero (excluded) and a year: " + effort());
        }
        if (Double.isNaN(urgency()) || Double.isInfinite(urgency())) {
            throw new IllegalArgumentException("The urgency of " + id() + " is a finite number: " + urgency());
        }
        if (minimumChunk().isPresent() && (minimumChunk().get().isNegative() || minimumChunk().get().isZero())) {
            throw new IllegalArgumentException("The minimum chunk of " + id() + " is positive: " + minimumChunk().get());
        }
    }
}
