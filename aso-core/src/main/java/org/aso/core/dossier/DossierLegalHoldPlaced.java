package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * A legal hold was placed: disposal is suspended.
 *
 * <p>Action code {@code "dossier.hold-placed"}.
 */
public record DossierLegalHoldPlaced(
        DossierId dossier,
        Instant at,
        PersonId actor,
        String reason)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierLegalHoldPlaced {
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
