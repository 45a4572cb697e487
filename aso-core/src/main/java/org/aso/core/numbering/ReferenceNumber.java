package org.aso.core.numbering;

import java.util.Comparator;
import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A number given by a numbering scheme: its text as printed on the document, the series
 * (counter) it was drawn from and its place in that series.
 *
 * <pre>{@code
 * ReferenceNumber n = ReferenceNumber.of("2026-A-000123", "A/2026", 123);
 * n.toString();   // "2026-A-000123"
 * }</pre>
 *
 * <p>Immutable and thread-safe. Ordered by series, then by place in the series.
 */
@Value.Immutable
@FactoryStyle
public abstract class ReferenceNumber implements Comparable<ReferenceNumber> {
    private static final Comparator<ReferenceNumber> ORDER =
            Comparator.comparing(ReferenceNumber::series).thenComparingLong(ReferenceNumber::sequence);

    ReferenceNumber() {}

    /** {@return the number as printed, e.g. {@code "2026-A-000123"}} */
    @Value.Parameter
    public abstract String text();

    /** {@return the series it was drawn from, e.g. {@code "A/2026"}: numbers are unique within it} */
    @Value.Parameter
    public abstract String series();

    /** {@return its place in the series, from 1} */
    @Value.Parameter
    public abstract long sequence();

    /**
     * A reference number.
     *
     * @param text the number as printed
     * @param series the series it was drawn from
     * @param sequence its place in the series, from 1
     * @return the number
     * @throws IllegalArgumentException if the text or series is blank or the sequence is not positive
     */
    public static ReferenceNumber of(String text, String series, long sequence) {
        return ImmutableReferenceNumber.of(text, series, sequence);
    }

    @Value.Check
    void check() {
        if (text().isBlank() || series().isBlank() || sequence() < 1) {
            throw new IllegalArgumentException("A reference number needs a text, a series and a sequence >= 1: "
                    + text() + " / " + series() + " / " + sequence());
        }
    }

    @Override
    public int compareTo(ReferenceNumber o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return text();
    }
}
