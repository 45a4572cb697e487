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
 * <p>Structure checked on construction: a reason, a recipient for reminders and overdue notices,
 * none for exception-report entries. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Notice {
    Notice() {}

    /** {@return the task the notice is about} */
    public abstract TaskId task();

    /** {@return the rung of the ladder} */
    public abstract NoticeKind kind();

    /**
     * {@return whom to send it to: the assignee for reminders and overdue notices, the head of the unit
     * above for escalations; empty for exception-report entries and for an escalation with no
     * head above}
     */
    public abstract Optional<PersonId> recipient();

    /** {@return the instant from which the notice was due (it may be given later, at evaluation)} */
    public abstract Instant dueSince();

    /** {@return why, in a sentence for people} */
    public abstract String reason();

    /** {@return a new builder, for hosts that rebuild notices (and the events that carry them) from storage} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Notice}; all but the recipient are required.
     *
     * @see #builder()
     */
    public static class Builder extends ImmutableNotice.Builder {}

    @Value.Check
    void check() {
        if (reason().isBlank()) {
            throw new IllegalArgumentException("A notice says why: " + task() + " " + kind());
        }
        boolean toAssignee = kind() == NoticeKind.REMINDER || kind() == NoticeKind.OVERDUE;
        if (toAssignee && recipient().isEmpty() || kind() == NoticeKind.EXCEPTION_REPORT && recipient().isPresent()) {
            throw new IllegalArgumentException("Reminders and overdue notices go to the assignee, exception-report"
                    + " entries to no one: " + kind() + " to " + recipient());
        }
    }

    @Override
    public String toString() {
        return kind() + " " + task() + recipient().map(r -> " -> " + r).orElse("") + " since " + dueSince() + ": " + reason();
    }
}
