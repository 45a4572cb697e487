package org.aso.core.dossier;

import java.time.Instant;
import java.util.Optional;
import org.aso.core.correspondence.EntryId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;
import org.immutables.value.Value;

/**
 * A piece filed in a dossier: a document, a note or a linked register entry, numbered in the order
 * it was filed (its folio number) and placed in a volume.
 *
 * <pre>{@code
 * Item letter = dossier.item(3).orElseThrow();
 * letter.kind();             // CORRESPONDENCE
 * letter.correspondence();   // Optional[e-2026-0815]
 * }</pre>
 *
 * <p>Immutable and thread-safe. Items are made by {@link DossierRules#decide} from a
 * {@link DossierCommand.AddItem}; the builder is for hosts restoring dossiers from storage.
 */
@Value.Immutable
public abstract class Item {
    Item() {}

    /** {@return the item's number in the dossier, from 1, in filing order} */
    public abstract int number();

    /** {@return what the item is} */
    public abstract ItemKind kind();

    /** {@return a short title, e.g. {@code "Letter from the Prefecture"}} */
    public abstract String title();

    /** {@return the number of pages (zero for an item without paper)} */
    public abstract int pages();

    /** {@return the volume the item is filed in, from 1} */
    public abstract int volume();

    /** {@return when it was filed} */
    public abstract Instant addedAt();

    /** {@return who filed it} */
    public abstract PersonId addedBy();

    /** {@return the linked register entry; present exactly for {@link ItemKind#CORRESPONDENCE}} */
    public abstract Optional<EntryId> correspondence();

    /** {@return the text of a note} */
    public abstract Optional<String> text();

    /** {@return the host's reference of the document (a file name, an archive id)} */
    public abstract Optional<String> document();

    /**
     * {@return what the item links to: the letter of a {@link ItemKind#CORRESPONDENCE} item, the
     * document of a {@link ItemKind#DOCUMENT} item with a reference; empty for a note}
     */
    public Optional<Ref> ref() {
        return correspondence().map(EntryId::ref).or(() -> document().map(Ref::document));
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Item}. */
    public static class Builder extends ImmutableItem.Builder {}

    @Value.Check
    void check() {
        if (number() < 1 || volume() < 1 || pages() < 0) {
            throw new IllegalArgumentException("Item number and volume start at 1, pages at 0: " + this);
        }
        if (title().isBlank()) {
            throw new IllegalArgumentException("An item needs a title: " + this);
        }
        if (correspondence().isPresent() != (kind() == ItemKind.CORRESPONDENCE)) {
            throw new IllegalArgumentException("A register entry is linked exactly by a CORRESPONDENCE item: " + this);
        }
    }
}
