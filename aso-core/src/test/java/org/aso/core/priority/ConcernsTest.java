package org.aso.core.priority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.MeetingId;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierCommand;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;
import org.junit.jupiter.api.Test;

/** A dossier lists what concerns it: its letters, the meetings about it, the tasks from them and its documents. */
class ConcernsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context AGENDA_CTX = Context.of(TUE_10H.minusDays(7).toInstant(), AgendaFixtures.ORGANIZER,
            Clearance.none());

    private static Task task(String id, TaskSource source, Entry letter) {
        return Task.builder().id(TaskId.of(id)).title("Work " + id).assignee(PersonId.of("p-17"))
                .unit(OrgUnitId.of("S2")).source(source).grade(letter.grade()).createdAt(letter.registeredAt()).build();
    }

    @Test
    void a_dossier_lists_its_filed_letter_the_meeting_about_it_and_the_reply_task_from_the_letter() {
        // given: three letters, the first filed in the dossier, the second registered for it, the third elsewhere
        Register.Registered first = CorrespondenceFixtures.emptyGeneral().register(CorrespondenceFixtures
                .letter(MONDAY, "Subvention").grade("urgent").build(), CorrespondenceFixtures.clerkOn(MONDAY)).get();
        Register.Registered second = first.register().register(CorrespondenceFixtures.letter(MONDAY, "Follow-up")
                .dossier(DossierId.of("d-1")).build(), CorrespondenceFixtures.clerkOn(MONDAY)).get();
        Register.Registered third = second.register().register(CorrespondenceFixtures.letter(MONDAY, "Other")
                .build(), CorrespondenceFixtures.clerkOn(MONDAY)).get();
        Entry letter = first.entry();
        Dossier dossier = DossierFixtures.rules().decide(DossierFixtures.opened("d-1", DossierFixtures.GENERAL,
                        "2026-03-02T09:00"), DossierCommand.AddItem.of(letter.id().ref(), "Request for a subvention", 2),
                DossierFixtures.ctx("2026-03-02T10:00")).get().dossier();
        dossier = DossierFixtures.rules().decide(dossier, DossierCommand.AddItem.of(Ref.document("budget.pdf"), "Budget", 4),
                DossierFixtures.ctx("2026-03-02T11:00")).get().dossier();
        //        a meeting about the dossier, one about the first letter, one about nothing of it
        Agenda agenda = AgendaFixtures.agenda().book(AgendaFixtures.meeting("m-1", AgendaFixtures.LARGE, TUE_10H, 60, "a")
                .addAbout(dossier.id().ref(), Ref.document("minutes-draft.odt")).build(), AGENDA_CTX).get().agenda();
        agenda = agenda.book(AgendaFixtures.meeting("m-2", AgendaFixtures.SMALL, TUE_10H, 60, "b")
                .addAbout(letter.id().ref()).build(), AGENDA_CTX).get().agenda();
        agenda = agenda.book(AgendaFixtures.meeting("m-3", AgendaFixtures.LARGE, TUE_10H.plusDays(1), 60, "c")
                .addAbout(DossierId.of("d-2").ref()).build(), AGENDA_CTX).get().agenda();
        //        the reply task from the letter, a decision of the meeting, a task of another letter
        Task reply = Task.replyTo(letter).id(TaskId.of("t-1")).title("Reply").assignee(PersonId.of("p-17"))
                .unit(OrgUnitId.of("S2")).build();
        List<Task> tasks = List.of(reply, task("t-2", TaskSource.meetingDecision(MeetingId.of("m-1")), letter),
                task("t-3", TaskSource.letter(third.entry().id()), letter),
                task("t-4", TaskSource.of(dossier.id().ref()), letter),
                task("t-5", TaskSource.meetingDecision(MeetingId.of("m-3")), letter));

        // when
        Concerns concerns = Concerns.of(dossier, third.register(), agenda, tasks);

        // then
        assertThat(concerns.dossier()).isEqualTo(DossierId.of("d-1"));
        assertThat(concerns.letters()).containsExactly(letter.id().ref(), second.entry().id().ref());
        assertThat(concerns.meetings()).containsExactly(MeetingId.of("m-1").ref(), MeetingId.of("m-2").ref());
        assertThat(concerns.tasks()).containsExactly(TaskId.of("t-1").ref(), TaskId.of("t-2").ref(), TaskId.of("t-4").ref());
        assertThat(concerns.documents()).containsExactly(Ref.document("budget.pdf"), Ref.document("minutes-draft.odt"));
        assertThat(concerns.all()).hasSize(9).startsWith(letter.id().ref()).endsWith(Ref.document("minutes-draft.odt"));
    }

    @Test
    void concerns_refOfTheWrongKindInAList_throws() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Concerns(DossierId.of("d-1"),
                List.of(MeetingId.of("m-1").ref()), List.of(), List.of(), List.of())).withMessageContaining("MEETING m-1");
    }
}
