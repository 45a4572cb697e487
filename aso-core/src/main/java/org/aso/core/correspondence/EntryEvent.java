package org.aso.core.correspondence;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * Something that happened to an entry of a register, for the audit trail, for notifications and
 * for hosts that persist events.
 *
 * <p>An event never carries the content of its entry (subject, summary, attachments), whoever
 * acted and whatever the entry's grading: only ids, the entry's number, codes, dates and the text
 * the actor wrote in that decision (a reason for a redirection, a delay or a cancellation). So
 * events may go to an audit trail, to adapters and to a host's event store that people without
 * clearance can read. The register is restored from its entries, not from its events.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EntryEvent implements DomainEvent {
    EntryEvent() {}

    /** What happened. */
    public enum Kind {
        /** A piece of mail was registered. */
        REGISTERED("correspondence.registered"),
        /** It was given to someone. */
        ASSIGNED("correspondence.assigned"),
        /** Its handler changed. */
        REDIRECTED("correspondence.redirected"),
        /** Its status changed. */
        STATUS_CHANGED("correspondence.status-changed"),
        /** A reply was linked to it. */
        ANSWERED("correspondence.answered"),
        /** Its acknowledgement of receipt was sent. */
        ACKNOWLEDGED("correspondence.acknowledged"),
        /** Its addressee recorded the content of mail passed on unopened. */
        CONTENT_RECORDED("correspondence.content-recorded"),
        /** A reason for delay was recorded. */
        DELAY_EXPLAINED("correspondence.delay-explained"),
        /** It was cancelled. */
        CANCELLED("correspondence.cancelled");

        private final String action;

        Kind(String action) {
            this.action = action;
        }

        /** The stable action code. */
        public String action() {
            return action;
        }
    }

    /** What happened. */
    public abstract Kind kind();

    @Override
    public abstract Instant at();

    @Override
    public abstract PersonId actor();

    @Override
    public abstract EntryId subject();

    /** The register. */
    public abstract RegisterId register();

    /** The entry's number, as printed. */
    public abstract String number();

    @Override
    public abstract Map<String, String> details();

    @Override
    public String action() {
        return kind().action();
    }

    static Builder builder() {
        return new Builder();
    }

    static class Builder extends ImmutableEntryEvent.Builder {}
}
