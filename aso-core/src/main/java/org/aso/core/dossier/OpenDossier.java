package org.aso.core.dossier;

import java.util.Optional;
import java.util.SortedSet;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;
import org.immutables.value.Value;

/**
 * The command that opens a dossier, for {@link DossierRules#open} or {@link DossierBook#open}.
 * The reference number comes from the host's numbering scheme.
 *
 * <pre>{@code
 * OpenDossier cmd = OpenDossier.builder()
 *         .id(DossierId.of("d-42")).reference(ReferenceNumber.of("2026-S2-0042", "S2/2026", 42))
 *         .title("Renovation of the archive room").classification(ClassificationCode.of("1.2"))
 *         .ownerUnit(OrgUnitId.of("S2")).holder(PersonId.of("p-17"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenDossier {
    OpenDossier() {}

    /** The id of the new dossier. */
    public abstract DossierId id();

    /** Its reference number. */
    public abstract ReferenceNumber reference();

    /** Its title. */
    public abstract String title();

    /** What it is about; empty unless given. */
    @Value.Default
    public String subject() {
        return "";
    }

    /** Its code in the filing plan. */
    public abstract ClassificationCode classification();

    /** The owning unit. */
    public abstract OrgUnitId ownerUnit();

    /** Who has the file first. */
    public abstract PersonId holder();

    /**
     * What the first holder may read, when the holder is not the actor who opens the file (whose
     * clearance is the context's). Not given, the holder is taken as cleared for public information
     * only: a marked file opened for someone else needs their clearance.
     */
    public abstract Optional<Clearance> holderClearance();

    /** Its confidentiality; public unless given. */
    @Value.Default
    public Confidentiality confidentiality() {
        return Confidentiality.PUBLIC;
    }

    /** Its need-to-know compartments. */
    @Value.NaturalOrder
    public abstract SortedSet<String> compartments();

    /** Its first tags. */
    @Value.NaturalOrder
    public abstract SortedSet<String> tags();

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OpenDossier}; all but subject, confidentiality, compartments, tags and the
     * holder's clearance are required.
     */
    public static class Builder extends ImmutableOpenDossier.Builder {}
}
