package org.aso.core.disruption;

import static org.aso.core.disruption.AwayFixtures.HEAD_ON_MONDAY;
import static org.aso.core.disruption.AwayFixtures.OFFICER;
import static org.aso.core.disruption.AwayFixtures.SICK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aso.core.agenda.MeetingId;
import org.aso.core.correspondence.Entry;
import org.aso.core.disruption.AbsenceItem.Concern;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.TaskId;
import java.util.concurrent.TimeUnit;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.kernel.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An absence lists the letters, files, tasks, meetings and notices it touches, each with its state and deadline. */
class AbsenceImpactTest {

    private static Ref letter(String subject) {
        return AwayFixtures.desk().registers().all().get(0).entries().stream()
                .filter(e -> e.subject().orElseThrow().equals(subject)).map(Entry::id).findFirst().orElseThrow().ref();
    }

    private static AbsenceImpact impact(Context viewer) {
        return AbsenceImpact.of(SICK, AwayFixtures.desk(), AwayFixtures.agenda(), AwayFixtures.escalation(), viewer).get();
    }

    @Test
    void a_week_of_sick_leave_lists_the_letters_due_that_week_that_she_handles() {
        // when
        List<AbsenceItem> letters = impact(HEAD_ON_MONDAY).concerning(Concern.LETTER_HANDLED);

        // then: the two urgent letters she handles (due Thursday 12 March), not the normal one (April) nor p-40's
        assertThat(letters).extracting(AbsenceItem::ref)
                .containsExactlyInAnyOrder(letter("Subsidy for the festival"), letter("Staff grievance"));
        assertThat(letters).allSatisfy(i -> {
            assertThat(i.dueOn()).contains(LocalDate.of(2026, 3, 12));
            assertThat(i.state()).isEqualTo("ASSIGNED");
            assertThat(i.dueAt()).isEmpty();
        });
    }

    @Test
    void files_she_holds_are_listed_with_the_day_the_holding_limit_falls() {
        // when
        List<AbsenceItem> files = impact(HEAD_ON_MONDAY).concerning(Concern.DOSSIER_HELD);

        // then: received Tuesday 3 March, 7 working days -> Thursday 12 March; p-40's file is not hers
        assertThat(files).extracting(AbsenceItem::ref).containsExactly(DossierId.of("d-1").ref(), DossierId.of("d-2").ref());
        assertThat(files).allSatisfy(i -> assertThat(i.dueOn()).contains(LocalDate.of(2026, 3, 12)));
        assertThat(files.get(0).title()).contains("Festival 2026");
        assertThat(files.get(0).state()).isEqualTo("OPEN");
    }

    @Test
    void tasks_due_before_she_is_back_are_listed_and_done_or_later_ones_are_not() {
        // when
        List<AbsenceItem> tasks = impact(HEAD_ON_MONDAY).concerning(Concern.TASK_ASSIGNED);

        // then: t-1 due Wednesday 11 March at the end of the working day; t-2 (April), t-3 (p-40's), t-4 (done) are not
        assertThat(tasks).extracting(AbsenceItem::ref).containsExactly(TaskId.of("t-1").ref());
        assertThat(tasks.get(0).dueOn()).contains(LocalDate.of(2026, 3, 11));
        assertThat(tasks.get(0).dueAt()).hasValueSatisfying(at ->
                assertThat(at.atZone(KernelFixtures.PARIS).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 11)));
        assertThat(tasks.get(0).title()).contains("Draft the festival grant");
    }

    @Test
    void meetings_she_chairs_or_must_attend_are_listed_per_occurrence_during_the_absence() {
        // when
        AbsenceImpact impact = impact(HEAD_ON_MONDAY);

        // then: m-2 she chairs; m-1 and the Monday occurrence of the weekly m-3 need her; m-4 is after, m-5 optional
        assertThat(impact.concerning(Concern.CHAIRS_MEETING)).extracting(AbsenceItem::ref)
                .containsExactly(MeetingId.of("m-2").ref());
        assertThat(impact.concerning(Concern.REQUIRED_AT_MEETING)).extracting(AbsenceItem::ref)
                .containsExactly(MeetingId.of("m-3").ref(), MeetingId.of("m-1").ref());
        assertThat(impact.concerning(Concern.REQUIRED_AT_MEETING).get(0).dueAt())
                .contains(DossierFixtures.paris("2026-03-09T14:00"));
    }

    @Test
    void the_notices_that_would_go_to_her_during_the_absence_are_listed() {
        // when
        List<AbsenceItem> notices = impact(HEAD_ON_MONDAY).concerning(Concern.NOTICE_DUE);

        // then: t-1's reminder (Monday 9 March, two working days before) and its overdue notice (Wednesday 11 March)
        assertThat(notices).extracting(AbsenceItem::state).containsExactly("REMINDER", "OVERDUE");
        assertThat(notices).extracting(AbsenceItem::ref).containsOnly(TaskId.of("t-1").ref());
        assertThat(notices).extracting(i -> i.dueOn().orElseThrow())
                .containsExactly(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 11));
    }

    @Test
    void the_listing_is_in_order_of_the_day_things_fall_due_and_offers_the_letters_files_and_tasks_for_handover() {
        // when
        AbsenceImpact impact = impact(HEAD_ON_MONDAY);

        // then
        assertThat(impact.items()).isSortedAccordingTo(AbsenceItem.ORDER).hasSize(10);
        assertThat(impact.handOverable()).containsExactly(letter("Subsidy for the festival"), letter("Staff grievance"),
                DossierId.of("d-1").ref(), DossierId.of("d-2").ref(), TaskId.of("t-1").ref());
    }

    @Test
    void a_reader_not_cleared_sees_neither_the_confidential_letters_subject_nor_the_confidential_files_title() {
        // given
        Context clerk = Context.of(HEAD_ON_MONDAY.at(), AwayFixtures.OTHER, Clearance.none());

        // when
        AbsenceImpact impact = impact(clerk);

        // then
        assertThat(impact.items()).filteredOn(i -> i.ref().equals(letter("Staff grievance")))
                .singleElement().extracting(AbsenceItem::title).isEqualTo(Optional.empty());
        assertThat(impact.items()).filteredOn(i -> i.ref().equals(DossierId.of("d-2").ref()))
                .singleElement().extracting(AbsenceItem::title).isEqualTo(Optional.empty());
        assertThat(impact.items()).filteredOn(i -> i.ref().equals(DossierId.of("d-1").ref()))
                .singleElement().extracting(AbsenceItem::title).isEqualTo(Optional.of("Festival 2026"));
        assertThat(impact.toText(Locale.ENGLISH, KernelFixtures.PARIS)).doesNotContain("grievance", "Disciplinary");
    }

    @Test
    void the_listing_reads_in_french_and_english() {
        // when
        AbsenceImpact impact = impact(HEAD_ON_MONDAY);

        // then
        assertThat(impact.toText(Locale.ENGLISH, KernelFixtures.PARIS)).startsWith(
                        "p-17 away (sick leave, Mon 9 Mar 2026 08:00 to Sat 14 Mar 2026 00:00): 10 items touched\n")
                .contains("- File held: DOSSIER d-1 'Festival 2026' (OPEN), due Thu 12 Mar 2026");
        assertThat(impact.toText(Locale.FRENCH, KernelFixtures.PARIS)).startsWith(
                        "p-17 absent(e) (arrêt maladie, du lundi 9 mars 2026 à 8 h 00 au samedi 14 mars 2026 à 0 h 00) : "
                                + "10 éléments touchés\n")
                .contains("- Dossier détenu : DOSSIER d-1 « Festival 2026 » (OPEN), échéance le jeudi 12 mars 2026");
    }

    @Test
    void an_empty_absence_is_refused() {
        // given
        Absence none = Absence.of(OFFICER, Absence.Kind.LEAVE, Interval.of(SICK.interval().start(), SICK.interval().start()));

        // when / then
        assertThat(AbsenceImpact.of(none, AwayFixtures.desk(), AwayFixtures.agenda(), AwayFixtures.escalation(),
                HEAD_ON_MONDAY).getLeft().code()).isEqualTo("disruption.absence.empty");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void a_departure_over_the_whole_supported_range_lists_each_bounded_series_once_per_occurrence_in_time() {
        // given: she leaves for good; a daily meeting with no end needs her
        Absence gone = Absence.of(OFFICER, Absence.Kind.DEPARTURE, Interval.of(Limits.MIN_INSTANT, Limits.MAX_INSTANT));
        Context ctx = Context.of(DossierFixtures.paris("2026-02-20T09:00"), AgendaFixtures.ORGANIZER, Clearance.none());
        Agenda agenda = AwayFixtures.agenda().book(AgendaFixtures.meeting("daily", AgendaFixtures.LARGE,
                AwayFixtures.at("2026-03-02T08:00"), 15, "p-17").recurrence(RecurrenceRule.parse("FREQ=DAILY").get())
                .build(), ctx).get().agenda();

        // when
        AbsenceImpact impact = AbsenceImpact.of(gone, AwayFixtures.desk(), agenda, AwayFixtures.escalation(), HEAD_ON_MONDAY)
                .get();

        // then: every occurrence the agenda holds (an open series is booked for two years), and all her work
        long daily = impact.items().stream().filter(i -> i.ref().equals(MeetingId.of("daily").ref())).count();
        assertThat(daily).isEqualTo(agenda.meeting(MeetingId.of("daily")).orElseThrow()
                .intervals(gone.interval()).size()).isBetween(700L, (long) Agenda.MAX_SERIES_OCCURRENCES);
        assertThat(impact.concerning(Concern.TASK_ASSIGNED)).extracting(AbsenceItem::ref)
                .containsExactly(TaskId.of("t-1").ref(), TaskId.of("t-2").ref());
        assertThat(impact.concerning(Concern.LETTER_HANDLED)).hasSize(3);
        assertThat(impact.concerning(Concern.REQUIRED_AT_MEETING)).extracting(AbsenceItem::ref)
                .contains(MeetingId.of("m-4").ref());
    }

    @Test
    void over_the_spring_clock_change_meetings_are_listed_on_their_own_day_and_shown_at_their_local_time() {
        // given: training from Friday 27 March to Wednesday 1 April 2026; Paris moves to summer time on Sunday 29 March
        Absence training = Absence.of(OFFICER, Absence.Kind.TRAINING,
                Interval.of(DossierFixtures.paris("2026-03-27T08:00"), DossierFixtures.paris("2026-04-01T00:00")));
        Context ctx = Context.of(DossierFixtures.paris("2026-02-20T09:00"), AgendaFixtures.ORGANIZER, Clearance.none());
        Agenda agenda = AgendaFixtures.agenda().book(AgendaFixtures.meeting("after", AgendaFixtures.SMALL,
                AwayFixtures.at("2026-03-30T10:00"), 60, "p-17").build(), ctx).get().agenda();

        // when
        AbsenceItem meeting = AbsenceImpact.of(training, AwayFixtures.desk(), agenda, AwayFixtures.escalation(),
                HEAD_ON_MONDAY).get().concerning(Concern.REQUIRED_AT_MEETING).get(0);

        // then: 10:00 in Paris is 08:00 UTC after the change (09:00 before it)
        assertThat(meeting.dueAt()).contains(java.time.Instant.parse("2026-03-30T08:00:00Z"));
        assertThat(meeting.dueOn()).contains(LocalDate.of(2026, 3, 30));
        assertThat(meeting.toText(Locale.FRENCH, KernelFixtures.PARIS)).endsWith("échéance le lundi 30 mars 2026 à 10 h 00");
        assertThat(meeting.toText(Locale.ENGLISH, java.time.ZoneOffset.UTC)).endsWith("due Mon 30 Mar 2026 08:00");
    }
}
