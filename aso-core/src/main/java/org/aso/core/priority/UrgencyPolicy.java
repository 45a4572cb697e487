package org.aso.core.priority;

import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.aso.core.kernel.Problem;

/**
 * How urgency is scored: a coefficient per {@link UrgencyTerm}, the caps of the age and
 * working-time terms, the top grade rank, and the thresholds of the {@link Quadrant}.
 *
 * <p>Defaults: due 12, blocking 8, importance 6, age 2 (capped at 365 days), waiting -3,
 * blocked -5 (Taskwarrior's values), grade 5 (top rank 4), sensitivity 4, working time left 4
 * (horizon 40 working hours), overdue 2. A task is <b>urgent</b> when its {@code DUE},
 * {@code OVERDUE}, {@code WORKING_TIME_LEFT} and {@code BLOCKING} contributions reach 8, and
 * <b>important</b> when its {@code IMPORTANCE}, {@code GRADE} and {@code SENSITIVITY}
 * contributions reach 7.
 *
 * <pre>{@code
 * UrgencyPolicy policy = UrgencyPolicy.defaults().withCoefficient(UrgencyTerm.SENSITIVITY, 6);
 * Either<List<Problem>, UrgencyPolicy> fromConfig = UrgencyPolicy.parse(Map.of(
 *         "coefficient.due", "10", "threshold.urgent", "7.5"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class UrgencyPolicy {
    private final EnumMap<UrgencyTerm, Double> coefficients;
    private final Duration ageCap;
    private final Duration workingTimeHorizon;
    private final int topGradeRank;
    private final double urgentThreshold;
    private final double importantThreshold;

    private UrgencyPolicy(EnumMap<UrgencyTerm, Double> coefficients, Duration ageCap, Duration workingTimeHorizon,
            int topGradeRank, double urgentThreshold, double importantThreshold) {
        this.coefficients = coefficients;
        this.ageCap = ageCap;
        this.workingTimeHorizon = workingTimeHorizon;
        this.topGradeRank = topGradeRank;
        this.urgentThreshold = urgentThreshold;
        this.importantThreshold = importantThreshold;
    }

    /** {@return the default policy described above} */
    public static UrgencyPolicy defaults() {
        EnumMap<UrgencyTerm, Double> c = new EnumMap<>(UrgencyTerm.class);
        c.put(UrgencyTerm.DUE, 12.0);
        c.put(UrgencyTerm.BLOCKING, 8.0);
        c.put(UrgencyTerm.IMPORTANCE, 6.0);
        c.put(UrgencyTerm.AGE, 2.0);
        c.put(UrgencyTerm.WAITING, -3.0);
        c.put(UrgencyTerm.BLOCKED, -5.0);
        c.put(UrgencyTerm.GRADE, 5.0);
        c.put(UrgencyTerm.SENSITIVITY, 4.0);
        c.put(UrgencyTerm.WORKING_TIME_LEFT, 4.0);
        c.put(UrgencyTerm.OVERDUE, 2.0);
        return new UrgencyPolicy(c, Duration.ofDays(365), Duration.ofHours(40), 4, 8.0, 7.0);
    }

    /**
     * A policy from settings, e.g. read from a host's configuration file; keys not given keep
     * their defaults. Keys: {@code coefficient.<term>} (term in lower case with dashes, e.g.
     * {@code coefficient.working-time-left}), {@code age.cap-days}, {@code horizon.hours},
     * {@code grade.top-rank}, {@code threshold.urgent}, {@code threshold.important}.
     *
     * @param settings the settings, by key
     * @return the policy, or every problem found: {@code priority.policy.unknown-key},
     *     {@code priority.policy.not-a-number}, {@code priority.policy.out-of-range}
     */
    public static Either<List<Problem>, UrgencyPolicy> parse(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        List<Problem> problems = new ArrayList<>();
        UrgencyPolicy p = defaults();
        for (var e : new java.util.TreeMap<>(settings).entrySet()) {
            String key = e.getKey();
            String raw = e.getValue() == null ? "" : e.getValue().strip();
            double v;
            try {
                v = Double.parseDouble(raw);
            } catch (NumberFormatException ex) {
                problems.add(Problem.of("priority.policy.not-a-number", "Setting " + key + " is not a number")
                        .with("key", key).with("value", raw));
                continue;
            }
            if (!Double.isFinite(v)) {
                problems.add(outOfRange(key, raw, "a finite number"));
                continue;
            }
            if (key.startsWith("coefficient.")) {
                String name = key.substring("coefficient.".length()).toUpperCase(Locale.ROOT).replace('-', '_');
                UrgencyTerm term = null;
                for (UrgencyTerm t : UrgencyTerm.values()) {
                    if (t.name().equals(name)) {
                        term = t;
                    }
                }
                if (term == null) {
                    problems.add(unknown(key));
                } else {
                    p = p.withCoefficient(term, v);
                }
                continue;
            }
            switch (key) {
                case "age.cap-days" -> {
                    if (v < 1 || v > 36_500 || v != Math.rint(v)) {
                        problems.add(outOfRange(key, raw, "a whole number of days from 1 to 36500"));
                    } else {
                        p = p.withAgeCap(Duration.ofDays((long) v));
                    }
                }
                case "horizon.hours" -> {
                    if (v <= 0 || v > 10_000) {
                        problems.add(outOfRange(key, raw, "more than 0 and at most 10000 hours"));
                    } else {
                        p = p.withWorkingTimeHorizon(Duration.ofSeconds(Math.round(v * 3600)));
                    }
                }
                case "grade.top-rank" -> {
                    if (v < 1 || v > 1000 || v != Math.rint(v)) {
                        problems.add(outOfRange(key, raw, "a whole number from 1 to 1000"));
                    } else {
                        p = p.withTopGradeRank((int) v);
                    }
                }
                case "threshold.urgent" -> p = p.withThresholds(v, p.importantThreshold);
                case "threshold.important" -> p = p.withThresholds(p.urgentThreshold, v);
                default -> problems.add(unknown(key));
            }
        }
        return problems.isEmpty() ? Either.right(p) : Either.left(List.copyOf(problems));
    }

    private static Problem unknown(String key) {
        return Problem.of("priority.policy.unknown-key", "Unknown urgency setting " + key).with("key", key);
    }

    private static Problem outOfRange(String key, String raw, String expected) {
        return Problem.of("priority.policy.out-of-range", "Setting " + key + " must be " + expected)
                .with("key", key).with("value", raw);
    }

    /**
     * {@return the coefficient of {@code term}}
     *
     * @param term the term
     */
    public double coefficient(UrgencyTerm term) {
        return coefficients.get(Objects.requireNonNull(term, "term"));
    }

    /** {@return every coefficient, by term (unmodifiable)} */
    public Map<UrgencyTerm, Double> coefficients() {
        return Collections.unmodifiableMap(coefficients);
    }

    /** {@return the age at which the {@link UrgencyTerm#AGE} term reaches 1} */
    public Duration ageCap() {
        return ageCap;
    }

    /** {@return the working time at and beyond which {@link UrgencyTerm#WORKING_TIME_LEFT} is 0} */
    public Duration workingTimeHorizon() {
        return workingTimeHorizon;
    }

    /** {@return the grade rank at and above which {@link UrgencyTerm#GRADE} is 1} */
    public int topGradeRank() {
        return topGradeRank;
    }

    /** {@return the urgent part of a score at and above which a task is urgent} */
    public double urgentThreshold() {
        return urgentThreshold;
    }

    /** {@return the important part of a score at and above which a task is important} */
    public double importantThreshold() {
        return importantThreshold;
    }

    /**
     * {@return a copy with another coefficient}
     *
     * @param term the term
     * @param coefficient its new coefficient
     * @throws IllegalArgumentException if {@code coefficient} is not finite
     */
    public UrgencyPolicy withCoefficient(UrgencyTerm term, double coefficient) {
        Objects.requireNonNull(term, "term");
        requireFinite(coefficient, "coefficient");
        EnumMap<UrgencyTerm, Double> c = new EnumMap<>(coefficients);
        c.put(term, coefficient);
        return new UrgencyPolicy(c, ageCap, workingTimeHorizon, topGradeRank, urgentThreshold, importantThreshold);
    }

    /**
     * {@return a copy with another age cap}
     *
     * @param ageCap the age at which the {@link UrgencyTerm#AGE} term reaches 1
     * @throws IllegalArgumentException if {@code ageCap} is not positive
     */
    public UrgencyPolicy withAgeCap(Duration ageCap) {
        if (ageCap.isNegative() || ageCap.isZero()) {
            throw new IllegalArgumentException("Age cap must be positive: " + ageCap);
        }
        return new UrgencyPolicy(coefficients, ageCap, workingTimeHorizon, topGradeRank, urgentThreshold, importantThreshold);
    }

    /**
     * {@return a copy with another working-time horizon}
     *
     * @param horizon the working time at and beyond which {@link UrgencyTerm#WORKING_TIME_LEFT} is
     *     0
     * @throws IllegalArgumentException if {@code horizon} is not positive
     */
    public UrgencyPolicy withWorkingTimeHorizon(Duration horizon) {
        if (horizon.isNegative() || horizon.isZero()) {
            throw new IllegalArgumentException("Working-time horizon must be positive: " + horizon);
        }
        return new UrgencyPolicy(coefficients, ageCap, horizon, topGradeRank, urgentThreshold, importantThreshold);
    }

    /**
     * {@return a copy with another top grade rank}
     *
     * @param rank the grade rank at and above which {@link UrgencyTerm#GRADE} is 1
     * @throws IllegalArgumentException if {@code rank} is less than 1
     */
    public UrgencyPolicy withTopGradeRank(int rank) {
        if (rank < 1) {
            throw new IllegalArgumentException("Top grade rank must be at least 1: " + rank);
        }
        return new UrgencyPolicy(coefficients, ageCap, workingTimeHorizon, rank, urgentThreshold, importantThreshold);
    }

    /**
     * {@return a copy with other quadrant thresholds}
     *
     * @param urgent the urgent part of a score at and above which a task is urgent
     * @param important the important part of a score at and above which a task is important
     * @throws IllegalArgumentException if a threshold is not finite
     */
    public UrgencyPolicy withThresholds(double urgent, double important) {
        requireFinite(urgent, "urgent threshold");
        requireFinite(important, "important threshold");
        return new UrgencyPolicy(coefficients, ageCap, workingTimeHorizon, topGradeRank, urgent, important);
    }

    private static void requireFinite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("The " + what + " must be finite: " + v);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UrgencyPolicy p && coefficients.equals(p.coefficients) && ageCap.equals(p.ageCap)
                && workingTimeHorizon.equals(p.workingTimeHorizon) && topGradeRank == p.topGradeRank
                && Double.compare(urgentThreshold, p.urgentThreshold) == 0
                && Double.compare(importantThreshold, p.importantThreshold) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(coefficients, ageCap, workingTimeHorizon, topGradeRank, urgentThreshold, importantThreshold);
    }

    @Override
    public String toString() {
        return "UrgencyPolicy" + coefficients + " ageCap=" + ageCap + " horizon=" + workingTimeHorizon
                + " topGradeRank=" + topGradeRank + " urgent>=" + urgentThreshold + " important>=" + importantThreshold;
    }
}
