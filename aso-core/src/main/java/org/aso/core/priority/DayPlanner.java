package org.aso.core.priority;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;

/**
 * Places work items into a person's free time: the day's (or the week's) plan.
 *
 * <pre>{@code
 * FreeTime free = FreeTime.of(parisCalendar, agenda, ALICE, day);
 * Either<Problem, DayPlan> plan = DayPlanner.plan(items, free, day);
 * }</pre>
 *
 * <h2>Order</h2>
 * Items are taken one at a time, always among those whose dependencies have all been taken
 * (a topological order), choosing first the earliest <em>effective deadline</em>, then the highest
 * urgency, then the smallest id. The effective deadline of an item is the earliest of its own
 * deadline and the effective deadlines of the items that depend on it, so that work another urgent
 * task waits for is not left behind; items without any deadline come after those with one. The
 * order, and so the plan, depends only on the inputs.
 *
 * <h2>Placement</h2>
 * Each item in turn goes into the earliest free time left that is inside {@code window}, not
 * before its {@code notBefore}, and not before every task it depends on is finished:
 * <ul>
 *   <li>an item that is not splittable goes whole into the first gap long enough;
 *   <li>a splittable item fills gaps in time order, skipping gaps shorter than its minimum chunk
 *       (or than the work left, if that is less); if the window runs out, the blocks placed stay
 *       and the rest is reported as {@link DayPlan.Reason#NO_ROOM};
 *   <li>an item whose dependency is not fully placed is not placed at all
 *       ({@link DayPlan.Reason#WAITING_FOR_DEPENDENCY}).
 * </ul>
 * A later item may use a gap an earlier one could not. Blocks therefore never overlap each other,
 * never leave the free time (so never meet a meeting nor leave working hours), and a task never
 * starts before its dependencies finish.
 *
 * <p>A dependency on a task that is not among the items counts as done.
 *
 * <p>Stateless and thread-safe.
 */
public final class DayPlanner {
    private DayPlanner() {}

    /**
     * The plan of {@code items} in {@code free} within {@code window}. Only the part of the window
     * inside the supported range ({@link Limits}) is planned: a window reaching to
     * {@link Instant#MAX} plans until {@link Limits#MAX_INSTANT}.
     *
     * @param items the work to place
     * @param free the free time to place it in
     * @param window the span to plan
     * @return the plan; or a problem coded {@code priority.plan.dependency-cycle} (detail
     *     {@code tasks}: the ids around one cycle) or {@code priority.plan.duplicate-task} (detail
     *     {@code task})
     * @throws NullPointerException if an argument or an item is null
     */
    public static Either<Problem, DayPlan> plan(Collection<PlanItem> items, FreeTime free, Interval window) {
        Objects.requireNonNull(free, "free");
        Objects.requireNonNull(window, "window");
        Interval inside = Interval.of(Limits.clamp(window.start()), Limits.clamp(window.end()));
        return order(items).map(ordered -> place(ordered, free.within(inside), window, inside));
    }

    /**
     * The items in planning order (see the class description).
     *
     * @return the ordered items, or a problem as for {@link #plan}
     */
    static Either<Problem, List<PlanItem>> order(Collection<PlanItem> items) {
        Map<TaskId, PlanItem> byId = new TreeMap<>();
        for (PlanItem i : items) {
            if (byId.put(Objects.requireNonNull(i, "item").id(), i) != null) {
                return Either.left(Problem.of("priority.plan.duplicate-task", "The same task appears twice in the plan")
                        .with("task", i.id()));
            }
        }
        Map<TaskId, List<TaskId>> dependents = new HashMap<>();
        Map<TaskId, Integer> waiting = new HashMap<>();
        for (PlanItem i : byId.values()) {
            int n = 0;
            for (TaskId d : i.dependsOn()) {
                if (byId.containsKey(d)) {
                    dependents.computeIfAbsent(d, k -> new ArrayList<>()).add(i.id());
                    n++;
                }
            }
            waiting.put(i.id(), n);
        }
        // a plain topological order first, to find cycles and the effective deadlines
        List<TaskId> topo = new ArrayList<>(byId.size());
        Map<TaskId, Integer> left = new HashMap<>(waiting);
        for (TaskId id : byId.keySet()) {
            if (left.get(id) == 0) {
                topo.add(id);
            }
        }
        for (int k = 0; k < topo.size(); k++) {
            for (TaskId d : dependents.getOrDefault(topo.get(k), List.of())) {
                if (left.merge(d, -1, Integer::sum) == 0) {
                    topo.add(d);
                }
            }
        }
        if (topo.size() < byId.size()) {
            return Either.left(cycle(byId, new HashSet<>(topo)));
        }
        Map<TaskId, Optional<Instant>> effective = new HashMap<>();
        for (int k = topo.size() - 1; k >= 0; k--) {
            TaskId id = topo.get(k);
            Optional<Instant> e = byId.get(id).due();
            for (TaskId d : dependents.getOrDefault(id, List.of())) {
                e = earlier(e, effective.get(d));
            }
            effective.put(id, e);
        }
        Comparator<PlanItem> priority = Comparator
                .comparing((PlanItem i) -> effective.get(i.id()).orElse(Instant.MAX))
                .thenComparing(PlanItem::urgency, Comparator.reverseOrder())
                .thenComparing(PlanItem::id);
        PriorityQueue<PlanItem> ready = new PriorityQueue<>(priority);
        for (PlanItem i : byId.values()) {
            if (waiting.get(i.id()) == 0) {
                ready.add(i);
            }
        }
        List<PlanItem> out = new ArrayList<>(byId.size());
        while (!ready.isEmpty()) {
            PlanItem next = ready.poll();
            out.add(next);
            for (TaskId d : dependents.getOrDefault(next.id(), List.of())) {
                if (waiting.merge(d, -1, Integer::sum) == 0) {
                    ready.add(byId.get(d));
                }
            }
        }
        return Either.right(out);
    }

    private static Problem cycle(Map<TaskId, PlanItem> byId, Set<TaskId> ordered) {
        // every item left has a dependency left: follow them until one comes back
        TaskId at = byId.keySet().stream().filter(id -> !ordered.contains(id)).findFirst().orElseThrow();
        LinkedHashSet<TaskId> path = new LinkedHashSet<>();
        while (path.add(at)) {
            at = byId.get(at).dependsOn().stream().filter(d -> byId.containsKey(d) && !ordered.contains(d))
                    .sorted().findFirst().orElseThrow();
        }
        List<TaskId> ring = new ArrayList<>();
        boolean in = false;
        for (TaskId id : path) {
            in |= id.equals(at);
            if (in) {
                ring.add(id);
            }
        }
        return Problem.of("priority.plan.dependency-cycle", "These tasks wait for each other in a circle")
                .with("tasks", String.join(" -> ", ring.stream().map(TaskId::value).toList()) + " -> " + at.value());
    }

    private static DayPlan place(List<PlanItem> ordered, FreeTime free, Interval window, Interval inside) {
        List<Interval> gaps = new ArrayList<>(free.periods());
        List<DayPlan.Block> blocks = new ArrayList<>();
        List<DayPlan.Unplaced> unplaced = new ArrayList<>();
        Map<TaskId, Instant> finish = new HashMap<>();
        Set<TaskId> planned = new HashSet<>();
        for (PlanItem i : ordered) {
            planned.add(i.id());
        }
        Set<TaskId> incomplete = new HashSet<>();
        for (PlanItem item : ordered) {
            Instant earliest = item.notBefore().filter(nb -> nb.isAfter(inside.start())).orElse(inside.start());
            boolean blocked = false;
            for (TaskId d : item.dependsOn()) {
                if (!planned.contains(d)) {
                    continue;
                }
                if (incomplete.contains(d)) {
                    blocked = true;
                } else if (finish.get(d).isAfter(earliest)) {
                    earliest = finish.get(d);
                }
            }
            if (blocked) {
                incomplete.add(item.id());
                unplaced.add(new DayPlan.Unplaced(item.id(), DayPlan.Reason.WAITING_FOR_DEPENDENCY, item.effort()));
                continue;
            }
            Duration left = item.splittable()
                    ? fill(item, earliest, gaps, blocks, finish)
                    : whole(item, earliest, gaps, blocks, finish);
            if (!left.isZero()) {
                incomplete.add(item.id());
                DayPlan.Reason why = !item.splittable() && freeAfter(gaps, earliest).compareTo(left) >= 0
                        ? DayPlan.Reason.NO_GAP_LARGE_ENOUGH
                        : DayPlan.Reason.NO_ROOM;
                unplaced.add(new DayPlan.Unplaced(item.id(), why, left));
            }
        }
        return new DayPlan(window, ordered.stream().map(PlanItem::id).toList(), blocks, unplaced);
    }

    /** Places the item whole in the first gap long enough; returns the work not placed. */
    private static Duration whole(PlanItem item, Instant earliest, List<Interval> gaps, List<DayPlan.Block> blocks,
                                  Map<TaskId, Instant> finish) {
        for (int g = 0; g < gaps.size(); g++) {
            Interval gap = gaps.get(g);
            Instant s = gap.start().isBefore(earliest) ? earliest : gap.start();
            if (s.isBefore(gap.end()) && Duration.between(s, gap.end()).compareTo(item.effort()) >= 0) {
                Instant e = s.plus(item.effort());
                carve(gaps, g, s, e);
                blocks.add(new DayPlan.Block(item.id(), Interval.of(s, e)));
                finish.put(item.id(), e);
                return Duration.ZERO;
            }
        }
        return item.effort();
    }

    /** Fills gaps in time order with chunks of the item; returns the work not placed. */
    private static Duration fill(PlanItem item, Instant earliest, List<Interval> gaps, List<DayPlan.Block> blocks,
                                 Map<TaskId, Instant> finish) {
        Duration left = item.effort();
        Duration chunk = item.minimumChunk().orElse(Duration.ZERO);
        int g = 0;
        while (g < gaps.size() && !left.isZero()) {
            Interval gap = gaps.get(g);
            Instant s = gap.start().isBefore(earliest) ? earliest : gap.start();
            Duration room = s.isBefore(gap.end()) ? Duration.between(s, gap.end()) : Duration.ZERO;
            Duration need = chunk.compareTo(left) < 0 ? chunk : left;
            if (room.isZero() || room.compareTo(need) < 0) {
                g++;
                continue;
            }
            Duration take = room.compareTo(left) < 0 ? room : left;
            Instant e = s.plus(take);
            int before = gaps.size();
            carve(gaps, g, s, e);
            blocks.add(new DayPlan.Block(item.id(), Interval.of(s, e)));
            finish.put(item.id(), e);
            left = left.minus(take);
            g += 1 + gaps.size() - before; // past what is left of this gap
        }
        return left;
    }

    /** Removes {@code [s, e)} from gap {@code g}, keeping what is left on either side. */
    private static void carve(List<Interval> gaps, int g, Instant s, Instant e) {
        Interval gap = gaps.remove(g);
        if (e.isBefore(gap.end())) {
            gaps.add(g, Interval.of(e, gap.end()));
        }
        if (gap.start().isBefore(s)) {
            gaps.add(g, Interval.of(gap.start(), s));
        }
    }

    private static Duration freeAfter(List<Interval> gaps, Instant earliest) {
        Duration d = Duration.ZERO;
        for (Interval gap : gaps) {
            if (gap.end().isAfter(earliest)) {
                d = d.plus(Duration.between(gap.start().isBefore(earliest) ? earliest : gap.start(), gap.end()));
            }
        }
        return d;
    }

    private static Optional<Instant> earlier(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isBefore(b.get()) ? a : b;
    }
}
