package org.aso.docs;

/** The kinds of documents a section drafts and archives; each has default templates in French and English. */
public enum DocumentKind {
    /** A memo (note de service). */
    MEMO,
    /** A report. */
    REPORT,
    /** The minutes of a meeting (compte-rendu). */
    MINUTES,
    /** A letter, with letterhead, references, subject and signature block. */
    LETTER,
    /** An acknowledgement of receipt (accusé de réception). */
    ACKNOWLEDGEMENT,
    /** A transmission slip (bordereau de transmission). */
    TRANSMISSION_SLIP,
    /** A meeting's agenda, sent as its notice (convocation). */
    MEETING_AGENDA,
    /** An attendance sheet (feuille d'émargement). */
    ATTENDANCE_SHEET,
    /** The pendency report of the register (état des instances). */
    PENDENCY_REPORT,
    /** A person's plan of the day. */
    DAY_PLAN,
    /** A dossier's movement sheet (fiche de mouvements). */
    MOVEMENT_SHEET,
    /** A document from outside (an incoming PDF, a scan), archived as it came. */
    OTHER
}
