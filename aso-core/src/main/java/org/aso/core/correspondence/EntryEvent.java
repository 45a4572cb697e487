package org.aso.core.correspondence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;
import org.aso.core.internal.EventDetails;

/**
 * Something that happened to an entry of a register: one record per decision of {@link Register},
 * with typed fields. Every event names its entry, register and number, the instant and actor of
 * the decision, and keeps the stable {@link #action()} code of its kind
 * ({@code "correspondence.registered"}, {@code "correspondence.assigned"}, ...).
 *
 * <pre>{@code
 * for (EntryEvent e : change.events()) {
 *     auditTrail.append(e);                              // any DomainEvent
 *     eventStore.append(e.register(), e.schemaVersion(), e);
 *     if (e instanceof EntryEvent.Redirected r) {
 *         notify(r.to(), r.number());
 *     }
 * }
 * Register again = Register.replay(settings, eventStore.load(settings.id())).get();
 * }</pre>
 *
 * <h2>What an event carries</h2>
 * <ul>
 *   <li>The facts a host stores to rebuild the register ({@link Register#replay}): so
 *       {@link MailRegistered} carries the whole entry as registered and {@link ContentRecorded}
 *       the content recorded, whatever the actor's clearance. Events, like the register itself,
 *       are for the host to store with the same protection as the register; they are not for
 *       display to an actor. What a decision hands back for display is its entry, redacted for an
 *       actor who may not see the content ({@link Register.Change#entry()}).
 *   <li>{@link #details()}, which go to the audit trail and to adapters read by people without
 *       clearance, never hold content (subject, summary, attachments, an assignment's note): only
 *       ids, codes, dates and the reason the actor gave for a redirection, a delay or a
 *       cancellation. {@link Object#toString()} shows the number, the action and the details only.
 * </ul>
 *
 * <h2>Versions</h2>
 * This is version {@value #SCHEMA_VERSION} of the family's schema ({@link #schemaVersion()}).
 * Within a version no record or component is renamed or removed, and no component changes
 * meaning. A later version that adds, renames or changes a component increases
 * {@code SCHEMA_VERSION}; a store writes the version next to each event, and a reader of the
 * later version upgrades an event of an older version to the current records (filling what the
 * older one did not record with the value its decisions implied) before replay.
 *
 * <p>Implementations are immutable records and thread-safe.
 */
public sealed interface EntryEvent extends DomainEvent
        permits EntryEvent.MailRegistered, EntryEvent.Assigned, EntryEvent.Redirected, EntryEvent.StatusChanged,
        EntryEvent.ReplyLinked, EntryEvent.Acknowledged, EntryEvent.ContentRecorded, EntryEvent.DelayExplained,
        EntryEvent.Cancelled {

    /** The version of this family's schema: the records and components below. */
    int SCHEMA_VERSION = 1;

    /** {@return the entry it happened to} */
    EntryId entry();

    /** {@return the entry's register} */
    RegisterId register();

    /** {@return the entry's number} */
    ReferenceNumber number();

    /** The entry's id. */
    @Override
    default EntryId subject() {
        return entry();
    }

    /** {@value #SCHEMA_VERSION}. */
    @Override
    default int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * A piece of mail was registered: {@code mail} is the new entry whole, content included, with
     * its number, deadlines and status (replay adds it as is). Its instant and actor are the
     * entry's {@code registeredAt} and {@code registeredBy}.
     *
     * <p>Action {@code "correspondence.registered"}; details {@code direction}, {@code channel},
     * {@code grade} (its code) and {@code replyDue} (a date or {@code none}).
     */
    record MailRegistered(Entry mail) implements EntryEvent {
        /**
         * The event.
         *
         * @param mail the new entry, whole
         */
        public MailRegistered {
            Objects.requireNonNull(mail, "mail");
        }

        @Override
        public EntryId entry() {
            return mail.id();
        }

        @Override
        public RegisterId register() {
            return mail.register();
        }

        @Override
        public ReferenceNumber number() {
            return mail.number();
        }

        @Override
        public Instant at() {
            return mail.registeredAt();
        }

        @Override
        public PersonId actor() {
            return mail.registeredBy();
        }

        @Override
        public String action() {
            return "correspondence.registered";
        }

        @Override
        public Map<String, String> details() {
            return EntryEvent.details("direction", mail.direction(), "channel", mail.channel(),
                    "grade", mail.grade().code(), "replyDue", mail.replyDue().map(LocalDate::toString).orElse("none"));
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The entry was given to {@code assignee} for {@code purpose}, with an optional instruction.
     * An assignment for action makes a {@link EntryStatus#REGISTERED} entry
     * {@link EntryStatus#ASSIGNED}.
     *
     * <p>Action {@code "correspondence.assigned"}; details {@code assignee} and {@code purpose}
     * (the note stays out).
     */
    record Assigned(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor,
                    Identifier assignee, Assignment.Purpose purpose, Optional<String> note) implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         * @param assignee who or which unit it went to
         * @param purpose for action or for information
         * @param note the instruction, if any
         */
        public Assigned {
            requireNonNull(entry, register, number, at, actor, assignee, purpose, note);
        }

        @Override
        public String action() {
            return "correspondence.assigned";
        }

        @Override
        public Map<String, String> details() {
            return EntryEvent.details("assignee", assignee.value(), "purpose", purpose);
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The entry went to another handler: the active assignments for action ended and one to
     * {@code to} started, with {@code reason} as its note; a {@link EntryStatus#REGISTERED} entry
     * became {@link EntryStatus#ASSIGNED}.
     *
     * <p>Action {@code "correspondence.redirected"}; details {@code from} (the handler before, or
     * {@code none}), {@code to} and {@code reason}.
     *
     * @param from the handler before, if there was one
     */
    record Redirected(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor,
                      Optional<Identifier> from, Identifier to, String reason) implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         * @param from the handler before, if any
         * @param to the new handler
         * @param reason why
         */
        public Redirected {
            requireNonNull(entry, register, number, at, actor, from, to, reason);
        }

        @Override
        public String action() {
            return "correspondence.redirected";
        }

        @Override
        public Map<String, String> details() {
            return EntryEvent.details("from", from.map(Identifier::value).orElse("none"), "to", to.value(),
                    "reason", reason);
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The entry's status changed from {@code from} to {@code to}; a move to
     * {@link EntryStatus#CLOSED} records the instant as its closing.
     *
     * <p>Action {@code "correspondence.status-changed"}; details {@code from} and {@code to}.
     */
    record StatusChanged(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor,
                         EntryStatus from, EntryStatus to) implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         * @param from the status before
         * @param to the status after
         */
        public StatusChanged {
            requireNonNull(entry, register, number, at, actor, from, to);
        }

        @Override
        public String action() {
            return "correspondence.status-changed";
        }

        @Override
        public Map<String, String> details() {
            return EntryEvent.details("from", from, "to", to);
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The outgoing entry {@code reply} was linked as an answer to this (incoming or internal)
     * entry: its clock stopped (at the first reply), an open entry became
     * {@link EntryStatus#ANSWERED}, and the reply lists this entry among those it answers. One
     * event per entry answered.
     *
     * <p>Action {@code "correspondence.answered"}; detail {@code reply} (the reply's number).
     */
    record ReplyLinked(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor,
                       EntryId reply, ReferenceNumber replyNumber) implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         * @param reply the outgoing entry that answers it
         * @param replyNumber the reply's registration number
         */
        public ReplyLinked {
            requireNonNull(entry, register, number, at, actor, reply, replyNumber);
        }

        @Override
        public String action() {
            return "correspondence.answered";
        }

        @Override
        public Map<String, String> details() {
            return EntryEvent.details("reply", replyNumber.text());
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The acknowledgement of receipt of the entry was sent.
     *
     * <p>Action {@code "correspondence.acknowledged"}; no details.
     */
    record Acknowledged(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor)
            implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         */
        public Acknowledged {
            requireNonNull(entry, register, number, at, actor);
        }

        @Override
        public String action() {
            return "correspondence.acknowledged";
        }

        @Override
        public Map<String, String> details() {
            return Map.of();
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The addressee (or someone cleared for its grading) recorded the content of mail passed on
     * unopened. The event carries that content (for replay); its details do not.
     *
     * <p>Action {@code "correspondence.content-recorded"}; no details.
     *
     * @param subjectMatter the entry's new {@link Entry#subject()} (named apart from
     *     {@link #subject()}, which is the entry's id)
     * @param summary the entry's new summary
     * @param attachments the entry's new attachments
     */
    record ContentRecorded(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor,
                           String subjectMatter, Optional<String> summary, List<String> attachments)
            implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         * @param subjectMatter the recorded subject
         * @param summary the recorded summary, if any
         * @param attachments the references of the attached documents
         */
        public ContentRecorded {
            requireNonNull(entry, register, number, at, actor, subjectMatter, summary, attachments);
            attachments = List.copyOf(attachments);
        }

        @Override
        public String action() {
            return "correspondence.content-recorded";
        }

        @Override
        public Map<String, String> details() {
            return Map.of();
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The handler recorded why the entry is late.
     *
     * <p>Action {@code "correspondence.delay-explained"}; detail {@code reason}.
     */
    record DelayExplained(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor,
                          String reason) implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         * @param reason why the entry is late
         */
        public DelayExplained {
            requireNonNull(entry, register, number, at, actor, reason);
        }

        @Override
        public String action() {
            return "correspondence.delay-explained";
        }

        @Override
        public Map<String, String> details() {
            return EntryEvent.details("reason", reason);
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /**
     * The entry was cancelled: it stays in the register, marked, and its number is not given
     * again.
     *
     * <p>Action {@code "correspondence.cancelled"}; detail {@code reason}.
     */
    record Cancelled(EntryId entry, RegisterId register, ReferenceNumber number, Instant at, PersonId actor,
                     String reason) implements EntryEvent {
        /**
         * The event; every component is required.
         *
         * @param entry the entry it happened to
         * @param register its register
         * @param number its registration number
         * @param at when it happened
         * @param actor who took the decision
         * @param reason why it was cancelled
         */
        public Cancelled {
            requireNonNull(entry, register, number, at, actor, reason);
        }

        @Override
        public String action() {
            return "correspondence.cancelled";
        }

        @Override
        public Map<String, String> details() {
            return EntryEvent.details("reason", reason);
        }

        @Override
        public String toString() {
            return EntryEvent.text(this);
        }
    }

    /** Key/value pairs as an unmodifiable map in the order given; values via {@code String.valueOf}. */
    private static Map<String, String> details(Object... keysAndValues) {
        return EventDetails.of(keysAndValues);
    }

    /** What {@code toString} shows: the kind, the number, the actor, the instant and the details, never content. */
    private static String text(EntryEvent e) {
        return e.getClass().getSimpleName() + "[" + e.number() + " by " + e.actor() + " at " + e.at() + " "
                + e.details() + "]";
    }

    /** Throws a {@link NullPointerException} if any component is null. */
    private static void requireNonNull(Object... components) {
        for (Object c : components) {
            Objects.requireNonNull(c, "an event's components are all required");
        }
    }
}
