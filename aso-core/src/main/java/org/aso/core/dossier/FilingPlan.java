package org.aso.core.dossier;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.Problem;

/**
 * The filing plan (classification scheme): a tree of codes under which dossiers are filed, each
 * with the retention rule that decides how long its closed dossiers are kept.
 *
 * <pre>{@code
 * Either<List<Problem>, FilingPlan> plan = FilingPlan.of(List.of(administration, staff, budget));
 * plan.get().retentionOf(ClassificationCode.of("1.1"));   // its own rule, or the nearest above
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class FilingPlan {
    private final Map<ClassificationCode, FilingPlanEntry> entries;

    private FilingPlan(Map<ClassificationCode, FilingPlanEntry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /**
     * Checks and builds a plan. Every problem is reported at once, in this order: a code given
     * twice ({@code dossier.plan.duplicate-code}), a parent that is not in the plan
     * ({@code dossier.plan.unknown-parent}), a cycle ({@code dossier.plan.cycle}, once per cycle),
     * and a code with no retention rule of its own nor above it ({@code dossier.plan.no-retention}).
     *
     * @param entries the codes, in the order they should be listed
     * @return every problem found, or the plan
     */
    public static Either<List<Problem>, FilingPlan> of(Collection<FilingPlanEntry> entries) {
        Objects.requireNonNull(entries, "entries");
        List<Problem> problems = new ArrayList<>();
        Map<ClassificationCode, FilingPlanEntry> byCode = new LinkedHashMap<>();
        for (FilingPlanEntry e : entries) {
            if (byCode.putIfAbsent(e.code(), e) != null) {
                problems.add(Problem.of("dossier.plan.duplicate-code", "Code " + e.code() + " appears twice")
                        .with("code", e.code()));
            }
        }
        for (FilingPlanEntry e : byCode.values()) {
            e.parent().filter(p -> !byCode.containsKey(p)).ifPresent(p -> problems.add(
                    Problem.of("dossier.plan.unknown-parent", "Code " + e.code() + " has an unknown parent " + p)
                            .with("code", e.code()).with("parent", p)));
        }
        Set<ClassificationCode> inCycle = new HashSet<>();
        for (FilingPlanEntry e : byCode.values()) {
            Set<ClassificationCode> path = new HashSet<>();
            FilingPlanEntry cur = e;
            while (cur != null && path.add(cur.code())) {
                cur = cur.parent().map(byCode::get).orElse(null);
            }
            if (cur != null && !inCycle.contains(cur.code())) {
                // cur is on the cycle: walk it once to mark all its codes
                FilingPlanEntry c = cur;
                do {
                    inCycle.add(c.code());
                    c = byCode.get(c.parent().orElseThrow());
                } while (!c.code().equals(cur.code()));
                problems.add(Problem.of("dossier.plan.cycle", "Code " + cur.code() + " is its own ancestor")
                        .with("code", cur.code()));
            }
        }
        for (FilingPlanEntry e : byCode.values()) {
            if (!hasRuleOrBrokenChain(e, byCode)) {
                problems.add(Problem.of("dossier.plan.no-retention",
                                "Code " + e.code() + " has no retention rule, nor has any code above it")
                        .with("code", e.code()));
            }
        }
        return problems.isEmpty() ? Either.right(new FilingPlan(byCode)) : Either.left(List.copyOf(problems));
    }

    /** True if a rule is found going up, or the chain is broken (already reported otherwise). */
    private static boolean hasRuleOrBrokenChain(FilingPlanEntry e, Map<ClassificationCode, FilingPlanEntry> byCode) {
        Set<ClassificationCode> seen = new HashSet<>();
        FilingPlanEntry cur = e;
        while (cur != null) {
            if (cur.retention().isPresent() || !seen.add(cur.code())) {
                return true;
            }
            if (cur.parent().isEmpty()) {
                return false;
            }
            cur = byCode.get(cur.parent().get());
        }
        return true;
    }

    /** {@return every code, in the order given} */
    public List<FilingPlanEntry> entries() {
        return List.copyOf(entries.values());
    }

    /**
     * {@return the entry for a code}
     *
     * @param code the classification code
     */
    public Optional<FilingPlanEntry> entry(ClassificationCode code) {
        return Optional.ofNullable(entries.get(code));
    }

    /**
     * {@return true if the code is in the plan}
     *
     * @param code the classification code
     */
    public boolean contains(ClassificationCode code) {
        return entries.containsKey(code);
    }

    /**
     * {@return the codes directly below, in the order given}
     *
     * @param code the classification code
     */
    public List<FilingPlanEntry> children(ClassificationCode code) {
        return entries.values().stream().filter(e -> e.parent().filter(code::equals).isPresent()).toList();
    }

    /**
     * {@return the codes above, nearest first; empty for a root or an unknown code}
     *
     * @param code the classification code
     */
    public List<FilingPlanEntry> ancestors(ClassificationCode code) {
        List<FilingPlanEntry> result = new ArrayList<>();
        Optional<ClassificationCode> p = entry(code).flatMap(FilingPlanEntry::parent);
        while (p.isPresent()) {
            FilingPlanEntry parent = entries.get(p.get());
            result.add(parent);
            p = parent.parent();
        }
        return List.copyOf(result);
    }

    /**
     * {@return true if {@code code} is {@code ancestor} or lies below it in the plan}
     *
     * @param code the code to place
     * @param ancestor the code it may lie within
     */
    public boolean isWithin(ClassificationCode code, ClassificationCode ancestor) {
        return contains(code) && (code.equals(ancestor)
                || ancestors(code).stream().anyMatch(e -> e.code().equals(ancestor)));
    }

    /**
     * {@return the retention rule that applies to {@code code}: its own or the nearest one above; empty for an unknown code}
     *
     * @param code the classification code
     */
    public Optional<RetentionRule> retentionOf(ClassificationCode code) {
        Optional<FilingPlanEntry> e = entry(code);
        if (e.isEmpty()) {
            return Optional.empty();
        }
        if (e.get().retention().isPresent()) {
            return e.get().retention();
        }
        return ancestors(code).stream().flatMap(a -> a.retention().stream()).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilingPlan other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return "FilingPlan" + entries.keySet();
    }
}
