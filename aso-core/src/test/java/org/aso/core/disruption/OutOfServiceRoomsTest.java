package org.aso.core.disruption;

import static org.aso.core.disruption.OutOfServiceTest.COMMITTEE;
import static org.aso.core.disruption.OutOfServiceTest.CTX;
import static org.aso.core.disruption.OutOfServiceTest.NEXT_DOOR;
import static org.aso.core.disruption.OutOfServiceTest.OFFICER;
import static org.aso.core.disruption.OutOfServiceTest.PEOPLE;
import static org.aso.core.disruption.OutOfServiceTest.PROJECTOR;
import static org.aso.core.disruption.OutOfServiceTest.PROJECTOR_NEXT_DOOR;
import static org.aso.core.disruption.OutOfServiceTest.TUE_10H;
import static org.aso.core.disruption.OutOfServiceTest.availabilities;
import static org.aso.core.disruption.OutOfServiceTest.book;
import static org.aso.core.disruption.OutOfServiceTest.committee;
import static org.aso.core.disruption.OutOfServiceTest.empty;
import static org.aso.core.disruption.OutOfServiceTest.only;
import static org.aso.core.disruption.OutOfServiceTest.out;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.disruption.OutOfService.Choice;
import org.aso.core.disruption.OutOfService.Kind;
import org.aso.core.disruption.OutOfService.Proposal;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Context;
import org.junit.jupiter.api.Test;

/** Which other rooms and spares are proposed: seats, access, building, size, the limit, and what a series keeps. */
class OutOfServiceRoomsTest {
    static final RoomId FOUR = RoomId.of("A-201");
    static final RoomId THREE = RoomId.of("A-202");
    static final RoomId EIGHT_B = RoomId.of("A-300");
    static final RoomId EIGHT_A = RoomId.of("A-299");
    static final RoomId STEPS = RoomId.of("A-400");
    static final RoomId FAR = RoomId.of("B-500");

    private static Room room(RoomId id, String building, int seats, boolean accessible) {
        return Room.builder().id(id).name("Salle " + id.value()).building(building).capacity(seats).accessible(accessible).build();
    }

    /** The committee room (accessible) and six others around it. */
    private static Agenda offices() {
        return Agenda.of(List.of(room(COMMITTEE, "A", 12, true), room(FOUR, "A", 4, true), room(THREE, "A", 3, true),
                        room(EIGHT_B, "A", 8, true), room(EIGHT_A, "A", 8, true), room(STEPS, "A", 5, false),
                        room(FAR, "B", 6, true)), List.of())
                .getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    @Test
    void otherRooms_seatEveryone_areAccessibleIfTheRoomWas_sameBuildingAndSmallestFirst_atMostThree() {
        // given: the committee (4 seats needed) without equipment loses its accessible room
        Agenda.OutageChange out = out(book(offices(), committee("c1", TUE_10H, false).build()), COMMITTEE);

        // when
        List<Proposal> rooms = only(out).proposals().stream().filter(p -> p.kind() == Kind.OTHER_ROOM).toList();

        // then: exactly 4 seats is enough, 3 is not; the room with steps is left out; the other building comes after
        assertThat(rooms).extracting(p -> p.room().orElseThrow()).containsExactly(FOUR, EIGHT_A, EIGHT_B);
        assertThat(rooms.get(0).capacity()).isEqualTo(4);
        assertThat(rooms.get(0).seatsNeeded()).isEqualTo(4);
        assertThat(rooms.get(0).reason(Locale.ENGLISH)).startsWith("Same time in Salle A-201 (building A): 4 seats for 4");
        assertThat(OutOfService.MAX_ROOMS).isEqualTo(3);
    }

    @Test
    void onlyAnItemOfTheSameKind_isASpare() {
        // given: the committee's projector breaks; the only mobile item is a screen
        Agenda a = Agenda.of(empty().rooms(), List.of(
                        Equipment.builder().id(PROJECTOR).kind("projector").name("Projecteur du comité").room(COMMITTEE).build(),
                        Equipment.builder().id(PROJECTOR_NEXT_DOOR).kind("projector").name("Projecteur Jaurès").room(NEXT_DOOR)
                                .build(),
                        Equipment.builder().id(EquipmentId.of("a-screen")).kind("screen").name("Écran mobile").build()))
                .getOrElseThrow(p -> new AssertionError(p.toString()));

        // when
        List<Proposal> p = only(out(book(a, committee("c1", TUE_10H).build()), PROJECTOR)).proposals();

        // then
        assertThat(p).extracting(Proposal::kind).doesNotContain(Kind.SPARE);
        assertThat(p).filteredOn(x -> x.kind() == Kind.OTHER_ROOM).extracting(x -> x.room().orElseThrow())
                .containsExactly(NEXT_DOOR, OutOfServiceTest.HALL);
    }

    @Test
    void anItemOfASeries_getsNeitherASpareNorAnotherRoom_forOneOccurrence() {
        // given: a weekly committee holding the room's projector, which breaks
        Agenda a = book(empty(), committee("weekly", TUE_10H.minusWeeks(1))
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build());

        // when
        List<Proposal> p = only(out(a, PROJECTOR)).proposals();

        // then: only other times, in its own room
        assertThat(p).isNotEmpty().allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Kind.OTHER_TIME);
            assertThat(x.room()).contains(COMMITTEE);
        });
    }

    @Test
    void aMovedOccurrence_bringsOnlyItsOwnLogisticsTask() {
        // given
        Agenda a = book(empty(), committee("weekly", TUE_10H.minusWeeks(1))
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build());
        Agenda.OutageChange out = out(a, COMMITTEE);
        Proposal later = only(out).proposals().get(0);

        // when
        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.take(later)),
                CTX).get();

        // then
        assertThat(r.tasks(KernelFixtures.paris())).singleElement().satisfies(t -> {
            assertThat(t.occurrence()).isEqualTo(later.when());
            assertThat(t.task()).isEqualTo("Print the files");
        });
    }

    @Test
    void aMeetingWithoutARequiredAttendee_looksForTimesTheOrganizerIsFree() {
        // given: everyone is optional
        MeetingRequest.Builder b = MeetingRequest.builder().id(MeetingId.of("open")).title("Portes ouvertes").organizer(OFFICER)
                .room(COMMITTEE).start(TUE_10H).end(TUE_10H.plusHours(2));
        PEOPLE.forEach(p -> b.addAttendees(Attendee.of(p, Attendee.Role.OPTIONAL)));
        Agenda.OutageChange out = out(book(empty(), b.build()), COMMITTEE);

        // when
        OutOfService.Options o = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), CTX).get(0);

        // then
        assertThat(o.timesNotSearched()).isEmpty();
        assertThat(o.proposals()).filteredOn(x -> x.kind() == Kind.OTHER_TIME).isNotEmpty()
                .allSatisfy(x -> assertThat(x.requiredAttendees()).isEqualTo(1));
    }

    @Test
    void aHitWhoseMeetingWasCalledOffSince_getsNoProposal() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), COMMITTEE);
        Agenda since = out.agenda().cancel(MeetingId.of("c1"), "Called off meanwhile", CTX).get().agenda();

        OutOfService.Options o = OutOfService.propose(since, out.hits(), availabilities(since), CTX).get(0);

        assertThat(o.hit()).isEqualTo(out.hits().get(0));
        assertThat(o.proposals()).isEmpty();
        assertThat(o.timesNotSearched()).isEmpty();
    }

    @Test
    void aHitWhoseMeetingMovedSince_getsNoProposal() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), COMMITTEE);
        Agenda since = out.agenda().moveWithoutRoom(MeetingId.of("c1"), TUE_10H.plusHours(1), TUE_10H.plusHours(3),
                java.util.Set.of(), CTX).get().agenda();

        OutOfService.Options o = OutOfService.propose(since, out.hits(), availabilities(since), CTX).get(0);

        assertThat(o.proposals()).isEmpty();
        assertThat(o.timesNotSearched()).isEmpty();
    }

    @Test
    void anOccurrenceWhoseRoomsProjectorBreaks_getsTheEarliestTimesInItsOwnRoom_afterTheOutage_oneAfterTheOther() {
        // given: a weekly committee holding the projector fixed in its room; the host looks at 08:07 when the outage starts
        Agenda a = book(empty(), committee("weekly", TUE_10H.minusWeeks(1))
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build());
        Agenda.OutageChange out = out(a, PROJECTOR);
        Context now = Context.of(OutOfServiceTest.WEEK.start().plusSeconds(7 * 60), OFFICER, CTX.clearance());

        // when
        List<Proposal> p = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), now).get(0).proposals();

        // then: up to three times in the committee room once the projector works again, on the quarter hour,
        // in working hours, none overlapping the one before
        assertThat(p).hasSize(OutOfService.MAX_TIMES).allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Kind.OTHER_TIME);
            assertThat(x.room()).contains(COMMITTEE);
            assertThat(x.when().overlaps(OutOfServiceTest.WEEK)).isFalse();
            assertThat(x.when().start()).isAfter(OutOfServiceTest.WEEK.end());
            assertThat(x.when().start().getEpochSecond() % 900).isZero();
            assertThat(x.requiredAttendees()).isEqualTo(4);
            assertThat(KernelFixtures.paris().workingTimeBetween(x.when().start(), x.when().end()))
                    .isEqualTo(java.time.Duration.ofHours(2));
        });
        assertThat(p.get(1).when().start()).isAfterOrEqualTo(p.get(0).when().end());
        assertThat(p.get(2).when().start()).isAfterOrEqualTo(p.get(1).when().end());
        // Monday 16 March: 09:00, then 13:30 after the lunch break, then 15:30
        assertThat(p).extracting(x -> x.when().start()).containsExactly(
                org.aso.core.fixtures.DossierFixtures.paris("2026-03-16T09:00"),
                org.aso.core.fixtures.DossierFixtures.paris("2026-03-16T13:30"),
                org.aso.core.fixtures.DossierFixtures.paris("2026-03-16T15:30"));
        assertThat(p.get(0).reason(Locale.ENGLISH)).endsWith(", in Salle du comité");
        assertThat(OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.take(p.get(0))), now).get()
                .agenda().meeting(MeetingId.of("weekly")).get().places(p.get(0).when())).singleElement()
                .satisfies(pl -> assertThat(pl.interval()).isEqualTo(p.get(0).when()));
    }
}
