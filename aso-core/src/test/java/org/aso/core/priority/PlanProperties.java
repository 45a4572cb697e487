package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;

/**
 * Small random plans in Paris, on the week of the March clock change (29 March 2026) and on the
 * week of the 14 July holiday: blocks stay in free working time and respect dependencies, and the
 * overload verdict agrees with a brute-force search over every order of work.
 */
class PlanProperties {
    private static final ZonedDateTime[] BASES = {
            ZonedDateTime.of(2026, 3, 27, 0, 0, 0, 0, KernelFixtures.PARIS),
            ZonedDateTime.of(2026, 7, 13, 0, 0, 0, 0, KernelFixtures.PARIS)};
    private static final BusinessCalendar PARIS = KernelFixtures.paris();

    record Busy(int day, int minute, int minutes) {}

    record Item(int effort, int due, int urgency, boolean splittable, int chunk, List<Integer> deps, int notBefore) {}

    record Case(int base, int days, int fromMinute, List<Busy> busy, List<Item> items) {}

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Busy> busy = Combinators.combine(Arbitraries.integers().between(0, 4),
                Arbitraries.integers().between(7 * 4, 19 * 4).map(q -> q * 15),
                Arbitraries.integers().between(1, 12).map(q -> q * 15)).as(Busy::new);
        Arbitrary<Item> item = Combinators.combine(Arbitraries.integers().between(1, 20).map(q -> q * 15),
                Arbitraries.integers().between(-1, 5 * 96).map(q -> q < 0 ? -1 : q * 15),
                Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
                Arbitraries.of(0, 0, 30, 60), Arbitraries.integers().between(0, 5).list().ofMaxSize(2),
                Arbitraries.integers().between(-3, 5 * 24).map(h -> h < 0 ? -1 : h * 60)).as(Item::new);
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(1, 5),
                        Arbitraries.of(0, 0, 600, 2000), busy.list().ofMaxSize(6), item.list().ofMinSize(1).ofMaxSize(6))
                .as(Case::new);
    }

    /** What a case builds: the window, the busy time, the free time, the items. */
    record Built(Interval window, Instant from, List<Interval> busy, FreeTime free, List<PlanItem> items) {}

    private static Built build(Case c, boolean constraints) {
        ZonedDateTime base = BASES[c.base()];
        Interval window = Interval.of(base.toInstant(), base.plusDays(c.days()).toInstant());
        Instant from = base.toInstant().plusSeconds(60L * c.fromMinute());
        if (from.isAfter(window.end())) {
            from = window.end();
        }
        List<Interval> busy = new ArrayList<>();
        for (Busy b : c.busy()) {
            ZonedDateTime s = base.plusDays(b.day()).plusMinutes(b.minute());
            busy.add(Interval.of(s.toInstant(), s.plusMinutes(b.minutes()).toInstant()));
        }
        FreeTime free = FreeTime.of(PARIS, AgendaFixtures.agenda(), PersonId.of("alice"), window, busy);
        List<PlanItem> items = new ArrayList<>();
        for (int k = 0; k < c.items().size(); k++) {
            Item i = c.items().get(k);
            PlanItem.Builder b = PlanItem.builder().id(TaskId.of("t" + k)).title("Task " + k)
                    .effort(Duration.ofMinutes(i.effort())).urgency(i.urgency());
            if (i.due() >= 0) {
                b.due(base.toInstant().plusSeconds(60L * i.due()));
            }
            if (constraints) {
                b.splittable(i.splittable());
                if (i.chunk() > 0) {
                    b.minimumChunk(Duration.ofMinutes(i.chunk()));
                }
                for (int d : i.deps()) {
                    if (d < k) {
                        b.addDependsOn(TaskId.of("t" + d));
                    }
                }
                if (i.notBefore() >= 0) {
                    b.notBefore(base.toInstant().plusSeconds(60L * i.notBefore()));
                }
            } else {
                b.splittable(true);
            }
            items.add(b.build());
        }
        return new Built(window, from, busy, free, items);
    }

    @Property(tries = 500)
    void blocks_stay_in_free_working_time_and_follow_their_dependencies(@ForAll("cases") Case c) {
        Built b = build(c, true);
        DayPlan plan = DayPlanner.plan(b.items(), b.free(), b.window()).get();
        List<Interval> working = PARIS.workingPeriods(b.window());
        Map<TaskId, PlanItem> byId = new HashMap<>();
        b.items().forEach(i -> byId.put(i.id(), i));
        List<DayPlan.Block> blocks = plan.blocks();
        for (int k = 0; k < blocks.size(); k++) {
            Interval in = blocks.get(k).interval();
            assertThat(in.isEmpty()).isFalse();
            assertThat(working).as("%s in working hours", in).anyMatch(p -> p.encloses(in));
            assertThat(b.busy()).as("%s off meetings", in).noneMatch(m -> m.overlaps(in));
            assertThat(b.window().encloses(in)).isTrue();
            if (k > 0) {
                assertThat(blocks.get(k - 1).interval().end()).isBeforeOrEqualTo(in.start());
            }
        }
        for (PlanItem i : b.items()) {
            List<DayPlan.Block> mine = plan.blocksOf(i.id());
            Duration placed = mine.stream().map(x -> x.interval().duration()).reduce(Duration.ZERO, Duration::plus);
            Optional<DayPlan.Unplaced> left = plan.unplaced().stream().filter(u -> u.task().equals(i.id())).findFirst();
            assertThat(placed.plus(left.map(DayPlan.Unplaced::remaining).orElse(Duration.ZERO))).isEqualTo(i.effort());
            if (!i.splittable()) {
                assertThat(mine.size()).isLessThanOrEqualTo(1);
            }
            for (DayPlan.Block x : mine) {
                i.notBefore().ifPresent(nb -> assertThat(x.interval().start()).isAfterOrEqualTo(nb));
                for (TaskId d : i.dependsOn()) {
                    assertThat(plan.finishOf(d)).as("%s waits for %s", i.id(), d).isPresent();
                    assertThat(x.interval().start()).isAfterOrEqualTo(plan.finishOf(d).get());
                }
                if (i.splittable() && i.minimumChunk().isPresent() && x != mine.get(mine.size() - 1)) {
                    assertThat(x.interval().duration()).isGreaterThanOrEqualTo(i.minimumChunk().get());
                }
            }
        }
        Statistics.label("unplaced").collect(plan.unplaced().size());
    }

    @Property(tries = 500)
    void an_overload_is_reported_exactly_when_no_order_of_work_meets_every_deadline(@ForAll("cases") Case c) {
        Built b = build(c, true);
        List<Overload> warnings = Overload.check(b.items(), b.free(), b.from());
        boolean feasible = someOrderMeetsEveryDeadline(b);
        Statistics.label("feasible").collect(feasible);
        assertThat(warnings.isEmpty()).isEqualTo(feasible);
        for (Overload w : warnings) {
            assertThat(w.shortfall()).isPositive();
            assertThat(w.free()).isEqualTo(b.free().between(b.from(), w.deadline()));
            assertThat(w.atRisk()).allMatch(id -> b.items().stream()
                    .anyMatch(i -> i.id().equals(id) && i.due().orElseThrow().equals(w.deadline())));
        }
    }

    @Property(tries = 500)
    void without_dependencies_the_plan_of_splittable_work_meets_every_deadline_when_no_overload_is_reported(
            @ForAll("cases") Case c) {
        Built b = build(c, false);
        Interval window = Interval.of(b.from(), b.window().end());
        List<Overload> warnings = Overload.check(b.items(), b.free(), b.from());
        DayPlan plan = DayPlanner.plan(b.items(), b.free(), window).get();
        boolean met = b.items().stream().filter(i -> i.due().isPresent())
                .allMatch(i -> plan.finishOf(i.id()).map(f -> !f.isAfter(i.due().get())).orElse(false));
        Statistics.label("met").collect(met);
        assertThat(met).isEqualTo(warnings.isEmpty());
    }

    /** Brute force: try every order of the items with a deadline, working on each in turn from {@code from}. */
    private static boolean someOrderMeetsEveryDeadline(Built b) {
        List<PlanItem> due = b.items().stream().filter(i -> i.due().isPresent()).toList();
        return permute(new ArrayList<>(due), 0, b);
    }

    private static boolean permute(List<PlanItem> items, int k, Built b) {
        if (k == items.size()) {
            Duration work = Duration.ZERO;
            for (PlanItem i : items) {
                work = work.plus(i.effort());
                Optional<Instant> done = finishOf(work, b.free(), b.from());
                if (done.isEmpty() || done.get().isAfter(i.due().get())) {
                    return false;
                }
            }
            return true;
        }
        for (int j = k; j < items.size(); j++) {
            java.util.Collections.swap(items, k, j);
            boolean ok = permute(items, k + 1, b);
            java.util.Collections.swap(items, k, j);
            if (ok) {
                return true;
            }
        }
        return false;
    }

    /** When {@code work} of work done in the free periods from {@code from} is finished, if it fits at all. */
    private static Optional<Instant> finishOf(Duration work, FreeTime free, Instant from) {
        Duration left = work;
        for (Interval p : free.periods()) {
            Instant s = p.start().isBefore(from) ? from : p.start();
            if (!s.isBefore(p.end())) {
                continue;
            }
            Duration room = Duration.between(s, p.end());
            if (room.compareTo(left) >= 0) {
                return Optional.of(s.plus(left));
            }
            left = left.minus(room);
        }
        return Optional.empty();
    }
}
