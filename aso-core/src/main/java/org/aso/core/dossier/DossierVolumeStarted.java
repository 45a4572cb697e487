package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * A new volume was started because the next item would have passed the volume limits.
 *
 * <p>Action code {@code "dossier.volume-started"}.
 */
public record DossierVolumeStarted(
        DossierId dossier,
        Instant at,
        PersonId actor,
        int volume)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierVolumeStarted {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor);
    }

    @Override
    public String action() {
        return "dossier.volume-started";
    }

    @Override
    public Map<String, String> details() {
        return Events.details("volume", volume);
    }
}
