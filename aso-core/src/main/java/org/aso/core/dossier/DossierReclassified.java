package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * The dossier was filed under another code of the filing plan.
 *
 * <p>Action code {@code "dossier.reclassified"}.
 */
public record DossierReclassified(
        DossierId dossier,
        Instant at,
        PersonId actor,
        ClassificationCode from,
        ClassificationCode to)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierReclassified {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "from", from, "to", to);
    }

    @Override
    public String action() {
        return "dossier.reclassified";
    }

    @Override
    public Map<String, String> details() {
        return Events.details("from", from, "to", to);
    }
}
