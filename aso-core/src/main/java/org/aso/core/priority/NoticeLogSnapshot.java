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
 * The contents of a {@link NoticeLog}: the kinds of notice issued for each task, and the instant of
 * the last evaluation. A host that stores state rather than events (or beside them, to replay
 * fewer) stores a snapshot and {@link NoticeLog#restore restores} the log from it, so that no
 * notice is given twice after a restart; the restore checks the invariants that the decisions keep.
 *
 * <pre>{@code
 * NoticeLogSnapshot s = log.snapshot();
 * store.save(s.schemaVersion(), s);
 * NoticeLog again = NoticeLog.restore(store.load()).get();   // equal to log
 * }</pre>
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the schema of a snapshot. A store writes
 * {@link #schemaVersion()} next to it. Within a version nothing is renamed, removed or given another
 * meaning; a change of that kind makes version 2, and a reader of version 2 upgrades a stored
 * version-1 snapshot to the current record before restoring it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param issued the kinds of notice issued, by task (copied, ordered by task id)
 * @param evaluatedAt the instant of the last evaluation, if any
 */
public record NoticeLogSnapshot(Map<TaskId, Set<NoticeKind>> issued, Optional<Instant> evaluatedAt) {
    /** The version of the schema of a snapshot; see "Versions" above. */
    public static final int SCHEMA_VERSION = 1;

    /**
     * A snapshot.
     *
     * @param issued the kinds of notice issued, by task
     * @param evaluatedAt the instant of the last evaluation, if any
     * @throws NullPointerException if an argument, a task, a set of kinds or a kind is null
     */
    public NoticeLogSnapshot {
        Map<TaskId, Set<NoticeKind>> copy = new TreeMap<>();
        for (Map.Entry<TaskId, Set<NoticeKind>> e : issued.entrySet()) {
            Set<NoticeKind> kinds = EnumSet.noneOf(NoticeKind.class);
            for (NoticeKind k : e.getValue()) {
                kinds.add(Objects.requireNonNull(k, "kind"));
            }
            copy.put(Objects.requireNonNull(e.getKey(), "task"), Collections.unmodifiableSet(kinds));
        }
        issued = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    }

    /** {@return {@value #SCHEMA_VERSION}, the version of this snapshot's schema} */
    public int schemaVersion() {
        return SCHEMA_VERSION;
    }
}
