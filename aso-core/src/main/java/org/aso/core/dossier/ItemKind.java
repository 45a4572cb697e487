package org.aso.core.dossier;

/** The kind of an item filed in a dossier. */
public enum ItemKind {
    /** A document (letter, report, memo) kept by the host's document store. */
    DOCUMENT,
    /** A note written on the file (a minute, a noting). */
    NOTE,
    /** An entry of a correspondence register, linked by its id. */
    CORRESPONDENCE
}
