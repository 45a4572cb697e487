package org.aso.core.agenda.slots;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.ORGANIZER;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.SPARE_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.aso.core.fixtures.KernelFixtures.PARIS;
import static org.aso.core.fixtures.KernelFixtures.paris;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingWeek;
import org.junit.jupiter.api.Test;

class SlotFinderTest {
    private static final PersonId ALICE = PersonId.of("alice");
    private static final PersonId BOB = PersonId.of("bob");
    private static final PersonId CAROL = PersonId.of("carol");
    private static final PersonId DAVE = PersonId.of("dave");
    /** Monday 9 March 2026: New York is on summer time since Sunday, Paris not yet. */
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, PARIS);
    private static final Instant LAST_WEEK = MONDAY.minusDays(7).toInstant();
    private static final Context CTX = Context.of(LAST_WEEK, ORGANIZER, Clearance.none());

    private static Interval day(ZonedDateTime start) {
        return Interval.of(start.toInstant(), start.plusDays(1).toInstant());
    }

    private static Interval at(int day, int h, int m, int minutes) {
        ZonedDateTime s = ZonedDateTime.of(2026, 3, day, h, m, 0, 0, PARIS);
        return Interval.of(s.toInstant(), s.plusMinutes(minutes).toInstant());
    }

    private static Availability free(PersonId p) {
        return Availability.of(p, paris()).build();
    }

    private static SlotRequest.Builder request(Interval window, int minutes, SlotAttendee... attendees) {
        SlotRequest.Builder b = SlotRequest.builder();
        b.addAttendees(attendees).duration(Duration.ofMinutes(minutes)).window(window);
        return b;
    }

    private static SlotAnswer find(Agenda agenda, List<Availability> av, SlotRequest req, Instant now) {
        return SlotFinder.find(agenda, av, req, now).getOrElseThrow(p -> new AssertionError(p.toString()));
    }

    @Test
    void a_Paris_and_a_New_York_attendee_meet_in_their_common_working_hours() {
        // given: Paris 13:30-17:30 is 12:30-16:30 UTC, New York 09:00-17:00 is 13:00-21:00 UTC (DST since Sunday)
        Availability paris = Availability.of(ALICE, paris()).build();
        Availability ny = Availability.of(BOB, KernelFixtures.newYork()).build();
        SlotRequest req = request(day(MONDAY), 60, SlotAttendee.required(ALICE), SlotAttendee.required(BOB)).maxSuggestions(20).build();
        // when
        SlotAnswer a = find(agenda(), List.of(paris, ny), req, LAST_WEEK);
        // then: starts 13:00Z to 15:30Z, every quarter hour
        assertThat(a.suggestions()).hasSize(11);
        assertThat(a.suggestions().get(0).interval().start()).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(a.suggestions().get(10).interval().end()).isEqualTo(Instant.parse("2026-03-09T16:30:00Z"));
        assertThat(a.suggestions().get(0).overallConfidence()).isEqualTo(100.0);
    }

    @Test
    void suggestions_are_distinct_hours_first_not_one_slot_a_quarter_of_an_hour_apart() {
        // given: Paris and New York share 14:00-17:30 Paris time on Monday (13:00-16:30Z)
        java.util.function.IntFunction<SlotRequest> req = max -> request(Interval.of(MONDAY.toInstant(),
                MONDAY.plusDays(2).toInstant()), 60, SlotAttendee.required(ALICE), SlotAttendee.required(BOB)).maxSuggestions(max).build();
        List<Availability> av = List.of(free(ALICE), Availability.of(BOB, KernelFixtures.newYork()).build());
        // when
        List<Suggestion> three = find(agenda(), av, req.apply(3), LAST_WEEK).suggestions();
        List<Suggestion> five = find(agenda(), av, req.apply(5), LAST_WEEK).suggestions();
        // then: 14:00, 15:00 and 16:00 rather than 14:00, 14:15 and 14:30; then Tuesday
        assertThat(three).extracting(s -> s.interval().start()).containsExactly(Instant.parse("2026-03-09T13:00:00Z"),
                Instant.parse("2026-03-09T14:00:00Z"), Instant.parse("2026-03-09T15:00:00Z"));
        assertThat(five).extracting(s -> s.interval().start()).containsExactly(Instant.parse("2026-03-09T13:00:00Z"),
                Instant.parse("2026-03-09T14:00:00Z"), Instant.parse("2026-03-09T15:00:00Z"),
                Instant.parse("2026-03-10T13:00:00Z"), Instant.parse("2026-03-10T14:00:00Z"));
    }

    @Test
    void when_the_window_holds_fewer_distinct_slots_the_earliest_others_fill_the_places_in_order() {
        // given: one free hour and a half, 10:00-11:30, for an hour on a 15-minute grid
        SlotRequest req = request(at(9, 10, 0, 90), 60, SlotAttendee.required(ALICE)).maxSuggestions(3).build();
        // when
        List<Suggestion> s = find(agenda(), List.of(free(ALICE)), req, LAST_WEEK).suggestions();
        // then: 10:00 and 10:30 are the only starts, overlapping each other; 10:15 comes between them
        assertThat(s).extracting(Suggestion::interval).containsExactly(at(9, 10, 0, 60), at(9, 10, 15, 60), at(9, 10, 30, 60));
    }

    @Test
    void a_holiday_removes_a_day() {
        // given: Tuesday 14 July 2026 is Bastille Day
        ZonedDateTime tuesday = ZonedDateTime.of(2026, 7, 14, 0, 0, 0, 0, PARIS);
        SlotRequest req = request(Interval.of(tuesday.toInstant(), tuesday.plusDays(2).toInstant()), 60,
                SlotAttendee.required(ALICE)).maxSuggestions(1).build();
        // when
        SlotAnswer a = find(agenda(), List.of(free(ALICE)), req, LAST_WEEK);
        // then
        assertThat(a.suggestions().get(0).interval().start()).isEqualTo(tuesday.plusDays(1).withHour(9).toInstant());
    }

    @Test
    void buffers_around_meetings_and_minimum_notice_push_the_first_slot() {
        // given: alice accepted a meeting 10:00-11:00; now is 08:00
        Agenda.Change booked = agenda().book(meeting("m1", LARGE, MONDAY.withHour(10), 60, "alice").build(), CTX).get();
        Agenda agenda = booked.agenda().respond(booked.meeting().id(), ALICE, Attendee.Response.ACCEPTED, CTX)
                .get().agenda();
        Instant now = MONDAY.withHour(8).toInstant();
        SlotRequest req = request(day(MONDAY), 60, SlotAttendee.required(ALICE)).maxSuggestions(1).build();
        Availability plain = Availability.of(ALICE, paris()).meetings(agenda, day(MONDAY)).build();
        Availability careful = Availability.of(ALICE, paris()).meetings(agenda, day(MONDAY))
                .buffers(Duration.ofMinutes(15), Duration.ofMinutes(15)).minimumNotice(Duration.ofMinutes(30)).build();
        Availability slow = Availability.of(ALICE, paris()).minimumNotice(Duration.ofHours(5)).build();
        // when
        Instant first = find(agenda, List.of(plain), req, now).suggestions().get(0).interval().start();
        Instant buffered = find(agenda, List.of(careful), req, now).suggestions().get(0).interval().start();
        Instant noticed = find(agenda, List.of(slow), req, now).suggestions().get(0).interval().start();
        // then: 09:00 fits before the meeting; with 15 min buffers 09:00-10:00 touches 09:45, so 11:15;
        // with 5 hours' notice the first start is 13:00, in the lunch break, so 13:30
        assertThat(first).isEqualTo(MONDAY.withHour(9).toInstant());
        assertThat(careful.busy()).containsExactly(at(9, 9, 45, 90));
        assertThat(buffered).isEqualTo(MONDAY.withHour(11).withMinute(15).toInstant());
        assertThat(noticed).isEqualTo(MONDAY.withHour(13).withMinute(30).toInstant());
    }

    @Test
    void confidence_is_100_free_49_tentative_or_unknown_0_busy_averaged_with_weights() {
        // given
        Interval slot = at(9, 9, 0, 60);
        Availability bob = Availability.of(BOB, paris()).outside(List.of(FreeBusy.of(slot, FreeBusy.State.TENTATIVE))).build();
        Availability carol = Availability.of(CAROL, paris()).outside(List.of(FreeBusy.of(slot, FreeBusy.State.BUSY))).build();
        SlotRequest.Builder req = request(day(MONDAY), 60, SlotAttendee.required(ALICE), SlotAttendee.optional(BOB),
                SlotAttendee.optional(CAROL).withWeight(2), SlotAttendee.optional(DAVE)).maxSuggestions(1);
        // when
        Suggestion s = find(agenda(), List.of(free(ALICE), bob, carol), req.build(), LAST_WEEK).suggestions().get(0);
        // then: (100 + 49 + 2 x 0 + 49) / 5
        assertThat(s.interval()).isEqualTo(slot);
        assertThat(s.confidence()).containsExactly(org.assertj.core.api.Assertions.entry(ALICE, 100),
                org.assertj.core.api.Assertions.entry(BOB, 49), org.assertj.core.api.Assertions.entry(CAROL, 0),
                org.assertj.core.api.Assertions.entry(DAVE, 49));
        assertThat(s.overallConfidence()).isCloseTo(39.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.missingOptional()).containsExactly(CAROL);
        assertThat(s.reasons()).anyMatch(r -> r.contains("cannot come: carol"))
                .anyMatch(r -> r.contains("Tentative then: bob")).anyMatch(r -> r.contains("Calendar unknown: dave"));
        assertThat(s.reasons(java.util.Locale.FRENCH)).containsExactly("Le participant obligatoire est libre en heures ouvrées",
                "Réponse provisoire à ce moment : bob", "Agenda inconnu : dave", "Participant facultatif empêché : carol");
        assertThat(s.reasons(java.util.Locale.ENGLISH)).containsExactly("Free in working hours for the 1 required attendee",
                "Tentative then: bob", "Calendar unknown: dave", "Optional attendee who cannot come: carol");
        // a tentative required attendee is not blocked, only less likely
        Suggestion t = find(agenda(), List.of(bob), request(day(MONDAY), 60, SlotAttendee.required(BOB)).maxSuggestions(1).build(),
                LAST_WEEK).suggestions().get(0);
        assertThat(t.interval()).isEqualTo(slot);
        assertThat(t.overallConfidence()).isEqualTo(49.0);
    }

    @Test
    void the_smallest_adequate_room_is_chosen_and_the_reason_says_so() {
        // given: 3 attendees fit the small room (4 seats) and the large one (20)
        SlotRequest req = request(day(MONDAY), 60, SlotAttendee.required(ALICE), SlotAttendee.required(BOB),
                SlotAttendee.required(CAROL)).room(RoomNeeds.any()).maxSuggestions(1).build();
        List<Availability> av = List.of(free(ALICE), free(BOB), free(CAROL));
        // when
        Suggestion s = find(agenda(), av, req, LAST_WEEK).suggestions().get(0);
        Agenda smallTaken = agenda().book(meeting("m1", SMALL, MONDAY.withHour(9), 60, "x").build(), CTX).get().agenda();
        Suggestion t = find(smallTaken, av, req, LAST_WEEK).suggestions().get(0);
        // then
        assertThat(s.room()).contains(SMALL);
        assertThat(s.roomReason().get()).startsWith("Smallest adequate room free then: Salle Voltaire (B2-101), 4 seats for 3");
        assertThat(t.interval()).isEqualTo(at(9, 9, 0, 60));
        assertThat(t.room()).contains(LARGE);
        assertThat(t.roomReason().get()).contains("smaller adequate rooms booked or closed then: Salle Voltaire");
        assertThat(s.reasons(java.util.Locale.FRENCH)).containsExactly("Les 3 participants obligatoires sont libres en heures"
                + " ouvrées", "Plus petite salle adaptée libre à ce moment : B2-101, 4 places pour 3");
        assertThat(t.reasons(java.util.Locale.ENGLISH)).containsExactly("Free in working hours for all 3 required attendees",
                "Smallest adequate room free then: B2-301, 20 seats for 3; smaller adequate rooms booked or closed then: B2-101");
    }

    @Test
    void equipment_accessibility_and_building_needs_choose_the_room_and_mobile_equipment() {
        List<Availability> av = List.of(free(ALICE));
        java.util.function.Function<RoomNeeds, SlotRequest> base = needs ->
                request(day(MONDAY), 60, SlotAttendee.required(ALICE)).maxSuggestions(1).room(needs).build();
        // video and accessibility: only the large room
        assertThat(find(agenda(), av, base.apply(RoomNeeds.builder().addEquipment("video").build()), LAST_WEEK)
                .suggestions().get(0).room()).contains(LARGE);
        assertThat(find(agenda(), av, base.apply(RoomNeeds.builder().accessible(true).build()), LAST_WEEK)
                .suggestions().get(0).room()).contains(LARGE);
        // a projector fixed in the large room counts as the room's equipment
        assertThat(find(agenda(), av, base.apply(RoomNeeds.builder().addEquipment("projector").build()), LAST_WEEK)
                .suggestions().get(0).room()).contains(LARGE);
        // another building: nothing fits, and the room is the blocker
        SlotAnswer none = find(agenda(), av, base.apply(RoomNeeds.builder().building("B9").build()), LAST_WEEK);
        assertThat(none.isFound()).isFalse();
        assertThat(none.blockers().get(0).kind()).isEqualTo(Blocker.Kind.ROOM);
        assertThat(none.blockers().get(0).openAlone()).isZero();
        assertThat(none.blockers().get(0).message()).contains("No room meets the needs (1 seats, building B9)");
        // a mobile projector: the spare, free from 10:00 once booked 09:00-10:00
        SlotRequest mobile = request(day(MONDAY), 60, SlotAttendee.required(ALICE)).maxSuggestions(1).addEquipment("projector").build();
        assertThat(find(agenda(), av, mobile, LAST_WEEK).suggestions().get(0).equipment()).containsExactly(SPARE_PROJECTOR);
        Agenda spareTaken = agenda().book(meeting("m1", SMALL, MONDAY.withHour(9), 60, "x").addEquipment(SPARE_PROJECTOR)
                .build(), CTX).get().agenda();
        assertThat(find(spareTaken, av, mobile, LAST_WEEK).suggestions().get(0).interval()).isEqualTo(at(9, 10, 0, 60));
    }

    @Test
    void earliest_and_latest_time_of_day_and_max_suggestions_bound_the_answer() {
        SlotRequest req = request(day(MONDAY), 60, SlotAttendee.required(ALICE))
                .zone(PARIS).earliest(LocalTime.of(10, 0)).latest(LocalTime.of(12, 0)).build();
        SlotAnswer a = find(agenda(), List.of(free(ALICE)), req, LAST_WEEK);
        assertThat(a.suggestions()).extracting(s -> s.interval().start())
                .containsExactly(at(9, 10, 0, 0).start(), at(9, 10, 15, 0).start(), at(9, 10, 30, 0).start(),
                        at(9, 10, 45, 0).start(), at(9, 11, 0, 0).start());
        SlotRequest three = request(Interval.of(MONDAY.toInstant(), MONDAY.plusDays(5).toInstant()), 60,
                SlotAttendee.required(ALICE)).maxSuggestions(3).build();
        assertThat(find(agenda(), List.of(free(ALICE)), three, LAST_WEEK).suggestions()).hasSize(3);
    }

    @Test
    void same_day_keeps_Los_Angeles_and_Sydney_on_one_date_and_says_so_when_it_cannot() {
        // given: 08:00-18:00 in both; in March Los Angeles is UTC-7 and Sydney UTC+11, 18 hours apart:
        // their common hours are Los Angeles 14:00-18:00 = Sydney 08:00-12:00 the next day
        WorkingWeek week = WorkingWeek.mondayToFriday(TimeRange.parse("08:00-18:00"));
        Availability la = Availability.of(ALICE, BusinessCalendar.of(ZoneId.of("America/Los_Angeles"), week, HolidayCalendar.none())).build();
        Availability syd = Availability.of(BOB, BusinessCalendar.of(ZoneId.of("Australia/Sydney"), week, HolidayCalendar.none())).build();
        SlotRequest.Builder req = request(Interval.of(MONDAY.toInstant(), MONDAY.plusDays(3).toInstant()), 60,
                SlotAttendee.required(ALICE), SlotAttendee.required(BOB));
        // when
        SlotAnswer any = find(agenda(), List.of(la, syd), req.build(), LAST_WEEK);
        SlotAnswer sameDay = find(agenda(), List.of(la, syd), req.sameDay(true).build(), LAST_WEEK);
        // then
        assertThat(any.suggestions()).isNotEmpty();
        assertThat(any.suggestions().get(0).interval().start().atZone(ZoneId.of("America/Los_Angeles")).toLocalTime())
                .isEqualTo(LocalTime.of(14, 0));
        assertThat(sameDay.isFound()).isFalse();
        assertThat(sameDay.blockers()).last().extracting(Blocker::kind).isEqualTo(Blocker.Kind.WINDOW);
        assertThat(sameDay.relaxations()).extracting(Relaxation::kind).contains(Relaxation.Kind.DROP_SAME_DAY);
    }

    @Test
    void an_impossible_request_says_who_blocks_and_which_changes_open_how_many_slots() {
        // given: Monday morning 09:00-12:30, one hour on a 30-minute grid: 6 candidate starts
        // (09:00 ... 11:30); alice is busy 09:00-12:00, bob is free
        // (one calendar object for both, as a host would share it)
        Interval morning = at(9, 9, 0, 210);
        BusinessCalendar office = paris();
        Availability alice = Availability.of(ALICE, office)
                .outside(List.of(FreeBusy.of(at(9, 9, 0, 180), FreeBusy.State.BUSY))).build();
        SlotRequest req = request(morning, 60, SlotAttendee.required(ALICE), SlotAttendee.required(BOB))
                .granularity(Duration.ofMinutes(30)).zone(PARIS).build();
        // when
        SlotAnswer a = find(agenda(), List.of(alice, Availability.of(BOB, office).build()), req, LAST_WEEK);
        // then
        assertThat(a.isFound()).isFalse();
        assertThat(a.blockers()).extracting(Blocker::kind, Blocker::subject, Blocker::openAlone, Blocker::candidates)
                .containsExactly(tuple(Blocker.Kind.ATTENDEE, "alice", 0, 6), tuple(Blocker.Kind.ATTENDEE, "bob", 6, 6));
        assertThat(a.blockers().get(0).message()).isEqualTo("alice is free in working hours for 0 of 6 candidate starts in the window");
        // alice optional: the 6 starts; extended to the end of Monday: the afternoon 13:30-17:30 gives
        // 13:30, 14:00, ..., 16:30 = 7; 30 minutes: only 12:00-12:30 = 1
        assertThat(a.relaxations()).extracting(Relaxation::kind, Relaxation::slots).containsExactly(
                tuple(Relaxation.Kind.MAKE_OPTIONAL, 6), tuple(Relaxation.Kind.EXTEND_WINDOW, 7), tuple(Relaxation.Kind.SHORTEN, 1));
        assertThat(a.relaxations().get(0)).isEqualTo(new Relaxation.MakeOptional(ALICE, 6, "Make alice optional: 6 slot(s)"));
        assertThat(a.relaxations().get(1)).isEqualTo(new Relaxation.ExtendWindow(MONDAY.plusDays(1).toInstant(), PARIS, 7,
                "Extend the window to the end of 2026-03-09 (Europe/Paris): 7 slot(s)"));
        assertThat(((Relaxation.ExtendWindow) a.relaxations().get(1)).until()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(a.relaxations().get(2)).isEqualTo(new Relaxation.Shorten(Duration.ofMinutes(30), 1,
                "Shorten to 30 minutes: 1 slot(s)"));
    }

    @Test
    void a_relaxation_applied_to_the_request_gives_the_slots_it_counted() {
        // given: the impossible morning above (alice busy 09:00-12:00)
        Availability alice = Availability.of(ALICE, paris())
                .outside(List.of(FreeBusy.of(at(9, 9, 0, 180), FreeBusy.State.BUSY))).build();
        List<Availability> av = List.of(alice, free(BOB));
        SlotRequest req = request(at(9, 9, 0, 210), 60, SlotAttendee.required(ALICE), SlotAttendee.required(BOB))
                .granularity(Duration.ofMinutes(30)).zone(PARIS).maxSuggestions(100).build();
        SlotAnswer a = find(agenda(), av, req, LAST_WEEK);
        Relaxation.Shorten shorter = (Relaxation.Shorten) a.relaxations().stream()
                .filter(r -> r.kind() == Relaxation.Kind.SHORTEN).findFirst().orElseThrow();
        Relaxation.ExtendWindow longer = (Relaxation.ExtendWindow) a.relaxations().stream()
                .filter(r -> r.kind() == Relaxation.Kind.EXTEND_WINDOW).findFirst().orElseThrow();
        // when
        SlotAnswer shortened = find(agenda(), av, req.withDuration(shorter.length()), LAST_WEEK);
        SlotAnswer extended = find(agenda(), av, req.withWindow(Interval.of(req.window().start(), longer.end())), LAST_WEEK);
        // then: as many slots as counted, the new ones where the relaxation said
        assertThat(shortened.suggestions()).extracting(Suggestion::interval).containsExactly(at(9, 12, 0, 30));
        assertThat(extended.suggestions()).hasSize(longer.slots())
                .allMatch(x -> x.interval().start().atZone(PARIS).toLocalDate().equals(longer.until()));
    }

    @Test
    void a_window_extension_ends_where_a_required_calendar_stops_being_known() {
        // given: alice's outside calendar is known for Monday 09:00-15:00 only, busy 09:00-12:00; bob is free
        Availability alice = Availability.of(ALICE, paris())
                .outside(List.of(FreeBusy.of(at(9, 9, 0, 180), FreeBusy.State.BUSY)), at(9, 9, 0, 360)).build();
        SlotRequest req = request(at(9, 9, 0, 210), 60, SlotAttendee.required(ALICE), SlotAttendee.required(BOB))
                .granularity(Duration.ofMinutes(30)).zone(PARIS).build();
        // when
        SlotAnswer a = find(agenda(), List.of(alice, free(BOB)), req, LAST_WEEK);
        // then: 13:30 and 14:00 fit before 15:00; the window ends at 15:00 that Monday, not at midnight
        assertThat(a.relaxations()).filteredOn(r -> r.kind() == Relaxation.Kind.EXTEND_WINDOW).singleElement()
                .isEqualTo(new Relaxation.ExtendWindow(at(9, 15, 0, 0).start(), PARIS, 2,
                        "Extend the window to 15:00 on 2026-03-09 (Europe/Paris): 2 slot(s)"))
                .extracting(r -> ((Relaxation.ExtendWindow) r).until()).isEqualTo(LocalDate.of(2026, 3, 9));
    }

    @Test
    void dropping_an_equipment_kind_says_whether_the_room_or_the_mobile_item_is_done_without() {
        // given: a projector in the room (only the large room has one, booked until 10:30) and a mobile one
        // (the spare, booked from 10:30 for an online meeting); alice is free all morning
        Agenda agenda = agenda().book(meeting("m1", LARGE, MONDAY.withHour(9), 90, "x").build(), CTX).get().agenda()
                .book(MeetingRequest.builder().id(MeetingId.of("m2")).title("Online").organizer(ORGANIZER)
                        .onlineLink("https://meet.example.org/m2").start(MONDAY.withHour(10).withMinute(30))
                        .end(MONDAY.withHour(12).withMinute(30)).addEquipment(SPARE_PROJECTOR).build(), CTX).get().agenda();
        SlotRequest req = request(at(9, 9, 0, 210), 60, SlotAttendee.required(ALICE)).granularity(Duration.ofMinutes(30))
                .room(RoomNeeds.builder().addEquipment("projector").build()).addEquipment("projector").build();
        // when
        SlotAnswer a = find(agenda, List.of(free(ALICE)), req, LAST_WEEK);
        // then: without the room's projector, the small room and the spare at 09:00 and 09:30; without the
        // mobile one, the large room at 10:30, 11:00 and 11:30
        assertThat(a.isFound()).isFalse();
        assertThat(a.relaxations()).filteredOn(r -> r.kind() == Relaxation.Kind.DROP_EQUIPMENT).containsExactly(
                new Relaxation.DropEquipment("projector", true, 3, "Do without a mobile projector: 3 slot(s)"),
                new Relaxation.DropEquipment("projector", false, 2, "Do without a room with projector: 2 slot(s)"));
        assertThat(a.relaxations()).filteredOn(r -> r.kind() == Relaxation.Kind.USE_ROOM)
                .containsExactly(new Relaxation.UseRoom(SMALL, 2, "Use Salle Voltaire (B2-101; no projector): 2 slot(s)"));
    }

    /** The agenda with a meeting of {@code minutes} from {@code start} that alice accepted. */
    private static Agenda accepted(Agenda agenda, String id, ZonedDateTime start, int minutes) {
        Agenda a = agenda.book(meeting(id, LARGE, start, minutes, "alice").build(), CTX).get().agenda();
        return a.respond(MeetingId.of(id), ALICE, Attendee.Response.ACCEPTED, CTX).get().agenda();
    }

    @Test
    void extending_the_window_counts_the_meetings_after_the_horizon_the_availability_was_loaded_for() {
        // given: alice accepted 09:00-12:00 and 14:00-16:00 on Monday; her availability is read from the
        // agenda for the morning window only, as a host would; bob is free
        Agenda agenda = accepted(accepted(agenda(), "m1", MONDAY.withHour(9), 180), "m2", MONDAY.withHour(14), 120);
        Interval morning = at(9, 9, 0, 210);
        Availability alice = Availability.of(ALICE, paris()).meetings(agenda, morning).build();
        SlotRequest req = request(morning, 60, SlotAttendee.required(ALICE), SlotAttendee.required(BOB))
                .granularity(Duration.ofMinutes(30)).zone(PARIS).build();
        // when
        SlotAnswer a = find(agenda, List.of(alice, free(BOB)), req, LAST_WEEK);
        // then: the afternoon 13:30-17:30 around her 14:00-16:00 meeting gives 16:00 and 16:30, not the 7 starts
        // of a free afternoon
        assertThat(a.isFound()).isFalse();
        assertThat(a.relaxations()).filteredOn(r -> r.kind() == Relaxation.Kind.EXTEND_WINDOW)
                .extracting(r -> ((Relaxation.ExtendWindow) r).until(), Relaxation::slots)
                .containsExactly(tuple(LocalDate.of(2026, 3, 9), 2));
    }

    @Test
    void buffers_of_meetings_just_outside_the_horizon_the_availability_was_loaded_for_still_count() {
        // given: alice accepted 08:00-09:00 and 12:30-13:00, just outside the morning window her availability
        // is read for, and keeps 15 minutes free around meetings
        Agenda agenda = accepted(accepted(agenda(), "m1", MONDAY.withHour(8), 60), "m2", MONDAY.withHour(12).withMinute(30), 30);
        Interval morning = at(9, 9, 0, 210);
        Availability alice = Availability.of(ALICE, paris()).meetings(agenda, morning)
                .buffers(Duration.ofMinutes(15), Duration.ofMinutes(15)).build();
        SlotRequest req = request(morning, 60, SlotAttendee.required(ALICE)).maxSuggestions(100).build();
        // when
        List<Suggestion> s = find(agenda, List.of(alice), req, LAST_WEEK).suggestions();
        // then: 09:00 is within 15 minutes of the end of the first meeting, 11:30-12:30 within 15 minutes of the second
        assertThat(s.get(0).interval()).isEqualTo(at(9, 9, 15, 60));
        assertThat(s.get(s.size() - 1).interval()).isEqualTo(at(9, 11, 15, 60));
    }

    @Test
    void no_slot_is_claimed_where_an_outside_calendar_was_not_read() {
        // given: bob's free/busy answer was asked for Monday only and says busy 09:00-12:30; the window is
        // Monday and Tuesday
        Availability bob = Availability.of(BOB, paris())
                .outside(List.of(FreeBusy.of(at(9, 9, 0, 210), FreeBusy.State.BUSY)), day(MONDAY)).build();
        Interval twoDays = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(2).toInstant());
        SlotRequest required = request(twoDays, 60, SlotAttendee.required(BOB)).maxSuggestions(100).build();
        SlotRequest optional = request(twoDays, 60, SlotAttendee.required(ALICE), SlotAttendee.optional(BOB)).maxSuggestions(100).build();
        // when
        SlotAnswer a = find(agenda(), List.of(bob), required, LAST_WEEK);
        SlotAnswer b = find(agenda(), List.of(free(ALICE), bob), optional, LAST_WEEK);
        // then: only Monday afternoon is claimed for bob; on Tuesday his calendar is unknown (confidence 49)
        assertThat(a.suggestions()).isNotEmpty().allMatch(x -> day(MONDAY).encloses(x.interval()));
        assertThat(a.suggestions().get(0).interval()).isEqualTo(at(9, 13, 30, 60));
        Suggestion tuesday = b.suggestions().stream().filter(x -> !day(MONDAY).encloses(x.interval())).findFirst().orElseThrow();
        assertThat(tuesday.confidence()).containsEntry(BOB, Suggestion.TENTATIVE);
        assertThat(tuesday.reasons()).anyMatch(r -> r.contains("Calendar unknown: bob"));
        assertThat(b.suggestions().get(0).confidence()).containsEntry(BOB, Suggestion.BUSY);
        // busy all Monday: nothing is claimed on Tuesday, and the blocker says why
        Availability busyMonday = Availability.of(BOB, paris())
                .outside(List.of(FreeBusy.of(day(MONDAY), FreeBusy.State.BUSY)), day(MONDAY)).build();
        SlotAnswer none = find(agenda(), List.of(busyMonday), required, LAST_WEEK);
        assertThat(none.isFound()).isFalse();
        assertThat(none.blockers().get(0).message()).isEqualTo("bob is free in working hours for 0 of 189 candidate starts"
                + " in the window (their calendar is known in the window only from 2026-03-08T23:00:00Z to 2026-03-09T23:00:00Z)");
        assertThat(none.relaxations()).extracting(Relaxation::kind).doesNotContain(Relaxation.Kind.EXTEND_WINDOW);
    }

    @Test
    void a_room_that_misses_the_needs_is_proposed_with_its_count() {
        // given: the morning, 1 hour on a 30-minute grid, a room in building B9 that does not exist
        SlotRequest req = request(at(9, 9, 0, 210), 60, SlotAttendee.required(ALICE))
                .granularity(Duration.ofMinutes(30)).room(RoomNeeds.builder().building("B9").build()).build();
        Agenda agenda = agenda().book(meeting("m1", LARGE, MONDAY.withHour(9), 90, "x").build(), CTX).get().agenda();
        // when
        SlotAnswer a = find(agenda, List.of(free(ALICE)), req, LAST_WEEK);
        // then: the small room is free all morning (6), the large one from 10:30 (10:30, 11:00, 11:30)
        assertThat(a.relaxations()).extracting(r -> ((Relaxation.UseRoom) r).room(), Relaxation::slots)
                .containsExactly(tuple(SMALL, 6), tuple(LARGE, 3));
        assertThat(a.relaxations().get(0).message()).isEqualTo("Use Salle Voltaire (B2-101; in building B2): 6 slot(s)");
    }

    @Test
    void bad_requests_are_refused_with_a_problem() {
        SlotRequest req = request(day(MONDAY), 60, SlotAttendee.required(ALICE)).build();
        assertThat(SlotFinder.find(agenda(), List.of(), req, LAST_WEEK).getLeft().code()).isEqualTo("agenda.slots.unknown-attendee");
        assertThat(SlotFinder.find(agenda(), List.of(free(ALICE), free(ALICE)), req, LAST_WEEK).getLeft().code())
                .isEqualTo("agenda.slots.duplicate-availability");
        SlotRequest year = request(Interval.of(MONDAY.toInstant(), MONDAY.plusDays(400).toInstant()), 60,
                SlotAttendee.required(ALICE)).build();
        assertThat(SlotFinder.find(agenda(), List.of(free(ALICE)), year, LAST_WEEK).getLeft().code())
                .isEqualTo("agenda.slots.window-too-long");
        SlotRequest shortWindow = request(at(9, 9, 0, 30), 60, SlotAttendee.required(ALICE)).build();
        assertThat(SlotFinder.find(agenda(), List.of(free(ALICE)), shortWindow, LAST_WEEK).getLeft().code())
                .isEqualTo("agenda.slots.window-too-short");
    }

    @Test
    void nothing_is_suggested_in_the_past() {
        Instant now = MONDAY.withHour(10).withMinute(5).toInstant();
        SlotRequest req = request(day(MONDAY), 30, SlotAttendee.required(ALICE)).maxSuggestions(1).build();
        assertThat(find(agenda(), List.of(free(ALICE)), req, now).suggestions().get(0).interval().start())
                .isEqualTo(MONDAY.withHour(10).withMinute(15).toInstant());
    }

    @Test
    @org.junit.jupiter.api.Timeout(20)
    void windows_and_now_at_the_ends_of_time_are_answered_for_the_supported_range_without_exception() {
        Instant min = org.aso.core.kernel.Limits.MIN_INSTANT;
        Instant max = org.aso.core.kernel.Limits.MAX_INSTANT;
        List<Interval> outside = List.of(Interval.of(Instant.MAX.minus(Duration.ofDays(2)), Instant.MAX),
                Interval.of(Instant.MIN, Duration.ofDays(2)));
        List<Interval> edges = List.of(Interval.of(max.minus(Duration.ofDays(2)), max), Interval.of(min, Duration.ofDays(3)));
        for (Instant now : List.of(Instant.MIN, Instant.MAX, min)) {
            for (Interval w : outside) {
                SlotAnswer a = find(agenda(), List.of(free(ALICE)), request(w, 60, SlotAttendee.required(ALICE),
                        SlotAttendee.optional(BOB)).room(RoomNeeds.any()).addEquipment("projector").build(), now);
                assertThat(a.isFound()).as("%s at %s", w, now).isFalse();
                assertThat(a.blockers()).extracting(Blocker::kind).containsExactly(Blocker.Kind.WINDOW);
                assertThat(a.relaxations()).isEmpty();
            }
            for (Interval w : edges) {
                SlotAnswer a = find(agenda(), List.of(free(ALICE)), request(w, 60, SlotAttendee.required(ALICE),
                        SlotAttendee.optional(BOB)).room(RoomNeeds.any()).addEquipment("projector").build(), now);
                assertThat(a.isFound()).as("%s at %s", w, now).isEqualTo(!now.equals(Instant.MAX));
                assertThat(a.suggestions()).allMatch(x -> w.encloses(x.interval()));
            }
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(60)
    void the_largest_impossible_request_is_answered_in_bounded_time() {
        // given: four hours on a one-minute grid over the longest window, 40 required attendees working
        // 00:00-23:59 every day, each busy until 20:00 one day in two (in turn): 3 h 59 in common a day
        List<Availability> av = new java.util.ArrayList<>();
        SlotRequest.Builder req = SlotRequest.builder();
        WorkingWeek always = WorkingWeek.of(java.util.EnumSet.allOf(java.time.DayOfWeek.class), List.of(TimeRange.parse("00:00-23:59")));
        BusinessCalendar cal = BusinessCalendar.of(ZoneId.of("UTC"), always, HolidayCalendar.none());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        for (int k = 0; k < 40; k++) {
            List<FreeBusy> away = new java.util.ArrayList<>();
            for (int day = k % 2; day < 366 + 92; day += 2) {
                away.add(FreeBusy.of(Interval.of(start.plus(Duration.ofDays(day)), Duration.ofHours(20)), FreeBusy.State.BUSY));
            }
            PersonId p = PersonId.of("p" + k);
            av.add(Availability.of(p, cal).outside(away).build());
            req.addAttendees(SlotAttendee.required(p));
        }
        SlotRequest r = req.duration(Duration.ofHours(4)).granularity(Duration.ofMinutes(1))
                .window(Interval.of(start, SlotFinder.MAX_WINDOW)).build();
        // when
        SlotAnswer a = find(agenda(), av, r, start);
        // then: each one alone is free on half the days; 3 h 59 fit once a day, from 20:00 (the window extension
        // finds none in the 92 days after)
        assertThat(a.isFound()).isFalse();
        assertThat(a.blockers()).filteredOn(x -> x.kind() == Blocker.Kind.ATTENDEE).hasSize(40)
                .allMatch(x -> x.openAlone() == SlotFinder.COUNT_LIMIT);
        assertThat(a.relaxations()).containsExactly(new Relaxation.Shorten(Duration.ofMinutes(239), 366,
                "Shorten to 239 minutes: 366 slot(s)"));
    }
}
