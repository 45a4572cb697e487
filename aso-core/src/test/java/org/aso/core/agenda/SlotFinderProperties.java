package org.aso.core.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Holiday;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;

/**
 * Small random cases around the March clock changes (New York on 8 March, Paris on 29 March
 * 2026): every suggestion is really feasible, and the suggestions are exactly the first feasible
 * starts found by a brute-force scan of the grid, with the smallest free adequate room.
 */
class SlotFinderProperties {
    private static final Instant[] BASES = {
            ZonedDateTime.of(2026, 3, 6, 0, 0, 0, 0, ZoneOffset.UTC).toInstant(),
            ZonedDateTime.of(2026, 3, 27, 0, 0, 0, 0, ZoneOffset.UTC).toInstant()};

    record Busy(int startMinute, int minutes, FreeBusy.State state) {}

    record Person(int calendar, int holidayDay, List<Busy> busy, int buffer, int notice, boolean required) {}

    record Case(int base, int windowStart, int windowDays, int nowMinute, int duration, int grid, List<Person> people,
                int roomMode, int seats, List<Integer> bookings, int max) {
        Case withMax(int m) {
            return new Case(base, windowStart, windowDays, nowMinute, duration, grid, people, roomMode, seats, bookings, m);
        }

        Case withDuration(int minutes) {
            return new Case(base, windowStart, windowDays, nowMinute, minutes, grid, people, roomMode, seats, bookings, max);
        }

        Case optional(int person) {
            List<Person> ps = new ArrayList<>(people);
            Person p = ps.get(person);
            ps.set(person, new Person(p.calendar(), p.holidayDay(), p.busy(), p.buffer(), p.notice(), false));
            return new Case(base, windowStart, windowDays, nowMinute, duration, grid, ps, roomMode, seats, bookings, max);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Busy> busy = Combinators.combine(Arbitraries.integers().between(0, 4 * 1440),
                Arbitraries.integers().between(10, 240), Arbitraries.of(FreeBusy.State.class)).as(Busy::new);
        Arbitrary<Person> person = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-1, 4), busy.list().ofMaxSize(8), Arbitraries.of(0, 10, 15),
                Arbitraries.of(0, 90, 600), Arbitraries.of(true, true, false)).as(Person::new);
        Arbitrary<List<Integer>> bookings = Arbitraries.integers().between(0, 4 * 96).list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1440),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(-1440, 2 * 1440),
                        Arbitraries.integers().between(10, 150), Arbitraries.of(10, 15, 30),
                        person.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 2))
                .flatAs((b, ws, wd, now, d, g, people, roomMode) -> Combinators.combine(Arbitraries.integers().between(1, 22),
                        bookings, Arbitraries.integers().between(1, 6))
                        .as((seats, bk, max) -> new Case(b, ws, wd, now, d, g, people, roomMode, seats, bk, max)));
    }

    /** Everything built from a case: the inputs of the finder and what the brute force needs. */
    private record Built(Agenda agenda, List<Availability> availabilities, SlotRequest request, Instant now,
                         List<Person> people, List<BusinessCalendar> calendars, List<List<FreeBusy>> blocking) {}

    private static Built build(Case c) {
        Instant base = BASES[c.base()];
        Agenda agenda = AgendaFixtures.agenda();
        Context ctx = Context.of(base.minus(Duration.ofDays(30)), AgendaFixtures.ORGANIZER, Clearance.none());
        for (int i = 0; i < c.bookings().size(); i++) {
            int slot = c.bookings().get(i);
            RoomId room = slot % 2 == 0 ? AgendaFixtures.LARGE : AgendaFixtures.SMALL;
            ZonedDateTime s = base.plus(Duration.ofMinutes(15L * slot)).atZone(KernelFixtures.PARIS);
            var booked = agenda.book(AgendaFixtures.meeting("b" + i, room, s, 30 + 15 * (slot % 7), "x").build(), ctx);
            if (booked.isRight()) {
                agenda = booked.get().agenda();
            }
        }
        List<Availability> av = new ArrayList<>();
        List<BusinessCalendar> calendars = new ArrayList<>();
        SlotRequest.Builder req = SlotRequest.builder();
        for (int i = 0; i < c.people().size(); i++) {
            Person p = c.people().get(i);
            BusinessCalendar cal = switch (p.calendar()) {
                case 0 -> KernelFixtures.paris();
                case 1 -> KernelFixtures.newYork();
                default -> KernelFixtures.paris().withZone(java.time.ZoneId.of("Asia/Kolkata"));
            };
            if (p.holidayDay() >= 0) {
                LocalDate day = base.atZone(cal.zone()).toLocalDate().plusDays(p.holidayDay());
                cal = cal.plusHolidays(HolidayCalendar.ofHolidays("closure", List.of(Holiday.of(day, "Closure"))));
            }
            calendars.add(cal);
            List<FreeBusy> fb = p.busy().stream().map(b -> FreeBusy.of(Interval.of(base.plus(Duration.ofMinutes(b.startMinute())),
                    Duration.ofMinutes(b.minutes())), b.state())).toList();
            PersonId id = PersonId.of("p" + i);
            av.add(Availability.of(id, cal).outside(fb).buffers(Duration.ofMinutes(p.buffer()), Duration.ofMinutes(p.buffer()))
                    .minimumNotice(Duration.ofMinutes(p.notice())).build());
            req.addAttendees(p.required() ? SlotAttendee.required(id) : SlotAttendee.optional(id));
        }
        Instant ws = base.plus(Duration.ofMinutes(c.windowStart()));
        req.window(Interval.of(ws, Duration.ofDays(c.windowDays()))).duration(Duration.ofMinutes(c.duration()))
                .granularity(Duration.ofMinutes(c.grid())).maxSuggestions(Math.min(c.max(), 100));
        if (c.roomMode() == 1) {
            req.room(RoomNeeds.builder().seats(c.seats()).build());
        } else if (c.roomMode() == 2) {
            req.room(RoomNeeds.builder().accessible(true).build());
        }
        List<List<FreeBusy>> blocking = new ArrayList<>();
        for (Person p : c.people()) {
            blocking.add(p.busy().stream().filter(x -> x.state() == FreeBusy.State.BUSY || x.state() == FreeBusy.State.OUT_OF_OFFICE)
                    .map(x -> FreeBusy.of(Interval.of(base.plus(Duration.ofMinutes(x.startMinute())), Duration.ofMinutes(x.minutes())),
                            x.state())).toList());
        }
        return new Built(agenda, av, req.build(), base.plus(Duration.ofMinutes(c.nowMinute())), c.people(), calendars, blocking);
    }

    // ------------------------------------------------------------------ the brute force

    private static boolean attendeeFree(Built b, int i, Interval slot) {
        Person p = b.people().get(i);
        BusinessCalendar cal = b.calendars().get(i);
        if (slot.start().isBefore(b.now().plus(Duration.ofMinutes(p.notice())))) {
            return false;
        }
        LocalDate date = slot.start().atZone(cal.zone()).toLocalDate();
        if (!cal.isWorkingDay(date) || cal.workingPeriods(date).stream().noneMatch(w -> w.encloses(slot))) {
            return false;
        }
        for (FreeBusy fb : b.blocking().get(i)) {
            Interval busy = fb.state() == FreeBusy.State.OUT_OF_OFFICE ? fb.interval()
                    : Interval.of(fb.interval().start().minus(Duration.ofMinutes(p.buffer())),
                    fb.interval().end().plus(Duration.ofMinutes(p.buffer())));
            if (busy.overlaps(slot)) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Room> roomFor(Built b, Interval slot) {
        Optional<RoomNeeds> needs = b.request().room();
        if (needs.isEmpty()) {
            return Optional.empty();
        }
        int seats = needs.get().seats().orElse(b.request().attendees().size());
        return b.agenda().rooms().stream()
                .filter(r -> r.capacity() >= seats && (!needs.get().accessible() || r.accessible()))
                .sorted(Comparator.comparingInt(Room::capacity).thenComparing(r -> r.id().value()))
                .filter(r -> b.agenda().bookingsOf(r.id(), slot).isEmpty())
                .filter(r -> r.bookableHours().map(h -> h.workingPeriods(slot.start().atZone(h.zone()).toLocalDate())
                        .stream().anyMatch(w -> w.encloses(slot))).orElse(true))
                .findFirst();
    }

    private record Found(Interval slot, Optional<RoomId> room) {}

    private static List<Found> brute(Built b, Case c) {
        long g = c.grid() * 60L;
        Instant from = b.request().window().start().isAfter(b.now()) ? b.request().window().start() : b.now();
        long t = Math.floorDiv(from.getEpochSecond() + g - 1, g) * g;
        List<Found> out = new ArrayList<>();
        Duration d = b.request().duration();
        for (; out.size() < c.max(); t += g) {
            Interval slot = Interval.of(Instant.ofEpochSecond(t), d);
            if (slot.end().isAfter(b.request().window().end())) {
                break;
            }
            boolean ok = true;
            for (int i = 0; i < c.people().size() && ok; i++) {
                ok = !c.people().get(i).required() || attendeeFree(b, i, slot);
            }
            Optional<Room> room = roomFor(b, slot);
            if (ok && (b.request().room().isEmpty() || room.isPresent())) {
                out.add(new Found(slot, room.map(Room::id)));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 400)
    void every_suggestion_is_free_for_every_required_attendee_in_hours_window_and_room(@ForAll("cases") Case c) {
        Built b = build(c);
        SlotAnswer a = SlotFinder.find(b.agenda(), b.availabilities(), b.request(), b.now()).get();
        for (Suggestion s : a.suggestions()) {
            assertThat(b.request().window().encloses(s.interval())).isTrue();
            assertThat(s.interval().start()).isAfterOrEqualTo(b.now());
            for (int i = 0; i < c.people().size(); i++) {
                if (c.people().get(i).required()) {
                    BusinessCalendar cal = b.calendars().get(i);
                    assertThat(cal.isWorkingDay(s.interval().start().atZone(cal.zone()).toLocalDate())).isTrue();
                    assertThat(attendeeFree(b, i, s.interval())).as("p%d free at %s", i, s.interval()).isTrue();
                    assertThat(s.confidence().get(PersonId.of("p" + i))).isIn(49, 100);
                }
            }
            if (b.request().room().isPresent()) {
                Room room = b.agenda().room(s.room().orElseThrow()).orElseThrow();
                int seats = b.request().room().get().seats().orElse(c.people().size());
                assertThat(room.capacity()).isGreaterThanOrEqualTo(seats);
                assertThat(b.agenda().bookingsOf(room.id(), s.interval())).isEmpty();
            }
        }
    }

    @Property(tries = 400)
    void suggestions_are_the_first_feasible_starts_of_a_brute_force_scan(@ForAll("cases") Case c) {
        Built b = build(c);
        SlotAnswer a = SlotFinder.find(b.agenda(), b.availabilities(), b.request(), b.now()).get();
        List<Found> expected = brute(b, c);
        assertThat(a.suggestions().stream().map(s -> new Found(s.interval(), s.room())).toList()).isEqualTo(expected);
        assertThat(a.isFound()).isEqualTo(!expected.isEmpty());
        Statistics.collect(expected.isEmpty() ? "none" : expected.size() == c.max() ? "full" : "some",
                b.request().room().isPresent() ? "room" : "no room");
        if (expected.isEmpty()) {
            assertThat(a.blockers()).isNotEmpty();
        }
    }

    /** All feasible starts of a case by brute force (windows are at most 3 days: far below the count limit). */
    private static int bruteCount(Case c) {
        Case all = c.withMax(SlotFinder.COUNT_LIMIT);
        return brute(build(all), all).size();
    }

    @Property(tries = 300)
    void when_nothing_fits_each_relaxation_opens_as_many_slots_as_a_brute_force_scan_finds(@ForAll("cases") Case c) {
        Built b = build(c);
        SlotAnswer a = SlotFinder.find(b.agenda(), b.availabilities(), b.request(), b.now()).get();
        Statistics.label("relaxations").collect(a.isFound() ? "found" : a.relaxations().isEmpty() ? "none" : "some");
        if (a.isFound()) {
            return;
        }
        for (Relaxation r : a.relaxations()) {
            switch (r.kind()) {
                case MAKE_OPTIONAL -> {
                    int person = Integer.parseInt(r.subject().substring(1));
                    assertThat(r.slots()).as(r.message()).isEqualTo(bruteCount(c.optional(person)));
                }
                case SHORTEN -> {
                    int minutes = Integer.parseInt(r.subject());
                    assertThat(r.slots()).as(r.message()).isEqualTo(bruteCount(c.withDuration(minutes)));
                    // the longest length on the grid that fits: one step longer gives nothing
                    if (minutes + c.grid() < c.duration()) {
                        assertThat(bruteCount(c.withDuration(minutes + c.grid()))).isZero();
                    }
                }
                default -> { }
            }
        }
        // every required attendee whose absence would open slots is proposed
        for (int i = 0; i < c.people().size(); i++) {
            String id = "p" + i;
            boolean proposed = a.relaxations().stream().anyMatch(r -> r.kind() == Relaxation.Kind.MAKE_OPTIONAL && r.subject().equals(id));
            if (c.people().get(i).required()) {
                assertThat(proposed).isEqualTo(bruteCount(c.optional(i)) > 0);
            }
        }
    }
}
