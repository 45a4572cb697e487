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
 * <p>A pure function of its arguments; immutable and thread-safe.
 */
public final class Escalation {
    private static final Comparator<Notice> ORDER = Comparator.comparing(Notice::dueSince)
            .thenComparing(Notice::kind).thenComparing(Notice::task);

    private final EscalationPolicy policy;
    private final BusinessCalendar calendar;
    private final OrgChart orgChart;

    private Escalation(EscalationPolicy policy, BusinessCalendar calendar, OrgChart orgChart) {
        this.policy = policy;
        this.calendar = calendar;
        this.orgChart = orgChart;
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
        return new Escalation(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(calendar, "calendar"),
                Objects.requireNonNull(orgChart, "orgChart"));
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
                        what + " is due " + due + " (" + ladder.remindWorkingDaysBefore() + " working days' notice)"));
            }
        }
        if (at.isBefore(due)) {
            return;
        }
        String late = " was due " + due + "; " + calendar.workingDaysBetween(dueDay, at.atZone(calendar.zone()).toLocalDate())
                + " working days overdue at " + at;
        if (!state.isIssued(t.id(), NoticeKind.OVERDUE)) {
            out.add(notice(t, NoticeKind.OVERDUE, Optional.of(t.assignee()), due, what + late));
        }
        Instant escalateFrom = max(due, startOf(calendar.plusWorkingDays(dueDay, ladder.escalateWorkingDaysAfter())));
        if (!at.isBefore(escalateFrom) && !state.isIssued(t.id(), NoticeKind.ESCALATION)) {
            Optional<PersonId> head = orgChart.headAbove(t.unit());
            out.add(notice(t, NoticeKind.ESCALATION, head, escalateFrom, what + late + (head.isPresent()
                    ? "; escalated to the head of the unit above " + t.unit()
                    : "; no unit above " + t.unit() + " has a head: see the exception report")));
        }
        Instant reportFrom = max(due, startOf(calendar.plusWorkingDays(dueDay, ladder.reportWorkingDaysAfter())));
        if (!at.isBefore(reportFrom) && !state.isIssued(t.id(), NoticeKind.EXCEPTION_REPORT)) {
            out.add(notice(t, NoticeKind.EXCEPTION_REPORT, Optional.empty(), reportFrom, what + late));
        }
    }

    private static Notice notice(Task t, NoticeKind kind, Optional<PersonId> to, Instant since, String reason) {
        return Notice.builder().task(t.id()).kind(kind).recipient(to).dueSince(since).reason(reason).build();
    }

    private Instant startOf(LocalDate workingDay) {
        List<Interval> periods = calendar.workingPeriods(workingDay);
        return periods.isEmpty() ? workingDay.atStartOfDay(calendar.zone()).toInstant() : periods.get(0).start();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
