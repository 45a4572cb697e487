package org.aso.core.disruption;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.RegisterSettings;
import org.aso.core.correspondence.Registers;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgChartHistory;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.aso.core.kernel.Text;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.Task;

/**
 * Two units merged, or a unit split, in one decision: the open mail, tasks and people of the old
 * units go to the new ones, and the new organisation chart is in force from a given instant.
 *
 * <p>Each letter goes through its register's own decision: an open entry assigned for action to
 * an old unit is {@linkplain Register#redirect redirected} to its new unit (the old unit's
 * assignment ends, the new one starts: {@code EntryEvent.Redirected}), so the history keeps the
 * old unit's name and nothing is rewritten in place. Entries keep their numbers and each register
 * keeps numbering without a gap: a register belongs to no unit, it goes on as before. A host that
 * wants the numbering to restart opens a new register with the plan
 * ({@link ReorganisationPlan#withNewRegister}): a new series whose numbers no other register gives. An open task
 * answerable to an old unit is made answerable to its new unit, and a person of an old unit becomes
 * a member of their new unit (tasks and people have no history of their own: the outcome's
 * {@link ReorganisationOutcome#moved()} records it). Files follow their holder, who keeps them.
 * Closed letters and done tasks keep the old unit: that is what they were.
 *
 * <p>The new chart is added to the history from the plan's instant, so an {@link Escalation} made
 * with {@link Escalation#of(org.aso.core.priority.EscalationPolicy, org.aso.core.kernel.BusinessCalendar,
 * OrgChartHistory)} sends a notice due before it to the head above in the old chart, and one due
 * after it to the head above in the new chart.
 *
 * <pre>{@code
 * ReorganisationOutcome done = Reorganisation.decide(registers, tasks, people, charts, merger, ctx).get();
 * done.events();                          // to append to the registers' histories
 * done.toText(Locale.FRENCH, paris);
 * escalation = Escalation.of(policy, paris, done.orgCharts());
 * }</pre>
 *
 * <p>Stateless and thread-safe. Cost follows the entries of the registers plus the tasks and people.
 */
public final class Reorganisation {
    private Reorganisation() {}

    /**
     * Moves the open mail, tasks and people of the old units to the new ones and adds the new chart.
     *
     * @param registers the registers; not null
     * @param tasks the host's tasks; not null, no null element
     * @param people the host's people; not null, no null element
     * @param charts the charts so far; not null
     * @param plan the moves, rules, new chart and its instant, and the reason; not null
     * @param ctx when, by whom, with what clearance; not null
     * @return the outcome, or (the first that applies) {@code kernel.range.instant} (the decision's
     *     instant or the plan's outside the supported range), {@code kernel.text.*} (the reason
     *     breaks the rules of a {@link Text.Kind#NOTE}), {@code disruption.reorganisation.missing-reason},
     *     {@code disruption.reorganisation.no-move}, {@code disruption.reorganisation.same-unit} (a unit
     *     mapped to itself, detail {@code unit}), {@code disruption.reorganisation.chained} (a new unit
     *     is also an old one, detail {@code unit}), {@code disruption.reorganisation.unit-not-in-chart}
     *     (a new unit missing from the new chart, detail {@code unit}),
     *     {@code disruption.reorganisation.chart-not-after} (the plan's instant is not after the last
     *     chart's), {@code disruption.reorganisation.register-exists} (a new register's id is taken,
     *     detail {@code register}), {@code disruption.reorganisation.series-not-apart} (a new register
     *     whose numbers could be another's: a scheme other than the registers', one that does not
     *     print {@code {code}}, or a code already used; detail {@code register}),
     *     {@code disruption.reorganisation.not-a-successor} (an item or a person sent to a
     *     unit that is not a new unit of their old one, detail {@code item} or {@code person}), or
     *     the refusal of a redirection ({@code correspondence.*}, detail {@code item}); nothing is changed
     *     when it is refused
     * @throws NullPointerException if an argument or an element is null
     */
    public static Either<Problem, ReorganisationOutcome> decide(Registers registers, List<Task> tasks,
                                                                List<Person> people, OrgChartHistory charts,
                                                                ReorganisationPlan plan, Context ctx) {
        Objects.requireNonNull(registers, "registers");
        List<Task> taskList = new ArrayList<>(List.copyOf(tasks));
        List<Person> personList = new ArrayList<>(List.copyOf(people));
        Objects.requireNonNull(charts, "charts");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(ctx, "ctx");
        Optional<Problem> range = Limits.checkInstant("decision instant", ctx.at())
                .or(() -> Limits.checkInstant("effective", plan.effective()));
        if (range.isPresent()) {
            return Either.left(range.get());
        }
        Either<Problem, String> reason = Text.check("reason", plan.reason(), Text.Kind.NOTE);
        if (reason.isLeft()) {
            return Either.left(reason.getLeft());
        }
        if (reason.get().isBlank()) {
            return Either.left(Problem.of("disruption.reorganisation.missing-reason", "Say why the units change"));
        }
        Optional<Problem> moves = checkMoves(plan, charts);
        if (moves.isPresent()) {
            return Either.left(moves.get());
        }
        Optional<Problem> restart = checkNewRegisters(plan, registers);
        if (restart.isPresent()) {
            return Either.left(restart.get());
        }
        List<ReorganisationOutcome.Moved> letters = new ArrayList<>();
        List<EntryEvent> events = new ArrayList<>();
        Registers after = registers;
        for (Register register : registers.all()) {
            Register r = register;
            for (Entry e : register.entries()) {
                Optional<OrgUnitId> old = e.isOpen() ? e.handler().filter(OrgUnitId.class::isInstance)
                        .map(OrgUnitId.class::cast) : Optional.empty();
                if (old.isEmpty() || plan.successors(old.get()).isEmpty()) {
                    continue;
                }
                Ref ref = e.id().ref();
                OrgUnitId to = plan.target(old.get(), ref, Optional.empty()).orElseThrow();
                if (!plan.successors(old.get()).contains(to)) {
                    return notSuccessor("item", ref, to);
                }
                Either<Problem, Register.Change> c = r.redirect(e.id(), to, reason.get(), ctx);
                if (c.isLeft()) {
                    return Either.left(c.getLeft().with("item", ref));
                }
                r = c.get().register();
                events.addAll(c.get().events());
                letters.add(new ReorganisationOutcome.Moved(ReorganisationOutcome.Kind.LETTER, e.id().value(),
                        old.get(), to));
            }
            after = after.with(r);
        }
        for (RegisterSettings settings : plan.newRegisters()) {
            after = after.with(Register.of(settings));
        }
        List<ReorganisationOutcome.Moved> moved = new ArrayList<>(letters);
        for (int i = 0; i < taskList.size(); i++) {
            Task t = taskList.get(i);
            if (!t.isOpen() || plan.successors(t.unit()).isEmpty()) {
                continue;
            }
            OrgUnitId to = plan.target(t.unit(), t.id().ref(), Optional.of(t.assignee())).orElseThrow();
            if (!plan.successors(t.unit()).contains(to)) {
                return notSuccessor("item", t.id().ref(), to);
            }
            taskList.set(i, t.withUnit(to));
            moved.add(new ReorganisationOutcome.Moved(ReorganisationOutcome.Kind.TASK, t.id().value(), t.unit(), to));
        }
        for (int i = 0; i < personList.size(); i++) {
            Person p = personList.get(i);
            Optional<OrgUnitId> old = p.unit().filter(u -> !plan.successors(u).isEmpty());
            if (old.isEmpty()) {
                continue;
            }
            List<OrgUnitId> next = plan.successors(old.get());
            OrgUnitId to = plan.people().getOrDefault(p.id(), next.get(0));
            if (!next.contains(to)) {
                return notSuccessor("person", p.id(), to);
            }
            personList.set(i, p.withUnit(to));
            moved.add(new ReorganisationOutcome.Moved(ReorganisationOutcome.Kind.PERSON, p.id().value(), old.get(), to));
        }
        return Either.right(new ReorganisationOutcome(after, taskList, personList,
                charts.then(plan.effective(), plan.chart()), moved, events, ctx.actor(), ctx.at()));
    }

    private static Optional<Problem> checkMoves(ReorganisationPlan plan, OrgChartHistory charts) {
        if (plan.moves().isEmpty()) {
            return Optional.of(Problem.of("disruption.reorganisation.no-move", "A reorganisation moves at least one unit"));
        }
        Set<OrgUnitId> olds = new HashSet<>();
        for (ReorganisationPlan.Move m : plan.moves()) {
            olds.add(m.from());
        }
        for (ReorganisationPlan.Move m : plan.moves()) {
            if (m.from().equals(m.to())) {
                return Optional.of(Problem.of("disruption.reorganisation.same-unit", "A unit does not move to itself")
                        .with("unit", m.from()));
            }
            if (olds.contains(m.to())) {
                return Optional.of(Problem.of("disruption.reorganisation.chained",
                        "A new unit cannot also be an old one in the same reorganisation").with("unit", m.to()));
            }
            if (plan.chart().unit(m.to()).isEmpty()) {
                return Optional.of(Problem.of("disruption.reorganisation.unit-not-in-chart",
                        "A new unit must be in the new chart").with("unit", m.to()));
            }
        }
        if (!plan.effective().isAfter(charts.latestFrom())) {
            return Optional.of(Problem.of("disruption.reorganisation.chart-not-after",
                    "The new chart must come into force after the last one"));
        }
        return Optional.empty();
    }

    /**
     * A restarted register never gives a number another register gave or may give: it has the
     * scheme of every other register, the scheme prints the register's code, and its code is its own
     * (numbers of one scheme from different series never have the same text).
     */
    private static Optional<Problem> checkNewRegisters(ReorganisationPlan plan, Registers registers) {
        List<RegisterSettings> all = new ArrayList<>();
        registers.all().forEach(r -> all.add(r.settings()));
        for (RegisterSettings fresh : plan.newRegisters()) {
            for (RegisterSettings other : all) {
                if (other.id().equals(fresh.id())) {
                    return Optional.of(Problem.of("disruption.reorganisation.register-exists",
                            "A new register needs an id of its own").with("register", fresh.id()));
                }
                if (!other.numbering().equals(fresh.numbering()) || !fresh.numbering().prints("code")
                        || other.code().equals(fresh.code())) {
                    return Optional.of(Problem.of("disruption.reorganisation.series-not-apart",
                            "A restarted register needs the others' scheme, printing its own code, so that no number is given twice")
                            .with("register", fresh.id()));
                }
            }
            all.add(fresh);
        }
        return Optional.empty();
    }

    private static <T> Either<Problem, T> notSuccessor(String detail, Object what, OrgUnitId to) {
        return Either.left(Problem.of("disruption.reorganisation.not-a-successor",
                "Sent to a unit that is not a new unit of its own").with(detail, what).with("unit", to));
    }
}
