package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * A closed dossier was reopened; its retention outcome no longer applies.
 *
 * <p>Action code {@code "dossier.reopened"}.
 */
public record DossierReopened(
        DossierId dossier,
        Instant at,
        PersonId actor,
        String reason)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierReopened {
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
