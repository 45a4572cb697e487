package org.aso.core.kernel;

import org.immutables.value.Value;

/**
 * The base of every typed id ({@link PersonId}, {@link OrgUnitId}, and one per aggregate in the
 * feature packages). An id is an opaque, trimmed, non-blank string of at most 200 characters
 * that keeps the {@link Text} rules of a {@link Text.Kind#NAME} (no control or bidirectional
 * control character, no unpaired surrogate), so that it can always be recorded; ids of different
 * types never compare equal.
 *
 * <p>Ids order by type name, then by value, so that sorting by id is deterministic.
 */
public abstract class Identifier implements Comparable<Identifier> {
    /** Longest accepted id, in characters. */
    public static final int MAX_LENGTH = 200;

    /** For the generated id types of the aso packages. */
    protected Identifier() {}

    /** {@return the id as given} */
    @Value.Parameter
    public abstract String value();

    /**
     * Checks the id when it is made (called by the generated class).
     *
     * @throws IllegalArgumentException if the id is blank, not trimmed, longer than
     *     {@link #MAX_LENGTH} or holds control, bidirectional control or unpaired surrogate characters
     */
    @Value.Check
    protected void checkIdentifier() {
        String v = value();
        if (v.isBlank() || !v.strip().equals(v) || v.length() > MAX_LENGTH
                || Text.problem("id", v, Text.Kind.NAME, MAX_LENGTH).isPresent()) {
            throw new IllegalArgumentException(getClass().getSimpleName()
                    + " must be non-blank, trimmed, at most " + MAX_LENGTH
                    + " characters, free of control and bidirectional control characters and well-formed: '"
                    + (v.length() > 100 ? v.substring(0, 100) + "\u2026" : v)
                            .replaceAll("\\p{Cc}|\\p{Cs}|[\u202A-\u202E\u2066-\u2069]", "\uFFFD") + "'");
        }
    }

    @Override
    public int compareTo(Identifier other) {
        int byType = getClass().getName().compareTo(other.getClass().getName());
        return byType != 0 ? byType : value().compareTo(other.value());
    }

    @Override
    public String toString() {
        return value();
    }
}
