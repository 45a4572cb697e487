package org.aso.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.RoomId;
import org.aso.core.correspondence.EntryId;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.SharedState;
import org.aso.core.priority.Contribution;
import org.aso.core.priority.DayPlan;
import org.aso.core.priority.DayPlanner;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.EscalationPolicy;
import org.aso.core.priority.EscalationRound;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.Importance;
import org.aso.core.priority.NoticeLog;
import org.aso.core.priority.Overload;
import org.aso.core.priority.PlanItem;
import org.aso.core.priority.Sensitivity;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskSource;
import org.aso.core.priority.TeamLoad;
import org.aso.core.priority.Triage;
import org.aso.core.priority.Urgency;
import org.aso.core.priority.UrgencyPolicy;

/**
 * aso-core's priorities: an officer's work on Monday 6 May 2024 (8 and 9 May are holidays),
 * ranked with its reasons, the escalation notices due, the day planned around two meetings, and
 * the overload ahead.
 */
public final class PriorityExample {
    private PriorityExample() {}

    /** The officer of section S2 (the README's {@code officer}). */
    public static final PersonId OFFICER = PersonId.of("claire");

    /** What the example computed. */
    public record Outcome(List<Urgency> ranked, EscalationRound notices, EscalationRound later, DayPlan day,
                          List<Overload> overloads, List<TeamLoad.Room> help, List<String> lines) {}

    /** The officer's work besides the deputy's letter. */
    static List<Task> otherWork(Person officer) {
        Instant created = Instant.parse("2024-04-29T08:00:00Z");
        List<PriorityGrade> grades = PriorityGrade.frenchMailRoom();
        PriorityGrade normal = grades.get(0);
        PriorityGrade urgent = grades.get(1);
        List<Task> tasks = new ArrayList<>();
        tasks.add(task(officer, "t-2", "Budget note for the director", normal, LocalDate.of(2024, 5, 7), 6, created,
                TaskSource.none()));
        tasks.add(task(officer, "t-3", "Minutes of last week's steering committee", normal, LocalDate.of(2024, 5, 3), 2,
                created, TaskSource.none()));
        tasks.add(task(officer, "t-4", "Answer to a right-to-information request", normal, LocalDate.of(2024, 5, 15), 4,
                created, TaskSource.none().withSensitivities(List.of(Sensitivity.rightToInformation()))));
        tasks.add(task(officer, "t-5", "Brief for the administrative court", urgent, LocalDate.of(2024, 5, 10), 12, created,
                TaskSource.none().withSensitivities(List.of(Sensitivity.court())))
                .withDependencies(List.of(TaskId.of("t-2"))));
        return tasks;
    }

    private static Task task(Person officer, String id, String title, PriorityGrade grade, LocalDate due, int hours,
                             Instant created, TaskSource source) {
        return Task.builder().id(TaskId.of(id)).title(title).source(source).assignee(officer.id())
                .unit(officer.unit().orElseThrow()).grade(grade).dueDate(due).effort(Duration.ofHours(hours))
                .createdAt(created).build();
    }

    /** Runs the example for the README's section on Monday 6 May 2024 at 09:00. */
    public static Outcome run(BusinessCalendar paris) {
        ZonedDateTime monday = ZonedDateTime.of(2024, 5, 6, 9, 0, 0, 0, paris.zone());
        KernelExample.Section section = KernelExample.section(Clock.fixed(monday.toInstant(), paris.zone()));
        return run(paris, section.officer(), section.orgChart(), section.ctx());
    }

    /** Runs the example with the officer's two meetings on the day of {@code ctx}. */
    public static Outcome run(BusinessCalendar paris, Person officer, OrgChart orgChart, Context ctx) {
        ZonedDateTime monday = ctx.at().atZone(paris.zone());
        PersonId head = PersonId.of("marc");
        Context booking = ctx.withInstant(ctx.at().minus(Duration.ofDays(3)));
        SharedState<Agenda> agenda = SharedState.of(AgendaExample.rooms());
        agenda.update(a -> a.book(MeetingRequest.builder().id(MeetingId.of("m-1")).title("Weekly section meeting")
                .organizer(head).addAttendees(Attendee.of(officer.id(), Attendee.Role.REQUIRED))
                .room(RoomId.of("B2-101")).start(monday.withHour(10)).end(monday.withHour(11).withMinute(30)).build(),
                booking)).getOrElseThrow(p -> new IllegalStateException(p.toString()));
        agenda.update(a -> a.book(MeetingRequest.builder().id(MeetingId.of("m-2")).title("Call with the prefecture")
                .organizer(officer.id()).addAttendees(Attendee.of(head, Attendee.Role.REQUIRED))
                .start(monday.withHour(14)).end(monday.withHour(15)).build(), booking))
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        List<Task> otherWork = otherWork(officer);

        // tag::priority[]
        EntryId letter = EntryId.of("GEN/DGA/2024E00117");              // a registered letter
        Task reply = Task.builder().id(TaskId.of("t-1")).title("Reply to the deputy's letter")
                .source(TaskSource.letter(letter).withSensitivities(List.of(Sensitivity.parliament())))
                .assignee(officer.id()).unit(officer.unit().orElseThrow())
                .grade(PriorityGrade.frenchMailRoom().get(1))               // urgent
                .importance(Importance.HIGH).dueDate(LocalDate.of(2024, 5, 10)).effort(Duration.ofHours(3))
                .createdAt(Instant.parse("2024-04-29T08:00:00Z")).build();
        List<Task> tasks = new ArrayList<>(otherWork);                     // the officer's other open tasks
        tasks.add(reply);

        List<Urgency> ranked = Triage.of(UrgencyPolicy.defaults(), paris).rank(tasks, ctx.at())
                .getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
        ranked.stream().map(u -> u.task().id() + " " + u.quadrant()).toList();     // most urgent first
        // => [t-2 DELEGATE, t-1 DO_NOW, t-3 DELEGATE, t-5 DO_NOW, t-4 SCHEDULE]
        ranked.get(0).breakdown();
        // => [DUE 0.68 x 12.0 = 8.18 (due 2024-05-07T15:30:00Z, in 1.4 days),
        //    BLOCKING 1.00 x 8.0 = 8.00 (an open task depends on it), IMPORTANCE 0.65 x 6.0 = 3.90 (importance NORMAL),
        //    ..., WORKING_TIME_LEFT 0.78 x 4.0 = 3.10 (15.0 h of working time left for 6.0 h of work), ...]

        Escalation escalation = Escalation.of(EscalationPolicy.defaults(), paris, orgChart);
        EscalationRound round = escalation.evaluate(NoticeLog.empty(), tasks, ctx)
                .getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
        round.notices();
        // => [REMINDER t-2 -> claire since 2024-05-03T07:00:00Z: 'Budget note for the director' (claire, unit S2) is due
        //    2024-05-07T15:30:00Z (2 working days' notice), OVERDUE t-3 -> claire since 2024-05-03T15:30:00Z: ...,
        //    REMINDER t-1 -> claire ..., REMINDER t-5 -> claire ...]
        // keep it (or its events, or log.snapshot()): notices are not given twice, even after a restart
        NoticeLog log = round.state();
        EscalationRound later = escalation.evaluate(log, tasks, ctx.withInstant(Instant.parse("2024-05-14T07:00:00Z")))
                .getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
        later.notices();
        // => [ESCALATION t-3 -> sophie since 2024-05-07T07:00:00Z: 'Minutes of last week's steering committee'
        //    (claire, unit S2) was due 2024-05-03T15:30:00Z; ...; escalated to the head of the unit above S2,
        //    OVERDUE t-2 -> claire ..., OVERDUE t-1 -> claire ..., OVERDUE t-5 -> claire ..., REMINDER t-4 -> claire ...,
        //    ESCALATION t-2 -> sophie ..., ESCALATION t-1 -> sophie ..., ESCALATION t-5 -> sophie ...,
        //    EXCEPTION_REPORT t-3 ...]
        // end::priority[]

        // tag::day-plan[]
        ZonedDateTime now = ctx.at().atZone(paris.zone());
        Interval today = Interval.of(ctx.at(), now.toLocalDate().plusDays(1).atStartOfDay(paris.zone()).toInstant());
        List<PlanItem> items = ranked.stream().map(u -> PlanItem.of(u, true)).toList();   // splittable
        FreeTime free = FreeTime.of(paris, agenda.get(), officer.id(), today);  // working hours less meetings
        DayPlan plan = DayPlanner.plan(items, free, today)                   // refused: priority.plan.dependency-cycle
                .getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
        plan.blocks();
        // => [Block[task=t-3, interval=[2024-05-06T07:00:00Z, 2024-05-06T08:00:00Z)],
        //    Block[task=t-3, interval=[2024-05-06T09:30:00Z, 2024-05-06T10:30:00Z)],
        //    Block[task=t-2, interval=[2024-05-06T11:30:00Z, 2024-05-06T12:00:00Z)],
        //    Block[task=t-2, interval=[2024-05-06T13:00:00Z, 2024-05-06T15:30:00Z)]]
        plan.unplaced();
        // => [Unplaced[task=t-2, reason=NO_ROOM, remaining=PT3H], Unplaced[task=t-1, reason=NO_ROOM, remaining=PT3H],
        //    Unplaced[task=t-5, reason=WAITING_FOR_DEPENDENCY, remaining=PT12H], Unplaced[task=t-4, ...]]

        Interval twoWeeks = Interval.of(ctx.at(), now.plusWeeks(2).toInstant());
        List<Overload> warnings = Overload.check(items, FreeTime.of(paris, agenda.get(), officer.id(), twoWeeks), ctx.at());
        // => [Overload[deadline=2024-05-03T15:30:00Z, work=PT2H, free=PT0S, atRisk=[t-3]],
        //    Overload[deadline=2024-05-10T15:30:00Z, work=PT23H, free=PT20H, atRisk=[t-5]]]
        warnings.get(1).shortfallHours();                                   // => 3.0
        PersonId bob = PersonId.of("bob");                                  // a colleague with no work planned
        TeamLoad team = TeamLoad.of(List.of(
                TeamLoad.Member.of(bob, List.of(), FreeTime.of(paris, agenda.get(), bob, twoWeeks))), ctx.at());
        List<TeamLoad.Room> help = team.suggestFor(warnings.get(1), officer.id());   // who has room before then
        // => [Room[person=bob, free=PT22H30M, committed=PT0S]]
        // end::day-plan[]

        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Urgency u = ranked.get(i);
            lines.add(String.format(Locale.ROOT, "  %d. %-45s %6.2f  %s", i + 1, u.task().title(), u.score(), u.quadrant()));
            if (i < 2) {
                for (Contribution c : u.breakdown()) {
                    if (c.contribution() != 0) {
                        lines.add(String.format(Locale.ROOT, "       %-18s %+6.2f  (%s)", c.term(), c.contribution(), c.reason()));
                    }
                }
            }
        }
        return new Outcome(ranked, round, later, plan, warnings, help, lines);
    }
}
