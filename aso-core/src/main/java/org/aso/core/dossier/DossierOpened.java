package org.aso.core.dossier;

import java.time.Instant;
import java.util.Map;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;

/**
 * A dossier was opened.
 *
 * <p>Action code {@code "dossier.opened"}.
 */
public record DossierOpened(
        DossierId dossier,
        Instant at,
        PersonId actor,
        ReferenceNumber reference,
        ClassificationCode classification,
        OrgUnitId ownerUnit,
        PersonId holder,
        Confidentiality confidentiality)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierOpened {
        Events.requireNonNull(
                "dossier", dossier,
                "at", at,
                "actor", actor,
                "reference", reference,
                "classification", classification,
                "ownerUnit", ownerUnit,
                "holder", holder,
                "confidentiality", confidentiality);
    }

    @Override
    public String action() {
        return "dossier.opened";
    }

    @Override
    public Map<String, String> details() {
        return Events.details(
                "reference", reference,
                "classification", classification,
                "ownerUnit", ownerUnit,
                "holder", holder,
                "confidentiality", confidentiality);
    }
}
