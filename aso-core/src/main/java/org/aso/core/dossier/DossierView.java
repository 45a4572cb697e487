package org.aso.core.dossier;

import java.time.Instant;
import java.util.Optional;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;
import org.immutables.value.Value;

/**
 * A dossier as a given reader may see it. The registry data (id, reference, classification,
 * owner, holder, status, marking, size) are always shown, so that a file can be tracked, moved
 * and archived by people who may not read it; the content (title, subject, items, action items,
 * tags) is only in {@link #content()}, present when the reader's clearance permits the
 * dossier's level and compartments.
 *
 * <pre>{@code
 * DossierView v = DossierView.of(dossier, reader.clearance());
 * v.isRedacted();                          // true if the reader is not cleared
 * v.content().map(Dossier::title);         // empty when redacted
 * }</pre>
 *
 * <p>For a refusal instead of a redacted view, use {@link DossierRules#read}. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class DossierView {
    DossierView() {}

    /** {@return the dossier's id} */
    public abstract DossierId id();

    /** {@return its reference number} */
    public abstract ReferenceNumber reference();

    /** {@return its classification code} */
    public abstract ClassificationCode classification();

    /** {@return its owning unit} */
    public abstract OrgUnitId ownerUnit();

    /** {@return its current holder} */
    public abstract PersonId holder();

    /** {@return since when} */
    public abstract Instant heldSince();

    /** {@return its status} */
    public abstract DossierStatus status();

    /** {@return its confidentiality marking} */
    public abstract Confidentiality confidentiality();

    /** {@return how many items it holds} */
    public abstract int itemCount();

    /** {@return the whole dossier, when the reader is cleared for it} */
    public abstract Optional<Dossier> content();

    /** {@return true if the content is withheld} */
    public boolean isRedacted() {
        return content().isEmpty();
    }

    /**
     * {@return the view of {@code dossier} for a reader with {@code clearance}}
     *
     * @param dossier the dossier
     * @param clearance the reader's clearance
     */
    public static DossierView of(Dossier dossier, Clearance clearance) {
        return ImmutableDossierView.builder()
                .id(dossier.id()).reference(dossier.reference()).classification(dossier.classification())
                .ownerUnit(dossier.ownerUnit()).holder(dossier.holder()).heldSince(dossier.heldSince())
                .status(dossier.status()).confidentiality(dossier.confidentiality())
                .itemCount(dossier.items().size())
                .content(dossier.isVisibleTo(clearance) ? Optional.of(dossier) : Optional.empty())
                .build();
    }
}
