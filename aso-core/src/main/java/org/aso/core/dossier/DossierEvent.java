package org.aso.core.dossier;

import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;

/**
 * What a decision of {@link DossierRules} did to a dossier. Every event names its dossier, the
 * instant and actor of the decision ({@link org.aso.core.kernel.Context}) and a stable
 * {@link #action()} code such as {@code "dossier.transferred"}.
 *
 * <pre>{@code
 * for (DossierEvent e : outcome.events()) {
 *     auditTrail.record(e);                    // any DomainEvent
 *     if (e instanceof DossierClosed closed) {
 *         closed.retention().disposalOn();     // when to dispose of it
 *     }
 * }
 * }</pre>
 *
 * <p>What an event may carry:
 * <ul>
 *   <li>Its components are the facts a host stores to rebuild the dossier
 *       ({@link DossierHistory}), so the events of decisions on the content carry that content
 *       (the title and subject of {@link DossierOpened}, the item of {@link DossierItemAdded}, the
 *       new title of {@link DossierRetitled}, ...). Those decisions need the actor to be cleared,
 *       so such an event only ever goes back to someone who may read it; a host stores events
 *       with the same protection as the dossiers they rebuild.
 *   <li>The events of the decisions that need no clearance (transfer, archiving, legal holds,
 *       disposal) carry no content: ids, people, dates, codes, the retention outcome and the
 *       reason the actor gave.
 *   <li>{@link #details()}, which go to the audit trail and to adapters, never copy content
 *       (titles, subjects, tags, item titles, note texts, action descriptions), whatever the event.
 * </ul>
 * Implementations are immutable records.
 */
public sealed interface DossierEvent extends DomainEvent
        permits DossierOpened, DossierTransferred, DossierStatusChanged, DossierItemAdded,
        DossierVolumeStarted, DossierActionItemAdded, DossierActionItemCompleted, DossierTagsChanged,
        DossierRetitled, DossierReclassified, DossierClosed, DossierReopened, DossierArchived,
        DossierLegalHoldPlaced, DossierLegalHoldLifted, DossierDisposed {

    /** The dossier it happened to. */
    DossierId dossier();

    /** The dossier's id. */
    @Override
    default Identifier subject() {
        return dossier();
    }
}
