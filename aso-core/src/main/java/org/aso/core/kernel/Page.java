package org.aso.core.kernel;

import java.util.List;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * One page of query results: the items, where the page starts and how many results there are in all.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the item type
 */
@Value.Immutable
@FactoryStyle
public abstract class Page<T> {
    Page() {}

    /** {@return the items of this page, in order} */
    @Value.Parameter
    public abstract List<T> items();

    /** {@return the position of the first item among all results, from 0} */
    @Value.Parameter
    public abstract int offset();

    /** {@return how many results there are in all} */
    @Value.Parameter
    public abstract int total();

    /**
     * {@return a page}
     *
     * @param <T> the type of the items
     * @param items the items of the page
     * @param offset the position of the first item in the whole answer, from 0
     * @param total how many items the whole answer holds
     */
    public static <T> Page<T> of(List<T> items, int offset, int total) {
        return ImmutablePage.of(items, offset, total);
    }

    /** {@return true if results remain after this page} */
    public boolean hasNext() {
        return offset() + items().size() < total();
    }

    @Value.Check
    void check() {
        if (offset() < 0 || total() < offset() + items().size()) {
            throw new IllegalArgumentException("Bad page: offset " + offset() + ", " + items().size() + " items, total " + total());
        }
    }
}
