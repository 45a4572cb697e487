package org.aso.core.kernel;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.immutables.value.Value;

/**
 * An instant reached by adding working time, with the days passed over and why.
 *
 * <pre>{@code
 * WorkingTimeDeadline d = calendar.deadline(Instant.parse("2024-05-07T14:00:00Z"), Duration.ofHours(8));
 * d.explanation("assigned");
 * // assigned Tue 7 May 2024 16:00 + 8h working time: skipped 8 May (Victoire 1945) and
 * //   9 May (Ascension) -> Fri 10 May 2024 16:30 (Europe/Paris)
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

    /** {@return the explanation with the start labelled "from"} */
    public String explanation() {
        return explanation("from");
    }

    /**
     * {@return the explanation as one English sentence; times are local to {@link #zone()}}
     *
     * @param startLabel the word for the start, e.g. {@code "assigned"}
     */
    public String explanation(String startLabel) {
        var s = start().atZone(zone());
        return startLabel + " " + Explanations.dayTime(s)
                + " + " + Explanations.duration(workingTime()) + " working time: "
                + Explanations.skipped(s.toLocalDate(), skipped())
                + " -> " + Explanations.dayTime(due().atZone(zone())) + " (" + zone().getId() + ")";
    }

    @Override
    public String toString() {
        return explanation();
    }
}
