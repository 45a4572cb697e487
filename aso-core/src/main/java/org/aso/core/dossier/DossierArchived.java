package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * A closed dossier was sent to the archive.
 *
 * <p>Action code {@code "dossier.archived"}.
 */
public record DossierArchived(DossierId dossier, Instant at, PersonId actor) implements DossierEvent {
    /** The event; every component is required. */
    public DossierArchived {
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
