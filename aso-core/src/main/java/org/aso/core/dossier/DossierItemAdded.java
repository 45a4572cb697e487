package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * An item was filed. The details give its number, kind, pages and volume, not its title.
 *
 * <p>Action code {@code "dossier.item-added"}.
 */
public record DossierItemAdded(
        DossierId dossier,
        Instant at,
        PersonId actor,
        Item item)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierItemAdded {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "item", item);
    }

    @Override
    public String action() {
        return "dossier.item-added";
    }

    @Override
    public Map<String, String> details() {
        return Events.details(
                "item", item.number(),
                "kind", item.kind(),
                "pages", item.pages(),
                "volume", item.volume());
    }
}
