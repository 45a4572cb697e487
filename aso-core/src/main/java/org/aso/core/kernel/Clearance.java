package org.aso.core.kernel;

import java.util.Set;
import org.immutables.value.Value;

/**
 * What a person may see: a {@link Confidentiality} level and, for need-to-know markings, a set of
 * compartments (e.g. {@code "PERSONNEL"}, {@code "COURT-CASES"}).
 *
 * <pre>{@code
 * Clearance c = Clearance.of(Confidentiality.CONFIDENTIAL).withCompartments(Set.of("PERSONNEL"));
 * c.permits(Confidentiality.RESTRICTED);                       // true
 * c.permits(Confidentiality.CONFIDENTIAL, Set.of("COURT-CASES")); // false: not in the compartment
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Clearance {
    Clearance() {}

    /** {@return the highest level this clearance opens} */
    @Value.Parameter
    public abstract Confidentiality level();

    /** {@return the need-to-know compartments held, sorted} */
    @Value.NaturalOrder
    public abstract java.util.SortedSet<String> compartments();

    /**
     * {@return a clearance up to {@code level}, with no compartment}
     *
     * @param level the highest level that may be seen
     */
    public static Clearance of(Confidentiality level) {
        return ImmutableClearance.of(level);
    }

    /** {@return the clearance of someone not cleared beyond public information} */
    public static Clearance none() {
        return of(Confidentiality.PUBLIC);
    }

    /**
     * {@return a copy holding exactly these compartments}
     *
     * @param compartments the need-to-know compartments held
     */
    public Clearance withCompartments(Set<String> compartments) {
        return ImmutableClearance.builder().level(level()).addAllCompartments(compartments).build();
    }

    /**
     * {@return true if information at {@code level} (with no compartment) may be shown}
     *
     * @param level the level of the information
     */
    public boolean permits(Confidentiality level) {
        return level.isAtMost(level());
    }

    /**
     * {@return true if information at {@code level} marked with all of {@code compartments} may be shown}
     *
     * @param level the level of the information
     * @param compartments the compartments the information is marked with
     */
    public boolean permits(Confidentiality level, Set<String> compartments) {
        return permits(level) && compartments().containsAll(compartments);
    }

    @Value.Check
    void check() {
        for (String c : compartments()) {
            if (c.isBlank() || !c.strip().equals(c)) {
                throw new IllegalArgumentException("Compartment names must be trimmed and non-blank: '" + c + "'");
            }
        }
    }
}
