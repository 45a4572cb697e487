package org.aso.core.kernel;

/**
 * How sensitive a piece of information is, from {@link #PUBLIC} to {@link #TOP_SECRET}.
 *
 * <p>The levels follow the usual national schemes: "Restricted" is the French <i>Diffusion
 * restreinte</i> and the Indian <i>Restricted</i>; the three classified levels match
 * Confidential, Secret and Top Secret. Levels are ordered: a level {@link #isAtMost(Confidentiality)
 * at most} another is visible to anyone cleared for the other.
 */
public enum Confidentiality {
    /** May be shown to anyone. */
    PUBLIC,
    /** Internal use: staff of the organisation. */
    RESTRICTED,
    /** Confidential. */
    CONFIDENTIAL,
    /** Secret. */
    SECRET,
    /** Top secret. */
    TOP_SECRET;

    /**
     * {@return true if this level is the same as or lower than {@code other}}
     *
     * @param other the level to compare with
     */
    public boolean isAtMost(Confidentiality other) {
        return compareTo(other) <= 0;
    }

    /** {@return true if this level is one of the classified ones (confidential and above)} */
    public boolean isClassified() {
        return compareTo(CONFIDENTIAL) >= 0;
    }
}
