package org.aso.core.priority;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;

/**
 * A task's urgency at an instant: the score, its breakdown term by term, and its quadrant, so
 * that a person can see why a task is on top.
 *
 * <pre>{@code
 * Urgency u = triage.score(task, at);
 * u.score();                       // 22.61
 * u.breakdown().forEach(System.out::println);
 * // DUE 0.61 x 12.0 = 7.27 (due 2024-05-10T15:30:00Z, in 3.4 days)
 * // ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Urgency {
    /**
     * The ranking order, a total order on the urgencies of distinct tasks: score descending, then
     * due moment ascending, then creation ascending, then task id ascending.
     */
    public static final Comparator<Urgency> RANKING = Comparator.comparingDouble(Urgency::score).reversed()
            .thenComparing(Urgency::due)
            .thenComparing(u -> u.task().createdAt())
            .thenComparing(u -> u.task().id());

    Urgency() {}

    /** {@return the task scored} */
    public abstract Task task();

    /** {@return the instant the score was computed for} */
    public abstract Instant at();

    /** {@return the task's due moment on the calendar used (see {@link Task#dueInstant})} */
    public abstract Instant due();

    /** {@return one line per term, in the order of {@link UrgencyTerm}} */
    public abstract List<Contribution> breakdown();

    /** {@return the task's quadrant under the policy's thresholds} */
    public abstract Quadrant quadrant();

    /** {@return the sum of the contributions} */
    @Value.Derived
    public double score() {
        double s = 0;
        for (Contribution c : breakdown()) {
            s += c.contribution();
        }
        return s;
    }

    /**
     * {@return the contribution of one term (zero if the breakdown lacks it)}
     *
     * @param term the term
     */
    public double contributionOf(UrgencyTerm term) {
        for (Contribution c : breakdown()) {
            if (c.term() == term) {
                return c.contribution();
            }
        }
        return 0;
    }

    /** A new builder. */
    static ImmutableUrgency.Builder builder() {
        return ImmutableUrgency.builder();
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %.2f %s", task().id(), score(), quadrant());
    }
}
