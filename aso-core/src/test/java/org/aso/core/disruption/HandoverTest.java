package org.aso.core.disruption;

import static org.aso.core.disruption.AwayFixtures.HEAD_ON_MONDAY;
import static org.aso.core.disruption.AwayFixtures.MARC;
import static org.aso.core.disruption.AwayFixtures.OFFICER;
import static org.aso.core.disruption.AwayFixtures.SICK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.EntryId;
import org.aso.core.correspondence.EntryStatus;
import org.aso.core.correspondence.Register;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.fixtures.PriorityFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.DayPlan;
import org.aso.core.priority.DayPlanner;
import org.aso.core.priority.Escalation;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.Notice;
import org.aso.core.priority.NoticeKind;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskId;
import org.junit.jupiter.api.Test;

/** A handover gives the chosen letters, files and tasks of a person away to a deputy in one decision, with a note. */
class HandoverTest {
    private static final Ref GRANT = TaskId.of("t-1").ref();
    private static final Ref FESTIVAL = DossierId.of("d-1").ref();
    private static final Ref DISCIPLINARY = DossierId.of("d-2").ref();

    private static Ref letter(String subject) {
        return entry(AwayFixtures.desk(), subject).id().ref();
    }

    private static Entry entry(HandoverState desk, String subject) {
        return desk.registers().all().get(0).entries().stream()
                .filter(e -> e.subject().orElseThrow().equals(subject)).findFirst().orElseThrow();
    }

    private static HandoverOutcome handOver(Set<Ref> items) {
        return Handover.decide(AwayFixtures.desk(), AwayFixtures.escalation(),
                HandoverRequest.of(SICK, MARC, items, "Sick leave: Marc stands in"), HEAD_ON_MONDAY).get();
    }

    private static Problem refusal(Person deputy, Set<Ref> items, String reason) {
        return Handover.decide(AwayFixtures.desk(), AwayFixtures.escalation(),
                HandoverRequest.of(SICK, deputy, items, reason), HEAD_ON_MONDAY).getLeft();
    }

    @Test
    void a_letter_handed_over_is_redirected_to_the_deputy_and_her_assignment_is_ended_not_removed() {
        // when
        HandoverOutcome done = handOver(Set.of(letter("Subsidy for the festival")));

        // then
        Entry e = entry(done.state(), "Subsidy for the festival");
        assertThat(e.handler()).contains(MARC.id());
        assertThat(e.assignments()).extracting(Assignment::assignee).containsExactly(OFFICER, MARC.id());
        assertThat(e.assignments().get(0).endedAt()).contains(HEAD_ON_MONDAY.at());
        assertThat(done.events()).singleElement().isInstanceOf(EntryEvent.Redirected.class);
        // and the letter not chosen stays with her
        assertThat(entry(done.state(), "Staff grievance").handler()).contains(OFFICER);
    }

    @Test
    void a_file_handed_over_moves_to_the_deputy_in_its_movement_log() {
        // when
        HandoverOutcome done = handOver(Set.of(FESTIVAL));

        // then
        Dossier d = done.state().dossiers().get(DossierId.of("d-1")).orElseThrow();
        assertThat(d.holder()).isEqualTo(MARC.id());
        assertThat(d.lastMovement().from()).contains(OFFICER);
        assertThat(d.lastMovement().reason()).isEqualTo("Sick leave: Marc stands in");
        assertThat(done.events()).singleElement().isInstanceOf(DossierEvent.Transferred.class);
    }

    @Test
    void a_file_the_deputy_is_not_cleared_for_stays_with_her_and_the_note_says_why_while_the_rest_goes_ahead() {
        // when: Marc is cleared for restricted files, d-2 is confidential
        HandoverOutcome done = handOver(Set.of(FESTIVAL, DISCIPLINARY, GRANT));

        // then
        assertThat(done.state().dossiers().get(DossierId.of("d-2")).orElseThrow().holder()).isEqualTo(OFFICER);
        assertThat(done.note().kept()).singleElement().satisfies(k -> {
            assertThat(k.item().ref()).isEqualTo(DISCIPLINARY);
            assertThat(k.code()).isEqualTo("dossier.transfer.recipient-not-cleared");
        });
        assertThat(done.note().handedOver()).extracting(AbsenceItem::ref).containsExactly(FESTIVAL, GRANT);
        assertThat(done.state().dossiers().get(DossierId.of("d-1")).orElseThrow().holder()).isEqualTo(MARC.id());
    }

    @Test
    void a_task_handed_over_is_assigned_to_the_deputy_and_the_others_keep_their_place_and_assignee() {
        // when
        HandoverOutcome done = handOver(Set.of(GRANT));

        // then
        assertThat(done.state().tasks()).extracting(Task::id).containsExactly(TaskId.of("t-1"), TaskId.of("t-2"),
                TaskId.of("t-3"), TaskId.of("t-4"));
        assertThat(done.state().tasks()).extracting(Task::assignee)
                .containsExactly(MARC.id(), OFFICER, AwayFixtures.OTHER, OFFICER);
        assertThat(done.events()).isEmpty();
        assertThat(done.note().from()).isEqualTo(OFFICER);
    }

    @Test
    void the_note_lists_each_item_handed_over_as_it_now_is_in_english_and_french() {
        // when
        HandoverOutcome done = handOver(Set.of(letter("Subsidy for the festival"), FESTIVAL, DISCIPLINARY, GRANT));

        // then
        assertThat(done.note().handedOver()).extracting(AbsenceItem::state).containsExactly("ASSIGNED", "OPEN", "TO_DO");
        // the file's holding clock starts again with Marc: received Monday 9 March, 7 working days -> Wednesday 18 March
        assertThat(done.note().handedOver().get(1).dueOn()).contains(LocalDate.of(2026, 3, 18));
        assertThat(done.note().toText(Locale.ENGLISH, KernelFixtures.PARIS)).isEqualTo("""
                Handover from p-17 (sick leave, Mon 9 Mar 2026 08:00 to Sat 14 Mar 2026 00:00) to p-9, by p-3 on Mon 9 Mar 2026 08:30
                Handed over (3):
                - Letter to handle: LETTER GEN/2026-A-000001 'Subsidy for the festival' (ASSIGNED), due Thu 12 Mar 2026
                - File held: DOSSIER d-1 'Festival 2026' (OPEN), due Wed 18 Mar 2026
                - Task: TASK t-1 'Draft the festival grant' (TO_DO), due Wed 11 Mar 2026 17:30
                Not handed over (1):
                - File held: DOSSIER d-2 'Disciplinary case' (OPEN), due Thu 12 Mar 2026: the deputy is not cleared for this file
                Notices for p-17 go to p-9 until Sat 14 Mar 2026 00:00.""");
        assertThat(done.note().toText(Locale.FRENCH, KernelFixtures.PARIS)).contains(
                "Passation de p-17 (arrêt maladie, du lundi 9 mars 2026 à 8 h 00 au samedi 14 mars 2026 à 0 h 00) à p-9, "
                        + "par p-3 le lundi 9 mars 2026 à 8 h 30\nConfié (3) :\n",
                "- Tâche : TASK t-1 « Draft the festival grant » (TO_DO), échéance le mercredi 11 mars 2026 à 17 h 30",
                "Non confié (1) :\n- Dossier détenu : DOSSIER d-2 « Disciplinary case » (OPEN), échéance le jeudi 12 mars 2026 : "
                        + "la personne suppléante n’est pas habilitée pour ce dossier",
                "Les relances destinées à p-17 vont à p-9 jusqu’au samedi 14 mars 2026 à 0 h 00.");
    }

    @Test
    void the_notes_titles_are_what_the_actor_may_see() {
        // given: a clerk without clearance decides the handover of the confidential letter
        HandoverOutcome done = Handover.decide(AwayFixtures.desk(), AwayFixtures.escalation(),
                HandoverRequest.of(SICK, MARC, Set.of(letter("Staff grievance")), "Sick leave"),
                DossierFixtures.ctx("2026-03-09T08:30", AwayFixtures.OTHER, Clearance.none())).get();

        // then
        assertThat(done.note().handedOver()).singleElement().satisfies(i -> assertThat(i.title()).isEmpty());
        assertThat(done.note().toText(Locale.ENGLISH, KernelFixtures.PARIS)).doesNotContain("grievance")
                .contains("(content not shown)");
    }

    @Test
    void while_she_is_away_the_escalation_sends_her_notices_to_the_deputy_and_after_it_to_her_again() {
        // given: t-2, not handed over, due 30 April; one more of hers due Wednesday 11 March
        HandoverOutcome done = handOver(Set.of());
        Escalation escalation = done.escalation();
        Task during = AwayFixtures.task("t-5", "Call the mayor", OFFICER, LocalDate.of(2026, 3, 11));
        Task after = AwayFixtures.task("t-6", "Sign the order", OFFICER, LocalDate.of(2026, 3, 20));

        // when
        List<Notice> whileAway = escalation.schedule(during).get();
        List<Notice> back = escalation.schedule(after).get();

        // then: the reminder (Monday 9) and the overdue notice (Wednesday 11) go to Marc; the escalation goes up
        assertThat(whileAway).filteredOn(n -> n.kind() == NoticeKind.REMINDER || n.kind() == NoticeKind.OVERDUE)
                .extracting(n -> n.recipient().orElseThrow()).containsExactly(MARC.id(), MARC.id());
        assertThat(whileAway).filteredOn(n -> n.kind() == NoticeKind.ESCALATION)
                .extracting(n -> n.recipient().orElseThrow()).containsExactly(PersonId.of("deputy-director"));
        assertThat(back).filteredOn(n -> n.kind() == NoticeKind.OVERDUE)
                .extracting(n -> n.recipient().orElseThrow()).containsExactly(OFFICER);
        assertThat(done.deputy()).isEqualTo(new Escalation.Deputy(OFFICER, MARC.id(), SICK.interval()));
        // and an evaluation during the absence gives the overdue notice to Marc
        assertThat(escalation.evaluate(org.aso.core.priority.NoticeLog.empty(), List.of(during),
                        HEAD_ON_MONDAY.withInstant(DossierFixtures.paris("2026-03-12T09:00"))).get().notices())
                .filteredOn(n -> n.kind() == NoticeKind.OVERDUE).singleElement()
                .satisfies(n -> assertThat(n.recipient()).contains(MARC.id()));
        assertThat(AwayFixtures.escalation().evaluate(org.aso.core.priority.NoticeLog.empty(), List.of(during),
                        HEAD_ON_MONDAY.withInstant(DossierFixtures.paris("2026-03-12T09:00"))).get().notices())
                .filteredOn(n -> n.kind() == NoticeKind.OVERDUE).singleElement()
                .satisfies(n -> assertThat(n.recipient()).contains(OFFICER));
    }

    @Test
    void slot_finding_and_the_day_plan_see_the_absence() {
        // given
        Interval week = Interval.of(DossierFixtures.paris("2026-03-09T00:00"), DossierFixtures.paris("2026-03-21T00:00"));
        FreeTime free = FreeTime.of(KernelFixtures.paris(), AwayFixtures.agenda(), OFFICER, week);

        // when
        Availability availability = Availability.of(OFFICER, KernelFixtures.paris())
                .meetings(AwayFixtures.agenda(), week).outside(List.of(SICK.outOfOffice())).build();
        FreeTime left = SICK.removeFrom(free);
        DayPlan plan = DayPlanner.plan(List.of(PriorityFixtures.item("t-9", 60).build()), left,
                Interval.of(week.start(), SICK.interval().end())).get();

        // then
        Interval tuesdayMorning = Interval.of(DossierFixtures.paris("2026-03-10T09:00"), Duration.ofHours(1));
        assertThat(availability.isFree(tuesdayMorning)).isFalse();
        assertThat(availability.isFree(Interval.of(DossierFixtures.paris("2026-03-17T09:00"), Duration.ofHours(1))))
                .isTrue();
        assertThat(free.encloses(tuesdayMorning)).isTrue();
        assertThat(left.between(SICK.interval().start(), SICK.interval().end())).isEqualTo(Duration.ZERO);
        assertThat(left.total()).isEqualTo(free.total().minus(free.between(SICK.interval().start(), SICK.interval().end())));
        assertThat(plan.blocks()).isEmpty();
        assertThat(plan.unplaced()).singleElement().extracting(DayPlan.Unplaced::reason)
                .isEqualTo(DayPlan.Reason.NO_ROOM);
    }

    @Test
    void refusals_name_the_item_and_change_nothing() {
        Ref closedTask = TaskId.of("t-4").ref();
        Ref othersLetter = letter("Parking permits");
        assertThat(refusal(MARC, Set.of(GRANT, othersLetter), "Sick leave").code()).isEqualTo("disruption.handover.not-held");
        assertThat(refusal(MARC, Set.of(othersLetter), "Sick leave").detail("item")).contains(othersLetter.toString());
        assertThat(refusal(MARC, Set.of(DossierId.of("d-3").ref()), "Sick leave").code())
                .isEqualTo("disruption.handover.not-held");
        assertThat(refusal(MARC, Set.of(TaskId.of("t-3").ref()), "Sick leave").code())
                .isEqualTo("disruption.handover.not-held");
        assertThat(refusal(MARC, Set.of(closedTask), "Sick leave").code()).isEqualTo("disruption.handover.task-closed");
        assertThat(refusal(MARC, Set.of(TaskId.of("t-99").ref()), "Sick leave").code())
                .isEqualTo("disruption.handover.unknown-item");
        assertThat(refusal(MARC, Set.of(EntryId.of("GEN/2026-A-000099").ref()), "Sick leave").code())
                .isEqualTo("disruption.handover.unknown-item");
        assertThat(refusal(MARC, Set.of(DossierId.of("d-99").ref()), "Sick leave").code())
                .isEqualTo("disruption.handover.unknown-item");
        assertThat(refusal(MARC, Set.of(MeetingId.of("m-2").ref()), "Sick leave").code())
                .isEqualTo("disruption.handover.not-handed-over");
        assertThat(refusal(MARC, Set.of(GRANT), " ").code()).isEqualTo("disruption.handover.missing-reason");
        assertThat(refusal(MARC, Set.of(GRANT), "Sick\u0000leave").code()).startsWith("kernel.text.");
        Person herself = Person.builder().id(OFFICER).name("Claire").build();
        assertThat(refusal(herself, Set.of(GRANT), "Sick leave").code()).isEqualTo("disruption.handover.same-person");
    }

    @Test
    void a_letter_closed_meanwhile_refuses_the_whole_handover_with_the_registers_refusal() {
        // given: her letter closed by the register before the handover
        HandoverState desk = AwayFixtures.desk();
        Register general = desk.registers().all().get(0);
        Entry subsidy = entry(desk, "Subsidy for the festival");
        Register closed = general.changeStatus(subsidy.id(), EntryStatus.CLOSED, HEAD_ON_MONDAY).get().register();
        HandoverState changed = HandoverState.of(desk.registers().with(closed), desk.dossiers(), desk.tasks());

        // when
        Problem p = Handover.decide(changed, AwayFixtures.escalation(),
                HandoverRequest.of(SICK, MARC, Set.of(FESTIVAL, subsidy.id().ref()), "Sick leave"), HEAD_ON_MONDAY).getLeft();

        // then: nothing is handed over, the file included
        assertThat(p.code()).startsWith("correspondence.");
        assertThat(p.detail("item")).contains(subsidy.id().ref().toString());
    }
}
