package org.aso.core.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.aso.core.internal.Phrasebook;
import org.immutables.value.Value;

/**
 * An instant reached by adding working time, with the days passed over and why.
 *
 * <pre>{@code
 * WorkingTimeDeadline d = calendar.deadline(Instant.parse("2024-05-07T14:00:00Z"), Duration.ofHours(8));
 * d.explanation("assigned", Locale.ENGLISH);
 * // assigned Tue 7 May 2024 16:00 + 8h working time: skipped 8 May (Victory in Europe Day) and
 * //   9 May (Ascension Day) -> Fri 10 May 2024 16:30 (Europe/Paris)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class WorkingTimeDeadline {
    WorkingTimeDeadline() {}

    /** {@return where counting starts} */
    public abstract Instant start();

    /** {@return the working time added; it spans at most {@link Limits#MAX_WORKING_DAYS} working days} */
    public abstract Duration workingTime();

    /** {@return the instant reached} */
    public abstract Instant due();

    /** {@return the zone whose working hours were used} */
    public abstract ZoneId zone();

    /** {@return the non-working days strictly between the start's day and the due day, in order} */
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
     * The explanation as one English sentence with holiday names as the calendar gives them; times
     * are on the wall clock of {@link #zone()}.
     *
     * @param startLabel the word for the start, e.g. {@code "assigned"}
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
        return explanation(Phrasebook.of(locale).text("deadline.from"), locale);
    }

    /**
     * The explanation as one sentence in {@code locale} (French or English; another language gets
     * English), times on the wall clock of {@link #zone()}, never UTC. In French:
     * {@code "attribué le mardi 7 mai 2024 à 16 h 00 + 8 h de temps ouvré, hors 8 mai (Victoire 1945)
     * et 9 mai (Ascension) → vendredi 10 mai 2024 à 16 h 30 (Europe/Paris)"}.
     *
     * @param startLabel the words for the start, already in that language
     * @param locale the reader's locale
     * @return the sentence
     * @throws NullPointerException if an argument is null
     */
    public String explanation(String startLabel, Locale locale) {
        Objects.requireNonNull(startLabel, "startLabel");
        return render(startLabel, Phrasebook.of(locale));
    }

    private String render(String startLabel, Phrasebook book) {
        var s = start().atZone(zone());
        return book.text("deadline.working-time", startLabel, book.dayTime(s),
                book.duration(workingTime()), Explanations.skipped(book, s.toLocalDate(), skipped()),
                book.dayTime(due().atZone(zone())), zone().getId());
    }

    @Override
    public String toString() {
        return explanation();
    }
}
