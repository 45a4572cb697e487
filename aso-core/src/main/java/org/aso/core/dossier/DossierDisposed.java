package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * The dossier was disposed of: destroyed or transferred to the archives service.
 *
 * <p>Action code {@code "dossier.disposed"}.
 */
public record DossierDisposed(
        DossierId dossier,
        Instant at,
        PersonId actor,
        DisposalAction disposal)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierDisposed {
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
