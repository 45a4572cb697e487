package org.aso.core.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;

/**
 * A dossier was opened. The event carries everything the new dossier holds, so that
 * {@link DossierHistory#replay} can rebuild it; its {@link #details()} leave the title, subject
 * and tags out, since the audit trail may be read by people not cleared for the content.
 *
 * <p>Action code {@code "dossier.opened"}.
 *
 * @param subjectMatter the dossier's {@link Dossier#subject()} (named apart from
 *     {@link org.aso.core.kernel.DomainEvent#subject()}, which is the dossier's id)
 * @param compartments the need-to-know compartments, sorted
 * @param tags the first tags, sorted
 */
public record DossierOpened(
        DossierId dossier,
        Instant at,
        PersonId actor,
        ReferenceNumber reference,
        String title,
        String subjectMatter,
        ClassificationCode classification,
        OrgUnitId ownerUnit,
        PersonId holder,
        Confidentiality confidentiality,
        List<String> compartments,
        List<String> tags)
        implements DossierEvent {
    /** The event; every component is required. */
    public DossierOpened {
        Events.requireNonNull(
                "dossier", dossier,
                "at", at,
                "actor", actor,
                "reference", reference,
                "title", title,
                "subjectMatter", subjectMatter,
                "classification", classification,
                "ownerUnit", ownerUnit,
                "holder", holder,
                "confidentiality", confidentiality,
                "compartments", compartments,
                "tags", tags);
        compartments = List.copyOf(compartments);
        tags = List.copyOf(tags);
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
                "confidentiality", confidentiality,
                "compartments", String.join(",", compartments));
    }
}
