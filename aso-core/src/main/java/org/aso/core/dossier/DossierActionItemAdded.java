package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * An action item (deadline) was recorded.
 *
 * <p>Action code {@code "dossier.action-added"}.
 */
public record DossierActionItemAdded(
        DossierId dossier,
        Instant at,
        PersonId actor,
        ActionItem item)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierActionItemAdded {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "item", item);
    }

    @Override
    public String action() {
        return "dossier.action-added";
    }

    @Override
    public Map<String, String> details() {
        return Events.details("action", item.number(), "due", item.due());
    }
}
