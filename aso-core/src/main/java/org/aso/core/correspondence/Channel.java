package org.aso.core.correspondence;

/** How a piece of mail arrived or left. */
public enum Channel {
    /** Ordinary post. */
    POST,
    /** Registered post, with proof of delivery. */
    REGISTERED_POST,
    /** Brought by hand (courier, visitor). */
    HAND_DELIVERY,
    /** E-mail. */
    EMAIL,
    /** Fax. */
    FAX,
    /** A web form or portal. */
    WEB_FORM
}
