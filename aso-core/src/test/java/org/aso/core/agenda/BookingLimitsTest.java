package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SPARE_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Ref;
import org.junit.jupiter.api.Test;

/** The limits of a booking at their exact edge, and the refusals of each decision, by code. */
class BookingLimitsTest {
    private static final ZonedDateTime TUE_10H = ZonedDateTime.of(2026, 3, 10, 10, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(TUE_10H.minusDays(7).toInstant(), ORGANIZER, Clearance.none());
    private static final MeetingId M1 = MeetingId.of("m1");

    /** A request for m1 in {@code room}, without attendees: the fixtures' builder is strict, each attribute set once. */
    private static MeetingRequest.Builder request(String title, Optional<RoomId> room, ZonedDateTime start, ZonedDateTime end) {
        MeetingRequest.Builder b = MeetingRequest.builder();
        b.id(M1).title(title).organizer(ORGANIZER).room(room).start(start).end(end);
        return b;
    }

    private static MeetingRequest.Builder titled(String title) {
        return request(title, Optional.of(LARGE), TUE_10H, TUE_10H.plusHours(1));
    }

    private static MeetingRequest.Builder ending(ZonedDateTime end) {
        return request("Meeting m1", Optional.of(LARGE), TUE_10H, end);
    }

    private static Either<Problem, Agenda.Change> book(MeetingRequest.Builder b) {
        return agenda().book(b.build(), CTX);
    }

    private static String code(Either<Problem, ?> e) {
        assertThat(e.isLeft()).as("refused").isTrue();
        return e.getLeft().code();
    }

    private static Agenda booked() {
        return book(meeting("m1", LARGE, TUE_10H, 60, "a")).get().agenda();
    }

    // ---------------------------------------------------------------- book

    @Test
    void book_anIdAlreadyTaken_isRefused_evenWhenThatMeetingWasCalledOff() {
        Agenda a = booked();
        Problem p = a.book(meeting("m1", LARGE, TUE_10H.plusDays(1), 60, "b").build(), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.meeting.duplicate-id");
        assertThat(p.details()).containsEntry("meeting", "m1");
        Agenda cancelled = a.cancel(M1, "Moved to next month", CTX).get().agenda();
        assertThat(code(cancelled.book(meeting("m1", LARGE, TUE_10H.plusDays(1), 60, "b").build(), CTX)))
                .isEqualTo("agenda.meeting.duplicate-id");
    }

    @Test
    void book_aBlankTitle_isRefused() {
        assertThat(code(book(titled(" \t")))).isEqualTo("agenda.meeting.missing-title");
    }

    @Test
    void book_titleOf300Characters_isAccepted_301IsRefused_andTheTitleIsStripped() {
        assertThat(book(titled("T".repeat(300))).isRight()).isTrue();
        assertThat(code(book(titled("T".repeat(301))))).isEqualTo("kernel.text.too-long");
        assertThat(book(titled("  Budget review ")).get().meeting().title())
                .isEqualTo("Budget review");
    }

    @Test
    void book_onlineLinkOf2000Characters_isAccepted_2001OrWithASpaceIsRefused() {
        String base = "https://visio.example.org/";
        String atLimit = base + "x".repeat(2000 - base.length());
        assertThat(book(meeting("m1", LARGE, TUE_10H, 60, "a").onlineLink(atLimit)).get().meeting().onlineLink())
                .contains(atLimit);
        assertThat(code(book(meeting("m1", LARGE, TUE_10H, 60, "a").onlineLink(atLimit + "x")))).isEqualTo("agenda.meeting.bad-link");
        assertThat(code(book(meeting("m1", LARGE, TUE_10H, 60, "a").onlineLink(base + "a b")))).isEqualTo("agenda.meeting.bad-link");
        assertThat(code(book(meeting("m1", LARGE, TUE_10H, 60, "a").onlineLink(base + "a\u0007b"))))
                .isEqualTo("agenda.meeting.bad-link");
    }

    @Test
    void book_lastingExactlyFourteenDays_isAccepted_oneSecondMoreIsRefused() {
        ZonedDateTime end = TUE_10H.plus(Agenda.MAX_LENGTH);
        assertThat(book(ending(end)).isRight()).isTrue();
        Problem p = book(ending(end.plusSeconds(1))).getLeft();
        assertThat(p.code()).isEqualTo("agenda.meeting.too-long");
        assertThat(p.details()).containsEntry("start", TUE_10H.toString());
    }

    @Test
    void book_endNotAfterStart_inTwoZones_orOffTheSecond_isABadInterval() {
        assertThat(code(book(ending(TUE_10H)))).isEqualTo("agenda.meeting.bad-interval");
        assertThat(code(book(ending(TUE_10H.minusMinutes(1)))))
                .isEqualTo("agenda.meeting.bad-interval");
        // the same instants, the end written in UTC
        assertThat(code(book(ending(TUE_10H.plusHours(1).withZoneSameInstant(ZoneOffset.UTC)))))
                .isEqualTo("agenda.meeting.bad-interval");
        assertThat(code(book(meeting("m1", LARGE, TUE_10H.withNano(1), 60, "a")))).isEqualTo("agenda.meeting.bad-interval");
        assertThat(code(book(ending(TUE_10H.plusHours(1).withNano(500_000_000)))))
                .isEqualTo("agenda.meeting.bad-interval");
    }

    @Test
    void book_aSeriesRepeatingDaily_isAccepted_hourlyOrFinerIsTooFine() {
        assertThat(book(meeting("m1", LARGE, TUE_10H, 60, "a").recurrence(RecurrenceRule.parse("FREQ=DAILY;COUNT=3").get()))
                .isRight()).isTrue();
        for (String rule : List.of("FREQ=HOURLY;INTERVAL=24;COUNT=3", "FREQ=MINUTELY;INTERVAL=1440;COUNT=3",
                "FREQ=SECONDLY;INTERVAL=10000;COUNT=3")) {
            Problem p = book(meeting("m1", LARGE, TUE_10H, 60, "a").recurrence(RecurrenceRule.parse(rule).get())).getLeft();
            assertThat(p.code()).as(rule).isEqualTo("agenda.meeting.recurrence-too-fine");
            assertThat(p.details()).as(rule).containsEntry("rule", rule);
        }
    }

    @Test
    void book_anUnknownRoomOrPieceOfEquipment_isRefusedNamingIt() {
        Problem room = book(meeting("m1", RoomId.of("B9-999"), TUE_10H, 60, "a")).getLeft();
        assertThat(room.code()).isEqualTo("agenda.room.unknown");
        assertThat(room.details()).containsEntry("room", "B9-999");
        Problem item = book(meeting("m1", LARGE, TUE_10H, 60, "a").addEquipment(EquipmentId.of("laser"))).getLeft();
        assertThat(item.code()).isEqualTo("agenda.equipment.unknown");
        assertThat(item.details()).containsEntry("equipment", "laser");
    }

    @Test
    void book_withoutARoom_holdsOnlyItsEquipment() {
        Agenda a = book(request("Meeting m1", Optional.empty(), TUE_10H, TUE_10H.plusHours(1)).addEquipment(SPARE_PROJECTOR)).get().agenda();
        Interval hour = Interval.of(TUE_10H.toInstant(), Duration.ofHours(1));
        assertThat(a.busy(LARGE, hour)).isEmpty();
        assertThat(a.busy(SPARE_PROJECTOR, hour)).containsExactly(hour);
    }

    /** Each list of a request, filled with {@code n} distinct entries. */
    private static final List<BiConsumer<MeetingRequest.Builder, Integer>> LISTS = List.of(
            (b, n) -> {
                for (int i = 0; i < n; i++) {
                    b.addAttendees(Attendee.of(PersonId.of("p" + i), Attendee.Role.FOR_INFORMATION));
                }
            },
            (b, n) -> {
                for (int i = 0; i < n; i++) {
                    b.addDocuments("Document " + i);
                }
            },
            (b, n) -> {
                for (int i = 0; i < n; i++) {
                    b.addAbout(Ref.document("doc-" + i + ".pdf"));
                }
            },
            (b, n) -> {
                for (int i = 0; i < n; i++) {
                    b.addAgenda(AgendaItem.of("Point " + i, 5));
                }
            },
            (b, n) -> {
                for (int i = 0; i < n; i++) {
                    b.addLogistics(LogisticsItem.of("Task " + i, 1));
                }
            },
            (b, n) -> {
                for (int i = 0; i < n; i++) {
                    b.addEquipment(EquipmentId.of("kit-" + i));
                }
            });

    /** The rooms of the fixtures and 501 mobile kits. */
    private static Agenda withKits() {
        List<Equipment> kits = new ArrayList<>(AgendaFixtures.equipment());
        for (int i = 0; i <= BookingRules.MAX_LIST; i++) {
            kits.add(Equipment.builder().id(EquipmentId.of("kit-" + i)).kind("kit").name("Kit " + i).build());
        }
        return Agenda.of(AgendaFixtures.rooms(), kits).get();
    }

    @Test
    void book_eachListOf500_isAccepted_501IsTooMany() {
        Agenda a = withKits();
        for (int list = 0; list < LISTS.size(); list++) {
            MeetingRequest.Builder atLimit = titled("Meeting m1");
            LISTS.get(list).accept(atLimit, BookingRules.MAX_LIST);
            assertThat(a.book(atLimit.build(), CTX).isRight()).as("list %d at the limit", list).isTrue();
            MeetingRequest.Builder beyond = titled("Meeting m1");
            LISTS.get(list).accept(beyond, BookingRules.MAX_LIST + 1);
            assertThat(code(a.book(beyond.build(), CTX))).as("list %d beyond", list).isEqualTo("agenda.meeting.too-many");
        }
    }

    // ---------------------------------------------------------------- move

    @Test
    void move_toWhereTheMeetingAlreadyIs_isRefusedAsUnchanged_butNewEquipmentIsAChange() {
        Agenda a = booked();
        Problem p = a.move(M1, TUE_10H, TUE_10H.plusHours(1), LARGE, CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.meeting.unchanged");
        assertThat(p.details()).containsEntry("meeting", "m1");
        assertThat(code(a.move(M1, TUE_10H, TUE_10H.plusHours(1), CTX))).isEqualTo("agenda.meeting.unchanged");
        // each of start, end, room and equipment alone is a change
        assertThat(a.move(M1, TUE_10H, TUE_10H.plusHours(1), LARGE, Set.of(SPARE_PROJECTOR), CTX).isRight()).isTrue();
        assertThat(a.move(M1, TUE_10H, TUE_10H.plusHours(2), LARGE, CTX).isRight()).isTrue();
        assertThat(a.move(M1, TUE_10H.minusHours(1), TUE_10H.plusHours(1), LARGE, CTX).isRight()).isTrue();
        assertThat(a.moveWithoutRoom(M1, TUE_10H, TUE_10H.plusHours(1), CTX).isRight()).isTrue();
    }

    @Test
    void move_withMoreThan500PiecesOfEquipment_isRefused() {
        Agenda a = withKits().book(meeting("m1", LARGE, TUE_10H, 60, "a").build(), CTX).get().agenda();
        Set<EquipmentId> kits = new HashSet<>();
        for (int i = 0; i < BookingRules.MAX_LIST; i++) {
            kits.add(EquipmentId.of("kit-" + i));
        }
        assertThat(a.move(M1, TUE_10H, TUE_10H.plusHours(1), LARGE, kits, CTX).get().meeting().equipment()).hasSize(500);
        kits.add(EquipmentId.of("kit-" + BookingRules.MAX_LIST));
        assertThat(code(a.move(M1, TUE_10H, TUE_10H.plusHours(1), LARGE, kits, CTX))).isEqualTo("agenda.meeting.too-many");
    }

    @Test
    void move_aBadInterval_isRefusedBeforeAnythingElse() {
        Agenda a = booked();
        assertThat(code(a.move(M1, TUE_10H, TUE_10H, LARGE, CTX))).isEqualTo("agenda.meeting.bad-interval");
        assertThat(code(a.move(M1, TUE_10H, TUE_10H.plus(Agenda.MAX_LENGTH).plusSeconds(1), LARGE, CTX)))
                .isEqualTo("agenda.meeting.too-long");
    }

    // ---------------------------------------------------------------- cancel, respond

    @Test
    void cancel_withoutAReason_isRefused_andTheReasonIsKeptStripped() {
        Agenda a = booked();
        assertThat(code(a.cancel(M1, null, CTX))).isEqualTo("agenda.meeting.missing-reason");
        assertThat(code(a.cancel(M1, "  ", CTX))).isEqualTo("agenda.meeting.missing-reason");
        assertThat(code(a.cancel(M1, "Chair\u0000away", CTX))).startsWith("kernel.text.");
        assertThat(code(a.cancel(MeetingId.of("nope"), "Because", CTX))).isEqualTo("agenda.meeting.unknown");
        MeetingEvent.Cancelled e = (MeetingEvent.Cancelled) a.cancel(M1, " Chair away ", CTX).get().events().get(0);
        assertThat(e.reason()).isEqualTo("Chair away");
    }

    @Test
    void respond_delegatedWithoutADelegate_isRefused() {
        Agenda a = booked();
        assertThat(code(a.respond(M1, PersonId.of("a"), Attendee.Response.DELEGATED, CTX)))
                .isEqualTo("agenda.response.missing-delegate");
        // a non-delegated answer naming no delegate is fine, and records the answer
        Meeting m = a.respond(M1, PersonId.of("a"), Attendee.Response.DECLINED, CTX).get().meeting();
        assertThat(m.attendee(PersonId.of("a")).get().response()).isEqualTo(Attendee.Response.DECLINED);
        assertThat(m.attendee(PersonId.of("a")).get().delegatedTo()).isEmpty();
        assertThat(m.seatsNeeded()).isZero();
    }

    @Test
    void respond_delegatingToSomeoneAlreadyInvited_addsNoOne() {
        Agenda a = book(meeting("m1", LARGE, TUE_10H, 60, "a", "b")).get().agenda();
        Agenda.Change c = a.respond(M1, PersonId.of("a"), Attendee.Response.DELEGATED, PersonId.of("b"), CTX).get();
        assertThat(c.meeting().attendees()).extracting(Attendee::person).containsExactly(PersonId.of("a"), PersonId.of("b"));
        assertThat(c.meeting().attendee(PersonId.of("a")).get().delegatedTo()).contains(PersonId.of("b"));
        assertThat(((MeetingEvent.Responded) c.events().get(0)).delegateAdded()).isFalse();
        // the delegate added otherwise takes the role of the person who delegated
        Agenda withChair = book(meeting("m1", LARGE, TUE_10H, 60).addAttendees(Attendee.of(PersonId.of("c"), Attendee.Role.CHAIR)))
                .get().agenda();
        Meeting m = withChair.respond(M1, PersonId.of("c"), Attendee.Response.DELEGATED, PersonId.of("d"), CTX).get().meeting();
        assertThat(m.attendee(PersonId.of("d")).get().role()).isEqualTo(Attendee.Role.CHAIR);
    }

    // ---------------------------------------------------------------- one occurrence

    @Test
    void changeOccurrence_movedUpTo92Days_isAccepted_oneSecondFurtherIsTooFar() {
        Agenda a = book(meeting("m1", LARGE, TUE_10H, 60, "a").recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3").get()))
                .get().agenda();
        ZonedDateTime second = TUE_10H.plusWeeks(1);
        ZonedDateTime farthest = second.toInstant().plus(Agenda.MAX_OCCURRENCE_MOVE).atZone(KernelFixtures.PARIS);
        Interval atLimit = Interval.of(farthest.toInstant(), Duration.ofHours(1));
        assertThat(a.changeOccurrence(M1, second, OccurrenceChange.movedTo(atLimit), CTX).isRight()).isTrue();
        Problem p = a.changeOccurrence(M1, second, OccurrenceChange.movedTo(Interval.of(atLimit.start().plusSeconds(1),
                Duration.ofHours(1))), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.occurrence.too-far");
        assertThat(p.details()).containsEntry("meeting", "m1");
        // backwards too
        Interval back = Interval.of(second.toInstant().minus(Agenda.MAX_OCCURRENCE_MOVE).minusSeconds(1), Duration.ofHours(1));
        assertThat(code(a.changeOccurrence(M1, second, OccurrenceChange.movedTo(back), CTX))).isEqualTo("agenda.occurrence.too-far");
    }

    @Test
    void changeOccurrence_ofAOneOffMeeting_orOfNoOccurrence_isRefused() {
        Agenda a = booked();
        Problem p = a.changeOccurrence(M1, TUE_10H, OccurrenceChange.cancelled(), CTX).getLeft();
        assertThat(p.code()).isEqualTo("agenda.occurrence.not-a-series");
        assertThat(p.details()).containsEntry("meeting", "m1");
        Agenda series = book(meeting("m1", LARGE, TUE_10H, 60, "a")
                .recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=3").get())).get().agenda();
        Problem none = series.changeOccurrence(M1, TUE_10H.plusDays(1), OccurrenceChange.cancelled(), CTX).getLeft();
        assertThat(none.code()).isEqualTo("agenda.occurrence.unknown");
        assertThat(none.details()).containsEntry("originalStart", TUE_10H.plusDays(1).toString());
        assertThat(code(series.changeOccurrence(M1, TUE_10H, OccurrenceChange.builder().title("T".repeat(301)).build(), CTX)))
                .isEqualTo("kernel.text.too-long");
    }

    // ---------------------------------------------------------------- configuration

    @Test
    void of_reportsEveryConfigurationProblemAtOnce() {
        List<Room> rooms = new ArrayList<>(AgendaFixtures.rooms());
        rooms.add(AgendaFixtures.rooms().get(0));
        List<Equipment> items = new ArrayList<>(AgendaFixtures.equipment());
        items.add(AgendaFixtures.equipment().get(1));
        items.add(Equipment.builder().id(EquipmentId.of("screen-9")).kind("screen").name("Screen 9").room(RoomId.of("B9-999")).build());
        List<Problem> problems = Agenda.of(rooms, items).getLeft();
        assertThat(problems).extracting(Problem::code).containsExactly("agenda.room.duplicate-id",
                "agenda.equipment.duplicate-id", "agenda.equipment.unknown-room");
        assertThat(problems.get(0).details()).containsEntry("room", AgendaFixtures.SMALL.value());
        assertThat(problems.get(1).details()).containsEntry("equipment", SPARE_PROJECTOR.value());
        assertThat(problems.get(2).details()).containsEntry("equipment", "screen-9");
    }

    @Test
    void of_listsRoomsAndEquipmentById() {
        Agenda a = agenda();
        assertThat(a.rooms()).extracting(Room::id).containsExactly(AgendaFixtures.SMALL, LARGE);
        assertThat(a.equipment()).extracting(Equipment::id).containsExactly(AgendaFixtures.FIXED_PROJECTOR, SPARE_PROJECTOR);
        assertThat(a.room(LARGE)).map(Room::capacity).contains(20);
        assertThat(a.room(RoomId.of("B9-999"))).isEmpty();
    }

    @Test
    void book_endingAfterTheSupportedRange_isRefused_withTheRangeProblem() {
        ZonedDateTime last = ZonedDateTime.of(9999, 12, 31, 22, 0, 0, 0, ZoneOffset.UTC);
        assertThat(agenda().book(meeting("m1", LARGE, last, 60, "a").build(), CTX).isRight()).isTrue();
        assertThat(agenda().book(meeting("m1", LARGE, last.plusHours(1), 60, "a").build(), CTX).getLeft().code())
                .isEqualTo("kernel.range.instant");
    }

    @Test
    void changeOccurrence_movedToEndAfterTheSupportedRange_isRefused_withTheRangeProblem() {
        ZonedDateTime last = ZonedDateTime.of(9999, 12, 30, 20, 0, 0, 0, ZoneOffset.UTC);
        Agenda a = agenda().book(meeting("m1", LARGE, last, 60, "a")
                .recurrence(RecurrenceRule.parse("FREQ=DAILY;COUNT=2").get()).build(), CTX).get().agenda();
        ZonedDateTime second = last.plusDays(1);
        Interval inRange = Interval.of(second.plusHours(2).toInstant(), Duration.ofMinutes(59));
        assertThat(a.changeOccurrence(M1, second, OccurrenceChange.movedTo(inRange), CTX).isRight()).isTrue();
        Interval beyond = Interval.of(second.plusHours(3).plusMinutes(30).toInstant(), Duration.ofHours(1));
        assertThat(a.changeOccurrence(M1, second, OccurrenceChange.movedTo(beyond), CTX).getLeft().code())
                .isEqualTo("kernel.range.instant");
    }
}
