package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * The file passed from one person to another; the movement log has a new last entry.
 *
 * <p>Action code {@code "dossier.transferred"}.
 */
public record DossierTransferred(
        DossierId dossier,
        Instant at,
        PersonId actor,
        PersonId from,
        PersonId to,
        String reason)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierTransferred {
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
