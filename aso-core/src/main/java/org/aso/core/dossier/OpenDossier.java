package org.aso.core.dossier;

import java.util.Optional;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * The command that opens a dossier, for {@link DossierRules#open} or {@link DossierBook#open}: the
 * {@link DossierCover cover} of the new dossier (the reference number comes from the host's
 * numbering scheme), who has the file first, and what they may read.
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
public abstract class OpenDossier implements DossierCover {
    OpenDossier() {}

    /** {@return who has the file first} */
    public abstract PersonId holder();

    /**
     * {@return what the first holder may read, when the holder is not the actor who opens the file (whose
     * clearance is the context's)} Not given, the holder is taken as cleared for public information
     * only: a marked file opened for someone else needs their clearance.
     */
    public abstract Optional<Clearance> holderClearance();

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OpenDossier}; all but subject, confidentiality, compartments, tags and the
     * holder's clearance are required.
     */
    public static class Builder extends ImmutableOpenDossier.Builder {}
}
