package org.aso.core.disruption;

import static org.aso.core.disruption.AwayFixtures.HEAD_ON_MONDAY;
import static org.aso.core.disruption.AwayFixtures.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.disruption.AbsenceItem.Concern;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.TaskId;
import org.junit.jupiter.api.Test;

/** What an absence touches at the exact edges of its interval, and how its kinds and items read. */
class AbsenceLimitsTest {

    private static AbsenceImpact impact(Instant from, Instant to) {
        return impact(Absence.of(OFFICER, Absence.Kind.LEAVE, Interval.of(from, to)), AwayFixtures.agenda());
    }

    private static AbsenceImpact impact(Absence absence, Agenda agenda) {
        return AbsenceImpact.of(absence, AwayFixtures.desk(), agenda, AwayFixtures.escalation(), HEAD_ON_MONDAY).get();
    }

    @Test
    void a_letter_due_on_the_day_she_is_back_at_midnight_is_not_hers_to_miss_but_one_second_later_it_is() {
        // letters e1 and e4 are due Thursday 12 March
        Instant monday = DossierFixtures.paris("2026-03-09T08:00");
        Instant thursday = DossierFixtures.paris("2026-03-12T00:00");

        assertThat(impact(monday, thursday).concerning(Concern.LETTER_HANDLED)).isEmpty();
        assertThat(impact(monday, thursday.plusSeconds(1)).concerning(Concern.LETTER_HANDLED)).hasSize(2)
                .allSatisfy(i -> assertThat(i.dueOn()).contains(LocalDate.of(2026, 3, 12)));
    }

    @Test
    void a_task_due_at_the_moment_she_is_back_is_not_listed_but_one_due_a_second_before_is() {
        // t-1 is due Wednesday 11 March at the end of the working day, 17:30 in Paris
        Instant monday = DossierFixtures.paris("2026-03-09T08:00");
        Instant due = DossierFixtures.paris("2026-03-11T17:30");

        assertThat(impact(monday, due).concerning(Concern.TASK_ASSIGNED)).isEmpty();
        assertThat(impact(monday, due.plusSeconds(1)).concerning(Concern.TASK_ASSIGNED)).extracting(AbsenceItem::ref)
                .containsExactly(TaskId.of("t-1").ref());
    }

    @Test
    void a_notice_is_listed_only_if_it_falls_due_while_she_is_away() {
        // t-1's reminder falls due on Monday 9 March, its overdue notice on Wednesday 11 March
        Instant tuesday = DossierFixtures.paris("2026-03-10T00:00");

        assertThat(impact(tuesday, DossierFixtures.paris("2026-03-14T00:00")).concerning(Concern.NOTICE_DUE))
                .extracting(AbsenceItem::state).containsExactly("OVERDUE");
        assertThat(impact(DossierFixtures.paris("2026-03-05T00:00"), tuesday).concerning(Concern.NOTICE_DUE))
                .extracting(AbsenceItem::state).containsExactly("REMINDER");
    }

    @Test
    void the_organizer_chairs_a_meeting_without_a_chair_and_a_required_attendee_who_declined_or_delegated_is_not_expected() {
        // given: three meetings on Tuesday 10 March organised by the organizer
        Context ctx = Context.of(DossierFixtures.paris("2026-02-20T09:00"), AgendaFixtures.ORGANIZER, Clearance.none());
        PersonId ann = PersonId.of("p-50");
        PersonId bob = PersonId.of("p-51");
        Agenda agenda = AgendaFixtures.agenda();
        agenda = agenda.book(AgendaFixtures.meeting("plain", AgendaFixtures.SMALL, AwayFixtures.at("2026-03-10T09:00"), 30)
                .addAttendees(Attendee.of(ann, Attendee.Role.REQUIRED).withResponse(Attendee.Response.DECLINED))
                .addAttendees(Attendee.of(bob, Attendee.Role.REQUIRED).withDelegatedTo(ann)
                        .withResponse(Attendee.Response.DELEGATED)).build(), ctx).get().agenda();
        agenda = agenda.book(AgendaFixtures.meeting("chaired", AgendaFixtures.LARGE, AwayFixtures.at("2026-03-10T11:00"), 30)
                .addAttendees(Attendee.of(ann, Attendee.Role.CHAIR))
                .addAttendees(Attendee.of(bob, Attendee.Role.REQUIRED).withResponse(Attendee.Response.ACCEPTED)).build(), ctx)
                .get().agenda();
        Interval tuesday = Interval.of(DossierFixtures.paris("2026-03-10T00:00"), DossierFixtures.paris("2026-03-11T00:00"));

        // when
        AbsenceImpact organizer = impact(Absence.of(AgendaFixtures.ORGANIZER, Absence.Kind.TRAINING, tuesday), agenda);
        AbsenceImpact annAway = impact(Absence.of(ann, Absence.Kind.LEAVE, tuesday), agenda);
        AbsenceImpact bobAway = impact(Absence.of(bob, Absence.Kind.LEAVE, tuesday), agenda);

        // then: the organizer chairs the meeting without a chair, not the one Ann chairs
        assertThat(organizer.concerning(Concern.CHAIRS_MEETING)).extracting(AbsenceItem::ref)
                .contains(MeetingId.of("plain").ref()).doesNotContain(MeetingId.of("chaired").ref());
        assertThat(annAway.concerning(Concern.CHAIRS_MEETING)).extracting(AbsenceItem::ref)
                .containsExactly(MeetingId.of("chaired").ref());
        assertThat(annAway.concerning(Concern.REQUIRED_AT_MEETING)).isEmpty();
        assertThat(bobAway.concerning(Concern.REQUIRED_AT_MEETING)).extracting(AbsenceItem::ref)
                .containsExactly(MeetingId.of("chaired").ref());
        assertThat(bobAway.items()).extracting(AbsenceItem::ref).doesNotContain(MeetingId.of("plain").ref());
    }

    @Test
    void an_absence_with_nothing_touched_says_so_and_offers_nothing_for_handover() {
        // given: p-99 holds nothing
        Absence away = Absence.of(PersonId.of("p-99"), Absence.Kind.DEPARTURE, AwayFixtures.SICK.interval());

        // when
        AbsenceImpact impact = impact(away, AwayFixtures.agenda());

        // then
        assertThat(impact.items()).isEmpty();
        assertThat(impact.handOverable()).isEmpty();
        assertThat(impact.toText(Locale.ENGLISH, KernelFixtures.PARIS))
                .isEqualTo("p-99 away (departure, Mon 9 Mar 2026 08:00 to Sat 14 Mar 2026 00:00): nothing touched");
    }

    @Test
    void an_absence_outside_the_supported_range_is_refused_with_the_range_code() {
        Absence tooEarly = Absence.of(OFFICER, Absence.Kind.LEAVE,
                Interval.of(Instant.parse("-1000-01-01T00:00:00Z"), AwayFixtures.SICK.interval().end()));
        Absence tooLate = Absence.of(OFFICER, Absence.Kind.LEAVE,
                Interval.of(AwayFixtures.SICK.interval().start(), Instant.parse("+12000-01-01T00:00:00Z")));

        for (Absence a : List.of(tooEarly, tooLate)) {
            assertThat(AbsenceImpact.of(a, AwayFixtures.desk(), AwayFixtures.agenda(), AwayFixtures.escalation(),
                    HEAD_ON_MONDAY).getLeft().code()).isEqualTo("kernel.range.instant");
        }
        assertThat(tooEarly.checked().getLeft().detail("what")).contains("absence start");
        assertThat(tooLate.checked().getLeft().detail("what")).contains("absence end");
        assertThat(AwayFixtures.SICK.checked().get()).isEqualTo(AwayFixtures.SICK);
        assertThat(Absence.of(OFFICER, Absence.Kind.LEAVE, Interval.of(AwayFixtures.SICK.interval().start(),
                AwayFixtures.SICK.interval().start())).checked().getLeft().code()).isEqualTo("disruption.absence.empty");
    }

    @Test
    void each_kind_of_absence_reads_in_english_and_french() {
        assertThat(List.of(Absence.Kind.values())).extracting(k -> k.label(Locale.ENGLISH))
                .containsExactly("leave", "sick leave", "training", "departure");
        assertThat(List.of(Absence.Kind.values())).extracting(k -> k.label(Locale.FRENCH)).doesNotHaveDuplicates()
                .contains("arrêt maladie").allSatisfy(l -> assertThat(l).isNotBlank());
    }

    @Test
    void only_letters_files_and_tasks_may_be_handed_over() {
        assertThat(List.of(Concern.values())).filteredOn(Concern::mayBeHandedOver)
                .containsExactly(Concern.LETTER_HANDLED, Concern.DOSSIER_HELD, Concern.TASK_ASSIGNED);
    }

    @Test
    void an_item_without_a_date_reads_without_a_due_and_an_item_has_a_state() {
        Ref ref = TaskId.of("t-7").ref();
        AbsenceItem undated = new AbsenceItem(Concern.TASK_ASSIGNED, ref, Optional.of("Tidy up"), "TO_DO", Optional.empty(),
                Optional.empty());
        AbsenceItem onADay = new AbsenceItem(Concern.TASK_ASSIGNED, ref, Optional.empty(), "TO_DO",
                Optional.of(LocalDate.of(2026, 3, 12)), Optional.empty());

        assertThat(undated.toText(Locale.ENGLISH, KernelFixtures.PARIS)).isEqualTo("Task: TASK t-7 'Tidy up' (TO_DO)");
        assertThat(onADay.toText(Locale.ENGLISH, KernelFixtures.PARIS))
                .isEqualTo("Task: TASK t-7 (content not shown) (TO_DO), due Thu 12 Mar 2026");
        assertThatThrownBy(() -> new AbsenceItem(Concern.TASK_ASSIGNED, ref, Optional.empty(), " ", Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void items_are_ordered_by_day_then_moment_with_undated_items_last() {
        Ref a = TaskId.of("t-a").ref();
        Ref b = TaskId.of("t-b").ref();
        LocalDate day = LocalDate.of(2026, 3, 12);
        AbsenceItem dayOnly = new AbsenceItem(Concern.LETTER_HANDLED, b, Optional.empty(), "S", Optional.of(day), Optional.empty());
        AbsenceItem morning = new AbsenceItem(Concern.TASK_ASSIGNED, a, Optional.empty(), "S", Optional.of(day),
                Optional.of(DossierFixtures.paris("2026-03-12T09:00")));
        AbsenceItem evening = new AbsenceItem(Concern.TASK_ASSIGNED, a, Optional.empty(), "S", Optional.of(day),
                Optional.of(DossierFixtures.paris("2026-03-12T18:00")));
        AbsenceItem earlier = new AbsenceItem(Concern.NOTICE_DUE, b, Optional.empty(), "S", Optional.of(day.minusDays(1)),
                Optional.empty());
        AbsenceItem undated = new AbsenceItem(Concern.LETTER_HANDLED, a, Optional.empty(), "S", Optional.empty(), Optional.empty());
        AbsenceItem sameButB = new AbsenceItem(Concern.TASK_ASSIGNED, b, Optional.empty(), "S", Optional.of(day),
                Optional.of(DossierFixtures.paris("2026-03-12T18:00")));

        List<AbsenceItem> sorted = new java.util.ArrayList<>(List.of(undated, sameButB, evening, morning, dayOnly, earlier));
        sorted.sort(AbsenceItem.ORDER);

        assertThat(sorted).containsExactly(earlier, dayOnly, morning, evening, sameButB, undated);
    }
}
