package org.aso.core.dossier;

/** The day from which the periods of a {@link RetentionRule} are counted. */
public enum RetentionStart {
    /** From the day the dossier was closed. */
    CLOSING_DATE,
    /**
     * From the 1st of January after the year of closing, the usual convention of archival
     * retention schedules: a dossier closed on 16 March 2026 counts from 1 January 2027.
     */
    END_OF_CLOSING_YEAR
}
