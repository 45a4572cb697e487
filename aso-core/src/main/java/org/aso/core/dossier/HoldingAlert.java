package org.aso.core.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.WorkingDayDeadline;
import org.immutables.value.Value;

/**
 * A file held by one person for longer than the {@link DossierPolicy#holdingLimit()}: who has it,
 * since when, for how many working days, and the day it should have moved on, explained.
 *
 * <pre>{@code
 * rules.heldTooLong(dossier, at).ifPresent(a -> remind(a.holder(), a.explanation()));
 * // "received Thu 7 May 2026 + 7 working days: skipped 8 May (Victoire 1945), 14 May (Ascension)
 * //  and 4 weekend days -> Wed 20 May 2026; held 8 working days"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class HoldingAlert {
    HoldingAlert() {}

    /** {@return the dossier} */
    public abstract DossierId dossier();

    /** {@return who holds it} */
    public abstract PersonId holder();

    /** {@return since when} */
    public abstract Instant since();

    /** {@return working days held, counted as {@link org.aso.core.kernel.BusinessCalendar#workingDaysBetween} does (the day of receipt not counted)} */
    public abstract int workingDaysHeld();

    /** {@return the limit that was passed} */
    public abstract int limit();

    /** {@return the last working day on which holding the file was still within the limit, with the days skipped} */
    public abstract WorkingDayDeadline dueBack();

    /** {@return the day the file should have moved on by} */
    public LocalDate dueBackOn() {
        return dueBack().due();
    }

    /**
     * The alert as one sentence for a reader of {@code locale} (French or English; another
     * language gets English): the deadline's {@link WorkingDayDeadline#explanation(String, Locale)
     * explanation} and the days held, with their plural. In French: {@code "reçu le jeudi 7 mai 2026
     * + 7 jours ouvrés, hors 8 mai (Victoire 1945), 14 mai (Ascension) et 4 jours de week-end →
     * mercredi 20 mai 2026 ; détenu depuis 8 jours ouvrés"}.
     *
     * @param locale the reader's locale
     * @return the sentence
     * @throws NullPointerException if {@code locale} is null
     */
    public String explanation(Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        return book.text("holding.held", dueBack().explanation(book.text("deadline.received"), locale), workingDaysHeld());
    }

    /** {@return one English sentence: the deadline's explanation and the days held; see {@link #explanation(Locale)}} */
    public String explanation() {
        return dueBack().explanation("received") + "; held " + workingDaysHeld() + " working days";
    }
}
