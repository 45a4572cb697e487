package org.aso.core.priority;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aso.core.kernel.PriorityGrade;

/**
 * Which {@link EscalationLadder} applies to which grade: one ladder per grade code, and a
 * default for the others.
 *
 * <pre>{@code
 * EscalationPolicy policy = EscalationPolicy.defaults()                  // 2, 2, 5 working days
 *         .withLadder("very-urgent", EscalationLadder.of(1, 1, 2));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class EscalationPolicy {
    private final EscalationLadder fallback;
    private final Map<String, EscalationLadder> byGrade;

    private EscalationPolicy(EscalationLadder fallback, Map<String, EscalationLadder> byGrade) {
        this.fallback = fallback;
        this.byGrade = byGrade;
    }

    /**
     * {@return every grade on the same ladder}
     *
     * @param ladder the ladder of every grade
     */
    public static EscalationPolicy of(EscalationLadder ladder) {
        return new EscalationPolicy(Objects.requireNonNull(ladder, "ladder"), Map.of());
    }

    /** {@return the usual policy: reminder 2 working days before, escalation 2 working days after, exception report 5 after} */
    public static EscalationPolicy defaults() {
        return of(EscalationLadder.of(2, 2, 5));
    }

    /**
     * {@return a copy where grade {@code gradeCode} has its own ladder}
     *
     * @param gradeCode the grade's code
     * @param ladder its ladder
     */
    public EscalationPolicy withLadder(String gradeCode, EscalationLadder ladder) {
        Objects.requireNonNull(gradeCode, "gradeCode");
        Objects.requireNonNull(ladder, "ladder");
        Map<String, EscalationLadder> m = new TreeMap<>(byGrade);
        m.put(gradeCode, ladder);
        return new EscalationPolicy(fallback, Map.copyOf(m));
    }

    /**
     * {@return the ladder of a grade}
     *
     * @param grade the grade
     */
    public EscalationLadder ladderFor(PriorityGrade grade) {
        return byGrade.getOrDefault(grade.code(), fallback);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EscalationPolicy p && fallback.equals(p.fallback) && byGrade.equals(p.byGrade);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fallback, byGrade);
    }

    @Override
    public String toString() {
        return "EscalationPolicy" + new TreeMap<>(byGrade) + " otherwise " + fallback;
    }
}
