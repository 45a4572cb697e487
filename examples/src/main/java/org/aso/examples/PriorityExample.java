package org.aso.examples;

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
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgChart;
import org.aso.core.kernel.OrgUnit;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
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

    /** The officer of section S2. */
    public static final PersonId OFFICER = PersonId.of("officer");

    /** What the example computed. */
    public record Outcome(List<Urgency> ranked, EscalationRound notices, DayPlan day, List<Overload> overloads,
                          List<String> lines) {}

    static List<Task> tasks() {
        Instant created = Instant.parse("2024-04-29T08:00:00Z");
        List<PriorityGrade> grades = PriorityGrade.frenchMailRoom();
        PriorityGrade normal = grades.get(0);
        PriorityGrade urgent = grades.get(1);
        List<Task> tasks = new ArrayList<>();
        tasks.add(task("t-1", "Reply to the deputy's letter", urgent, LocalDate.of(2024, 5, 10), 3, created,
                TaskSource.letter(EntryId.of("GEN/DGA/2024E00117")).withSensitivities(List.of(Sensitivity.parliament())))
                .withImportance(Importance.HIGH));
        tasks.add(task("t-2", "Budget note for the director", normal, LocalDate.of(2024, 5, 7), 6, created, TaskSource.none()));
        tasks.add(task("t-3", "Minutes of last week's steering committee", normal, LocalDate.of(2024, 5, 3), 2, created,
                TaskSource.none()));
        tasks.add(task("t-4", "Answer to a right-to-information request", normal, LocalDate.of(2024, 5, 15), 4, created,
                TaskSource.none().withSensitivities(List.of(Sensitivity.rightToInformation()))));
        tasks.add(task("t-5", "Brief for the administrative court", urgent, LocalDate.of(2024, 5, 10), 5, created,
                TaskSource.none().withSensitivities(List.of(Sensitivity.court())))
                .withDependencies(List.of(TaskId.of("t-2"))));
        return tasks;
    }

    private static Task task(String id, String title, PriorityGrade grade, LocalDate due, int hours, Instant created,
                             TaskSource source) {
        return Task.builder().id(TaskId.of(id)).title(title).source(source).assignee(OFFICER).unit(OrgUnitId.of("S2"))
                .grade(grade).dueDate(due).effort(Duration.ofHours(hours)).createdAt(created).build();
    }

    static OrgChart orgChart() {
        return OrgChart.of(List.of(
                OrgUnit.builder().id(OrgUnitId.of("SD")).code("SD").name("Sub-directorate").head(PersonId.of("deputy-director")).build(),
                OrgUnit.builder().id(OrgUnitId.of("S2")).code("S2").name("Section 2").parent(OrgUnitId.of("SD"))
                        .head(PersonId.of("head-s2")).build())).get();
    }

    /** Runs the example with the officer's two meetings on Monday. */
    public static Outcome run(BusinessCalendar paris) {
        ZonedDateTime monday = ZonedDateTime.of(2024, 5, 6, 9, 0, 0, 0, paris.zone());
        Instant now = monday.toInstant();
        Context ctx = Context.of(now.minusSeconds(86_400 * 3), PersonId.of("head-s2"), Clearance.none());
        Agenda agenda = AgendaExample.rooms();
        agenda = agenda.book(MeetingRequest.builder().id(MeetingId.of("m-1")).title("Weekly section meeting")
                .organizer(PersonId.of("head-s2")).addAttendees(Attendee.of(OFFICER, Attendee.Role.REQUIRED))
                .room(RoomId.of("B2-101")).start(monday.withHour(10)).end(monday.withHour(11).withMinute(30)).build(), ctx)
                .get().agenda();
        agenda = agenda.book(MeetingRequest.builder().id(MeetingId.of("m-2")).title("Call with the prefecture")
                .organizer(OFFICER).addAttendees(Attendee.of(PersonId.of("head-s2"), Attendee.Role.REQUIRED))
                .start(monday.withHour(14)).end(monday.withHour(15)).build(), ctx).get().agenda();

        List<Task> tasks = tasks();
        List<Urgency> ranked = Triage.of(UrgencyPolicy.defaults(), paris).rank(tasks, now)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        EscalationRound round = Escalation.of(EscalationPolicy.defaults(), paris, orgChart())
                .evaluate(NoticeLog.empty(), tasks, Context.of(now, OFFICER, Clearance.none()))
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        List<PlanItem> items = ranked.stream().map(u -> PlanItem.of(u, true)).toList();
        Interval today = Interval.of(now, monday.plusDays(1).withHour(0).toInstant());
        DayPlan day = DayPlanner.plan(items, FreeTime.of(paris, agenda, OFFICER, today), today)
                .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        Interval twoWeeks = Interval.of(now, monday.plusWeeks(2).toInstant());
        List<Overload> overloads = Overload.check(items, FreeTime.of(paris, agenda, OFFICER, twoWeeks), now);

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
        return new Outcome(ranked, round, day, overloads, lines);
    }
}
