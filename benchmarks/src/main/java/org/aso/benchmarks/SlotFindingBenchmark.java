package org.aso.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.agenda.slots.FreeBusy;
import org.aso.core.agenda.slots.RoomNeeds;
import org.aso.core.agenda.slots.SlotAnswer;
import org.aso.core.agenda.slots.SlotAttendee;
import org.aso.core.agenda.slots.SlotFinder;
import org.aso.core.agenda.slots.SlotRequest;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.HolidayCalendar;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingWeek;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Slot finding over a year: {@code attendees} people (the first {@value #REQUIRED} required, the
 * others optional; one in ten works from New York), each with 2,000 free/busy spans of 30 minutes
 * to 2 hours on the working days of 2026 between 07:00 and 20:00 (65% busy, 30% tentative, 5% out
 * of office); 20 rooms with about 750 bookings each (fewer in rooms closed at lunch); the request: one hour on a 15-minute grid in
 * 2026, a room for 12 with video, the first 10 suggestions.
 *
 * <p>{@link #finder} is {@link SlotFinder}; {@link #reference} is the straightforward way on the
 * same data: merge every required attendee's busy spans over the window, then walk the gaps inside
 * the common working hours day by day and ask the agenda about each adequate room for each
 * candidate start, taking each slot that starts once the one before has ended (the finder's
 * distinct choices). The reference only finds the 10 starts and rooms; the finder also computes
 * each suggestion's confidences and reasons. {@link #noSlot} is the finder on the same data with
 * every attendee required: no slot fits, and the answer is the blockers and the relaxations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SlotFindingBenchmark {
    static final int REQUIRED = 5;
    static final int SPANS = 2000;
    static final int ROOMS = 20;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant YEAR_START = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS).toInstant();
    static final Instant YEAR_END = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, PARIS).toInstant();

    @Param({"50", "500"})
    public int attendees;

    Agenda agenda;
    List<Availability> availabilities;
    SlotRequest request;
    /** The same request with every attendee required: no common hour in 2026. */
    SlotRequest noSlotRequest;
    Instant now;
    /** For the reference: each required attendee's busy spans as given (unmerged), epoch seconds. */
    long[][] requiredStarts;
    long[][] requiredEnds;
    List<BusinessCalendar> requiredCalendars;
    /** For the tests: every attendee's busy and out-of-office spans as given (unmerged), and their calendars. */
    long[][] busyStarts;
    long[][] busyEnds;
    List<BusinessCalendar> calendars;
    List<Room> adequateRooms;

    @Setup(Level.Trial)
    public void setUp() {
        BusinessCalendar paris = BusinessCalendar.of(PARIS,
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.metropolitan());
        BusinessCalendar newYork = BusinessCalendar.of(ZoneId.of("America/New_York"),
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-17:00")), HolidayCalendar.none());
        SplittableRandom random = new SplittableRandom(2026);
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            if (paris.isWorkingDay(d)) {
                workingDays.add(d);
            }
        }
        List<Room> rooms = new ArrayList<>();
        for (int k = 0; k < ROOMS; k++) {
            Room.Builder b = Room.builder();
            b.id(RoomId.of("R" + k)).name("Room " + k).building("B" + (k % 3)).capacity(4 + 3 * k)
                    .addEquipment("screen").accessible(k % 2 == 0);
            if (k % 3 == 0) {
                b.addEquipment("video");
            }
            if (k % 2 == 1) {
                b.bookableHours(paris);
            }
            rooms.add(b.build());
        }
        Agenda a = Agenda.of(rooms, List.of()).get();
        Context ctx = Context.of(YEAR_START.minus(Duration.ofDays(60)), PersonId.of("organizer"), Clearance.none());
        int n = 0;
        for (Room room : rooms) {
            for (LocalDate d : workingDays) {
                // about three bookings a day, one after the other from a random morning time
                ZonedDateTime t = d.atTime(9, 0).atZone(PARIS).plusMinutes(15L * random.nextInt(8));
                for (int m = 0; m < 3; m++) {
                    int minutes = 60 + 15 * random.nextInt(5);
                    MeetingRequest req = MeetingRequest.builder().id(MeetingId.of("b" + n++)).title("Booked")
                            .organizer(PersonId.of("organizer")).room(room.id()).start(t).end(t.plusMinutes(minutes)).build();
                    var booked = a.book(req, ctx); // refused across a room's lunch break: left out
                    if (booked.isRight()) {
                        a = booked.get().agenda();
                    }
                    t = t.plusMinutes(minutes + 15L * (1 + random.nextInt(8)));
                }
            }
        }
        agenda = a;
        availabilities = new ArrayList<>();
        requiredStarts = new long[REQUIRED][];
        requiredEnds = new long[REQUIRED][];
        requiredCalendars = new ArrayList<>();
        busyStarts = new long[attendees][];
        busyEnds = new long[attendees][];
        calendars = new ArrayList<>();
        SlotRequest.Builder req = SlotRequest.builder();
        SlotRequest.Builder all = SlotRequest.builder();
        Interval year = Interval.of(YEAR_START, YEAR_END);
        for (int i = 0; i < attendees; i++) {
            BusinessCalendar cal = i % 10 == 9 ? newYork : paris;
            List<FreeBusy> spans = new ArrayList<>(SPANS);
            long[] s = new long[SPANS];
            long[] e = new long[SPANS];
            int busy = 0;
            for (int k = 0; k < SPANS; k++) {
                LocalDate d = workingDays.get(random.nextInt(workingDays.size()));
                ZonedDateTime start = d.atTime(7, 0).atZone(cal.zone()).plusMinutes(15L * random.nextInt(13 * 4));
                Interval iv = Interval.of(start.toInstant(), Duration.ofMinutes(30 + 15 * random.nextInt(7)));
                int roll = random.nextInt(100);
                FreeBusy.State state = roll < 65 ? FreeBusy.State.BUSY : roll < 95 ? FreeBusy.State.TENTATIVE
                        : FreeBusy.State.OUT_OF_OFFICE;
                spans.add(FreeBusy.of(iv, state));
                if (state != FreeBusy.State.TENTATIVE) {
                    s[busy] = iv.start().getEpochSecond();
                    e[busy++] = iv.end().getEpochSecond();
                }
            }
            PersonId id = PersonId.of("p" + i);
            availabilities.add(Availability.of(id, cal).outside(spans, year).build()); // their free/busy of 2026
            all.addAttendees(SlotAttendee.required(id));
            busyStarts[i] = Arrays.copyOf(s, busy);
            busyEnds[i] = Arrays.copyOf(e, busy);
            calendars.add(cal);
            if (i < REQUIRED) {
                requiredStarts[i] = Arrays.copyOf(s, busy);
                requiredEnds[i] = Arrays.copyOf(e, busy);
                requiredCalendars.add(cal);
                req.addAttendees(SlotAttendee.required(id));
            } else {
                req.addAttendees(SlotAttendee.optional(id));
            }
        }
        RoomNeeds needs = RoomNeeds.builder().seats(12).addEquipment("video").build();
        request = req.duration(Duration.ofHours(1)).window(year).room(needs).maxSuggestions(10).build();
        noSlotRequest = all.duration(Duration.ofHours(1)).window(year).room(needs).maxSuggestions(10).build();
        adequateRooms = rooms.stream().filter(r -> r.capacity() >= 12 && r.equipment().contains("video"))
                .sorted(Comparator.comparingInt(Room::capacity).thenComparing(r -> r.id().value())).toList();
        now = YEAR_START;
    }

    /** The library's finder: the first 10 suggestions with rooms, confidences and reasons. */
    @Benchmark
    public SlotAnswer finder() {
        return SlotFinder.find(agenda, availabilities, request, now).get();
    }

    /**
     * The same data with every attendee required: no slot in 2026, so the answer is the blockers
     * (each attendee's and the room's count of open starts) and the relaxations (each attendee made
     * optional in turn, a shorter meeting, another room).
     */
    @Benchmark
    public SlotAnswer noSlot() {
        return SlotFinder.find(agenda, availabilities, noSlotRequest, now).get();
    }

    /**
     * The straightforward reference: merge all required busy spans of the window, then scan the
     * gaps in the common working hours, day by day, on the 15-minute grid, asking the agenda about
     * each adequate room; after a slot, the scan goes on from its end. Returns {start epoch second,
     * room index} pairs.
     */
    @Benchmark
    public List<long[]> reference() {
        int total = 0;
        for (long[] s : requiredStarts) {
            total += s.length;
        }
        long[][] all = new long[total][];
        int k = 0;
        for (int i = 0; i < REQUIRED; i++) {
            for (int j = 0; j < requiredStarts[i].length; j++) {
                all[k++] = new long[] {requiredStarts[i][j], requiredEnds[i][j]};
            }
        }
        Arrays.sort(all, Comparator.comparingLong(x -> x[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] x : all) {
            if (!merged.isEmpty() && x[0] <= merged.get(merged.size() - 1)[1]) {
                merged.get(merged.size() - 1)[1] = Math.max(merged.get(merged.size() - 1)[1], x[1]);
            } else {
                merged.add(new long[] {x[0], x[1]});
            }
        }
        long d = request.duration().toSeconds();
        long g = request.granularity().toSeconds();
        List<long[]> out = new ArrayList<>();
        int b = 0;
        // the common working periods, date by date (the same date's hours in Paris and New York overlap)
        for (LocalDate day = LocalDate.of(2025, 12, 31); out.size() < 10 && day.getYear() < 2027; day = day.plusDays(1)) {
            List<long[]> common = null;
            for (BusinessCalendar cal : requiredCalendars) {
                List<long[]> mine = new ArrayList<>();
                for (Interval p : cal.workingPeriods(day)) {
                    mine.add(new long[] {p.start().getEpochSecond(), p.end().getEpochSecond()});
                }
                common = common == null ? mine : intersect(common, mine);
            }
            for (long[] p : common) {
                long from = Math.max(p[0], YEAR_START.getEpochSecond());
                long to = Math.min(p[1], YEAR_END.getEpochSecond());
                for (long t = Math.floorDiv(from + g - 1, g) * g; t + d <= to && out.size() < 10; t += g) {
                    while (b < merged.size() && merged.get(b)[1] <= t) {
                        b++;
                    }
                    if (b < merged.size() && merged.get(b)[0] < t + d) {
                        continue;
                    }
                    Interval slot = Interval.of(Instant.ofEpochSecond(t), Instant.ofEpochSecond(t + d));
                    for (int r = 0; r < adequateRooms.size(); r++) {
                        Room room = adequateRooms.get(r);
                        if (agenda.bookingsOf(room.id(), slot).isEmpty() && room.bookableHours()
                                .map(h -> h.workingPeriods(slot.start().atZone(h.zone()).toLocalDate()).stream()
                                        .anyMatch(w -> w.encloses(slot))).orElse(true)) {
                            out.add(new long[] {t, r});
                            t += d - g; // distinct choices: the next slot starts when this one ends
                            break;
                        }
                    }
                }
            }
        }
        return out;
    }

    private static List<long[]> intersect(List<long[]> a, List<long[]> b) {
        List<long[]> out = new ArrayList<>();
        for (long[] x : a) {
            for (long[] y : b) {
                long s = Math.max(x[0], y[0]);
                long e = Math.min(x[1], y[1]);
                if (s < e) {
                    out.add(new long[] {s, e});
                }
            }
        }
        return out;
    }
}
