package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.FIXED_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.SPARE_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.agenda.slots.RoomNeeds;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** A room or a piece of equipment out of service: what the agenda refuses, lists and keeps. */
class OutageTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    /** Tuesday 08:00 to Wednesday 18:00. */
    private static final Interval TWO_DAYS = Interval.of(TUE_10H.minusHours(2).toInstant(), TUE_10H.plusHours(32).toInstant());

    private static Agenda with(Agenda a, MeetingRequest req) {
        return a.book(req, CTX).getOrElseThrow(p -> new AssertionError(p.toString())).agenda();
    }

    private static Agenda.OutageChange out(Agenda a, org.aso.core.kernel.Identifier resource, Interval during) {
        return a.putOutOfService(resource, during, "Water damage", CTX).getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    private static String code(Either<Problem, ?> r) {
        assertThat(r.isLeft()).as("refused, not %s", r).isTrue();
        return r.getLeft().code();
    }

    // ------------------------------------------------------------------ refusals of the decision

    @Test
    void putOutOfService_anUnknownRoomOrItem_isRefused() {
        assertThat(code(agenda().putOutOfService(RoomId.of("nowhere"), TWO_DAYS, "Works", CTX))).isEqualTo("agenda.room.unknown");
        assertThat(code(agenda().putOutOfService(EquipmentId.of("nothing"), TWO_DAYS, "Works", CTX)))
                .isEqualTo("agenda.equipment.unknown");
        assertThatThrownBy(() -> agenda().putOutOfService(PersonId.of("p1"), TWO_DAYS, "Works", CTX))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void putOutOfService_withoutAReasonOrWithABadOne_isRefused() {
        assertThat(code(agenda().putOutOfService(LARGE, TWO_DAYS, "  ", CTX))).isEqualTo("agenda.outage.missing-reason");
        assertThat(code(agenda().putOutOfService(LARGE, TWO_DAYS, "Lamp\u0000broken", CTX)))
                .startsWith("kernel.text.");
    }

    @Test
    void putOutOfService_forNoTimeOrOutOfRange_isRefused() {
        Instant t = TUE_10H.toInstant();
        assertThat(code(agenda().putOutOfService(LARGE, Interval.of(t, t), "Works", CTX))).isEqualTo("agenda.outage.empty");
        assertThat(code(agenda().putOutOfService(LARGE, Interval.of(Instant.parse("+10000-01-01T00:00:00Z"),
                Duration.ofDays(1)), "Works", CTX))).isEqualTo("kernel.range.instant");
    }

    @Test
    void putOutOfService_overAnOutageOfTheSameResource_isRefused_butAnotherResourceMayBeOut() {
        Agenda a = out(agenda(), LARGE, TWO_DAYS).agenda();

        Either<Problem, Agenda.OutageChange> again = a.putOutOfService(LARGE,
                Interval.of(TWO_DAYS.end().minusSeconds(60), Duration.ofDays(1)), "Works", CTX);

        assertThat(code(again)).isEqualTo("agenda.outage.overlaps");
        assertThat(again.getLeft().details()).containsEntry("start", TWO_DAYS.start().toString())
                .containsEntry("end", TWO_DAYS.end().toString());
        assertThat(a.putOutOfService(SMALL, TWO_DAYS, "Works", CTX).isRight()).isTrue();
        assertThat(a.putOutOfService(LARGE, Interval.of(TWO_DAYS.end(), Duration.ofDays(1)), "Works", CTX).isRight())
                .as("an outage that starts when the other ends").isTrue();
    }

    // ------------------------------------------------------------------ what it lists and keeps

    @Test
    void putOutOfService_listsTheMeetingsAndOccurrencesHit_andMovesNone() {
        // given: a single meeting in the large room, a daily series holding the spare projector, and one the next week
        Agenda a = with(agenda(), meeting("single", LARGE, TUE_10H, 60, "a").build());
        a = with(a, meeting("series", SMALL, TUE_10H.minusDays(1).withHour(14), 60, "b").addEquipment(SPARE_PROJECTOR)
                .recurrence(RecurrenceRule.parse("FREQ=DAILY;COUNT=5").get()).build());
        a = with(a, meeting("later", LARGE, TUE_10H.plusDays(7), 60, "c").build());
        // when
        Agenda.OutageChange room = out(a, LARGE, TWO_DAYS);
        Agenda.OutageChange spare = out(a, SPARE_PROJECTOR, TWO_DAYS);
        // then
        assertThat(room.hits()).containsExactly(new ResourceOutage.Hit(MeetingId.of("single"), Optional.empty(),
                Interval.of(TUE_10H.toInstant(), Duration.ofHours(1)), LARGE));
        ZonedDateTime tue14 = TUE_10H.withHour(14);
        assertThat(spare.hits()).extracting(ResourceOutage.Hit::originalStart)
                .containsExactly(Optional.of(tue14.toInstant()), Optional.of(tue14.plusDays(1).toInstant()));
        assertThat(spare.hits()).allSatisfy(h -> assertThat(h.isOccurrence()).isTrue())
                .extracting(ResourceOutage.Hit::resource).containsOnly(SPARE_PROJECTOR);
        assertThat(room.agenda().snapshot().meetings()).isEqualTo(a.snapshot().meetings());
        assertThat(room.agenda().busy(LARGE, TWO_DAYS)).isEqualTo(a.busy(LARGE, TWO_DAYS));
        assertThat(room.agenda().outages(LARGE, TWO_DAYS)).containsExactly(new ResourceOutage(LARGE, TWO_DAYS, "Water damage"));
        assertThat(room.events()).singleElement().isInstanceOf(AgendaEvent.OutOfService.class);
    }

    @Test
    void anOutageEvent_saysWhatAndWhen_butNotWhy() {
        AgendaEvent e = out(agenda(), FIXED_PROJECTOR, TWO_DAYS).events().get(0);

        assertThat(e.action()).isEqualTo("agenda.resource.out-of-service");
        assertThat(e.subject()).isEqualTo(FIXED_PROJECTOR);
        assertThat(e.details()).containsEntry("resource", "projector-301").doesNotContainValue("Water damage")
                .containsEntry("start", TWO_DAYS.start().toString()).containsEntry("end", TWO_DAYS.end().toString());
        assertThat(e.details().values()).noneMatch(v -> v.contains("Water"));
    }

    @Test
    void booking_orMovingOntoARoomOutOfService_isRefused() {
        Agenda a = out(with(agenda(), meeting("elsewhere", SMALL, TUE_10H, 60, "a").build()), LARGE, TWO_DAYS).agenda();

        Either<Problem, Agenda.Change> booked = a.book(meeting("new", LARGE, TUE_10H.plusHours(2), 60, "b").build(), CTX);
        Either<Problem, Agenda.Change> moved = a.move(MeetingId.of("elsewhere"), TUE_10H, TUE_10H.plusHours(1), LARGE, CTX);

        assertThat(code(booked)).isEqualTo("agenda.room.out-of-service");
        assertThat(booked.getLeft().details()).containsEntry("resource", "B2-301");
        assertThat(code(moved)).isEqualTo("agenda.room.out-of-service");
        assertThat(a.book(meeting("after", LARGE, TUE_10H.plusDays(2), 60, "b").build(), CTX).isRight())
                .as("after the outage").isTrue();
    }

    @Test
    void booking_orTakingAnItemOutOfService_isRefused() {
        Agenda a = out(with(agenda(), meeting("m", SMALL, TUE_10H, 60, "a").build()), SPARE_PROJECTOR, TWO_DAYS).agenda();

        assertThat(code(a.book(meeting("new", SMALL, TUE_10H.plusHours(4), 60, "b").addEquipment(SPARE_PROJECTOR).build(), CTX)))
                .isEqualTo("agenda.equipment.out-of-service");
        assertThat(code(a.move(MeetingId.of("m"), TUE_10H, TUE_10H.plusHours(1), SMALL, Set.of(SPARE_PROJECTOR), CTX)))
                .isEqualTo("agenda.equipment.out-of-service");
    }

    @Test
    void aMeetingHit_mayStillBeChangedElsewhere_andMovedOff_butNotOntoAnotherTimeOfTheOutage() {
        // given: a weekly series in the large room, its second occurrence hit
        ZonedDateTime first = TUE_10H.minusWeeks(1);
        Agenda a = with(agenda(), meeting("weekly", LARGE, first, 60, "a").recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get())
                .build());
        a = out(a, LARGE, TWO_DAYS).agenda();
        MeetingId weekly = MeetingId.of("weekly");
        // then: the third occurrence may move, the series may be answered, the hit occurrence may go to the small room
        assertThat(a.changeOccurrence(weekly, first.plusWeeks(2), OccurrenceChange.movedTo(Interval.of(
                first.plusWeeks(2).plusHours(1).toInstant(), Duration.ofHours(1))), CTX).isRight()).isTrue();
        assertThat(a.changeOccurrence(weekly, TUE_10H, OccurrenceChange.inRoom(SMALL), CTX).isRight()).isTrue();
        // but not an hour later in the same room, still out of service
        assertThat(code(a.changeOccurrence(weekly, TUE_10H, OccurrenceChange.movedTo(Interval.of(
                TUE_10H.plusHours(1).toInstant(), Duration.ofHours(1))), CTX))).isEqualTo("agenda.room.out-of-service");
    }

    @Test
    void slotFinding_avoidsARoomOutOfService() {
        Agenda a = out(agenda(), LARGE, TWO_DAYS).agenda();
        PersonId p = PersonId.of("p1");
        SlotRequest req = SlotRequest.builder().addAttendees(SlotAttendee.required(p)).duration(Duration.ofHours(1))
                .window(Interval.of(TUE_10H.toInstant(), Duration.ofDays(3))).room(RoomNeeds.builder().seats(10).build()).build();

        var answer = SlotFinder.find(a, List.of(Availability.of(p, KernelFixtures.paris()).build()), req, CTX.at()).get();

        assertThat(answer.suggestions()).isNotEmpty().allSatisfy(s -> {
            assertThat(s.room()).contains(LARGE);
            assertThat(s.interval().start()).isAfterOrEqualTo(TWO_DAYS.end());
        });
        assertThat(a.unavailable(LARGE, TWO_DAYS)).containsExactly(TWO_DAYS);
    }

    // ------------------------------------------------------------------ back in service

    @Test
    void returnToService_endsTheOutageThen_orRemovesIt_andRefusesWhenNothingIsOut() {
        Agenda a = out(agenda(), LARGE, TWO_DAYS).agenda();
        Instant noon = TUE_10H.plusHours(2).toInstant();

        Agenda.OutageChange early = a.returnToService(LARGE, noon, CTX).get();
        Agenda gone = a.returnToService(LARGE, TWO_DAYS.start(), CTX).get().agenda();

        assertThat(early.agenda().outages(LARGE, TWO_DAYS)).containsExactly(new ResourceOutage(LARGE,
                Interval.of(TWO_DAYS.start(), noon), "Water damage"));
        assertThat(early.outage()).isEqualTo(new ResourceOutage(LARGE, TWO_DAYS, "Water damage"));
        assertThat(early.events()).singleElement().isInstanceOfSatisfying(AgendaEvent.BackInService.class, e -> {
            assertThat(e.outageStart()).isEqualTo(TWO_DAYS.start());
            assertThat(e.action()).isEqualTo("agenda.resource.back-in-service");
            assertThat(e.subject()).isEqualTo(LARGE);
            assertThat(e.details()).containsEntry("from", noon.toString()).containsEntry("resource", LARGE.value())
                    .containsEntry("outageStart", TWO_DAYS.start().toString());
        });
        assertThat(early.agenda().book(meeting("n", LARGE, TUE_10H.plusHours(3), 60, "a").build(), CTX).isRight()).isTrue();
        assertThat(gone.outages()).isEmpty();
        assertThat(gone).isEqualTo(agenda());
        assertThat(code(a.returnToService(LARGE, TWO_DAYS.end(), CTX))).isEqualTo("agenda.outage.none");
        assertThat(code(a.returnToService(SMALL, noon, CTX))).isEqualTo("agenda.outage.none");
        assertThat(code(a.returnToService(RoomId.of("nowhere"), noon, CTX))).isEqualTo("agenda.room.unknown");
    }

    // ------------------------------------------------------------------ replay and restore

    @Test
    void replay_ofOutageEventsThatDoNotFit_isRefusedAtTheirIndex() {
        AgendaEvent.OutOfService o = (AgendaEvent.OutOfService) out(agenda(), LARGE, TWO_DAYS).events().get(0);
        AgendaEvent.BackInService back = new AgendaEvent.BackInService(CTX.at(), ORGANIZER, LARGE, TWO_DAYS.start(),
                TWO_DAYS.end());
        AgendaEvent.OutOfService unknown = new AgendaEvent.OutOfService(CTX.at(), ORGANIZER,
                new ResourceOutage(RoomId.of("nowhere"), TWO_DAYS, "Works"));

        assertThat(replayed(List.of(o, o)).details()).containsEntry("index", "1").containsEntry("reason", "outage-overlaps")
                .containsEntry("resource", "B2-301");
        assertThat(replayed(List.of(o, back)).details()).containsEntry("reason", "no-outage");
        assertThat(replayed(List.of(unknown)).details()).containsEntry("reason", "unknown-resource");
        assertThat(Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(), List.of(o)).get())
                .isEqualTo(out(agenda(), LARGE, TWO_DAYS).agenda());
    }

    private static Problem replayed(List<AgendaEvent> events) {
        var r = Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(), events);
        assertThat(r.isLeft()).as("refused, not %s", r).isTrue();
        assertThat(r.getLeft().code()).isEqualTo("agenda.replay.inconsistent");
        return r.getLeft();
    }

    @Test
    void restore_keepsAMeetingHeldDuringAnOutage_andRefusesBrokenOutages() {
        Agenda a = out(with(agenda(), meeting("m", LARGE, TUE_10H, 60, "a").build()), LARGE, TWO_DAYS).agenda();
        AgendaSnapshot s = a.snapshot();
        assertThat(Agenda.restore(s).get()).isEqualTo(a);

        ResourceOutage overlapping = new ResourceOutage(LARGE, Interval.of(TWO_DAYS.end().minusSeconds(1), Duration.ofHours(1)), "x");
        ResourceOutage unknown = new ResourceOutage(EquipmentId.of("nothing"), TWO_DAYS, "x");
        ResourceOutage unstripped = new ResourceOutage(SMALL, TWO_DAYS, " x ");
        var restored = Agenda.restore(new AgendaSnapshot(s.rooms(), s.equipment(), s.meetings(),
                List.of(s.outages().get(0), overlapping, unknown, unstripped)));

        assertThat(restored.getLeft()).extracting(Problem::code).containsExactly("agenda.restore.outage-overlaps",
                "agenda.restore.outage-unknown-resource", "agenda.restore.outage-invalid");
    }
}
