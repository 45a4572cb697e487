package org.aso.core.priority;

import io.vavr.control.Either;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.internal.Phrasebook;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgChartHistory;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * Escalation of work that is due or overdue: evaluating the ladder of each open task at an
 * instant gives the notices now due that were not given before, as the {@link NoticeLog} records
 * them.
 *
 * <p>For a task due at moment {@code D} on due day {@code d} (its {@link Task#dueInstant}), with
 * the {@link EscalationLadder} of its grade:
 * <ul>
 *   <li>{@link NoticeKind#REMINDER} to the assignee from the start of the working day
 *       {@code remindWorkingDaysBefore} working days before {@code d}, only while {@code D} has
 *       not passed (a late first evaluation skips it: the overdue notice says more);
 *   <li>{@link NoticeKind#OVERDUE} to the assignee from {@code D};
 *   <li>{@link NoticeKind#ESCALATION} to {@link OrgChart#headAbove the head of the unit above}
 *       from the start of the working day {@code escalateWorkingDaysAfter} after {@code d} (and not
 *       before {@code D}); with no head above, the notice has no recipient and says so;
 *   <li>{@link NoticeKind#EXCEPTION_REPORT} from the start of the working day
 *       {@code reportWorkingDaysAfter} after {@code d} (and not before {@code D}).
 * </ul>
 * Done and cancelled tasks get no notices. Weekends and holidays of the calendar are skipped.
 *
 * <pre>{@code
 * Escalation escalation = Escalation.of(EscalationPolicy.defaults(), paris, orgChart);
 * Context ctx = Context.of(at, scheduler, Clearance.none());   // who runs it, and when
 * EscalationRound round = escalation.evaluate(NoticeLog.empty(), tasks, ctx).get();
 * round.notices();   // to send
 * round.events();    // to store: NoticeIssued for each notice, then Evaluated
 * round.state();     // the log for the next evaluation
 * }</pre>
 *
 * <p>While a person is away, a {@link Deputy} named with {@link #withDeputy} receives the notices
 * that would go to them: a notice given at an instant inside the deputy's interval goes to the
 * deputy instead (one step: a deputy's own deputy is not followed).
 *
 * <p>A pure function of its arguments; immutable and thread-safe.
 */
public final class Escalation {
    private static final Comparator<Notice> ORDER = Comparator.comparing(Notice::dueSince)
            .thenComparing(Notice::kind).thenComparing(Notice::task);

    private final EscalationPolicy policy;
    private final BusinessCalendar calendar;
    private final OrgChartHistory orgChart;
    private final List<Deputy> deputies;

    private Escalation(EscalationPolicy policy, BusinessCalendar calendar, OrgChartHistory orgChart,
                       List<Deputy> deputies) {
        this.policy = policy;
        this.calendar = calendar;
        this.orgChart = orgChart;
        this.deputies = deputies;
    }

    /**
     * Who receives a person's notices while they are away: notices given at an instant of
     * {@code during} (start included, end excluded) that would go to {@code away} go to
     * {@code deputy}. A handover ({@code org.aso.core.disruption.Handover}) gives one.
     *
     * @param away the person away
     * @param deputy who stands in for them
     * @param during when
     */
    public record Deputy(PersonId away, PersonId deputy, Interval during) {
        /**
         * A deputy.
         *
         * @param away the person away; not null
         * @param deputy who stands in for them; not null, not {@code away}
         * @param during when; not null
         * @throws IllegalArgumentException if {@code deputy} is {@code away}
         */
        public Deputy {
            Objects.requireNonNull(away, "away");
            Objects.requireNonNull(deputy, "deputy");
            Objects.requireNonNull(during, "during");
            if (away.equals(deputy)) {
                throw new IllegalArgumentException("A person is not their own deputy: " + away);
            }
        }
    }

    /**
     * Escalation with these ladders, on this calendar, up this org chart.
     *
     * @param policy the ladder of each grade
     * @param calendar the calendar working days are counted on
     * @param orgChart the chart escalation climbs
     * @return the escalation
     */
    public static Escalation of(EscalationPolicy policy, BusinessCalendar calendar, OrgChart orgChart) {
        return of(policy, calendar, OrgChartHistory.of(Objects.requireNonNull(orgChart, "orgChart")));
    }

    /**
     * Escalation with these ladders, on this calendar, up the chart in force when each escalation
     * notice is due: after a reorganisation, a notice due before the new chart's instant goes to the
     * head above in the old chart, one due after it to the head above in the new one.
     *
     * @param policy the ladder of each grade; not null
     * @param calendar the calendar working days are counted on; not null
     * @param orgCharts the charts with the instants they are in force from; not null
     * @return the escalation
     * @throws NullPointerException if an argument is null
     */
    public static Escalation of(EscalationPolicy policy, BusinessCalendar calendar, OrgChartHistory orgCharts) {
        return new Escalation(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(calendar, "calendar"),
                Objects.requireNonNull(orgCharts, "orgCharts"), List.of());
    }

    /** {@return the charts escalation climbs, with the instants they are in force from} */
    public OrgChartHistory orgCharts() {
        return orgChart;
    }

    /**
     * {@return a copy that also sends the notices of {@code deputy.away()} to {@code deputy.deputy()}
     * during {@code deputy.during()}; the deputies named first are asked first}
     *
     * @param deputy who stands in, for whom, when; not null
     */
    public Escalation withDeputy(Deputy deputy) {
        Objects.requireNonNull(deputy, "deputy");
        List<Deputy> all = new ArrayList<>(deputies);
        all.add(deputy);
        return new Escalation(policy, calendar, orgChart, List.copyOf(all));
    }

    /** {@return the deputies named with {@link #withDeputy}, in that order} */
    public List<Deputy> deputies() {
        return deputies;
    }

    /** {@return the calendar working days are counted on} */
    public BusinessCalendar calendar() {
        return calendar;
    }

    /**
     * {@return who receives a notice meant for {@code recipient} at {@code at}: the first
     * {@link Deputy} of that person whose interval contains {@code at}, otherwise the recipient}
     *
     * @param recipient whom the notice is meant for; not null
     * @param at when it is given; not null
     */
    public PersonId recipientAt(PersonId recipient, Instant at) {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(at, "at");
        for (Deputy d : deputies) {
            if (d.away().equals(recipient) && d.during().contains(at)) {
                return d.deputy();
            }
        }
        return recipient;
    }

    /**
     * The notices the ladder of {@code task} gives, from the first to the last, each at the
     * instant from which it is due, as if none had been given yet: the reminder (only if it comes
     * before the due moment), the overdue notice, the escalation and the exception report, with
     * their recipients at those instants ({@link #recipientAt}). What an {@link #evaluate} at or
     * after each instant would give, for a host (or an absence) that looks ahead. A closed task
     * has none. The cost is constant.
     *
     * @param task the task; not null
     * @return the notices in order of {@link Notice#dueSince()}, or the task's {@code kernel.range.*}
     *     problem if its due moment cannot be computed in the supported range
     * @throws NullPointerException if {@code task} is null
     */
    public Either<Problem, List<Notice>> schedule(Task task) {
        Objects.requireNonNull(task, "task");
        if (!task.isOpen()) {
            return Either.right(List.of());
        }
        Either<Problem, Instant> checked = task.checkedDueInstant(calendar);
        if (checked.isLeft()) {
            return Either.left(checked.getLeft());
        }
        Instant due = checked.get();
        EscalationLadder ladder = policy.ladderFor(task.grade());
        LocalDate dueDay = due.atZone(calendar.zone()).toLocalDate();
        String what = "'" + task.title() + "' (" + task.assignee() + ", unit " + task.unit() + ")";
        List<Notice> out = new ArrayList<>();
        if (ladder.remindWorkingDaysBefore() > 0) {
            Instant from = startOf(calendar.minusWorkingDays(dueDay, ladder.remindWorkingDaysBefore()));
            if (from.isBefore(due)) {
                out.add(notice(task, NoticeKind.REMINDER, Optional.of(task.assignee()), from,
                        what + " is due " + due + " (" + ladder.remindWorkingDaysBefore() + " working days' notice)", from));
            }
        }
        out.add(notice(task, NoticeKind.OVERDUE, Optional.of(task.assignee()), due, what + " was due " + due, due));
        Instant escalateFrom = max(due, startOf(calendar.plusWorkingDays(dueDay, ladder.escalateWorkingDaysAfter())));
        Optional<PersonId> head = orgChart.at(escalateFrom).headAbove(task.unit());
        out.add(notice(task, NoticeKind.ESCALATION, head, escalateFrom, what + " was due " + due + (head.isPresent()
                ? "; escalated to the head of the unit above " + task.unit()
                : "; no unit above " + task.unit() + " has a head: see the exception report"), escalateFrom));
        Instant reportFrom = max(due, startOf(calendar.plusWorkingDays(dueDay, ladder.reportWorkingDaysAfter())));
        out.add(notice(task, NoticeKind.EXCEPTION_REPORT, Optional.empty(), reportFrom, what + " was due " + due,
                reportFrom));
        out.sort(ORDER);
        return Either.right(List.copyOf(out));
    }

    /**
     * The notices due at the context's instant not yet in {@code log}, the events that record
     * them (an {@link EscalationEvent.NoticeIssued} per notice, then one
     * {@link EscalationEvent.Evaluated}, by the context's actor), and the log they give.
     *
     * @param log the notices already issued
     * @param tasks the tasks to look at; closed ones give no notice
     * @param ctx the instant of the evaluation and who runs it
     * @return the round, or {@code kernel.range.instant} if the instant is outside the supported
     *     range ({@link Limits}), {@code priority.escalation.time-went-back} if it is before the
     *     log's last evaluation, or {@code priority.task.duplicate-id} /
     *     {@code priority.task.dependency-cycle} for bad tasks, or the first open task's
     *     {@code kernel.range.*} problem whose due moment cannot be computed in the supported range
     *     (see {@link Triage#rank})
     * @throws NullPointerException if an argument is null
     */
    public Either<Problem, EscalationRound> evaluate(NoticeLog log, Collection<Task> tasks, Context ctx) {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(ctx, "ctx");
        Instant at = ctx.at();
        Optional<Problem> refused = log.checkTime(at);
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        var checked = Triage.Tasks.check(tasks);
        if (checked.isLeft()) {
            return Either.left(checked.getLeft().get(0));
        }
        java.util.Map<TaskId, Instant> dues = new java.util.HashMap<>();
        for (Task t : tasks) {
            if (t.isOpen()) {
                Either<Problem, Instant> due = t.checkedDueInstant(calendar);
                if (due.isLeft()) {
                    return Either.left(due.getLeft());
                }
                dues.put(t.id(), due.get());
            }
        }
        List<Notice> notices = new ArrayList<>();
        for (Task t : tasks) {
            if (t.isOpen()) {
                due(t, dues.get(t.id()), at, log, notices);
            }
        }
        notices.sort(ORDER);
        List<EscalationEvent> events = new ArrayList<>();
        for (Notice n : notices) {
            events.add(new EscalationEvent.NoticeIssued(at, ctx.actor(), n));
        }
        events.add(new EscalationEvent.Evaluated(at, ctx.actor(), notices.size()));
        NoticeLog next = log;
        for (EscalationEvent e : events) {
            next = next.applied(e);
        }
        return Either.right(EscalationRound.of(notices, next, events));
    }

    /**
     * A notice this escalation gave, as a sentence for a reader of {@code locale} (French or
     * English; another language gets English), rendered from the notice, its task and the instant
     * of the evaluation that gave it, with times on the calendar's clock, never UTC. In French:
     * {@code "« Répondre au député » (p-17, unité S2) : échéance dépassée depuis le vendredi 10 mai
     * 2024 à 17 h 30 ; 6 jours ouvrés de retard le mardi 21 mai 2024 à 14 h 00"}. {@link
     * Notice#reason()} keeps the English sentence stored with the notice.
     *
     * @param notice a notice given by this escalation (its policy and calendar)
     * @param task the task the notice is about, as it was when the notice was given
     * @param at the instant of the evaluation that gave it ({@code NoticeIssued.at()})
     * @param locale the reader's locale
     * @return the sentence
     * @throws IllegalArgumentException if {@code task} is not the notice's task or has no due instant
     *     on this calendar
     * @throws NullPointerException if an argument is null
     */
    public String text(Notice notice, Task task, Instant at, Locale locale) {
        Objects.requireNonNull(at, "at");
        if (!notice.task().equals(task.id())) {
            throw new IllegalArgumentException("The notice is about " + notice.task() + ", not " + task.id());
        }
        Instant due = task.checkedDueInstant(calendar)
                .getOrElseThrow(p -> new IllegalArgumentException("No due instant for " + task.id() + ": " + p));
        Phrasebook book = Phrasebook.of(locale);
        String what = book.text("notice.what", task.title(), task.assignee().value(), task.unit().value());
        String dueText = book.dayTime(due.atZone(calendar.zone()));
        if (notice.kind() == NoticeKind.REMINDER) {
            return book.text("notice.reminder", what, dueText, policy.ladderFor(task.grade()).remindWorkingDaysBefore());
        }
        LocalDate dueDay = due.atZone(calendar.zone()).toLocalDate();
        String late = book.text("notice.late", what, dueText,
                calendar.workingDaysBetween(dueDay, at.atZone(calendar.zone()).toLocalDate()),
                book.dayTime(at.atZone(calendar.zone())));
        if (notice.kind() != NoticeKind.ESCALATION) {
            return late;
        }
        return book.text(notice.recipient().isPresent() ? "notice.escalated" : "notice.no-head", late, task.unit().value());
    }

    /** The notices of one task due at {@code at} and not in {@code state}, added to {@code out}. */
    private void due(Task t, Instant due, Instant at, NoticeLog state, List<Notice> out) {
        EscalationLadder ladder = policy.ladderFor(t.grade());
        LocalDate dueDay = due.atZone(calendar.zone()).toLocalDate();
        String what = "'" + t.title() + "' (" + t.assignee() + ", unit " + t.unit() + ")";

        if (ladder.remindWorkingDaysBefore() > 0 && at.isBefore(due) && !state.isIssued(t.id(), NoticeKind.REMINDER)) {
            int n = ladder.remindWorkingDaysBefore();
            Instant from = startOf(calendar.minusWorkingDays(dueDay, n));
            if (!at.isBefore(from)) {
                out.add(notice(t, NoticeKind.REMINDER, Optional.of(t.assignee()), from,
                        what + " is due " + due + " (" + ladder.remindWorkingDaysBefore() + " working days' notice)", at));
            }
        }
        if (at.isBefore(due)) {
            return;
        }
        String late = " was due " + due + "; " + calendar.workingDaysBetween(dueDay, at.atZone(calendar.zone()).toLocalDate())
                + " working days overdue at " + at;
        if (!state.isIssued(t.id(), NoticeKind.OVERDUE)) {
            out.add(notice(t, NoticeKind.OVERDUE, Optional.of(t.assignee()), due, what + late, at));
        }
        Instant escalateFrom = max(due, startOf(calendar.plusWorkingDays(dueDay, ladder.escalateWorkingDaysAfter())));
        if (!at.isBefore(escalateFrom) && !state.isIssued(t.id(), NoticeKind.ESCALATION)) {
            Optional<PersonId> head = orgChart.at(escalateFrom).headAbove(t.unit());
            out.add(notice(t, NoticeKind.ESCALATION, head, escalateFrom, what + late + (head.isPresent()
                    ? "; escalated to the head of the unit above " + t.unit()
                    : "; no unit above " + t.unit() + " has a head: see the exception report"), at));
        }
        Instant reportFrom = max(due, startOf(calendar.plusWorkingDays(dueDay, ladder.reportWorkingDaysAfter())));
        if (!at.isBefore(reportFrom) && !state.isIssued(t.id(), NoticeKind.EXCEPTION_REPORT)) {
            out.add(notice(t, NoticeKind.EXCEPTION_REPORT, Optional.empty(), reportFrom, what + late, at));
        }
    }

    /** A notice due since {@code since}, to its recipient's deputy if the recipient is away at {@code given}. */
    private Notice notice(Task t, NoticeKind kind, Optional<PersonId> to, Instant since, String reason, Instant given) {
        return Notice.builder().task(t.id()).kind(kind).recipient(to.map(p -> recipientAt(p, given)))
                .dueSince(since).reason(reason).build();
    }

    private Instant startOf(LocalDate workingDay) {
        List<Interval> periods = calendar.workingPeriods(workingDay);
        return periods.isEmpty() ? workingDay.atStartOfDay(calendar.zone()).toInstant() : periods.get(0).start();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
