package org.aso.core.agenda.slots;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
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
 * 2026), compared with a brute-force scan of the grid written from the documented semantics:
 * every suggestion is really feasible; the suggestions are the distinct choices first, then the
 * earliest left; and when nothing fits, every blocker and every relaxation has the count the scan
 * finds, and every relaxation the scan finds is proposed.
 */
class SlotFinderProperties {
    private static final Instant[] BASES = {
            ZonedDateTime.of(2026, 3, 6, 0, 0, 0, 0, ZoneOffset.UTC).toInstant(),
            ZonedDateTime.of(2026, 3, 27, 0, 0, 0, 0, ZoneOffset.UTC).toInstant()};
    private static final ZoneId PARIS = KernelFixtures.PARIS;
    private static final LocalTime EARLIEST = LocalTime.of(10, 0);
    private static final LocalTime LATEST = LocalTime.of(16, 0);

    record Busy(int startMinute, int minutes, FreeBusy.State state) {}

    /**
     * One person; {@code knownFrom} < 0: their free/busy answer is all there is, else it was asked
     * for {@code knownMinutes} from {@code knownFrom} minutes after the base.
     */
    record Person(int calendar, int holidayDay, List<Busy> busy, int buffer, int notice, boolean required,
                  int knownFrom, int knownMinutes) {
        Person optional() {
            return new Person(calendar, holidayDay, busy, buffer, notice, false, knownFrom, knownMinutes);
        }
    }

    /** Extras: 1 = same day, 2 = times of day 10:00-16:00 in Paris, 4 = a mobile projector. */
    record Case(int base, int windowStart, int windowDays, int nowMinute, int duration, int grid, List<Person> people,
                int roomMode, int seats, List<Integer> bookings, int max, int extras) {
        Case withMax(int m) {
            return new Case(base, windowStart, windowDays, nowMinute, duration, grid, people, roomMode, seats, bookings, m, extras);
        }

        Case withDuration(int minutes) {
            return new Case(base, windowStart, windowDays, nowMinute, minutes, grid, people, roomMode, seats, bookings, max, extras);
        }

        Case optional(int person) {
            List<Person> ps = new ArrayList<>(people);
            ps.set(person, ps.get(person).optional());
            return new Case(base, windowStart, windowDays, nowMinute, duration, grid, ps, roomMode, seats, bookings, max, extras);
        }

        boolean sameDay() {
            return (extras & 1) != 0;
        }

        boolean timeOfDay() {
            return (extras & 2) != 0;
        }

        boolean projector() {
            return (extras & 4) != 0;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Busy> busy = Combinators.combine(Arbitraries.integers().between(0, 4 * 1440),
                Arbitraries.integers().between(10, 240), Arbitraries.of(FreeBusy.State.class)).as(Busy::new);
        Arbitrary<Person> person = Combinators.combine(Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(-1, 4), busy.list().ofMaxSize(8), Arbitraries.of(0, 10, 15),
                Arbitraries.of(0, 90, 600), Arbitraries.of(true, true, false),
                Arbitraries.of(-1, -1, 0, 600, 1440), Arbitraries.integers().between(1, 5 * 1440))
                .as(Person::new);
        Arbitrary<List<Integer>> bookings = Arbitraries.integers().between(0, 4 * 96).list().ofMaxSize(6);
        return Combinators.combine(Arbitraries.integers().between(0, 1), Arbitraries.integers().between(0, 1440),
                        Arbitraries.integers().between(1, 3), Arbitraries.integers().between(-1440, 2 * 1440),
                        Arbitraries.integers().between(10, 150), Arbitraries.of(10, 15, 30),
                        person.list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(0, 2))
                .flatAs((b, ws, wd, now, d, g, people, roomMode) -> Combinators.combine(Arbitraries.integers().between(1, 22),
                        bookings, Arbitraries.integers().between(1, 6), Arbitraries.of(0, 0, 0, 1, 2, 3, 4, 7))
                        .as((seats, bk, max, extras) -> new Case(b, ws, wd, now, d, g, people, roomMode, seats, bk, max, extras)));
    }

    /** Everything built from a case: the inputs of the finder and what the brute force needs. */
    private record Built(Agenda agenda, List<Availability> availabilities, SlotRequest request, Instant now,
                         List<Person> people, List<BusinessCalendar> calendars, List<List<FreeBusy>> blocking,
                         List<Optional<Interval>> known) {}

    private static Built build(Case c) {
        Instant base = BASES[c.base()];
        Agenda agenda = AgendaFixtures.agenda();
        Context ctx = Context.of(base.minus(Duration.ofDays(30)), AgendaFixtures.ORGANIZER, Clearance.none());
        for (int i = 0; i < c.bookings().size(); i++) {
            int slot = c.bookings().get(i);
            RoomId room = slot % 2 == 0 ? AgendaFixtures.LARGE : AgendaFixtures.SMALL;
            ZonedDateTime s = base.plus(Duration.ofMinutes(15L * slot)).atZone(PARIS);
            MeetingRequest.Builder m = AgendaFixtures.meeting("b" + i, room, s, 30 + 15 * (slot % 7), "x");
            if (slot % 3 == 0) {
                m.addEquipment(AgendaFixtures.SPARE_PROJECTOR);
            }
            var booked = agenda.book(m.build(), ctx);
            if (booked.isRight()) {
                agenda = booked.get().agenda();
            }
        }
        List<Availability> av = new ArrayList<>();
        List<BusinessCalendar> calendars = new ArrayList<>();
        List<Optional<Interval>> known = new ArrayList<>();
        SlotRequest.Builder req = SlotRequest.builder();
        for (int i = 0; i < c.people().size(); i++) {
            Person p = c.people().get(i);
            BusinessCalendar cal = switch (p.calendar()) {
                case 0 -> KernelFixtures.paris();
                case 1 -> KernelFixtures.newYork();
                default -> KernelFixtures.paris().withZone(ZoneId.of("Asia/Kolkata"));
            };
            if (p.holidayDay() >= 0) {
                LocalDate day = base.atZone(cal.zone()).toLocalDate().plusDays(p.holidayDay());
                cal = cal.plusHolidays(HolidayCalendar.ofHolidays("closure", List.of(Holiday.of(day, "Closure"))));
            }
            calendars.add(cal);
            List<FreeBusy> fb = p.busy().stream().map(b -> FreeBusy.of(Interval.of(base.plus(Duration.ofMinutes(b.startMinute())),
                    Duration.ofMinutes(b.minutes())), b.state())).toList();
            PersonId id = PersonId.of("p" + i);
            Availability.Builder a = Availability.of(id, cal);
            if (p.knownFrom() < 0) {
                a.outside(fb);
                known.add(Optional.empty());
            } else {
                Interval range = Interval.of(base.plus(Duration.ofMinutes(p.knownFrom())), Duration.ofMinutes(p.knownMinutes()));
                a.outside(fb, range);
                known.add(Optional.of(range));
            }
            av.add(a.buffers(Duration.ofMinutes(p.buffer()), Duration.ofMinutes(p.buffer()))
                    .minimumNotice(Duration.ofMinutes(p.notice())).build());
            req.addAttendees(p.required() ? SlotAttendee.required(id) : SlotAttendee.optional(id));
        }
        Instant ws = base.plus(Duration.ofMinutes(c.windowStart()));
        req.window(Interval.of(ws, Duration.ofDays(c.windowDays()))).duration(Duration.ofMinutes(c.duration()))
                .granularity(Duration.ofMinutes(c.grid())).maxSuggestions(Math.min(c.max(), 100)).sameDay(c.sameDay());
        if (c.timeOfDay()) {
            req.zone(PARIS).earliest(EARLIEST).latest(LATEST);
        }
        if (c.projector()) {
            req.addEquipment("projector");
        }
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
        return new Built(agenda, av, req.build(), base.plus(Duration.ofMinutes(c.nowMinute())), c.people(), calendars, blocking,
                known);
    }

    // ------------------------------------------------------------------ the brute force

    /** Where person {@code i}'s calendar is known: their answer's range less the buffers, or all time. */
    private static Interval known(Built b, int i) {
        Duration buffer = Duration.ofMinutes(b.people().get(i).buffer());
        return b.known().get(i).map(r -> r.duration().compareTo(buffer.multipliedBy(2)) <= 0
                        ? Interval.of(r.start(), r.start()) : Interval.of(r.start().plus(buffer), r.end().minus(buffer)))
                .orElse(Interval.of(Instant.MIN, Instant.MAX));
    }

    private static boolean attendeeFree(Built b, int i, Interval slot) {
        Person p = b.people().get(i);
        BusinessCalendar cal = b.calendars().get(i);
        if (slot.start().isBefore(b.now().plus(Duration.ofMinutes(p.notice()))) || !known(b, i).encloses(slot)) {
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

    private static boolean adequate(Built b, Room r) {
        RoomNeeds needs = b.request().room().get();
        int seats = needs.seats().orElse(b.request().attendees().size());
        return r.capacity() >= seats && (!needs.accessible() || r.accessible());
    }

    private static boolean roomFree(Built b, Room r, Interval slot) {
        return b.agenda().bookingsOf(r.id(), slot).isEmpty()
                && r.bookableHours().map(h -> h.workingPeriods(slot.start().atZone(h.zone()).toLocalDate())
                .stream().anyMatch(w -> w.encloses(slot))).orElse(true);
    }

    /** The smallest adequate room free for the slot (or {@code only}, if given). */
    private static Optional<Room> roomFor(Built b, Interval slot, Optional<Room> only) {
        return b.agenda().rooms().stream()
                .filter(r -> only.map(o -> o.id().equals(r.id())).orElseGet(() -> adequate(b, r)))
                .sorted(Comparator.comparingInt(Room::capacity).thenComparing(r -> r.id().value()))
                .filter(r -> roomFree(b, r, slot))
                .findFirst();
    }

    private static boolean timeOfDay(Interval slot) {
        ZonedDateTime s = slot.start().atZone(PARIS);
        return !s.toLocalTime().isBefore(EARLIEST) && !slot.end().isAfter(s.toLocalDate().atTime(LATEST).atZone(PARIS).toInstant());
    }

    private static boolean sameDay(Built b, Variant v, Interval slot) {
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (int i = 0; i < v.required().length; i++) {
            if (v.required()[i]) {
                zones.add(b.calendars().get(i).zone());
            }
        }
        b.request().zone().ifPresent(zones::add);
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (ZoneId z : zones) {
            LocalDate s = slot.start().atZone(z).toLocalDate();
            if (!s.equals(slot.end().minusSeconds(1).atZone(z).toLocalDate())) {
                return false;
            }
            dates.add(s);
        }
        return dates.size() <= 1;
    }

    /** What a scan looks for: the case, or the case with one change. */
    private record Variant(boolean[] required, Duration duration, Instant windowEnd, Optional<Room> room, boolean sameDay,
                           boolean timeOfDay, boolean projector) {
        static Variant of(Built b, Case c) {
            boolean[] req = new boolean[c.people().size()];
            for (int i = 0; i < req.length; i++) {
                req[i] = c.people().get(i).required();
            }
            return new Variant(req, b.request().duration(), b.request().window().end(), Optional.empty(), c.sameDay(),
                    c.timeOfDay(), c.projector());
        }

        Variant optional(int person) {
            boolean[] req = required.clone();
            req[person] = false;
            return new Variant(req, duration, windowEnd, room, sameDay, timeOfDay, projector);
        }

        Variant withDuration(Duration d) {
            return new Variant(required, d, windowEnd, room, sameDay, timeOfDay, projector);
        }

        Variant withWindowEnd(Instant end) {
            return new Variant(required, duration, end, room, sameDay, timeOfDay, projector);
        }

        Variant withRoom(Room r) {
            return new Variant(required, duration, windowEnd, Optional.of(r), sameDay, timeOfDay, projector);
        }

        Variant without(int extra) {
            return new Variant(required, duration, windowEnd, room, sameDay && extra != 1, timeOfDay && extra != 2,
                    projector && extra != 4);
        }
    }

    private record Found(Interval slot, Optional<RoomId> room) {}

    /** The feasible starts of a variant, in order, up to {@code max}. */
    private static List<Found> scan(Built b, Case c, Variant v, int max) {
        long g = c.grid() * 60L;
        Instant from = b.request().window().start().isAfter(b.now()) ? b.request().window().start() : b.now();
        long t = Math.floorDiv(from.getEpochSecond() + g - 1, g) * g;
        List<Found> out = new ArrayList<>();
        for (; out.size() < max; t += g) {
            Interval slot = Interval.of(Instant.ofEpochSecond(t), v.duration());
            if (slot.end().isAfter(v.windowEnd())) {
                break;
            }
            boolean ok = true;
            for (int i = 0; i < c.people().size() && ok; i++) {
                ok = !v.required()[i] || attendeeFree(b, i, slot);
            }
            ok = ok && (!v.sameDay() || sameDay(b, v, slot)) && (!v.timeOfDay() || timeOfDay(slot))
                    && (!v.projector() || b.agenda().bookingsOf(AgendaFixtures.SPARE_PROJECTOR, slot).isEmpty());
            Optional<Room> room = b.request().room().isEmpty() ? Optional.empty() : roomFor(b, slot, v.room());
            if (ok && (b.request().room().isEmpty() || room.isPresent())) {
                out.add(new Found(slot, room.map(Room::id)));
            }
        }
        return out;
    }

    private static int count(Built b, Case c, Variant v) {
        return scan(b, c, v, SlotFinder.COUNT_LIMIT).size();
    }

    /** The suggestions the documentation promises: distinct choices first, then the earliest left, earliest first. */
    private static List<Found> expected(Built b, Case c) {
        List<Found> all = scan(b, c, Variant.of(b, c), SlotFinder.COUNT_LIMIT);
        List<Found> out = new ArrayList<>();
        Instant free = Instant.MIN;
        for (Found f : all) {
            if (out.size() < c.max() && !f.slot().start().isBefore(free)) {
                out.add(f);
                free = f.slot().end();
            }
        }
        for (Found f : all) {
            if (out.size() < c.max() && !out.contains(f)) {
                out.add(f);
            }
        }
        out.sort(Comparator.comparing((Found f) -> f.slot().start()));
        return out;
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 400)
    void every_suggestion_is_free_for_every_required_attendee_in_hours_window_and_room(@ForAll("cases") Case c) {
        Built b = build(c);
        SlotAnswer a = SlotFinder.find(b.agenda(), b.availabilities(), b.request(), b.now()).get();
        Variant v = Variant.of(b, c);
        for (Suggestion s : a.suggestions()) {
            assertThat(b.request().window().encloses(s.interval())).isTrue();
            assertThat(s.interval().start()).isAfterOrEqualTo(b.now());
            for (int i = 0; i < c.people().size(); i++) {
                if (c.people().get(i).required()) {
                    BusinessCalendar cal = b.calendars().get(i);
                    assertThat(cal.isWorkingDay(s.interval().start().atZone(cal.zone()).toLocalDate())).isTrue();
                    assertThat(attendeeFree(b, i, s.interval())).as("p%d free at %s", i, s.interval()).isTrue();
                    assertThat(s.confidence().get(PersonId.of("p" + i))).isIn(49, 100);
                } else if (!known(b, i).encloses(s.interval())) {
                    assertThat(s.confidence().get(PersonId.of("p" + i))).isEqualTo(Suggestion.TENTATIVE);
                }
            }
            assertThat(!c.sameDay() || sameDay(b, v, s.interval())).isTrue();
            assertThat(!c.timeOfDay() || timeOfDay(s.interval())).isTrue();
            if (c.projector()) {
                assertThat(s.equipment()).containsExactly(AgendaFixtures.SPARE_PROJECTOR);
                assertThat(b.agenda().bookingsOf(AgendaFixtures.SPARE_PROJECTOR, s.interval())).isEmpty();
            }
            if (b.request().room().isPresent()) {
                Room room = b.agenda().room(s.room().orElseThrow()).orElseThrow();
                assertThat(adequate(b, room)).isTrue();
                assertThat(roomFree(b, room, s.interval())).isTrue();
            }
        }
    }

    @Property(tries = 400)
    void suggestions_are_distinct_choices_first_then_the_earliest_left(@ForAll("cases") Case c) {
        Built b = build(c);
        SlotAnswer a = SlotFinder.find(b.agenda(), b.availabilities(), b.request(), b.now()).get();
        List<Found> expected = expected(b, c);
        assertThat(a.suggestions().stream().map(s -> new Found(s.interval(), s.room())).toList()).isEqualTo(expected);
        assertThat(a.isFound()).isEqualTo(!expected.isEmpty());
        Statistics.collect(expected.isEmpty() ? "none" : expected.size() == c.max() ? "full" : "some",
                b.request().room().isPresent() ? "room" : "no room");
        if (expected.isEmpty()) {
            assertThat(a.blockers()).isNotEmpty();
        }
    }

    @Property(tries = 400)
    void suggestions_overlap_one_another_only_when_no_other_feasible_slot_is_left(@ForAll("cases") Case c) {
        // given
        Built b = build(c);
        List<Found> feasible = scan(b, c, Variant.of(b, c), SlotFinder.COUNT_LIMIT);
        // when
        List<Interval> s = SlotFinder.find(b.agenda(), b.availabilities(), b.request(), b.now()).get()
                .suggestions().stream().map(Suggestion::interval).toList();
        // then
        assertThat(s).doesNotHaveDuplicates().hasSize(Math.min(c.max(), feasible.size()));
        assertThat(s).isSortedAccordingTo(Comparator.comparing(Interval::start));
        boolean overlapping = false;
        for (int i = 1; i < s.size(); i++) {
            overlapping |= s.get(i - 1).overlaps(s.get(i));
        }
        Statistics.collect(overlapping ? "some overlap" : "all distinct");
        if (overlapping) {
            for (Found f : feasible) {
                assertThat(s).as("%s overlaps no suggestion", f.slot()).anyMatch(x -> x.overlaps(f.slot()));
            }
        }
    }

    @Property(tries = 300)
    void when_nothing_fits_every_blocker_and_relaxation_has_the_count_of_a_brute_force_scan(@ForAll("cases") Case c) {
        Built b = build(c);
        SlotAnswer a = SlotFinder.find(b.agenda(), b.availabilities(), b.request(), b.now()).get();
        Statistics.label("relaxations").collect(a.isFound() ? "found" : a.relaxations().isEmpty() ? "none" : "some");
        if (a.isFound()) {
            return;
        }
        Variant v = Variant.of(b, c);
        // relaxations the scan finds, with their counts
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < c.people().size(); i++) {
            if (c.people().get(i).required()) {
                expected.add("MAKE_OPTIONAL p" + i + " " + count(b, c, v.optional(i)));
            }
        }
        long g = c.grid() * 60L;
        for (long d = c.duration() * 60L - g, tries = 0; d >= Math.max(g, 60) && tries < 96; d -= g, tries++) {
            int n = count(b, c, v.withDuration(Duration.ofSeconds(d)));
            if (n > 0) {
                expected.add("SHORTEN " + Duration.ofSeconds(d) + " " + n);
                break;
            }
        }
        Instant reach = b.request().window().end().plus(SlotFinder.MAX_EXTENSION);
        for (int i = 0; i < c.people().size(); i++) {
            if (c.people().get(i).required() && known(b, i).end().isBefore(reach)) {
                reach = known(b, i).end();
            }
        }
        if (reach.isAfter(b.request().window().end())) {
            List<Found> first = scan(b, c, v.withWindowEnd(reach), 1);
            if (!first.isEmpty()) {
                ZoneId zone = b.request().zone().orElse(ZoneOffset.UTC);
                LocalDate day = first.get(0).slot().end().minusSeconds(1).atZone(zone).toLocalDate();
                Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
                Instant end = dayEnd.isBefore(reach) ? dayEnd : reach;
                expected.add("EXTEND_WINDOW " + day + " " + end + " " + count(b, c, v.withWindowEnd(end)));
            }
        }
        if (b.request().room().isPresent()) {
            for (Room r : b.agenda().rooms()) {
                if (!adequate(b, r)) {
                    expected.add("USE_ROOM " + r.id().value() + " " + count(b, c, v.withRoom(r)));
                }
            }
        }
        if (c.projector()) {
            expected.add("DROP_EQUIPMENT mobile projector " + count(b, c, v.without(4)));
        }
        if (c.sameDay()) {
            expected.add("DROP_SAME_DAY  " + count(b, c, v.without(1)));
        }
        if (c.timeOfDay()) {
            expected.add("DROP_TIME_OF_DAY  " + count(b, c, v.without(2)));
        }
        List<String> proposed = a.relaxations().stream().map(SlotFinderProperties::describe).toList();
        assertThat(proposed).containsExactlyInAnyOrderElementsOf(expected.stream().filter(x -> !x.endsWith(" 0")).toList());
        // blockers: each constraint alone
        int candidates = scan(b, c, new Variant(new boolean[c.people().size()], v.duration(), v.windowEnd(), Optional.empty(),
                false, false, false), SlotFinder.COUNT_LIMIT).size();
        for (Blocker blocker : a.blockers()) {
            if (blocker.kind() == Blocker.Kind.ATTENDEE) {
                int i = Integer.parseInt(blocker.subject().substring(1));
                boolean[] only = new boolean[c.people().size()];
                only[i] = true;
                Variant alone = new Variant(only, v.duration(), v.windowEnd(), Optional.empty(), false, false, false);
                assertThat(blocker.openAlone()).as(blocker.message()).isEqualTo(b.request().room().isPresent()
                        ? countIgnoringRoom(b, c, alone) : count(b, c, alone));
            }
            if (blocker.kind() != Blocker.Kind.WINDOW || blocker.candidates() > 0) {
                assertThat(blocker.candidates()).isEqualTo(b.request().room().isPresent()
                        ? countIgnoringRoom(b, c, new Variant(new boolean[c.people().size()], v.duration(), v.windowEnd(),
                        Optional.empty(), false, false, false)) : candidates);
            }
        }
    }

    /** A relaxation as the brute force scan above words it: its kind, its typed subject, its count. */
    private static String describe(Relaxation r) {
        String subject = "";
        if (r instanceof Relaxation.MakeOptional m) {
            subject = m.person().value();
        } else if (r instanceof Relaxation.ExtendWindow e) {
            subject = e.until() + " " + e.end();
        } else if (r instanceof Relaxation.Shorten s) {
            subject = s.length().toString();
        } else if (r instanceof Relaxation.UseRoom u) {
            subject = u.room().value();
        } else if (r instanceof Relaxation.DropEquipment d) {
            subject = (d.mobile() ? "mobile " : "room ") + d.equipmentKind();
        }
        return r.kind() + " " + subject + " " + r.slots();
    }

    @Property(tries = 200)
    void the_answer_does_not_depend_on_the_horizon_an_availability_read_its_agenda_for(@ForAll("cases") Case c,
            @ForAll("horizons") List<Integer> horizon) {
        // given: the people attend the bookings too, with every kind of answer; their availabilities read the
        // agenda over a random horizon (before, across or after the window, or a few minutes), or over months
        Built b = build(c);
        Instant base = BASES[c.base()];
        Context ctx = Context.of(base.minus(Duration.ofDays(30)), AgendaFixtures.ORGANIZER, Clearance.none());
        Agenda agenda = AgendaFixtures.agenda();
        Attendee.Response[] answers = Attendee.Response.values();
        for (int i = 0; i < c.bookings().size(); i++) {
            int slot = c.bookings().get(i);
            String person = "p" + i % c.people().size();
            ZonedDateTime s = base.plus(Duration.ofMinutes(15L * slot)).atZone(PARIS);
            var booked = agenda.book(AgendaFixtures.meeting("b" + i, slot % 2 == 0 ? AgendaFixtures.LARGE : AgendaFixtures.SMALL,
                    s, 30 + 15 * (slot % 7), person).build(), ctx);
            if (booked.isRight()) {
                Attendee.Response r = answers[slot % answers.length];
                agenda = booked.get().agenda();
                if (r != Attendee.Response.NEEDS_ACTION) {
                    agenda = (r == Attendee.Response.DELEGATED
                            ? agenda.respond(MeetingId.of("b" + i), PersonId.of(person), r, PersonId.of("y"), ctx)
                            : agenda.respond(MeetingId.of("b" + i), PersonId.of(person), r, ctx)).get().agenda();
                }
            }
        }
        Interval h = Interval.of(base.plus(Duration.ofMinutes(horizon.get(0))), Duration.ofMinutes(horizon.get(1)));
        Interval months = Interval.of(base.minus(Duration.ofDays(200)), base.plus(Duration.ofDays(200)));
        // when
        SlotAnswer partial = SlotFinder.find(agenda, read(b, c, agenda, h), b.request(), b.now()).get();
        SlotAnswer whole = SlotFinder.find(agenda, read(b, c, agenda, months), b.request(), b.now()).get();
        // then
        assertThat(partial).isEqualTo(whole);
        Statistics.collect(whole.isFound() ? "found" : "nothing fits");
    }

    @Provide
    Arbitrary<List<Integer>> horizons() {
        return Combinators.combine(Arbitraries.integers().between(-3 * 1440, 5 * 1440), Arbitraries.integers().between(0, 3 * 1440))
                .as(List::of);
    }

    /** The case's availabilities, each also reading {@code agenda} over {@code horizon}. */
    private static List<Availability> read(Built b, Case c, Agenda agenda, Interval horizon) {
        Instant base = BASES[c.base()];
        List<Availability> out = new ArrayList<>();
        for (int i = 0; i < c.people().size(); i++) {
            Person p = c.people().get(i);
            List<FreeBusy> fb = p.busy().stream().map(x -> FreeBusy.of(Interval.of(base.plus(Duration.ofMinutes(x.startMinute())),
                    Duration.ofMinutes(x.minutes())), x.state())).toList();
            Availability.Builder a = Availability.of(PersonId.of("p" + i), b.calendars().get(i)).meetings(agenda, horizon);
            b.known().get(i).ifPresentOrElse(r -> a.outside(fb, r), () -> a.outside(fb));
            out.add(a.buffers(Duration.ofMinutes(p.buffer()), Duration.ofMinutes(p.buffer()))
                    .minimumNotice(Duration.ofMinutes(p.notice())).build());
        }
        return out;
    }

    /** A count where the room does not matter (the case without its room need). */
    private static int countIgnoringRoom(Built b, Case c, Variant v) {
        Case noRoom = new Case(c.base(), c.windowStart(), c.windowDays(), c.nowMinute(), c.duration(), c.grid(), c.people(),
                0, c.seats(), c.bookings(), c.max(), c.extras());
        Built nb = build(noRoom);
        return count(nb, noRoom, v);
    }
}
