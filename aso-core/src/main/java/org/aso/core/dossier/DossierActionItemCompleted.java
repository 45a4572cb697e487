package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * An action item was marked done.
 *
 * <p>Action code {@code "dossier.action-completed"}.
 */
public record DossierActionItemCompleted(
        DossierId dossier,
        Instant at,
        PersonId actor,
        int number)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierActionItemCompleted {
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
