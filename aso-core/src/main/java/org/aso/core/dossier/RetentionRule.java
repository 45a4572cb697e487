package org.aso.core.dossier;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.immutables.value.Value;

/**
 * How long a closed dossier of a filing-plan code is kept, and what then happens to it.
 *
 * <p>The review period ends on the date the file is looked at again (end of its active use); the
 * retention period ends on the disposal date, when the {@link #action()} is carried out. A rule
 * that keeps files permanently has a review period and no retention period.
 *
 * <pre>{@code
 * RetentionRule budget = RetentionRule.of(Period.ofYears(1), Period.ofYears(10), DisposalAction.TRANSFER_TO_ARCHIVES)
 *         .withCountFrom(RetentionStart.END_OF_CLOSING_YEAR);
 * budget.applyTo(LocalDate.of(2026, 3, 16)).disposalOn();   // Optional[2037-01-01]
 * RetentionRule.permanent(Period.ofYears(10));               // never disposed of
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RetentionRule {
    RetentionRule() {}

    /** {@return the time from the start of the count to the review date} */
    public abstract Period reviewAfter();

    /** {@return the time from the start of the count to the disposal date; empty when kept permanently} */
    public abstract Optional<Period> keepFor();

    /** {@return what happens at the disposal date} */
    public abstract DisposalAction action();

    /** {@return where the count starts; the closing date unless set} */
    @Value.Default
    public RetentionStart countFrom() {
        return RetentionStart.CLOSING_DATE;
    }

    /**
     * {@return a copy counting from another start}
     *
     * @param countFrom the new start
     */
    public abstract RetentionRule withCountFrom(RetentionStart countFrom);

    /**
     * A rule that destroys or transfers the dossier {@code keepFor} after closing.
     *
     * @param reviewAfter the time from closing to the review
     * @param keepFor the time from closing to disposal
     * @param action what happens at disposal: destruction or transfer
     * @return the rule
     * @throws IllegalArgumentException if a period is negative or the action is
     *     {@link DisposalAction#KEEP_PERMANENTLY} (use {@link #permanent})
     */
    public static RetentionRule of(Period reviewAfter, Period keepFor, DisposalAction action) {
        return ImmutableRetentionRule.builder().reviewAfter(reviewAfter).keepFor(keepFor).action(action).build();
    }

    /**
     * {@return a rule that keeps the dossier for ever, with a review {@code reviewAfter} closing}
     *
     * @param reviewAfter the time from closing to the review
     * @throws IllegalArgumentException if the period is negative
     */
    public static RetentionRule permanent(Period reviewAfter) {
        return ImmutableRetentionRule.builder().reviewAfter(reviewAfter).action(DisposalAction.KEEP_PERMANENTLY).build();
    }

    /**
     * {@return the review and disposal dates of a dossier closed on {@code closedOn}} Periods are added as
     * {@link LocalDate#plus} does: one year after 29 February is 28 February.
     *
     * @param closedOn the day the dossier was closed
     * @throws IllegalArgumentException if {@code closedOn}, or a date it gives, is outside the
     *     supported range ({@link Limits}); the message names the date (closing the dossier refuses
     *     with {@code kernel.range.date} instead)
     */
    public RetentionOutcome applyTo(LocalDate closedOn) {
        return outcome(closedOn).getOrElseThrow(p -> new IllegalArgumentException(p.message()));
    }

    /** {@link #applyTo}, or a {@code kernel.range.date} problem naming the date outside the supported range. */
    Either<Problem, RetentionOutcome> outcome(LocalDate closedOn) {
        Optional<Problem> closing = Limits.checkDate("closing date", closedOn);
        if (closing.isPresent()) {
            return Either.left(closing.get());
        }
        Either<Problem, LocalDate> start = countFrom() == RetentionStart.CLOSING_DATE
                ? Either.right(closedOn)
                : Limits.plus("start of the retention count", closedOn.withDayOfYear(1), Period.ofYears(1));
        Either<Problem, LocalDate> review = start.flatMap(s -> Limits.plus("review date", s, reviewAfter()));
        Optional<Either<Problem, LocalDate>> disposal = keepFor().map(p -> start.flatMap(s -> Limits.plus("disposal date", s, p)));
        if (review.isLeft()) {
            return Either.left(review.getLeft());
        }
        if (disposal.isPresent() && disposal.get().isLeft()) {
            return Either.left(disposal.get().getLeft());
        }
        return Either.right(ImmutableRetentionOutcome.builder()
                .closedOn(closedOn)
                .reviewOn(review.get())
                .disposalOn(disposal.map(Either::get))
                .action(action())
                .build());
    }

    @Value.Check
    void check() {
        if (reviewAfter().isNegative() || keepFor().filter(Period::isNegative).isPresent()) {
            throw new IllegalArgumentException("Retention periods must not be negative: " + this);
        }
        if (keepFor().isPresent() == (action() == DisposalAction.KEEP_PERMANENTLY)) {
            throw new IllegalArgumentException(
                    "A retention period is needed exactly when the file is not kept permanently: " + this);
        }
    }
}
