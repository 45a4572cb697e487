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
 * <p>{@link #details()} name what was done without copying the content of confidential files
 * (item titles and note texts stay out of the audit trail). Implementations are immutable records.
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
