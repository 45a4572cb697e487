package org.aso.core.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;

/**
 * What a decision of {@link DossierRules} did to a dossier, one record per thing that happens.
 * Every event names its dossier, the instant and actor of the decision
 * ({@link org.aso.core.kernel.Context}) and a stable {@link #action()} code such as
 * {@code "dossier.transferred"}; its other components are typed values.
 *
 * <pre>{@code
 * for (DossierEvent e : change.events()) {
 *     auditTrail = auditTrail.append(e).get();      // any DomainEvent
 *     store.append(e.schemaVersion(), e);           // the host's event store
 *     if (e instanceof DossierEvent.Closed closed) {
 *         closed.retention().disposalOn();          // when to dispose of it
 *     }
 * }
 * DossierBook rebuilt = DossierBook.replay(rules, store.load()).get();
 * }</pre>
 *
 * <h2>What an event carries</h2>
 * <ul>
 *   <li>Its components are the facts a host stores to rebuild the book
 *       ({@link DossierBook#replay}), so the events of decisions on the content carry that content
 *       (the title and subject of {@link Opened}, the item of {@link ItemAdded}, the new title of
 *       {@link Retitled}, ...). Events, like the {@link Dossier} values they rebuild, are for the
 *       host to store, with the same protection as the dossiers, not for display: what may be shown
 *       to the actor of a decision is {@link DossierBook.Change#dossier()}. Those decisions need
 *       the actor to be cleared, so such an event only ever goes back to someone who may read it.
 *   <li>The events of the decisions that need no clearance (transfer, archiving, legal holds,
 *       disposal) carry no content: ids, people, dates, codes, the retention outcome and the
 *       reason the actor gave.
 *   <li>{@link #details()}, which go to the audit trail and to adapters, never copy content
 *       (titles, subjects, tags, item titles, note texts, action descriptions), whatever the event:
 *       audit trails are read by people without clearance.
 * </ul>
 *
 * <h2>Versions</h2>
 * The records below are version {@value #SCHEMA_VERSION} of the schema ({@link #schemaVersion()}).
 * A store writes the version next to each event. Within a version nothing is renamed, removed or
 * given another meaning; a change of that kind makes version 2, and a reader of version 2 upgrades
 * a stored version-1 event to the current records (filling what was added with the value the older
 * decisions implied) before it is replayed, so that {@link DossierBook#replay} only ever sees
 * current records.
 *
 * <p>Implementations are immutable records; their components are non-null
 * ({@link NullPointerException} otherwise).
 */
public sealed interface DossierEvent extends DomainEvent {

    /** The version of the schema of these records; see "Versions" above. */
    int SCHEMA_VERSION = 1;

    /** {@return the dossier it happened to} */
    DossierId dossier();

    /** The dossier's id. */
    @Override
    default Identifier subject() {
        return dossier();
    }

    /** {@value #SCHEMA_VERSION}, the version of these records. */
    @Override
    default int schemaVersion() {
        return SCHEMA_VERSION;
    }

    /**
     * A dossier was opened. The event carries everything the new dossier holds, so that a replay
     * can rebuild it; its {@link #details()} leave the title, subject and tags out.
     *
     * <p>Action code {@code "dossier.opened"}.
     *
     * @param subjectMatter the dossier's {@link Dossier#subject()} (named apart from
     *     {@link DomainEvent#subject()}, which is the dossier's id)
     * @param holder who has the file first
     * @param compartments the need-to-know compartments, sorted
     * @param tags the first tags, sorted
     */
    record Opened(
            DossierId dossier,
            Instant at,
            PersonId actor,
            ReferenceNumber reference,
            String title,
            String subjectMatter,
            ClassificationCode classification,
            OrgUnitId ownerUnit,
            PersonId holder,
            Confidentiality confidentiality,
            List<String> compartments,
            List<String> tags)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param reference its reference number
         * @param title its title
         * @param subjectMatter its subject
         * @param classification its classification code
         * @param ownerUnit the unit that owns it
         * @param holder who has the file first
         * @param confidentiality its confidentiality level
         * @param compartments its need-to-know compartments, sorted
         * @param tags its first tags, sorted
         */
        public Opened {
            Events.requireNonNull(
                    "dossier", dossier,
                    "at", at,
                    "actor", actor,
                    "reference", reference,
                    "title", title,
                    "subjectMatter", subjectMatter,
                    "classification", classification,
                    "ownerUnit", ownerUnit,
                    "holder", holder,
                    "confidentiality", confidentiality,
                    "compartments", compartments,
                    "tags", tags);
            compartments = List.copyOf(compartments);
            tags = List.copyOf(tags);
        }

        @Override
        public String action() {
            return "dossier.opened";
        }

        @Override
        public Map<String, String> details() {
            return Events.details(
                    "reference", reference,
                    "classification", classification,
                    "ownerUnit", ownerUnit,
                    "holder", holder,
                    "confidentiality", confidentiality,
                    "compartments", String.join(",", compartments));
        }
    }

    /**
     * The file passed from one person to another; the movement log has a new last entry.
     *
     * <p>Action code {@code "dossier.transferred"}.
     */
    record Transferred(
            DossierId dossier,
            Instant at,
            PersonId actor,
            PersonId from,
            PersonId to,
            String reason)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param from who had the file
         * @param to who has it now
         * @param reason why it moved
         */
        public Transferred {
            Events.requireNonNull(
                    "dossier", dossier,
                    "at", at,
                    "actor", actor,
                    "from", from,
                    "to", to,
                    "reason", reason);
        }

        @Override
        public String action() {
            return "dossier.transferred";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("from", from, "to", to, "reason", reason);
        }
    }

    /**
     * Work on the dossier started, was suspended awaiting a reply, or resumed.
     *
     * <p>Action code {@code "dossier.status-changed"}.
     */
    record StatusChanged(
            DossierId dossier,
            Instant at,
            PersonId actor,
            DossierStatus from,
            DossierStatus to,
            String reason)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param from the status before
         * @param to the status after
         * @param reason why
         */
        public StatusChanged {
            Events.requireNonNull(
                    "dossier", dossier,
                    "at", at,
                    "actor", actor,
                    "from", from,
                    "to", to,
                    "reason", reason);
        }

        @Override
        public String action() {
            return "dossier.status-changed";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("from", from, "to", to, "reason", reason);
        }
    }

    /**
     * An item was filed. The details give its number, kind, pages and volume, not its title.
     *
     * <p>Action code {@code "dossier.item-added"}.
     */
    record ItemAdded(
            DossierId dossier,
            Instant at,
            PersonId actor,
            Item item)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param item the item filed
         */
        public ItemAdded {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "item", item);
        }

        @Override
        public String action() {
            return "dossier.item-added";
        }

        @Override
        public Map<String, String> details() {
            return Events.details(
                    "item", item.number(),
                    "kind", item.kind(),
                    "pages", item.pages(),
                    "volume", item.volume());
        }
    }

    /**
     * A new volume was started because the next item would have passed the volume limits.
     *
     * <p>Action code {@code "dossier.volume-started"}.
     *
     * @param volume the number of the new volume
     */
    record VolumeStarted(
            DossierId dossier,
            Instant at,
            PersonId actor,
            int volume)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param volume the number of the new volume
         */
        public VolumeStarted {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor);
        }

        @Override
        public String action() {
            return "dossier.volume-started";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("volume", volume);
        }
    }

    /**
     * An action item (deadline) was recorded.
     *
     * <p>Action code {@code "dossier.action-added"}.
     */
    record ActionItemAdded(
            DossierId dossier,
            Instant at,
            PersonId actor,
            ActionItem item)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param item the action item
         */
        public ActionItemAdded {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "item", item);
        }

        @Override
        public String action() {
            return "dossier.action-added";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("action", item.number(), "due", item.due());
        }
    }

    /**
     * An action item was marked done, at the event's instant by its actor.
     *
     * <p>Action code {@code "dossier.action-completed"}.
     *
     * @param number the action item's number
     */
    record ActionItemCompleted(
            DossierId dossier,
            Instant at,
            PersonId actor,
            int number)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param number the action item's number
         */
        public ActionItemCompleted {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor);
        }

        @Override
        public String action() {
            return "dossier.action-completed";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("action", number);
        }
    }

    /**
     * A tag was added or removed; {@code tags} is the new set, sorted. The details give only their
     * number: tags are content, hidden from readers who are not cleared.
     *
     * <p>Action code {@code "dossier.tags-changed"}.
     */
    record TagsChanged(
            DossierId dossier,
            Instant at,
            PersonId actor,
            List<String> tags)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param tags the new set of tags, sorted
         */
        public TagsChanged {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "tags", tags);
            tags = List.copyOf(tags);
        }

        @Override
        public String action() {
            return "dossier.tags-changed";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("tagCount", tags.size());
        }
    }

    /**
     * The title and subject were changed. The details leave the new texts out of the audit trail.
     *
     * <p>Action code {@code "dossier.retitled"}.
     *
     * @param subjectMatter the new {@link Dossier#subject()}
     */
    record Retitled(
            DossierId dossier,
            Instant at,
            PersonId actor,
            String title,
            String subjectMatter)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param title the new title
         * @param subjectMatter the new subject
         */
        public Retitled {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "title", title,
                    "subjectMatter", subjectMatter);
        }

        @Override
        public String action() {
            return "dossier.retitled";
        }

        @Override
        public Map<String, String> details() {
            return Events.details();
        }
    }

    /**
     * The dossier was filed under another code of the filing plan.
     *
     * <p>Action code {@code "dossier.reclassified"}.
     */
    record Reclassified(
            DossierId dossier,
            Instant at,
            PersonId actor,
            ClassificationCode from,
            ClassificationCode to)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param from the code before
         * @param to the code after
         */
        public Reclassified {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "from", from, "to", to);
        }

        @Override
        public String action() {
            return "dossier.reclassified";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("from", from, "to", to);
        }
    }

    /**
     * The dossier was closed; its retention outcome was computed from the filing plan.
     *
     * <p>Action code {@code "dossier.closed"}.
     *
     * @param openActions how many action items were still open (possible only where the policy
     *     allows closing with open actions)
     */
    record Closed(
            DossierId dossier,
            Instant at,
            PersonId actor,
            RetentionOutcome retention,
            int openActions)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param retention the review and disposal dates
         * @param openActions how many action items were still open
         */
        public Closed {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "retention", retention);
        }

        @Override
        public String action() {
            return "dossier.closed";
        }

        @Override
        public Map<String, String> details() {
            return Events.details(
                    "closedOn", retention.closedOn(),
                    "reviewOn", retention.reviewOn(),
                    "disposalOn", retention.disposalOn().map(Object::toString).orElse("never"),
                    "disposalAction", retention.action(),
                    "openActions", openActions);
        }
    }

    /**
     * A closed dossier was reopened and is in progress again; its retention outcome no longer
     * applies.
     *
     * <p>Action code {@code "dossier.reopened"}.
     */
    record Reopened(
            DossierId dossier,
            Instant at,
            PersonId actor,
            String reason)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param reason why it was reopened
         */
        public Reopened {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "reason", reason);
        }

        @Override
        public String action() {
            return "dossier.reopened";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("reason", reason);
        }
    }

    /**
     * A closed dossier was sent to the archive.
     *
     * <p>Action code {@code "dossier.archived"}.
     */
    record Archived(DossierId dossier, Instant at, PersonId actor) implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         */
        public Archived {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor);
        }

        @Override
        public String action() {
            return "dossier.archived";
        }

        @Override
        public Map<String, String> details() {
            return Events.details();
        }
    }

    /**
     * A legal hold was placed, at the event's instant by its actor: disposal is suspended.
     *
     * <p>Action code {@code "dossier.hold-placed"}.
     */
    record LegalHoldPlaced(
            DossierId dossier,
            Instant at,
            PersonId actor,
            String reason)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param reason why the hold was placed
         */
        public LegalHoldPlaced {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "reason", reason);
        }

        @Override
        public String action() {
            return "dossier.hold-placed";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("reason", reason);
        }
    }

    /**
     * The legal hold was lifted: disposal may go ahead when due.
     *
     * <p>Action code {@code "dossier.hold-lifted"}.
     */
    record LegalHoldLifted(
            DossierId dossier,
            Instant at,
            PersonId actor,
            String reason)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param reason why the hold was lifted
         */
        public LegalHoldLifted {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "reason", reason);
        }

        @Override
        public String action() {
            return "dossier.hold-lifted";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("reason", reason);
        }
    }

    /**
     * The dossier was disposed of: destroyed or transferred to the archives service.
     *
     * <p>Action code {@code "dossier.disposed"}.
     */
    record Disposed(
            DossierId dossier,
            Instant at,
            PersonId actor,
            DisposalAction disposal)
            implements DossierEvent {
        /**
         * The event.
         *
         * @param dossier the dossier it happened to
         * @param at when it happened
         * @param actor who took the decision
         * @param disposal how it was disposed of
         */
        public Disposed {
            Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "disposal", disposal);
        }

        @Override
        public String action() {
            return "dossier.disposed";
        }

        @Override
        public Map<String, String> details() {
            return Events.details("disposal", disposal);
        }
    }
}
