package org.aso.core.disruption;

import io.vavr.control.Either;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.priority.FreeTime;

/**
 * A person away for an interval: on leave, on sick leave, in training, or gone for good.
 *
 * <p>What it touches is listed by {@link AbsenceImpact#of}; what they hold is given to a deputy by
 * {@link Handover#decide}. Slot finding and the day's plan see it through the values they are
 * built from:
 *
 * <pre>{@code
 * Absence away = Absence.of(claire, Absence.Kind.SICK_LEAVE, Interval.of(monday, friday));
 * Availability a = Availability.of(claire, paris).meetings(agenda, window)
 *         .outside(List.of(away.outOfOffice())).build();          // no slot for her that week
 * FreeTime free = away.removeFrom(FreeTime.of(paris, agenda, claire, window));   // nothing to plan in
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param person who is away
 * @param kind why
 * @param interval when: from its start (included) to its end (excluded)
 */
public record Absence(PersonId person, Kind kind, Interval interval) {

    /** Why a person is away. */
    public enum Kind {
        /** Annual leave. */
        LEAVE,
        /** Sick leave. */
        SICK_LEAVE,
        /** Training. */
        TRAINING,
        /** Departure: the person leaves the section. */
        DEPARTURE;

        /**
         * {@return the kind in words for a reader of {@code locale} (French or English; another language gets English)}
         *
         * @param locale the reader's locale; not null
         */
        public String label(Locale locale) {
            return Phrasebook.of(locale).text("absence.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
    }

    /**
     * An absence.
     *
     * @param person who is away; not null
     * @param kind why; not null
     * @param interval when; not null
     * @throws NullPointerException if an argument is null
     */
    public Absence {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(interval, "interval");
    }

    /**
     * {@return an absence}
     *
     * @param person who is away; not null
     * @param kind why; not null
     * @param interval when; not null
     * @throws NullPointerException if an argument is null
     */
    public static Absence of(PersonId person, Kind kind, Interval interval) {
        return new Absence(person, kind, interval);
    }

    /**
     * {@return the absence as a span of outside free/busy time, out of office: given to
     * {@code Availability.Builder.outside}, it makes the person unavailable to slot finding over
     * the interval (no buffer is added around it)}
     */
    public FreeBusy outOfOffice() {
        return FreeBusy.of(interval, FreeBusy.State.OUT_OF_OFFICE);
    }

    /**
     * {@return {@code free} without the absence: the free time of the person's day plan
     * ({@code DayPlanner.plan}) is empty while they are away}
     *
     * @param free the person's free time; not null
     */
    public FreeTime removeFrom(FreeTime free) {
        return free.minus(List.of(interval));
    }

    /**
     * {@return the refusal of an absence a decision cannot take, if any: {@code kernel.range.instant}
     * for an interval outside the supported range ({@link Limits}), or
     * {@code disruption.absence.empty} for an empty interval}
     */
    Optional<Problem> refusal() {
        Optional<Problem> range = Limits.checkInstant("absence start", interval.start())
                .or(() -> Limits.checkInstant("absence end", interval.end()));
        if (range.isPresent()) {
            return range;
        }
        if (interval.isEmpty()) {
            return Optional.of(Problem.of("disruption.absence.empty", "An absence lasts some time: " + interval)
                    .with("person", person));
        }
        return Optional.empty();
    }

    /** The absence, or its refusal. */
    Either<Problem, Absence> checked() {
        return refusal().<Either<Problem, Absence>>map(Either::left).orElseGet(() -> Either.right(this));
    }
}
