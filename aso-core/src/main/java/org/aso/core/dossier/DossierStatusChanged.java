package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * Work on the dossier started, was suspended awaiting a reply, or resumed.
 *
 * <p>Action code {@code "dossier.status-changed"}.
 */
public record DossierStatusChanged(
        DossierId dossier,
        Instant at,
        PersonId actor,
        DossierStatus from,
        DossierStatus to,
        String reason)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierStatusChanged {
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
