package org.aso.docs;

import static org.aso.docs.DraftFixtures.CHAIR;
import static org.aso.docs.DraftFixtures.CLERK;
import static org.aso.docs.DraftFixtures.DRIVER;
import static org.aso.docs.DraftFixtures.ENGINEER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aso.core.agenda.MeetingId;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PriorityGrade;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.aso.core.priority.TaskSource;
import org.aso.core.agenda.Meeting;
import org.junit.jupiter.api.Test;

class MinutesTest {
    private final Drafts drafts = Drafts.of("Préfecture de l’Ain", Optional.empty());

    @Test
    void of_attendeesNeitherPresentNorExcused_areAbsent() {
        // given the second meeting: chair and engineer came, nobody excused
        Minutes second = DraftFixtures.secondMinutes();

        // then
        assertThat(second.present()).containsExactly(CHAIR, ENGINEER);
        assertThat(second.excused()).isEmpty();
        assertThat(second.absent()).containsExactly(CLERK, DRIVER);
        assertThat(DraftFixtures.firstMinutes().excused()).containsExactly(DRIVER);
        assertThat(DraftFixtures.firstMinutes().absent()).isEmpty();
    }

    @Test
    void open_action_items_of_the_previous_meeting_are_carried_over_as_matters_arising() {
        // given the first meeting's minutes, whose item A1 was reported done
        // when the second meeting's minutes are drawn up
        Minutes second = DraftFixtures.secondMinutes();

        // then only A2 is carried over, and it stays open with A1 of the second meeting
        assertThat(second.mattersArising()).extracting(Minutes.ActionItem::id).containsExactly("2026-11-A2");
        assertThat(second.openActions()).extracting(Minutes.ActionItem::id).containsExactly("2026-11-A2", "2026-12-A1");
    }

    @Test
    void a_matter_arising_reported_done_is_not_carried_over_again() {
        // given
        Minutes second = DraftFixtures.secondMinutes().withDone("2026-11-A2");

        // when a third meeting follows
        Minutes third = Minutes.of(DraftFixtures.meeting("m-3", DraftFixtures.secondMinutes().meeting().start().plusWeeks(4)),
                java.util.Set.of(CHAIR), java.util.Set.of(), DraftFixtures.NAMES, List.of(), List.of(), Optional.of(second));

        // then
        assertThat(third.mattersArising()).extracting(Minutes.ActionItem::id).containsExactly("2026-12-A1");
    }

    @Test
    void withDone_unknownItem_throws() {
        assertThatThrownBy(() -> DraftFixtures.firstMinutes().withDone("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void constructor_actionItemRepeatingACarriedOverId_throws() {
        Minutes.ActionItem again = new Minutes.ActionItem("2026-11-A2", "Encore", CLERK, LocalDate.of(2026, 12, 20), false);

        assertThatThrownBy(() -> Minutes.of(DraftFixtures.meeting("m-2", DraftFixtures.secondMinutes().meeting().start()),
                java.util.Set.of(CHAIR), java.util.Set.of(), DraftFixtures.NAMES, List.of(), List.of(again),
                Optional.of(DraftFixtures.firstMinutes()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tasks_openActionItems_becomeCoreTasksOfTheMeeting() {
        PriorityGrade normal = PriorityGrade.frenchMailRoom().get(0);
        Instant approved = Instant.parse("2026-11-03T09:00:00Z");

        List<Task> tasks = DraftFixtures.firstMinutes().withDone("2026-11-A1")
                .tasks(OrgUnitId.of("S2"), normal, approved).stream().map(Task.Builder::build).toList();

        assertThat(tasks).hasSize(1);
        Task t = tasks.get(0);
        assertThat(t.id()).isEqualTo(TaskId.of("m-1/2026-11-A2"));
        assertThat(t.title()).isEqualTo("Étiqueter les cartons");
        assertThat(t.assignee()).isEqualTo(ENGINEER);
        assertThat(t.dueDate()).contains(LocalDate.of(2026, 11, 25));
        assertThat(t.createdAt()).isEqualTo(approved);
        assertThat(t.source()).isEqualTo(TaskSource.meetingDecision(MeetingId.of("m-1")));
    }

    @Test
    void html_minutesInFrench_showAttendanceDecisionsActionsAndMattersArising() {
        String html = drafts.html(DraftFixtures.secondMinutes(), Locale.FRENCH).get();

        assertThat(html).contains("<h1>Compte-rendu de réunion\u202F: Comité de suivi des archives</h1>")
                .contains("Réunion du lundi 7 décembre 2026, 10h00 – 11h00")
                .contains("<th scope=\"row\">Présents</th><td>Hélène Lefèvre, Jérôme Dupré</td>")
                .contains("<th scope=\"row\">Excusés</th><td>Néant</td>")
                .contains("<th scope=\"row\">Absents</th><td>Zoë Çelik, Ναταλία Παππά</td>")
                .contains("<h2>Suites des réunions précédentes</h2>")
                .contains("<td>2026-11-A2</td><td>Étiqueter les cartons</td><td>Jérôme Dupré</td><td>mercredi 25 novembre 2026</td><td>En cours</td>")
                .contains("<th scope=\"col\">Responsable</th>")
                .contains("<li>Déménagement des archives</li>");
    }

    @Test
    void html_minutesInEnglish_showDecisionsLinkedToTheirDossier() {
        String html = drafts.html(DraftFixtures.firstMinutes(), Locale.ENGLISH).get();

        assertThat(html).contains("<h1>Minutes of the meeting: Comité de suivi des archives</h1>")
                .contains("Meeting of Monday, November 2, 2026, 10:00 AM – 11:00 AM")
                .contains("<tr id=\"decision-D1\"><td>D1</td><td>Les archives déménagent au bâtiment B</td><td>2026-ARCH-7</td></tr>")
                .contains("<h2>Matters arising</h2>\n<p>None</p>")
                .contains("<th scope=\"row\">Excused</th><td>Ναταλία Παππά</td>");
    }

    @Test
    void text_minutes_listMattersArisingAndActions() {
        String text = drafts.text(DraftFixtures.secondMinutes(), Locale.ENGLISH).get();

        assertThat(text).contains("Matters arising\n- [2026-11-A2] Étiqueter les cartons (Jérôme Dupré, Wednesday, November 25, 2026)\n")
                .contains("Action items\n- [2026-12-A1] Vérifier l’inventaire (Ναταλία Παππά, Friday, December 18, 2026)\n")
                .contains("1. Déménagement des archives\n2. Questions diverses\n");
    }

    @Test
    void the_chair_is_the_attendee_with_that_role_else_the_organizer() {
        Meeting organised = DraftFixtures.meeting("m-9", DraftFixtures.firstMinutes().meeting().start());
        // the clerk organises; the chair presides
        Meeting chaired = Meeting.builder().id(org.aso.core.agenda.MeetingId.of("m-10")).title(organised.title())
                .organizer(CLERK).addAttendees(
                        org.aso.core.agenda.Attendee.of(CHAIR, org.aso.core.agenda.Attendee.Role.CHAIR),
                        org.aso.core.agenda.Attendee.of(ENGINEER, org.aso.core.agenda.Attendee.Role.REQUIRED))
                .start(organised.start()).end(organised.end()).status(Meeting.Status.CONFIRMED).sequence(0).build();
        Minutes withChair = Minutes.of(chaired, java.util.Set.of(CHAIR, CLERK), java.util.Set.of(), DraftFixtures.NAMES,
                List.of(), List.of(), Optional.empty());
        assertThat(withChair.values(java.util.Locale.FRENCH).get("chair")).isEqualTo(DraftFixtures.NAMES.get(CHAIR));
        Minutes noChair = Minutes.of(organised, java.util.Set.of(CHAIR), java.util.Set.of(), DraftFixtures.NAMES,
                List.of(), List.of(), Optional.empty());
        assertThat(noChair.values(java.util.Locale.FRENCH).get("chair")).isEqualTo(DraftFixtures.NAMES.get(CHAIR));
    }
}
