package org.aso.core.disruption;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;

/**
 * What a {@link Reorganisation} does: which old units go to which new ones, where the items of a
 * split unit go, the new chart and the instant from which it is in force, and why.
 *
 * <p>A merger maps several old units to one new unit; a split maps one old unit to several, the
 * first named being where its items go unless a rule says otherwise. The rule for an item of a
 * split unit is, first that applies: its own entry in {@link #items()} (an explicit map, by
 * {@link Ref} of a letter or a task), then the unit its holder goes to ({@link #people()}: a task
 * follows its assignee when the assignee goes to one of its unit's new units), then the old unit's first new unit.
 *
 * <pre>{@code
 * ReorganisationPlan merger = ReorganisationPlan.of(newChart, Instant.parse("2026-04-01T00:00:00+02:00"),
 *         "S2 and S3 merged into S5")
 *     .withMove(OrgUnitId.of("S2"), OrgUnitId.of("S5"))
 *     .withMove(OrgUnitId.of("S3"), OrgUnitId.of("S5"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param chart the organisation chart in force from {@code effective}
 * @param effective when the new chart comes into force
 * @param reason why, kept in each redirected letter's history
 * @param moves each old unit with its new units, in the order given (copied)
 * @param items where a given letter or task goes, overriding the other rules (copied)
 * @param people the new unit of each person of a moved unit who does not go to its first new unit (copied)
 * @param newRegisters registers opened by the reorganisation, empty, whose numbering starts a new series
 *     (a restart); without any, the registers number on without a gap (copied)
 */
public record ReorganisationPlan(OrgChart chart, Instant effective, String reason, List<Move> moves,
                                 Map<Ref, OrgUnitId> items, Map<PersonId, OrgUnitId> people,
                                 List<RegisterSettings> newRegisters) {

    /**
     * An old unit and one of its new units.
     *
     * @param from the old unit
     * @param to the new unit
     */
    public record Move(OrgUnitId from, OrgUnitId to) {
        /**
         * A move.
         *
         * @param from the old unit; not null
         * @param to the new unit; not null
         * @throws NullPointerException if an argument is null
         */
        public Move {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /**
     * A plan.
     *
     * @param chart the new chart; not null
     * @param effective when it is in force; not null
     * @param reason why; not null (checked by the decision)
     * @param moves the moves; not null, no null element
     * @param items explicit targets; not null, no null key or value
     * @param people persons' new units; not null, no null key or value
     * @param newRegisters the registers to open; not null, no null element
     * @throws NullPointerException if an argument, element, key or value is null
     */
    public ReorganisationPlan {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(reason, "reason");
        moves = List.copyOf(moves);
        items = Map.copyOf(items);
        people = Map.copyOf(people);
        newRegisters = List.copyOf(newRegisters);
    }

    /**
     * {@return a plan with no move yet}
     *
     * @param chart the new chart; not null
     * @param effective when it is in force; not null
     * @param reason why; not null
     * @throws NullPointerException if an argument is null
     */
    public static ReorganisationPlan of(OrgChart chart, Instant effective, String reason) {
        return new ReorganisationPlan(chart, effective, reason, List.of(), Map.of(), Map.of(), List.of());
    }

    /**
     * {@return a copy with one more move: {@code from} goes to {@code to} (a unit given several new units is split)}
     *
     * @param from the old unit; not null
     * @param to the new unit; not null
     * @throws NullPointerException if an argument is null
     */
    public ReorganisationPlan withMove(OrgUnitId from, OrgUnitId to) {
        List<Move> all = new ArrayList<>(moves);
        all.add(new Move(from, to));
        return new ReorganisationPlan(chart, effective, reason, all, items, people, newRegisters);
    }

    /**
     * {@return a copy in which the letter or task {@code item} goes to {@code to}}
     *
     * @param item a letter's or a task's ref; not null
     * @param to one of the new units of its unit; not null
     * @throws NullPointerException if an argument is null
     */
    public ReorganisationPlan withItem(Ref item, OrgUnitId to) {
        Map<Ref, OrgUnitId> all = new LinkedHashMap<>(items);
        all.put(Objects.requireNonNull(item, "item"), Objects.requireNonNull(to, "to"));
        return new ReorganisationPlan(chart, effective, reason, moves, all, people, newRegisters);
    }

    /**
     * {@return a copy in which {@code person} goes to {@code to}, with their tasks}
     *
     * @param person a person of a moved unit; not null
     * @param to one of the new units of their unit; not null
     * @throws NullPointerException if an argument is null
     */
    public ReorganisationPlan withPerson(PersonId person, OrgUnitId to) {
        Map<PersonId, OrgUnitId> all = new LinkedHashMap<>(people);
        all.put(Objects.requireNonNull(person, "person"), Objects.requireNonNull(to, "to"));
        return new ReorganisationPlan(chart, effective, reason, moves, items, all, newRegisters);
    }

    /**
     * {@return a copy that opens an empty register whose numbering restarts: a new series, apart
     * from every existing register's (the decision checks that no number can be given twice)}
     *
     * @param settings the new register's settings (a new id and code, the scheme of the others); not null
     * @throws NullPointerException if {@code settings} is null
     */
    public ReorganisationPlan withNewRegister(RegisterSettings settings) {
        List<RegisterSettings> all = new ArrayList<>(newRegisters);
        all.add(Objects.requireNonNull(settings, "settings"));
        return new ReorganisationPlan(chart, effective, reason, moves, items, people, all);
    }

    /** {@return the new units of an old unit, in the order given; empty for a unit that does not move} */
    List<OrgUnitId> successors(OrgUnitId old) {
        return moves.stream().filter(m -> m.from().equals(old)).map(Move::to).distinct().toList();
    }

    /** {@return the new unit of an item of {@code old}: its own, else its holder's, else the first} */
    Optional<OrgUnitId> target(OrgUnitId old, Ref item, Optional<PersonId> holder) {
        List<OrgUnitId> next = successors(old);
        if (next.isEmpty()) {
            return Optional.empty();
        }
        OrgUnitId own = items.get(item);
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.of(holder.map(people::get).filter(next::contains).orElse(next.get(0)));
    }
}
