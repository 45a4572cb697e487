package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * The legal hold was lifted: disposal may go ahead when due.
 *
 * <p>Action code {@code "dossier.hold-lifted"}.
 */
public record DossierLegalHoldLifted(
        DossierId dossier,
        Instant at,
        PersonId actor,
        String reason)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierLegalHoldLifted {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "reason", reason);
    }

    @Override
    public String action() {
        return "dossier.hold-lifted";
    }

    @Override
    public Map<String, String> details() {
        return Events.details("reason", reason);
    }
}
