package org.aso.core.kernel;

/** Which way a piece of mail travels, seen from the section. */
public enum Direction {
    /** Received from outside (French mail rooms: <i>entrée</i>, E). */
    INCOMING,
    /** Sent outside (<i>sortie</i>, S). */
    OUTGOING,
    /** Between units of the organisation (I). */
    INTERNAL
}
