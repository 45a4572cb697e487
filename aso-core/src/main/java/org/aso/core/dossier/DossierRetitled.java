package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * The title and subject were changed. The details leave the new texts out of the audit trail.
 *
 * <p>Action code {@code "dossier.retitled"}.
 *
 * @param subjectMatter the new {@link Dossier#subject()}
 */
public record DossierRetitled(
        DossierId dossier,
        Instant at,
        PersonId actor,
        String title,
        String subjectMatter)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierRetitled {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "title", title,
                "subjectMatter", subjectMatter);
    }

    @Override
    public String action() {
        return "dossier.retitled";
    }

    @Override
    public Map<String, String> details() {
        return Events.details();
    }
}
