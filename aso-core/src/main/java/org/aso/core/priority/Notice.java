package org.aso.core.priority;

import java.time.Instant;
import java.util.Optional;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A notice that escalation found due, as a value a mail adapter can send later: to whom, about
 * which task, of what kind, since when, and why.
 *
 * <pre>{@code
 * // ESCALATION t-1 -> p-1 since 2024-05-14T07:00:00Z: 'Reply to the deputy' (p-17, unit S2) was due ...
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Notice {
    Notice() {}

    /** The task the notice is about. */
    public abstract TaskId task();

    /** The rung of the ladder. */
    public abstract NoticeKind kind();

    /**
     * Whom to send it to: the assignee for reminders and overdue notices, the head of the unit
     * above for escalations; empty for exception-report entries and for an escalation with no
     * head above.
     */
    public abstract Optional<PersonId> recipient();

    /** The instant from which the notice was due (it may be given later, at evaluation). */
    public abstract Instant dueSince();

    /** Why, in a sentence for people. */
    public abstract String reason();

    static ImmutableNotice.Builder builder() {
        return ImmutableNotice.builder();
    }

    @Override
    public String toString() {
        return kind() + " " + task() + recipient().map(r -> " -> " + r).orElse("") + " since " + dueSince() + ": " + reason();
    }
}
