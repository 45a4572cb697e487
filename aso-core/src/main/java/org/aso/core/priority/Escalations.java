package org.aso.core.priority;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What escalation has already issued: for each task, the kinds of notice given, and the instant
 * of the last evaluation. {@link Escalation#evaluate} takes one and returns the next, so that a
 * notice is given once.
 *
 * <pre>{@code
 * Escalations state = Escalations.none();
 * EscalationRound round = escalation.evaluate(state, tasks, at).get();
 * send(round.notices());
 * state = round.state();              // keep it for the next evaluation
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Escalations {
    private static final Escalations NONE = new Escalations(Map.of(), null);

    private final Map<TaskId, Set<NoticeKind>> issued;
    private final Instant evaluatedAt;

    private Escalations(Map<TaskId, Set<NoticeKind>> issued, Instant evaluatedAt) {
        this.issued = issued;
        this.evaluatedAt = evaluatedAt;
    }

    /** Nothing issued yet, never evaluated. */
    public static Escalations none() {
        return NONE;
    }

    /** True if a notice of {@code kind} was issued for {@code task}. */
    public boolean isIssued(TaskId task, NoticeKind kind) {
        Set<NoticeKind> s = issued.get(task);
        return s != null && s.contains(kind);
    }

    /** The kinds of notice issued for {@code task} (unmodifiable, possibly empty). */
    public Set<NoticeKind> issued(TaskId task) {
        return issued.getOrDefault(task, Set.of());
    }

    /** The kinds of notice issued, by task (unmodifiable). */
    public Map<TaskId, Set<NoticeKind>> issued() {
        return Collections.unmodifiableMap(issued);
    }

    /** The instant of the last evaluation, if any. */
    public Optional<Instant> evaluatedAt() {
        return Optional.ofNullable(evaluatedAt);
    }

    /**
     * Returns a copy that forgets the notices of {@code task}, e.g. after its due date was moved,
     * so that its ladder starts again.
     */
    public Escalations withoutTask(TaskId task) {
        Objects.requireNonNull(task, "task");
        if (!issued.containsKey(task)) {
            return this;
        }
        Map<TaskId, Set<NoticeKind>> m = new TreeMap<>(issued);
        m.remove(task);
        return new Escalations(Collections.unmodifiableMap(m), evaluatedAt);
    }

    Escalations next(Iterable<Notice> notices, Instant at) {
        Map<TaskId, Set<NoticeKind>> m = new TreeMap<>(issued);
        for (Notice n : notices) {
            Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
            kinds.addAll(m.getOrDefault(n.task(), Set.of()));
            kinds.add(n.kind());
            m.put(n.task(), Collections.unmodifiableSet(kinds));
        }
        return new Escalations(Collections.unmodifiableMap(m), at);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Escalations e && issued.equals(e.issued) && Objects.equals(evaluatedAt, e.evaluatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issued, evaluatedAt);
    }

    @Override
    public String toString() {
        return "Escalations" + issued + " evaluated at " + evaluatedAt;
    }
}
