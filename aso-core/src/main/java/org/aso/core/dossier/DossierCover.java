package org.aso.core.dossier;

import java.util.SortedSet;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.numbering.ReferenceNumber;
import org.immutables.value.Value;

/**
 * What is written on a dossier's cover: its id and reference number, title and subject, where it
 * is filed, the unit that owns it, its marking and its tags. A {@link Dossier} has a cover; the
 * {@link OpenDossier} command carries the same attributes, its reference number left out when the
 * book numbers dossiers.
 *
 * <pre>{@code
 * static String label(DossierCover c) { return c.reference() + " " + c.title(); }
 * label(dossier);
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface DossierCover {
    /** {@return the dossier's id} */
    DossierId id();

    /** {@return its reference number, from the book's numbering scheme or the host's} */
    ReferenceNumber reference();

    /** {@return the title on the cover} */
    String title();

    /** {@return what it is about; empty unless given} */
    @Value.Default
    default String subject() {
        return "";
    }

    /** {@return where it is filed in the {@link FilingPlan}} */
    ClassificationCode classification();

    /** {@return the unit that owns it} */
    OrgUnitId ownerUnit();

    /** {@return how sensitive its content is; public unless given} */
    @Value.Default
    default Confidentiality confidentiality() {
        return Confidentiality.PUBLIC;
    }

    /** {@return the need-to-know compartments its content is marked with, sorted} */
    @Value.NaturalOrder
    SortedSet<String> compartments();

    /** {@return free tags, sorted} */
    @Value.NaturalOrder
    SortedSet<String> tags();
}
