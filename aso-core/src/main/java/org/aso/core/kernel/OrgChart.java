package org.aso.core.kernel;

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

/**
 * The tree (or forest) of units: who is above whom, and who heads each unit, so that escalation
 * can go "one level up".
 *
 * <pre>{@code
 * OrgChart chart = OrgChart.of(List.of(directorate, section2, section3)).get();
 * chart.superiorOf(PersonId.of("p-17"), OrgUnitId.of("S2")); // the head of S2, or above
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class OrgChart {
    private final Map<OrgUnitId, OrgUnit> units;
    private final Map<OrgUnitId, List<OrgUnitId>> children;

    private OrgChart(Map<OrgUnitId, OrgUnit> units) {
        this.units = Collections.unmodifiableMap(units);
        Map<OrgUnitId, List<OrgUnitId>> kids = new LinkedHashMap<>();
        for (OrgUnit u : units.values()) {
            u.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(u.id()));
        }
        kids.replaceAll((k, v) -> List.copyOf(v));
        this.children = Collections.unmodifiableMap(kids);
    }

    /**
     * Checks and builds a chart. Every problem is reported at once: a duplicate id
     * ({@code kernel.org.duplicate-unit}), a parent that is not in the chart
     * ({@code kernel.org.unknown-parent}), a cycle ({@code kernel.org.cycle}).
     *
     * @param units every unit of the chart, parents given or not
     * @return the chart, or every problem found
     */
    public static Either<List<Problem>, OrgChart> of(Collection<OrgUnit> units) {
        Objects.requireNonNull(units, "units");
        List<Problem> problems = new ArrayList<>();
        Map<OrgUnitId, OrgUnit> byId = new LinkedHashMap<>();
        for (OrgUnit u : units) {
            if (byId.putIfAbsent(u.id(), u) != null) {
                problems.add(Problem.of("kernel.org.duplicate-unit", "Unit " + u.id() + " appears twice")
                        .with("unit", u.id()));
            }
        }
        for (OrgUnit u : byId.values()) {
            u.parent().filter(p -> !byId.containsKey(p)).ifPresent(p -> problems.add(
                    Problem.of("kernel.org.unknown-parent", "Unit " + u.id() + " has an unknown parent " + p)
                            .with("unit", u.id()).with("parent", p)));
        }
        Set<OrgUnitId> reported = new HashSet<>();
        for (OrgUnit u : byId.values()) {
            Set<OrgUnitId> path = new HashSet<>();
            OrgUnit cur = u;
            while (cur != null && path.add(cur.id())) {
                cur = cur.parent().map(byId::get).orElse(null);
            }
            if (cur != null && reported.add(cur.id())) {
                problems.add(Problem.of("kernel.org.cycle", "Unit " + cur.id() + " is its own ancestor")
                        .with("unit", cur.id()));
                reported.addAll(path);
            }
        }
        return problems.isEmpty() ? Either.right(new OrgChart(byId)) : Either.left(List.copyOf(problems));
    }

    /** {@return all units, in the order given} */
    public Collection<OrgUnit> units() {
        return units.values();
    }

    /**
     * {@return the unit with this id}
     *
     * @param id the unit's id
     */
    public Optional<OrgUnit> unit(OrgUnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    /**
     * {@return the units directly below, in the order given}
     *
     * @param id the unit's id
     */
    public List<OrgUnit> children(OrgUnitId id) {
        return children.getOrDefault(id, List.of()).stream().map(units::get).toList();
    }

    /**
     * {@return the units above, nearest first; empty for a root or an unknown unit}
     *
     * @param id the unit's id
     */
    public List<OrgUnit> ancestors(OrgUnitId id) {
        List<OrgUnit> result = new ArrayList<>();
        Optional<OrgUnitId> p = unit(id).flatMap(OrgUnit::parent);
        while (p.isPresent()) {
            OrgUnit parent = units.get(p.get());
            result.add(parent);
            p = parent.parent();
        }
        return List.copyOf(result);
    }

    /**
     * {@return true if {@code unit} is {@code ancestor} or lies below it}
     *
     * @param unit the unit to place
     * @param ancestor the unit it may lie within
     */
    public boolean isWithin(OrgUnitId unit, OrgUnitId ancestor) {
        return unit.equals(ancestor) && units.containsKey(unit)
                || ancestors(unit).stream().anyMatch(u -> u.id().equals(ancestor));
    }

    /** {@return the units with no parent} */
    public List<OrgUnit> roots() {
        return units.values().stream().filter(u -> u.parent().isEmpty()).toList();
    }

    /**
     * {@return the head of the nearest unit strictly above {@code id} that has one}
     *
     * @param id the unit to start from
     */
    public Optional<PersonId> headAbove(OrgUnitId id) {
        return ancestors(id).stream().flatMap(u -> u.head().stream()).findFirst();
    }

    /**
     * Whom to escalate to from {@code person} working in {@code unit}: the head of the unit, or,
     * when the person is that head (or the post is empty), the nearest head above.
     *
     * @param person who escalates
     * @param unit the unit the person works in
     * @return the person to escalate to, empty when nobody is above
     */
    public Optional<PersonId> superiorOf(PersonId person, OrgUnitId unit) {
        Optional<PersonId> head = unit(unit).flatMap(OrgUnit::head);
        if (head.isPresent() && !head.get().equals(person)) {
            return head;
        }
        return headAbove(unit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OrgChart other && units.equals(other.units);
    }

    @Override
    public int hashCode() {
        return units.hashCode();
    }

    @Override
    public String toString() {
        return "OrgChart" + units.keySet();
    }
}
