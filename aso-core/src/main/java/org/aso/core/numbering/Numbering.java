package org.aso.core.numbering;

import io.vavr.collection.HashMap;
import io.vavr.control.Either;
import java.util.Map;
import java.util.Objects;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Problem;

/**
 * The counters of one numbering scheme: the last number given in each series. Giving a number is
 * a pure step from one state to the next; through a {@link org.aso.core.kernel.SharedState} many
 * threads get unique, gapless numbers.
 *
 * <p>A number once given is never given again: cancelling what it numbered does not give it back.
 *
 * <pre>{@code
 * Numbering counters = Numbering.of(NumberingScheme.chronological());
 * Numbering.Issued first = counters.next(NumberRequest.on(day).withCode("A")).get();
 * first.number();                     // 2026-A-000001
 * first.numbering().next(...);        // 2026-A-000002
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Numbering {
    private final NumberingScheme scheme;
    private final HashMap<String, Long> last;

    private Numbering(NumberingScheme scheme, HashMap<String, Long> last) {
        this.scheme = scheme;
        this.last = last;
    }

    /**
     * {@return Fresh counters for {@code scheme}: every series starts at 1}
     *
     * @param scheme how numbers are written and when counters restart
     */
    public static Numbering of(NumberingScheme scheme) {
        return new Numbering(Objects.requireNonNull(scheme, "scheme"), HashMap.empty());
    }

    /**
     * Counters resumed from a host's storage (series key to last number given).
     *
     * @param scheme how numbers are written and when counters restart
     * @param lastBySeries the last number given in each series, by series key
     * @return the counters
     * @throws IllegalArgumentException if a last number is negative
     */
    public static Numbering resume(NumberingScheme scheme, Map<String, Long> lastBySeries) {
        lastBySeries.forEach((k, v) -> {
            if (v < 0) {
                throw new IllegalArgumentException("Negative counter for series " + k + ": " + v);
            }
        });
        return new Numbering(Objects.requireNonNull(scheme, "scheme"), HashMap.ofAll(lastBySeries));
    }

    /** A number and the counters after it was given. */
    public record Issued(ReferenceNumber number, Numbering numbering) implements Outcome<Numbering> {
        /** The numbering after the decision, as {@link Outcome#state()}: the same as {@link #numbering()}. */
        @Override
        public Numbering state() {
            return numbering;
        }

        /**
         * {@return no events: a numbering has no history of its own; the register or book that issued the
         * number records it in its own event}
         */
        @Override
        public java.util.List<org.aso.core.kernel.DomainEvent> events() {
            return java.util.List.of();
        }
    }

    /**
     * Gives the next number of the request's series.
     *
     * @param request the values the number is made of
     * @return the number with the new counters, or the scheme's problem with the request
     */
    public Either<Problem, Issued> next(NumberRequest request) {
        Either<Problem, String> series = scheme.seriesOf(request);
        if (series.isLeft()) {
            return Either.left(series.getLeft());
        }
        long n = last.get(series.get()).getOrElse(0L) + 1;
        return Either.right(new Issued(ReferenceNumber.of(scheme.format(request, n), series.get(), n),
                new Numbering(scheme, last.put(series.get(), n))));
    }

    /**
     * {@return the counters after {@code given} was given: the state {@link #next} leaves when it gives
     * that number} For rebuilding counters from the numbers recorded (a register's events).
     *
     * @param given a number this numbering's scheme gave
     * @throws IllegalArgumentException unless {@code given} is the next number of its series
     *     ({@code last(given.series()) + 1})
     */
    public Numbering after(ReferenceNumber given) {
        long expected = last(given.series()) + 1;
        if (given.sequence() != expected) {
            throw new IllegalArgumentException("Number " + given + " is not the next of series " + given.series()
                    + ", which is " + expected);
        }
        return new Numbering(scheme, last.put(given.series(), given.sequence()));
    }

    /** {@return the scheme} */
    public NumberingScheme scheme() {
        return scheme;
    }

    /**
     * {@return the last number given in {@code series}, 0 if none}
     *
     * @param series a series key, as {@link NumberingScheme#seriesOf} gives it
     */
    public long last(String series) {
        return last.get(series).getOrElse(0L);
    }

    /** {@return every series with its last number, for a host to store} */
    public Map<String, Long> snapshot() {
        return Map.copyOf(last.toJavaMap());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Numbering other && scheme.equals(other.scheme) && last.equals(other.last);
    }

    @Override
    public int hashCode() {
        return scheme.hashCode() * 31 + last.hashCode();
    }

    @Override
    public String toString() {
        return "Numbering[" + scheme.template() + ", " + last.size() + " series]";
    }
}
