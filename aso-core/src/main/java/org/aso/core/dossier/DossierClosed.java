package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * The dossier was closed; its retention outcome was computed from the filing plan.
 *
 * <p>Action code {@code "dossier.closed"}.
 */
public record DossierClosed(
        DossierId dossier,
        Instant at,
        PersonId actor,
        RetentionOutcome retention,
        int openActions)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierClosed {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "retention", retention);
    }

    @Override
    public String action() {
        return "dossier.closed";
    }

    @Override
    public Map<String, String> details() {
        return Events.details(
                "closedOn", retention.closedOn(),
                "reviewOn", retention.reviewOn(),
                "disposalOn", retention.disposalOn().map(Object::toString).orElse("never"),
                "disposalAction", retention.action(),
                "openActions", openActions);
    }
}
