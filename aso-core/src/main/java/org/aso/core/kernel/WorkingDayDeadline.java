package org.aso.core.kernel;

import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A date reached by counting working days, with the days passed over and why.
 *
 * <pre>{@code
 * WorkingDayDeadline d = calendar.deadline(LocalDate.of(2024, 5, 2), 15);
 * d.due();                       // 2024-05-28
 * d.explanation("received");
 * // received Thu 2 May 2024 + 15 working days: skipped 8 May (Victoire 1945), 9 May (Ascension),
 * //   20 May (Lundi de Pentecôte) and 8 weekend days -> Tue 28 May 2024
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

    /** {@return the explanation with the start labelled "from"} */
    public String explanation() {
        return explanation("from");
    }

    /**
     * {@return the explanation as one English sentence, e.g. {@code "received Thu 2 May 2024 + 15 working
     * days: skipped 8 May (Victoire 1945) and 8 weekend days -> Tue 28 May 2024"}}
     *
     * @param startLabel the word for the start, e.g. {@code "received"}
     */
    public String explanation(String startLabel) {
        int n = Math.abs(workingDays());
        return startLabel + " " + Explanations.day(start())
                + (workingDays() < 0 ? " - " : " + ") + n + (n == 1 ? " working day" : " working days")
                + ": " + Explanations.skipped(start(), skipped())
                + " -> " + Explanations.day(due());
    }

    @Override
    public String toString() {
        return explanation();
    }
}
