package org.aso.calendar;

import static org.aso.calendar.CalendarFixtures.ALICE;
import static org.aso.calendar.CalendarFixtures.STAMP;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VToDo;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.Importance;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskSource;
import org.aso.core.priority.TaskStatus;
import org.junit.jupiter.api.Test;

class TasksTest {
    static final List<PriorityGrade> GRADES = PriorityGrade.frenchMailRoom();

    /** A task without grade and assignee (the builder is strict: each is set once, by the test). */
    static Task.Builder task(String id) {
        return Task.builder().id(TaskId.of(id)).title("Réponse au courrier du député, n° " + id)
                .unit(OrgUnitId.of("S2")).createdAt(Instant.parse("2026-02-01T08:00:00Z"));
    }

    @Test
    void tasks_parseBackAsVtodos() throws Exception {
        // given
        Task due = task("t-2").assignee(ALICE).grade(GRADES.get(2)).importance(Importance.HIGH).dueAt(Instant.parse("2026-03-05T16:00:00Z"))
                .status(TaskStatus.IN_PROGRESS).addTags("budget", "élus").addDependencies(TaskId.of("t-1"))
                .source(TaskSource.of(Ref.of(Ref.Kind.DOSSIER, "D-2026-4"))).build();
        Task day = task("t-1").assignee(ALICE).grade(GRADES.get(0)).dueDate(LocalDate.of(2026, 3, 10)).status(TaskStatus.DONE).build();
        // when
        String text = CalendarFixtures.ics().tasks(List.of(due, day), STAMP).get();
        Calendar c = MessagesTest.parse(text);
        // then
        List<VToDo> todos = c.getComponents(Component.VTODO);
        assertThat(MessagesTest.prop(c, "METHOD")).isEqualTo("PUBLISH");
        assertThat(todos).extracting(t -> MessagesTest.prop(t, "UID"))
                .containsExactly("task-t-1@example.gouv.fr", "task-t-2@example.gouv.fr");
        VToDo first = todos.get(0);
        assertThat(MessagesTest.prop(first, "DUE")).isEqualTo("20260310");
        assertThat(MessagesTest.prop(first, "STATUS")).isEqualTo("COMPLETED");
        assertThat(MessagesTest.prop(first, "PERCENT-COMPLETE")).isEqualTo("100");
        assertThat(MessagesTest.prop(first, "PRIORITY")).isEqualTo("5");
        VToDo second = todos.get(1);
        assertThat(MessagesTest.prop(second, "SUMMARY")).isEqualTo("Réponse au courrier du député, n° t-2");
        assertThat(MessagesTest.prop(second, "DUE")).isEqualTo("20260305T160000Z");
        assertThat(MessagesTest.prop(second, "STATUS")).isEqualTo("IN-PROCESS");
        assertThat(MessagesTest.prop(second, "PERCENT-COMPLETE")).isNull();
        assertThat(MessagesTest.prop(second, "PRIORITY")).isEqualTo("1");
        assertThat(MessagesTest.prop(second, "ORGANIZER")).isEqualTo("mailto:alice.martin@example.gouv.fr");
        assertThat(MessagesTest.prop(second, "ATTENDEE")).isNull();
        assertThat(MessagesTest.prop(second, "RELATED-TO")).isEqualTo("task-t-1@example.gouv.fr");
        assertThat(MessagesTest.prop(second, "X-ASO-ABOUT")).isEqualTo("DOSSIER:D-2026-4");
        assertThat(MessagesTest.prop(second, "X-ASO-GRADE")).isEqualTo("very-urgent");
        assertThat(text).contains("CATEGORIES:budget,élus\r\n");
        assertThat(c.validate().getEntries()).isEmpty();
    }

    @Test
    void priority_followsImportanceAndGradeBand() {
        assertThat(Tasks.priority(task("a").assignee(ALICE).importance(Importance.HIGH).grade(GRADES.get(2)).build())).isEqualTo(1);
        assertThat(Tasks.priority(task("a").assignee(ALICE).importance(Importance.HIGH).grade(GRADES.get(0)).build())).isEqualTo(3);
        assertThat(Tasks.priority(task("a").assignee(ALICE).importance(Importance.NORMAL).grade(GRADES.get(0)).build())).isEqualTo(5);
        assertThat(Tasks.priority(task("a").assignee(ALICE).importance(Importance.NORMAL).grade(GRADES.get(1)).build())).isEqualTo(4);
        assertThat(Tasks.priority(task("a").assignee(ALICE).importance(Importance.LOW).grade(GRADES.get(0)).build())).isEqualTo(9);
        assertThat(Tasks.priority(task("a").assignee(ALICE).importance(Importance.LOW).grade(PriorityGrade.indianOfficeManual().get(3)).build()))
                .isEqualTo(5);
    }

    @Test
    void status_mapsEveryTaskStatus() {
        assertThat(List.of(TaskStatus.values())).extracting(Tasks::status).containsExactly("NEEDS-ACTION", "IN-PROCESS",
                "IN-PROCESS", "NEEDS-ACTION", "COMPLETED", "CANCELLED");
    }

    @Test
    void tasks_assigneeUnknownOrWithoutAddress_isAProblem() {
        assertThat(CalendarFixtures.ics().tasks(List.of(task("t").grade(GRADES.get(0)).assignee(PersonId.of("zoe")).build()), STAMP).getLeft().code())
                .isEqualTo("calendar.person.unknown");
        assertThat(CalendarFixtures.ics().tasks(List.of(task("t").grade(GRADES.get(0)).assignee(CalendarFixtures.NOMAIL).build()), STAMP).getLeft().code())
                .isEqualTo("calendar.person.no-email");
    }
}
