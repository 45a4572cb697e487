package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.OccurrenceChange;
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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** Snapshots of an agenda, meetings built by a host, and what {@link Agenda#restore} refuses. */
class AgendaRestoreTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final Interval DAY = Interval.of(TUE_10H.minusHours(10).toInstant(), TUE_10H.plusHours(14).toInstant());

    /** A one-hour confirmed meeting in {@code room} at {@code start}, sequence 0, ready to build. */
    private static Meeting.Builder stored(String id, RoomId room, ZonedDateTime start) {
        return AgendaHistoryProperties.extra(id, room, start);
    }

    private static List<String> codes(Either<List<Problem>, Agenda> restored) {
        assertThat(restored.isLeft()).as("refused, not %s", restored).isTrue();
        return restored.getLeft().stream().map(Problem::code).toList();
    }

    @Test
    void snapshot_listsRoomsEquipmentAndMeetingsById_withItsSchemaVersion() {
        Agenda a = agenda().book(meeting("m2", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda()
                .book(meeting("m1", SMALL, TUE_10H, 60, "b").build(), CTX).get().agenda();

        AgendaSnapshot s = a.snapshot();

        assertThat(s.rooms()).extracting(Room::id).containsExactly(SMALL, LARGE); // "B2-101" < "B2-301"
        assertThat(s.equipment()).extracting(Equipment::id).containsExactly(FIXED_PROJECTOR, SPARE_PROJECTOR);
        assertThat(s.meetings()).extracting(m -> m.id().value()).containsExactly("m1", "m2");
        assertThat(s.schemaVersion()).isEqualTo(AgendaSnapshot.SCHEMA_VERSION).isEqualTo(1);
        assertThatThrownBy(() -> s.meetings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void snapshot_listsManyMeetingsById_whateverTheOrderTheyWereBooked() {
        List<String> ids = List.of("weekly-sync", "board", "retro-42", "all-hands", "kick-off", "zz-late", "design-review", "b2", "one-to-one", "Budget", "demo");
        Agenda a = agenda();
        for (int i = 0; i < ids.size(); i++) {
            a = a.book(meeting(ids.get(i), LARGE, TUE_10H.plusHours(i), 60, "a").build(), CTX).get().agenda();
        }
        assertThat(a.snapshot().meetings()).extracting(m -> m.id().value()).containsExactlyElementsOf(
                ids.stream().sorted().toList());
    }

    @Test
    void restore_worksOutTheReservationsAgain_soTheRestoredAgendaRefusesTheSameBookings() {
        // given: a weekly series with one occurrence moved to another room, and a cancelled meeting
        Agenda a = agenda().book(meeting("weekly", LARGE, TUE_10H, 60, "a")
                        .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get()).build(), CTX).get().agenda()
                .changeOccurrence(MeetingId.of("weekly"), TUE_10H.plusWeeks(1), OccurrenceChange.inRoom(SMALL), CTX).get().agenda()
                .book(meeting("off", LARGE, TUE_10H.plusHours(2), 60, "b").build(), CTX).get().agenda()
                .cancel(MeetingId.of("off"), "No longer needed", CTX).get().agenda();
        // when
        Agenda restored = Agenda.restore(a.snapshot()).get();
        // then
        assertThat(restored).isEqualTo(a);
        assertThat(restored.busy(SMALL, Interval.of(TUE_10H.plusWeeks(1).toInstant(), TUE_10H.plusWeeks(1).plusHours(1).toInstant())))
                .hasSize(1);
        assertThat(restored.book(meeting("clash", LARGE, TUE_10H.plusWeeks(2), 60, "c").build(), CTX).getLeft().details())
                .containsEntry("meeting", "weekly");
        assertThat(restored.book(meeting("free", LARGE, TUE_10H.plusHours(2), 60, "c").build(), CTX).isRight()).isTrue();
    }

    @Test
    void restore_aMeetingBuiltByTheHost_equalToTheBookedOne_givesTheSameAgenda() {
        Agenda.Change booked = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get();
        Meeting rebuilt = stored("m1", LARGE, TUE_10H).build();

        assertThat(rebuilt).isEqualTo(booked.meeting());
        assertThat(Agenda.restore(new AgendaSnapshot(AgendaFixtures.rooms(), AgendaFixtures.equipment(), List.of(rebuilt))).get())
                .isEqualTo(booked.agenda());
    }

    @Test
    void restore_twoMeetingsInOneRoomAtOnce_isRefusedNamingBoth() {
        List<Meeting> meetings = List.of(stored("m1", LARGE, TUE_10H).build(), stored("m2", LARGE, TUE_10H.plusMinutes(30)).build());

        Either<List<Problem>, Agenda> r = Agenda.restore(new AgendaSnapshot(AgendaFixtures.rooms(), AgendaFixtures.equipment(), meetings));

        assertThat(codes(r)).containsExactly("agenda.restore.double-booked");
        assertThat(r.getLeft().get(0).details()).containsEntry("meeting", "m2").containsEntry("other", "m1")
                .containsEntry("resource", LARGE.value());
    }

    @Test
    void restore_twoMeetingsWithOneMobileProjectorAtOnce_isRefused() {
        List<Meeting> meetings = List.of(stored("m1", LARGE, TUE_10H).addEquipment(SPARE_PROJECTOR).build(),
                stored("m2", SMALL, TUE_10H).addEquipment(SPARE_PROJECTOR).build());

        Either<List<Problem>, Agenda> r = Agenda.restore(new AgendaSnapshot(AgendaFixtures.rooms(), AgendaFixtures.equipment(), meetings));

        assertThat(codes(r)).containsExactly("agenda.restore.double-booked");
        assertThat(r.getLeft().get(0).details()).containsEntry("resource", SPARE_PROJECTOR.value()).containsEntry("other", "m1");
    }

    @Test
    void restore_anOccurrenceMovedOntoAnotherOfItsSeries_isRefused() {
        ZonedDateTime start = TUE_10H;
        Recurrence daily = Recurrence.of(start, Duration.ofHours(1), RecurrenceRule.parse("FREQ=DAILY;COUNT=3").get())
                .withChange(start.plusDays(1), OccurrenceChange.movedTo(Interval.of(
                        start.plusDays(2).plusMinutes(30).toInstant(), start.plusDays(2).plusMinutes(90).toInstant())));
        Meeting series = stored("daily", LARGE, start).recurrence(daily).build();

        assertThat(codes(Agenda.restore(new AgendaSnapshot(AgendaFixtures.rooms(), AgendaFixtures.equipment(), List.of(series)))))
                .containsExactly("agenda.restore.overlaps-itself");
    }

    @Test
    void restore_aSeriesOfMoreThanTheLimit_isRefused() {
        ZonedDateTime start = TUE_10H.withHour(8);
        Meeting series = stored("big", LARGE, start).recurrence(Recurrence.of(start, Duration.ofHours(1),
                RecurrenceRule.parse("FREQ=DAILY;BYHOUR=8,10,14,16,18;COUNT=" + (Agenda.MAX_SERIES_OCCURRENCES + 1)).get())).build();

        Either<List<Problem>, Agenda> r = Agenda.restore(new AgendaSnapshot(AgendaFixtures.rooms(), AgendaFixtures.equipment(), List.of(series)));

        assertThat(codes(r)).containsExactly("agenda.restore.series-too-large");
        assertThat(r.getLeft().get(0).details()).containsEntry("limit", String.valueOf(Agenda.MAX_SERIES_OCCURRENCES));
    }

    @Test
    void restore_reportsEveryProblemAtOnce_andCancelledMeetingsHoldNothing() {
        // given: a room listed twice, then one meeting per broken rule, each on its own day
        List<Room> rooms = new ArrayList<>(AgendaFixtures.rooms());
        rooms.add(AgendaFixtures.rooms().get(0));
        List<Meeting> meetings = List.of(
                stored("ok", LARGE, TUE_10H).build(),
                stored("ok", LARGE, TUE_10H.plusDays(1)).build(),
                stored("nowhere", RoomId.of("B9-999"), TUE_10H.plusDays(2)).build(),
                stored("ghost", LARGE, TUE_10H.plusDays(3)).addEquipment(EquipmentId.of("ghost-kit")).build(),
                stored("fixed", SMALL, TUE_10H.plusDays(4)).addEquipment(FIXED_PROJECTOR).build(),
                stored("clash", LARGE, TUE_10H).build(),
                // called off: holds nothing, so neither its unknown room nor its time is a problem
                BookingRules.copy(stored("off", RoomId.of("B9-999"), TUE_10H).build())
                        .withStatus(Meeting.Status.CANCELLED).withSequence(1));
        // when
        Either<List<Problem>, Agenda> r = Agenda.restore(new AgendaSnapshot(rooms, AgendaFixtures.equipment(), meetings));
        // then
        assertThat(codes(r)).containsExactly("agenda.room.duplicate-id", "agenda.restore.duplicate-meeting",
                "agenda.restore.unknown-room", "agenda.restore.unknown-equipment", "agenda.restore.equipment-elsewhere",
                "agenda.restore.double-booked");
        assertThat(r.getLeft().subList(1, r.getLeft().size())).extracting(p -> p.details().get("meeting"))
                .containsExactly("ok", "nowhere", "ghost", "fixed", "clash");
        // without the broken ones, the rest is restored, the cancelled meeting included
        Agenda fine = Agenda.restore(new AgendaSnapshot(AgendaFixtures.rooms(), AgendaFixtures.equipment(),
                List.of(meetings.get(0), meetings.get(6)))).get();
        assertThat(fine.busy(LARGE, DAY)).hasSize(1);
        assertThat(fine.meeting(MeetingId.of("off"))).map(Meeting::status).contains(Meeting.Status.CANCELLED);
    }

    @Test
    void meetingBuilder_validate_returnsEveryProblemOfItsData() {
        Meeting.Builder b = Meeting.builder();
        b.id(MeetingId.of("bad")).title(" ").organizer(ORGANIZER)
                .addAttendees(Attendee.of(PersonId.of("a"), Attendee.Role.REQUIRED), Attendee.of(PersonId.of("a"), Attendee.Role.OPTIONAL))
                .onlineLink("https://visio.example/a b").addDocuments("Note\u0000")
                .start(TUE_10H).end(TUE_10H.minusHours(1))
                .recurrence(Recurrence.of(TUE_10H.plusDays(1), Duration.ofHours(1), RecurrenceRule.parse("FREQ=HOURLY").get()))
                .status(Meeting.Status.CONFIRMED).sequence(-1);

        Either<List<Problem>, Meeting> r = b.validate();

        assertThat(r.getLeft()).extracting(Problem::code).containsExactly("agenda.meeting.missing-title",
                "agenda.meeting.bad-link", "agenda.meeting.bad-interval", "agenda.meeting.duplicate-attendee",
                "kernel.text.control-character", "agenda.meeting.bad-sequence", "agenda.meeting.bad-recurrence",
                "agenda.meeting.recurrence-too-fine");
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agenda.meeting.bad-interval");
    }

    @Test
    void meetingBuilder_validate_refusesAnOccurrenceMovedTooFar() {
        Recurrence weekly = Recurrence.of(TUE_10H, Duration.ofHours(1), RecurrenceRule.parse("FREQ=WEEKLY;COUNT=4").get())
                .withChange(TUE_10H.plusWeeks(1), OccurrenceChange.movedTo(Interval.of(
                        TUE_10H.plusWeeks(1).plusDays(93).toInstant(), TUE_10H.plusWeeks(1).plusDays(93).plusHours(1).toInstant())));
        Meeting.Builder b = stored("far", LARGE, TUE_10H).recurrence(weekly);

        assertThat(b.validate().getLeft()).extracting(Problem::code).containsExactly("agenda.occurrence.too-far");
    }

    @Test
    void withConfiguration_theHostsRoomsAndEquipmentWin_andTheMeetingsAndOutagesStay() {
        Agenda a = agenda().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda()
                .putOutOfService(SMALL, DAY, "Works", CTX).get().agenda();
        Room larger = Room.builder().id(LARGE).name("Salle Marianne").building("B2").capacity(30).build();
        List<Room> rooms = List.of(AgendaFixtures.rooms().get(0), larger);

        AgendaSnapshot s = a.snapshot().withConfiguration(rooms, AgendaFixtures.equipment());
        Agenda restored = Agenda.restore(s).get();

        assertThat(restored.room(LARGE)).map(Room::capacity).contains(30);
        assertThat(restored.meeting(MeetingId.of("m1"))).isPresent();
        assertThat(restored.outages()).extracting(ResourceOutage::resource).containsExactly(SMALL);
        assertThat(restored.busy(LARGE, DAY)).containsExactly(Interval.of(TUE_10H.toInstant(), TUE_10H.plusHours(1).toInstant()));
        // the snapshot without outages has none
        assertThat(new AgendaSnapshot(s.rooms(), s.equipment(), s.meetings()).outages()).isEmpty();
    }
}
