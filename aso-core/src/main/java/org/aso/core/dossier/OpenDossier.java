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
 * The command that opens a dossier, for {@link DossierRules#open} or {@link DossierBook#open}: what
 * goes on the cover of the new dossier, who has the file first, and what they may read. The
 * reference number is left out when the book numbers dossiers from the scheme of its
 * {@link DossierPolicy#numbering() policy}, and given when the host numbers them itself.
 *
 * <pre>{@code
 * OpenDossier cmd = OpenDossier.builder()
 *         .id(DossierId.of("d-42"))                      // .reference(...) only if the host numbers
 *         .title("Renovation of the archive room").classification(ClassificationCode.of("1.2"))
 *         .ownerUnit(OrgUnitId.of("S2")).holder(PersonId.of("p-17"))
 *         .build();
 * }</pre>
 *
 * <p>The attributes are those of a {@link DossierCover}, the reference number apart.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OpenDossier {
    OpenDossier() {}

    /** {@return the new dossier's id} */
    public abstract DossierId id();

    /**
     * Its reference number, when the host numbers dossiers; empty when the book numbers them
     * ({@link DossierBook#open}).
     *
     * @return the number, if the host gives it
     */
    public abstract Optional<ReferenceNumber> reference();

    /** {@return the title on the cover} */
    public abstract String title();

    /** {@return what it is about; empty unless given} */
    @Value.Default
    public String subject() {
        return "";
    }

    /** {@return where it is filed in the {@link FilingPlan}} */
    public abstract ClassificationCode classification();

    /** {@return the unit that owns it} */
    public abstract OrgUnitId ownerUnit();

    /** {@return how sensitive its content is; public unless given} */
    @Value.Default
    public Confidentiality confidentiality() {
        return Confidentiality.PUBLIC;
    }

    /** {@return the need-to-know compartments its content is marked with, sorted} */
    @Value.NaturalOrder
    public abstract SortedSet<String> compartments();

    /** {@return free tags, sorted} */
    @Value.NaturalOrder
    public abstract SortedSet<String> tags();

    /** {@return who has the file first} */
    public abstract PersonId holder();

    /**
     * {@return what the first holder may read, when the holder is not the actor who opens the file (whose
     * clearance is the context's)} Not given, the holder is taken as cleared for public information
     * only: a marked file opened for someone else needs their clearance.
     */
    public abstract Optional<Clearance> holderClearance();

    /**
     * The same command with {@code reference} as its reference number.
     *
     * @param reference the number; not null
     * @return a copy with the number
     */
    public abstract OpenDossier withReference(ReferenceNumber reference);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link OpenDossier}; id, title, classification, owner unit and holder are
     * required; the reference number is required unless the book numbers dossiers.
     */
    public static class Builder extends ImmutableOpenDossier.Builder {}
}
