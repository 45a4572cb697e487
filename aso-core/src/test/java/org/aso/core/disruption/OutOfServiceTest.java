package org.aso.core.disruption;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.LogisticsItem;
import org.aso.core.agenda.Meeting;
import org.aso.core.agenda.MeetingEvent;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.ResourceOutage;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.disruption.OutOfService.Choice;
import org.aso.core.disruption.OutOfService.Kind;
import org.aso.core.disruption.OutOfService.Proposal;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** Proposals for the meetings a room or projector out of service hits, and the choices applied in one decision. */
class OutOfServiceTest {
    static final RoomId COMMITTEE = RoomId.of("A-101");
    static final RoomId NEXT_DOOR = RoomId.of("A-102");
    static final RoomId HALL = RoomId.of("B-001");
    static final RoomId TINY = RoomId.of("A-103");
    static final EquipmentId PROJECTOR = EquipmentId.of("projector-a101");
    static final EquipmentId PROJECTOR_NEXT_DOOR = EquipmentId.of("projector-a102");
    static final EquipmentId SPARE = EquipmentId.of("projector-spare");
    static final PersonId OFFICER = PersonId.of("officer");
    static final List<PersonId> PEOPLE = List.of(PersonId.of("chair"), PersonId.of("p1"), PersonId.of("p2"), PersonId.of("p3"));
    /** Tuesday 10 March 2026, 10:00 in Paris. */
    static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), OFFICER, Clearance.none());
    static final Interval WEEK = Interval.of(TUE_10H.minusHours(2).toInstant(), Duration.ofDays(5));

    static Agenda empty() {
        return Agenda.of(List.of(
                        Room.builder().id(COMMITTEE).name("Salle du comité").building("A").capacity(12).accessible(true).build(),
                        Room.builder().id(NEXT_DOOR).name("Salle Jaurès").building("A").capacity(10).accessible(true).build(),
                        Room.builder().id(HALL).name("Grande salle").building("B").capacity(40).accessible(true)
                                .addEquipment("projector").build(),
                        Room.builder().id(TINY).name("Bureau").building("A").capacity(3).build()),
                List.of(Equipment.builder().id(PROJECTOR).kind("projector").name("Projecteur du comité").room(COMMITTEE).build(),
                        Equipment.builder().id(PROJECTOR_NEXT_DOOR).kind("projector").name("Projecteur Jaurès").room(NEXT_DOOR)
                                .build(),
                        Equipment.builder().id(SPARE).kind("projector").name("Projecteur de secours").build()))
                .getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    static MeetingRequest.Builder committee(String id, ZonedDateTime start) {
        return committee(id, start, true);
    }

    static MeetingRequest.Builder committee(String id, ZonedDateTime start, boolean projector) {
        return committee(id, start, COMMITTEE, projector);
    }

    static MeetingRequest.Builder committee(String id, ZonedDateTime start, RoomId room, boolean projector) {
        MeetingRequest.Builder b = MeetingRequest.builder().id(MeetingId.of(id)).title("Comité " + id).organizer(OFFICER)
                .room(room).start(start).end(start.plusHours(2))
                .addLogistics(LogisticsItem.of("Print the files", 2));
        if (projector) {
            b.addEquipment(PROJECTOR);
        }
        b.addAttendees(Attendee.of(PEOPLE.get(0), Attendee.Role.CHAIR));
        PEOPLE.subList(1, PEOPLE.size()).forEach(p -> b.addAttendees(Attendee.of(p, Attendee.Role.REQUIRED)));
        return b;
    }

    static Agenda book(Agenda a, MeetingRequest r) {
        return a.book(r, CTX).getOrElseThrow(p -> new AssertionError(p.toString())).agenda();
    }

    static List<Availability> availabilities(Agenda a) {
        List<Availability> out = new java.util.ArrayList<>();
        for (PersonId p : PEOPLE) {
            out.add(Availability.of(p, KernelFixtures.paris()).meetings(a, Interval.of(WEEK.start(), Duration.ofDays(30))).build());
        }
        out.add(Availability.of(OFFICER, KernelFixtures.paris()).build());
        return out;
    }

    static Agenda.OutageChange out(Agenda a, Identifier resource) {
        return a.putOutOfService(resource, WEEK, "Lamp broken", CTX).getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    static OutOfService.Options only(Agenda.OutageChange out) {
        List<OutOfService.Options> options = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), CTX);
        assertThat(options).hasSize(1);
        return options.get(0);
    }

    // ------------------------------------------------------------------ proposals

    @Test
    void theBrokenProjector_getsTheSpareFirst_thenRoomsWithAProjector_thenOtherTimes() {
        // given: the committee in its room with its projector, which breaks
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), PROJECTOR);
        // when
        OutOfService.Options options = only(out);
        // then
        List<Proposal> p = options.proposals();
        assertThat(p).extracting(Proposal::kind).startsWith(Kind.SPARE, Kind.OTHER_ROOM, Kind.OTHER_ROOM).contains(Kind.OTHER_TIME);
        assertThat(p.get(0).equipment()).containsExactly(SPARE);
        assertThat(p.get(0).room()).contains(COMMITTEE);
        assertThat(p.get(0).when()).isEqualTo(out.hits().get(0).interval());
        // the room next door (same building, its own projector) before the hall of the other building; never the tiny office
        assertThat(p.get(1).room()).contains(NEXT_DOOR);
        assertThat(p.get(1).equipment()).containsExactly(PROJECTOR_NEXT_DOOR);
        assertThat(p.get(2).room()).contains(HALL);
        assertThat(p.get(2).equipment()).isEmpty();
        assertThat(p).noneMatch(x -> x.room().equals(Optional.of(TINY)));
        Proposal later = p.stream().filter(x -> x.kind() == Kind.OTHER_TIME).findFirst().get();
        assertThat(later.when().overlaps(WEEK) && later.equipment().contains(PROJECTOR)).isFalse();
        assertThat(p.stream().filter(x -> x.kind() == Kind.OTHER_TIME)).hasSizeLessThanOrEqualTo(OutOfService.MAX_TIMES)
                .allSatisfy(x -> assertThat(x.when().duration()).isEqualTo(Duration.ofHours(2)));
        assertThat(options.timesNotSearched()).isEmpty();
    }

    @Test
    void eachProposal_saysWhy_inFrenchAndEnglish() {
        List<Proposal> p = only(out(book(empty(), committee("c1", TUE_10H).build()), PROJECTOR)).proposals();

        assertThat(p.get(0).reason(Locale.ENGLISH))
                .isEqualTo("Projecteur de secours (projector) is free at that time and replaces Projecteur du comité");
        assertThat(p.get(0).reason(Locale.FRENCH))
                .isEqualTo("Projecteur de secours (projector) est libre à ce moment et remplace Projecteur du comité");
        assertThat(p.get(1).reason(Locale.ENGLISH))
                .isEqualTo("Same time in Salle Jaurès (building A): 10 seats for 4, with the equipment the meeting needs");
        assertThat(p.get(1).reason(Locale.FRENCH))
                .isEqualTo("Même horaire en salle Salle Jaurès (bâtiment A) : 10 places pour 4, avec l’équipement dont la réunion a besoin");
        Proposal later = p.stream().filter(x -> x.kind() == Kind.OTHER_TIME).findFirst().get();
        assertThat(later.reason(Locale.ENGLISH)).contains("all 4 required attendees are free").contains(later.name());
        assertThat(later.reason(Locale.FRENCH)).contains("les 4 participants obligatoires sont libres");
    }

    @Test
    void aRequiredAttendeeWithoutAvailability_leavesOutOtherTimes_andSaysWhy() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), COMMITTEE);

        OutOfService.Options o = OutOfService.propose(out.agenda(), out.hits(), List.of(), CTX).get(0);

        assertThat(o.proposals()).extracting(Proposal::kind).containsOnly(Kind.OTHER_ROOM);
        assertThat(o.timesNotSearched()).map(Problem::code).contains("agenda.slots.unknown-attendee");
    }

    @Test
    void aRoomTakenThen_isNotProposed() {
        Agenda a = book(empty(), committee("c1", TUE_10H).build());
        a = book(a, committee("c2", TUE_10H.plusHours(1), NEXT_DOOR, false).build());

        List<Proposal> p = only(out(a, COMMITTEE)).proposals();

        assertThat(p).filteredOn(x -> x.kind() == Kind.OTHER_ROOM).extracting(Proposal::room).containsExactly(Optional.of(HALL));
    }

    // ------------------------------------------------------------------ applying

    @Test
    void takingTheSpare_updatesTheMeeting_withANewSequence_andTellsTheAttendees() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), PROJECTOR);
        Proposal spare = only(out).proposals().get(0);

        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.take(spare)), CTX)
                .getOrElseThrow(p -> new AssertionError(p.toString()));

        assertThat(r.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Moved.class, e -> {
            assertThat(e.sequence()).isEqualTo(1);
            assertThat(e.recipients()).containsExactlyElementsOf(PEOPLE);
            assertThat(e.meeting().equipment()).containsExactly(SPARE);
            assertThat(e.meeting().start()).isEqualTo(TUE_10H);
            assertThat(e.meeting().room()).contains(COMMITTEE);
        });
        assertThat(r.agenda().hits(PROJECTOR, WEEK)).isEmpty();
        assertThat(r.agenda().busy(SPARE, WEEK)).containsExactly(out.hits().get(0).interval());
        assertThat(r.resolved()).singleElement().satisfies(x -> assertThat(x.now()).contains(out.hits().get(0).interval()));
    }

    @Test
    void movingToAnotherDay_movesTheLogisticsTasks_andIsAnUpdateNotANewMeeting() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), COMMITTEE);
        Proposal later = only(out).proposals().stream().filter(x -> x.kind() == Kind.OTHER_TIME).findFirst().get();

        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.take(later)), CTX)
                .get();

        Meeting moved = r.agenda().meeting(MeetingId.of("c1")).get();
        assertThat(moved.interval()).isEqualTo(later.when());
        assertThat(moved.sequence()).isEqualTo(1);
        assertThat(r.events()).singleElement().isInstanceOf(MeetingEvent.Moved.class);
        LocalDate newDay = later.when().start().atZone(KernelFixtures.PARIS).toLocalDate();
        assertThat(r.tasks(KernelFixtures.paris())).singleElement().satisfies(t -> {
            assertThat(t.task()).isEqualTo("Print the files");
            assertThat(t.occurrence()).isEqualTo(later.when());
            assertThat(t.due().due()).isEqualTo(KernelFixtures.paris().deadline(newDay, -2).due());
        });
    }

    @Test
    void anOccurrenceOfASeries_isChangedAlone_withItsOriginalStart() {
        // given: a weekly committee, the second occurrence in the week out of service
        Agenda a = book(empty(), committee("weekly", TUE_10H.minusWeeks(1), false).recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4")
                .get()).build());
        Agenda.OutageChange out = out(a, COMMITTEE);
        ResourceOutage.Hit hit = out.hits().get(0);
        assertThat(hit.originalStart()).contains(TUE_10H.toInstant());
        Proposal room = only(out).proposals().get(0);
        assertThat(room.kind()).isEqualTo(Kind.OTHER_ROOM);
        // when
        OutOfService.Resolution r = OutOfService.apply(out.agenda(), out.hits(), Map.of(hit, Choice.take(room)), CTX).get();
        // then
        assertThat(r.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.OccurrenceChanged.class, e -> {
            assertThat(e.originalStart()).isEqualTo(TUE_10H.toInstant());
            assertThat(e.change().room()).isEqualTo(room.room());
            assertThat(e.sequence()).isEqualTo(1);
        });
        assertThat(r.agenda().hits(COMMITTEE, WEEK)).isEmpty();
        assertThat(r.agenda().busy(COMMITTEE, Interval.of(TUE_10H.toInstant(), Duration.ofDays(30)))).hasSize(2);
    }

    @Test
    void anOccurrenceOfASeriesHoldingTheRoomsProjector_getsOtherTimesInItsOwnRoom() {
        // given: a weekly committee that holds the projector fixed in its room: no other room for one occurrence
        Agenda a = book(empty(), committee("weekly", TUE_10H.minusWeeks(1)).recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4")
                .get()).build());
        Agenda.OutageChange out = out(a, COMMITTEE);
        // when
        List<Proposal> p = only(out).proposals();
        // then: times in the committee room, after the outage, for the four required attendees
        assertThat(p).isNotEmpty().allSatisfy(x -> {
            assertThat(x.kind()).isEqualTo(Kind.OTHER_TIME);
            assertThat(x.room()).contains(COMMITTEE);
            assertThat(x.when().overlaps(WEEK)).isFalse();
            assertThat(x.requiredAttendees()).isEqualTo(4);
        });
        assertThat(OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.take(p.get(0))), CTX)
                .get().agenda().hits(COMMITTEE, WEEK)).isEmpty();
    }

    @Test
    void cancellingAnOccurrence_orKeepingAMeetingWithoutTheBrokenItem() {
        Agenda a = book(empty(), committee("weekly", TUE_10H.minusWeeks(1), false).recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4")
                .get()).build());
        a = book(a, committee("c1", TUE_10H.plusDays(1)).build());
        Agenda.OutageChange room = out(a, COMMITTEE);
        Map<ResourceOutage.Hit, Choice> choices = new LinkedHashMap<>();
        choices.put(room.hits().get(0), Choice.cancel("The room is flooded"));
        choices.put(room.hits().get(1), Choice.cancel("The room is flooded"));

        OutOfService.Resolution r = OutOfService.apply(room.agenda(), room.hits(), choices, CTX).get();

        assertThat(r.events()).hasSize(2);
        assertThat(r.events().get(0)).isInstanceOfSatisfying(MeetingEvent.OccurrenceChanged.class,
                e -> assertThat(e.change().isCancelled()).isTrue());
        assertThat(r.events().get(1)).isInstanceOf(MeetingEvent.Cancelled.class);
        assertThat(r.resolved()).allSatisfy(x -> assertThat(x.now()).isEmpty());
        // the projector alone: kept without it
        Agenda.OutageChange item = out(a, PROJECTOR);
        OutOfService.Resolution kept = OutOfService.apply(item.agenda(), item.hits(), Map.of(item.hits().get(0), Choice.keepWithout()),
                CTX).get();
        assertThat(kept.agenda().meeting(MeetingId.of("c1")).get().equipment()).isEmpty();
        assertThat(kept.events()).singleElement().isInstanceOf(MeetingEvent.Moved.class);
    }

    // ------------------------------------------------------------------ refusals

    @Test
    void aHitWithoutAChoice_isRefused_andNothingChanges() {
        Agenda a = book(book(empty(), committee("c1", TUE_10H).build()), committee("c2", TUE_10H.plusDays(1)).build());
        Agenda.OutageChange out = out(a, COMMITTEE);

        Either<Problem, OutOfService.Resolution> r = OutOfService.apply(out.agenda(), out.hits(),
                Map.of(out.hits().get(0), Choice.cancel("Flooded")), CTX);

        assertThat(r.getLeft().code()).isEqualTo("disruption.unresolved");
        assertThat(r.getLeft().details()).containsEntry("count", "1").containsEntry("hits", "c2");
    }

    @Test
    void aChoiceForSomethingNotHit_orAProposalOfAnotherHit_isRefused() {
        Agenda a = book(book(empty(), committee("c1", TUE_10H).build()), committee("c2", TUE_10H.plusDays(1)).build());
        Agenda.OutageChange out = out(a, COMMITTEE);
        List<OutOfService.Options> options = OutOfService.propose(out.agenda(), out.hits(), availabilities(out.agenda()), CTX);
        ResourceOutage.Hit first = out.hits().get(0);
        ResourceOutage.Hit second = out.hits().get(1);
        ResourceOutage.Hit stranger = new ResourceOutage.Hit(MeetingId.of("nobody"), Optional.empty(), WEEK, COMMITTEE);

        Map<ResourceOutage.Hit, Choice> crossed = new LinkedHashMap<>();
        crossed.put(first, Choice.take(options.get(1).proposals().get(0)));
        crossed.put(second, Choice.cancel("Flooded"));
        Map<ResourceOutage.Hit, Choice> extra = new LinkedHashMap<>(Map.of(first, Choice.cancel("x"), second, Choice.cancel("x")));
        extra.put(stranger, Choice.cancel("x"));

        assertThat(OutOfService.apply(out.agenda(), out.hits(), crossed, CTX).getLeft().code()).isEqualTo("disruption.choice.other-hit");
        assertThat(OutOfService.apply(out.agenda(), out.hits(), extra, CTX).getLeft().code()).isEqualTo("disruption.choice.unknown-hit");
    }

    @Test
    void keepingAMeetingWithoutItsRoom_isRefused() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), COMMITTEE);

        Problem p = OutOfService.apply(out.agenda(), out.hits(), Map.of(out.hits().get(0), Choice.keepWithout()), CTX).getLeft();

        assertThat(p.code()).isEqualTo("disruption.choice.not-applicable");
        assertThat(p.details()).containsEntry("hit", "c1");
    }

    @Test
    void aHitThatNoLongerHolds_isStale() {
        Agenda.OutageChange out = out(book(empty(), committee("c1", TUE_10H).build()), COMMITTEE);
        Agenda since = out.agenda().cancel(MeetingId.of("c1"), "Called off meanwhile", CTX).get().agenda();

        Problem p = OutOfService.apply(since, out.hits(), Map.of(out.hits().get(0), Choice.cancel("Flooded")), CTX).getLeft();

        assertThat(p.code()).isEqualTo("disruption.hit.stale");
    }

    @Test
    void twoChoicesForTheSameRoom_areRefused_naming_theSecondHit() {
        // given: two meetings at the same time, one in the committee room, one in the hall... both hit by a building-wide outage
        Agenda a = book(empty(), committee("c1", TUE_10H).build());
        a = book(a, committee("c2", TUE_10H, HALL, false).build());
        Agenda.OutageChange first = out(a, COMMITTEE);
        Agenda.OutageChange both = first.agenda().putOutOfService(HALL, WEEK, "Works", CTX).get();
        Proposal nextDoorForC1 = only(first).proposals().stream().filter(x -> x.room().equals(Optional.of(NEXT_DOOR))).findFirst().get();
        ResourceOutage.Hit c2 = both.hits().get(0);
        Proposal nextDoorForC2 = OutOfService.propose(both.agenda(), both.hits(), availabilities(a), CTX).get(0).proposals().stream()
                .filter(x -> x.room().equals(Optional.of(NEXT_DOOR))).findFirst().get();
        // when: both take the room next door
        Either<Problem, OutOfService.Resolution> r = OutOfService.apply(both.agenda(),
                List.of(first.hits().get(0), c2), Map.of(first.hits().get(0), Choice.take(nextDoorForC1), c2, Choice.take(nextDoorForC2)),
                CTX);
        // then
        assertThat(r.getLeft().code()).isEqualTo("agenda.room.double-booked");
        assertThat(r.getLeft().details()).containsEntry("hit", "c2");
    }
}
