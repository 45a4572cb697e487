package org.aso.core.dossier;

import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * When a dossier's current volume is full: at most {@link #maxPages()} pages and
 * {@link #maxItems()} items per volume. An item that would take the current volume past either
 * limit is filed in a new volume; a single item larger than the page limit gets a volume of its own.
 *
 * <pre>{@code
 * VolumeLimits limits = VolumeLimits.of(250, 100);   // 250 pages or 100 items per volume
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class VolumeLimits {
    VolumeLimits() {}

    /** {@return the most pages in one volume (one oversized item excepted)} */
    @Value.Parameter
    public abstract int maxPages();

    /** {@return the most items in one volume} */
    @Value.Parameter
    public abstract int maxItems();

    /**
     * {@return Limits of {@code maxPages} pages and {@code maxItems} items}
     *
     * @param maxPages the most pages in one volume
     * @param maxItems the most items in one volume
     * @throws IllegalArgumentException if a limit is not positive
     */
    public static VolumeLimits of(int maxPages, int maxItems) {
        return ImmutableVolumeLimits.of(maxPages, maxItems);
    }

    /** {@return the usual limits: 250 pages or 100 items, whichever comes first} */
    public static VolumeLimits standard() {
        return of(250, 100);
    }

    /**
     * {@return true if {@code v} respects these limits (a volume with one item may have any number of pages)}
     *
     * @param v a volume
     */
    public boolean admits(Volume v) {
        return v.itemCount() <= maxItems() && (v.pageCount() <= maxPages() || v.itemCount() == 1);
    }

    @Value.Check
    void check() {
        if (maxPages() < 1 || maxItems() < 1) {
            throw new IllegalArgumentException("Volume limits must be positive: " + maxPages() + " pages, "
                    + maxItems() + " items");
        }
    }
}
