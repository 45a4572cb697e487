package org.aso.core.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A case file: its {@link DossierCover cover} (what it is about, where it is filed in the plan,
 * who owns it, how it is marked), who has it now, what it holds, what remains to be done, and where
 * it is in its life.
 *
 * <p>A dossier changes only through the decisions of {@link DossierRules}, each of which returns
 * the new dossier and the events that explain the change:
 * <pre>{@code
 * Either<Problem, DossierOutcome> r = rules.decide(dossier, DossierCommand.Transfer.of(head, "for signature"), ctx);
 * Dossier moved = r.get().dossier();
 * moved.holder();        // head.id()
 * moved.heldSince();     // ctx.at()
 * }</pre>
 *
 * <p>The structure is checked on construction: the movement log starts with the opening and is a
 * chronological chain (each entry starts with the previous holder), items, action items and
 * volumes are numbered from 1 without gaps, and a closed, archived or disposed dossier carries its
 * retention outcome. The {@link #builder()} is for hosts that restore dossiers from their own
 * storage, through {@link DossierBook#restore}, which checks what the decisions keep beyond that
 * structure; business rules are applied by {@link DossierRules} only.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dossier implements DossierCover {
    Dossier() {}

    /** {@return where it is in its life} */
    @Value.Default
    public DossierStatus status() {
        return DossierStatus.OPEN;
    }

    /** {@return when it was opened} */
    public abstract Instant openedAt();

    /** {@return when the last decision changed it} */
    @Value.Default
    public Instant lastChangedAt() {
        return openedAt();
    }

    /** {@return the movement log, oldest first; the first entry is the opening} */
    public abstract List<Movement> movements();

    /** {@return the items, in filing order} */
    public abstract List<Item> items();

    /** {@return the action items (deadlines), in the order they were recorded} */
    public abstract List<ActionItem> actions();

    /** {@return the volumes, first to current} */
    public abstract List<Volume> volumes();

    /** {@return when it was closed, while closed, archived or disposed} */
    public abstract Optional<Instant> closedAt();

    /** {@return the retention outcome computed at closing, while closed, archived or disposed} */
    public abstract Optional<RetentionOutcome> retention();

    /** {@return the legal hold, if one stands} */
    public abstract Optional<LegalHold> legalHold();

    /** {@return when it was disposed of} */
    public abstract Optional<Instant> disposedAt();

    // ------------------------------------------------------------- queries

    /** {@return the person who has the file now: the last entry of the movement log} */
    public PersonId holder() {
        return lastMovement().to();
    }

    /** {@return since when the current holder has it} */
    public Instant heldSince() {
        return lastMovement().at();
    }

    /** {@return the last entry of the movement log} */
    public Movement lastMovement() {
        return movements().get(movements().size() - 1);
    }

    /** {@return the volume new items go to} */
    public Volume currentVolume() {
        return volumes().get(volumes().size() - 1);
    }

    /**
     * {@return the item with this number}
     *
     * @param number the item's number, from 1
     */
    public Optional<Item> item(int number) {
        return number >= 1 && number <= items().size() ? Optional.of(items().get(number - 1)) : Optional.empty();
    }

    /**
     * {@return the action item with this number}
     *
     * @param number the action item's number, from 1
     */
    public Optional<ActionItem> action(int number) {
        return number >= 1 && number <= actions().size() ? Optional.of(actions().get(number - 1)) : Optional.empty();
    }

    /** {@return the action items not yet completed} */
    public List<ActionItem> openActions() {
        return actions().stream().filter(ActionItem::isOpen).toList();
    }

    /** {@return true while the content may change (open, in progress, waiting for a reply)} */
    public boolean isActive() {
        return status().isActive();
    }

    /** {@return true while a legal hold stands} */
    public boolean isUnderLegalHold() {
        return legalHold().isPresent();
    }

    /**
     * {@return true if someone with {@code clearance} may see the content (level and every compartment)}
     *
     * @param clearance the reader's clearance
     */
    public boolean isVisibleTo(Clearance clearance) {
        return clearance.permits(confidentiality(), compartments());
    }

    /** {@return a new builder, for hosts restoring dossiers from storage} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Dossier}; {@code id}, {@code reference}, {@code title},
     * {@code classification}, {@code ownerUnit}, {@code openedAt}, at least the opening movement
     * and volume 1 are required.
     */
    public static class Builder extends ImmutableDossier.Builder {}

    @Value.Check
    void check() {
        if (title().isBlank()) {
            throw new IllegalArgumentException("A dossier needs a title: " + id());
        }
        checkMovements();
        checkNumbering();
        boolean ended = !status().isActive();
        if (ended != closedAt().isPresent() || ended != retention().isPresent()) {
            throw new IllegalArgumentException("Dossier " + id() + " is " + status()
                    + ": closing instant and retention outcome go exactly with a closed status");
        }
        if ((status() == DossierStatus.DISPOSED) != disposedAt().isPresent()) {
            throw new IllegalArgumentException("Dossier " + id() + ": a disposal instant goes exactly with DISPOSED");
        }
    }

    private void checkMovements() {
        if (movements().isEmpty() || movements().get(0).from().isPresent()) {
            throw new IllegalArgumentException("Dossier " + id() + ": the movement log starts with the opening");
        }
        for (int i = 1; i < movements().size(); i++) {
            Movement prev = movements().get(i - 1);
            Movement m = movements().get(i);
            if (!m.from().equals(Optional.of(prev.to())) || m.at().isBefore(prev.at())) {
                throw new IllegalArgumentException("Dossier " + id() + ": movement " + (i + 1)
                        + " does not follow " + i + " (" + prev + " then " + m + ")");
            }
        }
        if (lastChangedAt().isBefore(heldSince()) || movements().get(0).at().isBefore(openedAt())) {
            throw new IllegalArgumentException("Dossier " + id() + ": movements lie outside its life");
        }
    }

    private void checkNumbering() {
        for (int i = 0; i < items().size(); i++) {
            Item it = items().get(i);
            if (it.number() != i + 1 || it.volume() > volumes().size()) {
                throw new IllegalArgumentException("Dossier " + id() + ": item " + it.number() + " out of place");
            }
        }
        for (int i = 0; i < actions().size(); i++) {
            if (actions().get(i).number() != i + 1) {
                throw new IllegalArgumentException("Dossier " + id() + ": action items are numbered 1, 2, ...");
            }
        }
        if (volumes().isEmpty()) {
            throw new IllegalArgumentException("Dossier " + id() + " needs at least volume 1");
        }
        for (int i = 0; i < volumes().size(); i++) {
            if (volumes().get(i).number() != i + 1) {
                throw new IllegalArgumentException("Dossier " + id() + ": volumes are numbered 1, 2, ...");
            }
        }
        for (String c : compartments()) {
            if (c.isBlank() || !c.strip().equals(c)) {
                throw new IllegalArgumentException(
                        "Dossier " + id() + ": compartments are trimmed and non-blank: '" + c + "'");
            }
        }
        for (String t : tags()) {
            if (t.isBlank() || !t.strip().equals(t)) {
                throw new IllegalArgumentException("Dossier " + id() + ": tags are trimmed and non-blank: '" + t + "'");
            }
        }
    }
}
