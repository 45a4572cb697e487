package org.aso.core.disruption;

import static org.aso.core.disruption.OutOfServiceTest.COMMITTEE;
import static org.aso.core.disruption.OutOfServiceTest.CTX;
import static org.aso.core.disruption.OutOfServiceTest.NEXT_DOOR;
import static org.aso.core.disruption.OutOfServiceTest.OFFICER;
import static org.aso.core.disruption.OutOfServiceTest.PEOPLE;
import static org.aso.core.disruption.OutOfServiceTest.PROJECTOR;
import static org.aso.core.disruption.OutOfServiceTest.PROJECTOR_NEXT_DOOR;
import static org.aso.core.disruption.OutOfServiceTest.SPARE;
import static org.aso.core.disruption.OutOfServiceTest.TUE_10H;
import static org.aso.core.disruption.OutOfServiceTest.WEEK;
import static org.aso.core.disruption.OutOfServiceTest.availabilities;
import static org.aso.core.disruption.OutOfServiceTest.book;
import static org.aso.core.disruption.OutOfServiceTest.committee;
import static org.aso.core.disruption.OutOfServiceTest.empty;
import static org.aso.core.disruption.OutOfServiceTest.only;
import static org.aso.core.disruption.OutOfServiceTest.out;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.disruption.OutOfService.Choice;
import org.aso.core.disruption.OutOfService.Kind;
import org.aso.core.disruption.OutOfService.Proposal;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** The spares, online times and choices of an outage: which spare comes first, and each choice's refusals. */
class OutOfServiceChoicesTest {

    private static Agenda weeklyCommittee(boolean projector) {
        return book(empty(), committee("weekly", TUE_10H.minusWeeks(1), projector)
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build());
    }

    private static Problem refusal(Agenda.OutageChange out, Choice choice) {
        return OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), choice), CTX).getLeft();
    }

    @Test
    void aSpareFixedInTheMeetingsRoom_comesBeforeAMobileOne() {
        // given: the committee room has a second projector of its own; a mobile one sorts first by name
        EquipmentId second = EquipmentId.of("projector-a101-b");
        EquipmentId mobile = EquipmentId.of("projector-0");
        Agenda a = Agenda.of(empty().rooms(), List.of(
                        Equipment.builder().id(PROJECTOR).kind("projector").name("Projecteur du comité").room(COMMITTEE).build(),
                        Equipment.builder().id(second).kind("projector").name("Second projecteur").room(COMMITTEE).build(),
                        Equipment.builder().id(PROJECTOR_NEXT_DOOR).kind("projector").name("Projecteur Jaurès").room(NEXT_DOOR)
                                .build(),
                        Equipment.builder().id(mobile).kind("projector").name("Projecteur mobile").build()))
                .getOrElseThrow(p -> new AssertionError(p.toString()));

        // when
        List<Proposal> p = only(out(book(a, committee("c1", TUE_10H).build()), PROJECTOR)).proposals();

        // then
        assertThat(p.get(0).kind()).isEqualTo(Kind.SPARE);
        assertThat(p.get(0).equipment()).containsExactly(second);
        assertThat(p).filteredOn(x -> x.kind() == Kind.SPARE).hasSize(1);
    }

    @Test
    void aSpareTakenAtThatTime_isNotProposed() {
        // given: the mobile spare is held next door at the same time
        Agenda a = book(empty(), committee("c1", TUE_10H).build());
        a = book(a, committee("c2", TUE_10H, NEXT_DOOR, false).addEquipment(SPARE).build());

        // when
        List<Proposal> p = only(out(a, PROJECTOR)).proposals();

        // then: no spare; the room next door is taken too, the hall is proposed
        assertThat(p).extracting(Proposal::kind).doesNotContain(Kind.SPARE);
        assertThat(p).filteredOn(x -> x.kind() == Kind.OTHER_ROOM).extracting(Proposal::room)
                .containsExactly(Optional.of(OutOfServiceTest.HALL));
    }

    @Test
    void aMeetingHeldOnline_getsOtherTimesOnline_andTheirReasonSaysSo() {
        // given: an online meeting holding the mobile projector, out of service for that meeting's two hours
        MeetingRequest.Builder b = MeetingRequest.builder().id(MeetingId.of("web")).title("Visio").organizer(OFFICER)
                .start(TUE_10H).end(TUE_10H.plusHours(2)).addEquipment(SPARE);
        PEOPLE.forEach(p -> b.addAttendees(Attendee.of(p, Attendee.Role.REQUIRED)));
        Agenda a = book(empty(), b.build());
        Agenda.OutageChange out = a.putOutOfService(SPARE, Interval.of(TUE_10H.toInstant(), Duration.ofHours(2)), "Lamp", CTX)
                .get();

        // when
        OutOfService.Options o = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), CTX).get(0);

        // then
        assertThat(o.proposals()).isNotEmpty().allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Kind.OTHER_TIME);
            assertThat(x.room()).isEmpty();
            assertThat(x.capacity()).isZero();
            assertThat(x.reason(Locale.ENGLISH)).endsWith(": the earliest other time all 4 required attendees are free, online");
            assertThat(x.reason(Locale.FRENCH)).endsWith(" : le premier autre créneau où les 4 participants obligatoires sont libres, en ligne");
        });
        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(),
                Map.of(out.hits().get(0), Choice.take(o.proposals().get(0))), CTX).get();
        assertThat(r.agenda().meeting(MeetingId.of("web")).get().room()).isEmpty();
        assertThat(r.agenda().meeting(MeetingId.of("web")).get().interval()).isEqualTo(o.proposals().get(0).when());
    }

    @Test
    void aHitAlreadyOver_getsNoOtherTime_andSaysWhy() {
        // given: the host looks at the outage three weeks after it
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), COMMITTEE);
        Context late = Context.of(WEEK.end().plus(Duration.ofDays(21)), OFFICER, CTX.clearance());

        // when
        OutOfService.Options o = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), late).get(0);

        // then
        assertThat(o.proposals()).extracting(Proposal::kind).doesNotContain(Kind.OTHER_TIME);
        assertThat(o.timesNotSearched()).hasValueSatisfying(p -> {
            assertThat(p.code()).isEqualTo("disruption.times.unsearchable");
            assertThat(p.detail("meeting")).contains("c1");
        });
    }

    @Test
    void keepingTheMeetingWithoutTheItem_keepsItWhereAndWhenItWas() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), PROJECTOR);
        ResourceOutage.Hit hit = out.hits().get(0);

        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), Map.of(hit, Choice.keepWithout()), CTX).get();

        assertThat(r.state()).isSameAs(r.agenda());
        assertThat(r.resolved()).singleElement().satisfies(x -> {
            assertThat(x.now()).contains(hit.interval());
            assertThat(x.meeting().room()).contains(COMMITTEE);
            assertThat(x.meeting().equipment()).isEmpty();
        });
        assertThat(r.tasks(org.aso.core.fixtures.KernelFixtures.paris())).isEmpty();
    }

    @Test
    void anOccurrence_isNotKeptWithoutAnItemOfItsSeries() {
        Agenda.OutageChange out = out(weeklyCommittee(true), PROJECTOR);
        assertThat(out.hits().get(0).isOccurrence()).isTrue();

        Problem p = refusal(out, Choice.keepWithout());

        assertThat(p.code()).isEqualTo("disruption.choice.not-applicable");
        assertThat(p.details()).containsKey("hit");
    }

    @Test
    void cancellingAnOccurrence_needsAReasonTheAttendeesCanRead() {
        Agenda.OutageChange out = out(weeklyCommittee(false), COMMITTEE);

        assertThat(refusal(out, Choice.cancel("  ")).code()).isEqualTo("agenda.meeting.missing-reason");
        assertThat(refusal(out, Choice.cancel("Flooded\u0000")).code()).startsWith("kernel.text.");
        assertThat(OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.cancel("Flooded")), CTX)
                .get().resolved()).singleElement().satisfies(x -> assertThat(x.now()).isEmpty());
    }

    @Test
    void hitsWithoutAChoice_areCounted_andTheFirstTwentyNamed() {
        // given: 21 meetings of two hours in the committee room during the outage
        Agenda a = empty();
        for (int i = 0; i < 21; i++) {
            a = book(a, committee(String.format("c%02d", i), TUE_10H.minusHours(2).plusHours(2L * i), false).build());
        }
        Agenda.OutageChange out = out(a, COMMITTEE);
        assertThat(out.hits()).hasSize(21);

        // when
        Problem p = OutOfService.apply(out.agenda(), out.hits(), Map.of(), CTX).getLeft();

        // then
        assertThat(p.code()).isEqualTo("disruption.unresolved");
        assertThat(p.details()).containsEntry("count", "21");
        assertThat(p.detail("hits").orElseThrow().split(", ")).hasSize(20).startsWith("c00").endsWith("c19");
    }

    @Test
    void aMeetingMovedToAnotherTime_bringsItsTasks_andTheOthersDoNot_inOrderOfDueDay() {
        // given: two meetings lose their room; one moves, the other goes next door
        Agenda a = book(empty(), committee("c1", TUE_10H).build());
        a = book(a, committee("c2", TUE_10H.plusDays(1), false).build());
        Agenda.OutageChange out = out(a, COMMITTEE);
        List<OutOfService.Options> options = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), CTX);
        Proposal later = options.get(0).proposals().stream().filter(x -> x.kind() == Kind.OTHER_TIME).findFirst().get();
        Proposal room = options.get(1).proposals().stream().filter(x -> x.kind() == Kind.OTHER_ROOM).findFirst().get();
        Map<ResourceOutage.Hit, Choice> chosen = new LinkedHashMap<>();
        chosen.put(out.hits().get(0), Choice.take(later));
        chosen.put(out.hits().get(1), Choice.take(room));

        // when
        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), chosen, CTX).get();

        // then: only the moved meeting's task, for its new time
        assertThat(r.tasks(org.aso.core.fixtures.KernelFixtures.paris())).singleElement()
                .satisfies(t -> assertThat(t.occurrence()).isEqualTo(later.when()));
        assertThat(r.resolved()).extracting(x -> x.now().orElseThrow()).containsExactly(later.when(), out.hits().get(1).interval());
    }
}
