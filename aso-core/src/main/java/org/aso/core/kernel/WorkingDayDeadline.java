package org.aso.core.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aso.core.internal.Phrasebook;
import org.immutables.value.Value;

/**
 * A date reached by counting working days, with the days passed over and why.
 *
 * <pre>{@code
 * WorkingDayDeadline d = calendar.deadline(LocalDate.of(2024, 5, 2), 15);
 * d.due();                       // 2024-05-28
 * d.explanation("received", Locale.ENGLISH);
 * // received Thu 2 May 2024 + 15 working days: skipped 8 May (Victory in Europe Day),
 * //   9 May (Ascension Day), 20 May (Whit Monday) and 8 weekend days -> Tue 28 May 2024
 * d.explanation("reçu le", Locale.FRENCH);
 * // reçu le jeudi 2 mai 2024 + 15 jours ouvrés, hors 8 mai (Victoire 1945), 9 mai (Ascension),
 * //   20 mai (Lundi de Pentecôte) et 8 jours de week-end → mardi 28 mai 2024
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkingDayDeadline {
    WorkingDayDeadline() {}

    /** {@return the day counting starts from (not itself counted)} */
    public abstract LocalDate start();

    /**
     * {@return how many working days were counted (negative when counting back); at most
     * {@link Limits#MAX_WORKING_DAYS} either way}
     */
    public abstract int workingDays();

    /** {@return the day reached} */
    public abstract LocalDate due();

    /** {@return the non-working days passed over between {@code start} and {@code due}, in order} */
    public abstract List<SkippedDay> skipped();

    /**
     * The explanation in English with the start labelled "from" and holiday names as the calendar
     * gives them; see {@link #explanation(Locale)}.
     *
     * @return the sentence
     */
    public String explanation() {
        return explanation("from");
    }

    /**
     * The explanation in English with holiday names as the calendar gives them, e.g.
     * {@code "received Thu 2 May 2024 + 15 working days: skipped 8 May (Victoire 1945) and 8 weekend
     * days -> Tue 28 May 2024"}; {@code explanation(startLabel, Locale.ENGLISH)} gives the shipped
     * calendars' English names ({@code "8 May (Victory in Europe Day)"}).
     *
     * @param startLabel the word for the start, e.g. {@code "received"}
     * @return the sentence
     * @see #explanation(String, Locale)
     */
    public String explanation(String startLabel) {
        return render(startLabel, Phrasebook.englishNamesAsGiven());
    }

    /**
     * The explanation in {@code locale} with the start labelled "from" in that language
     * ({@code "à partir du"} in French).
     *
     * @param locale the reader's locale
     * @return the sentence
     * @throws NullPointerException if {@code locale} is null
     */
    public String explanation(Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        return explanation(book.text("deadline.from"), locale);
    }

    /**
     * The explanation as one sentence in {@code locale} (French or English; another language gets
     * English): days and holiday names as a reader of that language expects, the count with its
     * plural. In French: {@code "reçu le jeudi 2 mai 2024 + 15 jours ouvrés, hors 8 mai (Victoire
     * 1945), 9 mai (Ascension), 20 mai (Lundi de Pentecôte) et 8 jours de week-end → mardi 28 mai
     * 2024"}.
     *
     * @param startLabel the words for the start, already in that language, e.g. {@code "reçu le"}
     * @param locale the reader's locale
     * @return the sentence
     * @throws NullPointerException if an argument is null
     */
    public String explanation(String startLabel, Locale locale) {
        Objects.requireNonNull(startLabel, "startLabel");
        return render(startLabel, Phrasebook.of(locale));
    }

    private String render(String startLabel, Phrasebook book) {
        return book.text("deadline.working-days", startLabel, book.day(start()), workingDays() < 0 ? "-" : "+",
                Math.abs(workingDays()), Explanations.skipped(book, start(), skipped()), book.day(due()));
    }

    @Override
    public String toString() {
        return explanation();
    }
}
