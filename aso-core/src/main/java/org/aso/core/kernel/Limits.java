package org.aso.core.kernel;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * The range of values the toolkit supports, and the bounds on work that one call may ask for.
 *
 * <p>Every entry point refuses a value outside these bounds with a coded {@link Problem} (or, for a
 * value that only a programmer can pass, an {@link IllegalArgumentException}), in time and memory
 * that do not depend on how far outside the value is:
 * <ul>
 *   <li>dates from {@link #MIN_DATE} (1 January of year 1) to {@link #MAX_DATE} (31 December 9999),
 *       the four-digit years of ISO 8601 and of RFC 5545 {@code DATE} values;
 *   <li>instants from {@link #MIN_INSTANT} (0001-01-01T00:00:00Z) to {@link #MAX_INSTANT}
 *       (9999-12-31T23:59:59Z); a decision whose moment lies outside is refused with
 *       {@code kernel.range.instant}, a date with {@code kernel.range.date};
 *   <li>at most {@link #MAX_WORKING_DAYS} working days in one deadline or count
 *       ({@code kernel.range.working-days}).
 * </ul>
 *
 * <p>A query may still be asked about a wider span (a window ending at {@link Instant#MAX}): it
 * answers for the part of the span inside the supported range.
 */
public final class Limits {
    /** The first supported date: 1 January of year 1. */
    public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);
    /** The last supported date: 31 December 9999. */
    public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);
    /** The first supported instant: 0001-01-01T00:00:00Z. */
    public static final Instant MIN_INSTANT = Instant.parse("0001-01-01T00:00:00Z");
    /** The last supported instant: 9999-12-31T23:59:59Z. */
    public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59Z");
    /** The largest count of working days in one deadline (about forty years). */
    public static final int MAX_WORKING_DAYS = 10_000;

    private Limits() {}

    /**
     * {@return true if {@code instant} is within the supported range}
     *
     * @param instant any instant
     */
    public static boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(MIN_INSTANT) && !instant.isAfter(MAX_INSTANT);
    }

    /**
     * {@return true if {@code date} is within the supported range}
     *
     * @param date any date
     */
    public static boolean contains(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /**
     * {@return the supported instant nearest to {@code instant}: {@code instant} itself if it is inside the
     * range, else {@link #MIN_INSTANT} or {@link #MAX_INSTANT}} For queries that answer for the
     * part of a span inside the range.
     *
     * @param instant any instant
     */
    public static Instant clamp(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return instant.isBefore(MIN_INSTANT) ? MIN_INSTANT : instant.isAfter(MAX_INSTANT) ? MAX_INSTANT : instant;
    }

    /**
     * {@return {@code date} plus {@code period}, as {@link LocalDate#plus} adds it, or a
     * {@code kernel.range.date} problem if {@code date} or the result is outside the supported
     * range (details: {@code what}, {@code value})} Costs the same whatever the period: a period
     * of a billion years is refused, not overflowed.
     *
     * @param what what the result is, for the message ({@code "disposal date"})
     * @param date the date to add to
     * @param period the period to add
     */
    public static Either<Problem, LocalDate> plus(String what, LocalDate date, Period period) {
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(period, "period");
        Optional<Problem> start = checkDate("start of the " + what, date);
        if (start.isPresent()) {
            return Either.left(start.get());
        }
        long span = MAX_DATE.getYear() + 1L; // more years (or days) than that leaves the range from anywhere in it
        if (Math.abs(period.toTotalMonths()) > span * 12 || Math.abs((long) period.getDays()) > span * 366) {
            return Either.left(Problem.of("kernel.range.date",
                            "The " + what + " " + period + " after " + date + " is outside the supported range "
                                    + MIN_DATE + " to " + MAX_DATE)
                    .with("what", what).with("value", date + " + " + period));
        }
        LocalDate result = date.plus(period);
        Optional<Problem> end = checkDate(what, result);
        return end.isPresent() ? Either.left(end.get()) : Either.right(result);
    }

    /**
     * {@return a {@code kernel.range.instant} problem if {@code instant} is outside the supported range
     * (details: {@code what}, {@code value}), otherwise empty}
     *
     * @param what what the instant is, for the message ({@code "the registration time"})
     * @param instant the instant to check
     */
    public static Optional<Problem> checkInstant(String what, Instant instant) {
        Objects.requireNonNull(what, "what");
        if (contains(instant)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("kernel.range.instant",
                        "The " + what + " " + instant + " is outside the supported range " + MIN_INSTANT + " to " + MAX_INSTANT)
                .with("what", what).with("value", instant));
    }

    /**
     * {@return a {@code kernel.range.date} problem if {@code date} is outside the supported range
     * (details: {@code what}, {@code value}), otherwise empty}
     *
     * @param what what the date is, for the message ({@code "the due date"})
     * @param date the date to check
     */
    public static Optional<Problem> checkDate(String what, LocalDate date) {
        Objects.requireNonNull(what, "what");
        if (contains(date)) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("kernel.range.date",
                        "The " + what + " " + date + " is outside the supported range " + MIN_DATE + " to " + MAX_DATE)
                .with("what", what).with("value", date));
    }

    /**
     * {@return a {@code kernel.range.working-days} problem if {@code days} is more than
     * {@link #MAX_WORKING_DAYS} forward or back (details: {@code what}, {@code value}), otherwise empty}
     *
     * @param what what the count is, for the message ({@code "the reply time limit"})
     * @param days the count of working days
     */
    public static Optional<Problem> checkWorkingDays(String what, long days) {
        Objects.requireNonNull(what, "what");
        if (days >= -MAX_WORKING_DAYS && days <= MAX_WORKING_DAYS) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("kernel.range.working-days",
                        "The " + what + " of " + days + " working days is more than " + MAX_WORKING_DAYS + " forward or back")
                .with("what", what).with("value", days));
    }
}
