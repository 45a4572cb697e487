package org.aso.core.kernel;

import java.time.Instant;
import java.util.Map;

/**
 * What a decision did, as a value: every feature's events ({@code DossierEvent.Transferred},
 * {@code EntryEvent.MailRegistered}, ...) implement this, so that the audit trail can record any
 * of them and a host can persist or replay them.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface DomainEvent {

    /** {@return when the decision was taken (the {@link Context#at()} of the decision)} */
    Instant at();

    /** {@return who took it (the {@link Context#actor()})} */
    PersonId actor();

    /** {@return a stable dotted code for what happened, e.g. {@code "dossier.transferred"}} */
    String action();

    /** {@return the aggregate it happened to} */
    Identifier subject();

    /** {@return what a reader of the audit trail needs to know, as text, in a stable order} */
    Map<String, String> details();

    /**
     * {@return the version of this event's schema: the set of its fields and what they mean} Each event
     * family states its own, as a constant beside the sealed type ({@code SCHEMA_VERSION}); it
     * starts at 1 and increases when a field is added, renamed or changes meaning. A store writes it
     * next to the event, and a reader of a later version upgrades an older event before replay (see
     * ARCHITECTURE.md, "Versions"). 1 unless the family says otherwise.
     */
    default int schemaVersion() {
        return 1;
    }
}
