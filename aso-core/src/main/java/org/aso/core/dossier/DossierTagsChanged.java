package org.aso.core.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.PersonId;

/**
 * A tag was added or removed; {@code tags} is the new set, sorted. The details give only their
 * number: tags are content, hidden from readers who are not cleared.
 *
 * <p>Action code {@code "dossier.tags-changed"}.
 */
public record DossierTagsChanged(
        DossierId dossier,
        Instant at,
        PersonId actor,
        List<String> tags)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierTagsChanged {
        Events.requireNonNull("dossier", dossier, "at", at, "actor", actor, "tags", tags);
        tags = List.copyOf(tags);
    }

    @Override
    public String action() {
        return "dossier.tags-changed";
    }

    @Override
    public Map<String, String> details() {
        return Events.details("tagCount", tags.size());
    }
}
