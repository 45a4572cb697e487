package org.aso.core.priority;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;

/**
 * Scores and ranks tasks: the urgency of each open task under an {@link UrgencyPolicy}, with the
 * working time counted on a {@link BusinessCalendar}, sorted by {@link Urgency#RANKING}.
 *
 * <pre>{@code
 * Triage triage = Triage.of(UrgencyPolicy.defaults(), paris);
 * Either<List<Problem>, List<Urgency>> ranked = triage.rank(tasks, at);
 * ranked.get().get(0).breakdown();   // why the first task is on top
 * }</pre>
 *
 * <p>A pure function of its arguments; immutable and thread-safe.
 */
public final class Triage {
    private static final double DAY_SECONDS = 86_400.0;

    private final UrgencyPolicy policy;
    private final BusinessCalendar calendar;

    private Triage(UrgencyPolicy policy, BusinessCalendar calendar) {
        this.policy = policy;
        this.calendar = calendar;
    }

    /**
     * {@return a triage with this policy on this calendar}
     *
     * @param policy how urgency is scored
     * @param calendar the calendar working days and time are counted on
     */
    public static Triage of(UrgencyPolicy policy, BusinessCalendar calendar) {
        return new Triage(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(calendar, "calendar"));
    }

    /** {@return the policy} */
    public UrgencyPolicy policy() {
        return policy;
    }

    /** {@return the calendar} */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * Ranks the open tasks among {@code tasks} at instant {@code at}, most urgent first. A task is
     * blocking when an open task of the collection depends on it, and blocked when its status is
     * {@link TaskStatus#BLOCKED} or it depends on an open task of the collection; a dependency on
     * a task that is not in the collection counts as done. Done and cancelled tasks are left out.
     *
     * @param tasks the tasks; closed ones are left out
     * @param at the instant of the ranking
     * @return the urgencies in ranking order, or every problem: {@code priority.task.duplicate-id},
     *     {@code priority.task.dependency-cycle}; {@code kernel.range.instant} alone when {@code at}
     *     is outside the supported range ({@link Limits}); and, for open tasks (detail {@code task}),
     *     {@code kernel.range.instant} or {@code kernel.range.date} for a creation or due instant or
     *     date outside it, {@code kernel.range.working-days} for a grade's limit of more than
     *     {@link Limits#MAX_WORKING_DAYS} working days (when the task has no due date or instant of
     *     its own), {@code kernel.range.date} when the due day that limit gives falls outside it
     * @throws NullPointerException if an argument is null
     */
    public Either<List<Problem>, List<Urgency>> rank(Collection<Task> tasks, Instant at) {
        Objects.requireNonNull(at, "at");
        Optional<Problem> outside = Limits.checkInstant("ranking time", at);
        if (outside.isPresent()) {
            return Either.left(List.of(outside.get()));
        }
        Either<List<Problem>, Map<TaskId, Task>> checked = Tasks.check(tasks);
        if (checked.isLeft()) {
            return Either.left(checked.getLeft());
        }
        Memo memo = new Memo(at);
        List<Problem> outOfRange = new ArrayList<>();
        for (Task t : tasks) {
            if (t.isOpen()) {
                memo.problem(t).ifPresent(outOfRange::add);
            }
        }
        if (!outOfRange.isEmpty()) {
            return Either.left(List.copyOf(outOfRange));
        }
        Map<TaskId, Task> byId = checked.get();
        Set<TaskId> blocking = new HashSet<>();
        for (Task t : tasks) {
            if (t.isOpen()) {
                for (TaskId d : t.dependencies()) {
                    Task dep = byId.get(d);
                    if (dep != null && dep.isOpen()) {
                        blocking.add(d);
                    }
                }
            }
        }
        List<Urgency> result = new ArrayList<>(tasks.size());
        for (Task t : tasks) {
            if (t.isOpen()) {
                boolean blocked = t.status() == TaskStatus.BLOCKED;
                for (TaskId d : t.dependencies()) {
                    Task dep = byId.get(d);
                    blocked |= dep != null && dep.isOpen();
                }
                result.add(score(t, at, blocking.contains(t.id()), blocked, memo));
            }
        }
        result.sort(Urgency.RANKING);
        return Either.right(List.copyOf(result));
    }

    /**
     * {@return the urgency of one task on its own: blocking is 0, blocked follows the status only} Any
     * instant {@code at} is answered.
     *
     * @param task the task
     * @param at the instant of the score
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException for a task whose due moment cannot be computed within the
     *     supported range, as {@link Task#dueInstant} says ({@link #rank} refuses it with a problem)
     */
    public Urgency score(Task task, Instant at) {
        return score(Objects.requireNonNull(task, "task"), Objects.requireNonNull(at, "at"),
                false, task.status() == TaskStatus.BLOCKED, new Memo(at));
    }

    /**
     * Calendar answers shared by the tasks of one ranking: most tasks share a handful of due days,
     * so each due day's end and each due moment's working time left is computed once.
     */
    private final class Memo {
        private final Instant at;
        private final Map<LocalDate, Instant> endOfDay = new HashMap<>();
        private final Map<Long, LocalDate> byGradeLimit = new HashMap<>();
        private final Map<Instant, Duration> left = new HashMap<>();

        Memo(Instant at) {
            this.at = at;
        }

        /** What keeps the task's due moment from being computed in the supported range, if anything. */
        Optional<Problem> problem(Task t) {
            Optional<Problem> p = t.rangeProblem();
            return p.isPresent() || t.hasExplicitDue() ? p : t.dueDayProblem(byGradeLimit(t));
        }

        /** The day the grade's limit gives, counted from the day of creation (the limit is within bounds). */
        private LocalDate byGradeLimit(Task t) {
            LocalDate created = t.createdAt().atZone(calendar.zone()).toLocalDate();
            long key = created.toEpochDay() * 100_000L + t.grade().replyWithinWorkingDays();
            return byGradeLimit.computeIfAbsent(key, k -> calendar.plusWorkingDays(created, t.grade().replyWithinWorkingDays()));
        }

        /** @throws IllegalArgumentException if {@link #problem} finds one */
        Instant due(Task t) {
            problem(t).ifPresent(p -> {
                throw new IllegalArgumentException(p.message());
            });
            if (t.dueAt().isPresent()) {
                return t.dueAt().get();
            }
            LocalDate day = t.dueDate().isPresent() ? t.dueDate().get() : byGradeLimit(t);
            return endOfDay.computeIfAbsent(day, d -> Task.dueAtEndOf(calendar, d));
        }

        /** The working time from {@code at} to {@code due}, counted over at most three years. */
        Duration left(Instant due) {
            return left.computeIfAbsent(due, d -> {
                Instant until = at.isAfter(Limits.MAX_INSTANT) ? at : at.plus(Duration.ofDays(3 * 366));
                return calendar.workingTimeBetween(at, d.isAfter(until) ? until : d);
            });
        }
    }

    Urgency score(Task task, Instant at, boolean blocking, boolean blocked, Memo memo) {
        Instant due = memo.due(task);
        double lateDays = (at.getEpochSecond() - due.getEpochSecond()) / DAY_SECONDS;
        List<Contribution> lines = new ArrayList<>(UrgencyTerm.values().length);

        double dueValue = lateDays >= 7 ? 1.0 : lateDays >= -14 ? (lateDays + 14) * 0.8 / 21 + 0.2 : 0.2;
        java.time.ZonedDateTime dueHere = due.atZone(calendar.zone());
        lines.add(lateDays >= 0
                ? line(UrgencyTerm.DUE, dueValue, "due " + due + ", " + days(lateDays) + " days ago", "due.past", dueHere, tenths(lateDays))
                : line(UrgencyTerm.DUE, dueValue, "due " + due + ", in " + days(-lateDays) + " days", "due.future", dueHere, tenths(-lateDays)));

        lines.add(blocking ? line(UrgencyTerm.BLOCKING, 1, "an open task depends on it", "blocking")
                : line(UrgencyTerm.BLOCKING, 0, "blocks no open task", "blocking.none"));
        lines.add(line(UrgencyTerm.IMPORTANCE, task.importance().weight(), "importance " + task.importance(),
                "importance." + task.importance()));

        double ageDays = Math.max(0, (at.getEpochSecond() - task.createdAt().getEpochSecond()) / DAY_SECONDS);
        double capDays = policy.ageCap().getSeconds() / DAY_SECONDS;
        lines.add(line(UrgencyTerm.AGE, Math.min(1.0, ageDays / capDays),
                "created " + days(ageDays) + " days ago (cap " + days(capDays) + ")", "age", tenths(ageDays), tenths(capDays)));

        boolean waiting = task.status() == TaskStatus.WAITING;
        lines.add(waiting ? line(UrgencyTerm.WAITING, 1, "waiting on someone", "waiting")
                : line(UrgencyTerm.WAITING, 0, "not waiting", "waiting.none"));
        lines.add(blocked ? line(UrgencyTerm.BLOCKED, 1, "blocked by other tasks", "blocked")
                : line(UrgencyTerm.BLOCKED, 0, "not blocked", "blocked.none"));

        int rank = task.grade().rank();
        lines.add(line(UrgencyTerm.GRADE, Math.max(0.0, Math.min(1.0, rank / (double) policy.topGradeRank())),
                "grade " + task.grade().label() + " (rank " + rank + " of " + policy.topGradeRank() + ")",
                "grade", task.grade().label(), rank, policy.topGradeRank()));

        Sensitivity top = null;
        for (Sensitivity s : task.allSensitivities()) {
            if (top == null || s.weight() > top.weight() || s.weight() == top.weight() && s.code().compareTo(top.code()) < 0) {
                top = s;
            }
        }
        lines.add(top == null ? line(UrgencyTerm.SENSITIVITY, 0, "no sensitivity", "sensitivity.none")
                : line(UrgencyTerm.SENSITIVITY, top.weight(), "sensitive: " + top.label(), "sensitivity", top.label()));

        lines.add(workingTimeLeft(task, at, due, memo));

        double overdue = Math.max(0, lateDays - 7) / 7;
        lines.add(overdue > 0
                ? line(UrgencyTerm.OVERDUE, overdue, days(lateDays) + " days overdue, " + days(lateDays - 7) + " beyond the first week",
                        "overdue", tenths(lateDays), tenths(lateDays - 7))
                : line(UrgencyTerm.OVERDUE, overdue, "not more than a week overdue", "overdue.none"));

        double urgentPart = 0;
        double importantPart = 0;
        for (Contribution c : lines) {
            switch (c.term()) {
                case DUE, OVERDUE, WORKING_TIME_LEFT, BLOCKING -> urgentPart += c.contribution();
                case IMPORTANCE, GRADE, SENSITIVITY -> importantPart += c.contribution();
                default -> { }
            }
        }
        return Urgency.builder().task(task).at(at).due(due).addAllBreakdown(lines)
                .quadrant(Quadrant.of(urgentPart >= policy.urgentThreshold(), importantPart >= policy.importantThreshold()))
                .build();
    }

    private Contribution workingTimeLeft(Task task, Instant at, Instant due, Memo memo) {
        if (!at.isBefore(due)) {
            return line(UrgencyTerm.WORKING_TIME_LEFT, 1, "no working time left", "working-time-left.none");
        }
        Duration left = memo.left(due);
        Duration slack = left.minus(task.effort());
        double value = Math.max(0.0, Math.min(1.0,
                1.0 - slack.getSeconds() / (double) policy.workingTimeHorizon().getSeconds()));
        return line(UrgencyTerm.WORKING_TIME_LEFT, value,
                hours(left) + " of working time left for " + hours(task.effort()) + " of work", "working-time-left", left, task.effort());
    }

    private Contribution line(UrgencyTerm term, double value, String reason, Object... wording) {
        return Contribution.worded(term, value, policy.coefficient(term), reason, wording);
    }

    /** Rounded to a tenth, as the English reason shows it (a day count near 1 is singular only if it reads 1.0). */
    private static double tenths(double d) {
        return Math.round(d * 10) / 10.0;
    }

    /** One decimal, without the cost of a Formatter (reasons are built for every task). */
    private static String days(double d) {
        long tenths = Math.round(d * 10);
        return (tenths < 0 ? "-" : "") + Math.abs(tenths) / 10 + "." + Math.abs(tenths) % 10;
    }

    private static String hours(Duration d) {
        return days(d.getSeconds() / 3600.0) + " h";
    }

    /** Checks shared by ranking and escalation. */
    static final class Tasks {
        private Tasks() {}

        static Either<List<Problem>, Map<TaskId, Task>> check(Collection<Task> tasks) {
            Objects.requireNonNull(tasks, "tasks");
            Map<TaskId, Task> byId = new HashMap<>(tasks.size() * 2);
            List<Problem> problems = new ArrayList<>();
            for (Task t : tasks) {
                if (byId.putIfAbsent(t.id(), t) != null) {
                    problems.add(Problem.of("priority.task.duplicate-id", "Two tasks have the id " + t.id())
                            .with("task", t.id()));
                }
            }
            if (problems.isEmpty()) {
                cycle(byId).ifPresent(problems::add);
            }
            return problems.isEmpty() ? Either.right(byId) : Either.left(List.copyOf(problems));
        }

        /** The first dependency cycle found, walking the tasks in id order (iterative DFS). */
        private static java.util.Optional<Problem> cycle(Map<TaskId, Task> byId) {
            Map<TaskId, Integer> state = new HashMap<>(byId.size() * 2); // 1 on the path, 2 finished
            List<TaskId> roots = new ArrayList<>(byId.keySet());
            roots.sort(null);
            for (TaskId root : roots) {
                if (state.containsKey(root)) {
                    continue;
                }
                java.util.ArrayDeque<java.util.Iterator<TaskId>> stack = new java.util.ArrayDeque<>();
                java.util.ArrayDeque<TaskId> path = new java.util.ArrayDeque<>();
                state.put(root, 1);
                path.push(root);
                stack.push(sortedDeps(byId.get(root)));
                while (!stack.isEmpty()) {
                    java.util.Iterator<TaskId> it = stack.peek();
                    if (!it.hasNext()) {
                        stack.pop();
                        state.put(path.pop(), 2);
                        continue;
                    }
                    TaskId next = it.next();
                    if (!byId.containsKey(next)) {
                        continue;
                    }
                    Integer s = state.get(next);
                    if (s == null) {
                        state.put(next, 1);
                        path.push(next);
                        stack.push(sortedDeps(byId.get(next)));
                    } else if (s == 1) {
                        List<TaskId> loop = new ArrayList<>();
                        for (java.util.Iterator<TaskId> p = path.descendingIterator(); p.hasNext(); ) {
                            loop.add(p.next());
                        }
                        loop = loop.subList(loop.indexOf(next), loop.size());
                        return java.util.Optional.of(Problem.of("priority.task.dependency-cycle",
                                "Tasks depend on each other in a cycle: " + loop).with("tasks", loop));
                    }
                }
            }
            return java.util.Optional.empty();
        }

        private static java.util.Iterator<TaskId> sortedDeps(Task t) {
            if (t.dependencies().size() <= 1) {
                return t.dependencies().iterator();
            }
            List<TaskId> deps = new ArrayList<>(t.dependencies());
            deps.sort(null);
            return deps.iterator();
        }
    }
}
