package org.aso.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.Equipment;
import org.aso.core.agenda.EquipmentId;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.slots.Availability;
import org.aso.core.disruption.OutOfService;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.FrenchHolidays;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The impact of a room out of service for a week: an agenda of 5,000 meetings over the working
 * days of 2026 (4,600 single meetings and 400 weekly series of 8 to 20 occurrences, about 10,100
 * places in all) in 20 rooms of three buildings, six of them with a projector of their own and
 * two spare projectors; 2 to 6 attendees each among 150 people, whose availabilities are read from
 * the agenda over 2026. The busiest room goes out of service for the week of Monday 9 March 2026,
 * decided on Monday 2 March (other times are looked for from then).
 *
 * <p>{@link #markOnly} is the agenda's decision alone (the hits listed); {@link #impact} is the
 * decision and the proposals for every meeting and occurrence hit (the spare, other rooms at the
 * same time, the earliest other times that suit the required attendees), each tried against the
 * agenda, which is what a host shows the officer.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(1)
public class OutOfServiceBenchmark {
    static final int MEETINGS = 5_000;
    static final int SERIES = 400;
    static final int ROOMS = 20;
    static final int PEOPLE = 150;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final RoomId BROKEN = RoomId.of("R0");
    static final Instant YEAR_START = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, PARIS).toInstant();
    static final Instant YEAR_END = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, PARIS).toInstant();
    /** Monday 9 March 2026 00:00 in Paris, for seven days. */
    static final Interval WEEK = Interval.of(ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, PARIS).toInstant(), Duration.ofDays(7));

    Agenda agenda;
    List<Availability> availabilities;
    Context ctx;
    int booked;

    @Setup(Level.Trial)
    public void setUp() {
        BusinessCalendar paris = BusinessCalendar.of(PARIS,
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.metropolitan());
        SplittableRandom random = new SplittableRandom(15);
        List<LocalDate> workingDays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
            if (paris.isWorkingDay(d)) {
                workingDays.add(d);
            }
        }
        List<Room> rooms = new ArrayList<>();
        List<Equipment> equipment = new ArrayList<>();
        for (int k = 0; k < ROOMS; k++) {
            rooms.add(Room.builder().id(RoomId.of("R" + k)).name("Room " + k).building("B" + (k % 3)).capacity(6 + 2 * (k % 8))
                    .accessible(k % 2 == 0).build());
            if (k % 3 == 0) {
                equipment.add(Equipment.builder().id(EquipmentId.of("projector-R" + k)).kind("projector")
                        .name("Projector " + k).room(RoomId.of("R" + k)).build());
            }
        }
        equipment.add(Equipment.builder().id(EquipmentId.of("spare-1")).kind("projector").name("Spare 1").build());
        equipment.add(Equipment.builder().id(EquipmentId.of("spare-2")).kind("projector").name("Spare 2").build());
        Agenda a = Agenda.of(rooms, equipment).get();
        Context booking = Context.of(YEAR_START.minus(Duration.ofDays(30)), PersonId.of("officer"), Clearance.none());
        int n = 0;
        int tries = 0;
        while (n < MEETINGS && tries++ < MEETINGS * 20) {
            boolean series = n < SERIES;
            // a quarter of the meetings in the room that will break, the others anywhere
            int k = random.nextInt(4) == 0 ? 0 : random.nextInt(ROOMS);
            LocalDate day = workingDays.get(random.nextInt(series ? workingDays.size() - 140 : workingDays.size()));
            ZonedDateTime start = day.atTime(9, 0).atZone(PARIS).plusMinutes(30L * random.nextInt(15));
            MeetingRequest.Builder b = MeetingRequest.builder().id(MeetingId.of("m" + n)).title("Meeting " + n)
                    .organizer(PersonId.of("officer")).room(RoomId.of("R" + k)).start(start)
                    .end(start.plusMinutes(30L * (1 + random.nextInt(4))));
            int people = 2 + random.nextInt(5);
            int first = random.nextInt(PEOPLE);
            for (int i = 0; i < people; i++) {
                b.addAttendees(Attendee.of(PersonId.of("p" + (first + 7 * i) % PEOPLE),
                        i == 0 ? Attendee.Role.CHAIR : i < 3 ? Attendee.Role.REQUIRED : Attendee.Role.OPTIONAL));
            }
            if (k % 3 == 0 && random.nextBoolean()) {
                b.addEquipment(EquipmentId.of("projector-R" + k));
            }
            if (series) {
                b.recurrence(RecurrenceRule.parse("FREQ=WEEKLY;COUNT=" + (8 + random.nextInt(13))).get());
            }
            var r = a.book(b.build(), booking); // a clash is left out, and another is drawn
            if (r.isRight()) {
                a = r.get().agenda();
                n++;
            }
        }
        booked = n;
        agenda = a;
        // the water damage is known a week ahead, on Monday 2 March at 08:00
        ctx = Context.of(WEEK.start().minus(Duration.ofDays(7)).plus(Duration.ofHours(8)), PersonId.of("officer"),
                Clearance.none());
        availabilities = new ArrayList<>();
        Interval year = Interval.of(YEAR_START, YEAR_END);
        for (int i = 0; i < PEOPLE; i++) {
            availabilities.add(Availability.of(PersonId.of("p" + i), paris).meetings(agenda, year).build());
        }
        availabilities.add(Availability.of(PersonId.of("officer"), paris).meetings(agenda, year).build());
    }

    /** The decision alone: the room out of service for the week, with the meetings and occurrences it hits. */
    @Benchmark
    public Agenda.OutageChange markOnly() {
        return agenda.putOutOfService(BROKEN, WEEK, "Water damage", ctx).get();
    }

    /** The decision and the proposals for every hit, as a host shows them. */
    @Benchmark
    public List<OutOfService.Options> impact() {
        Agenda.OutageChange out = agenda.putOutOfService(BROKEN, WEEK, "Water damage", ctx).get();
        return OutOfService.propose(out.agenda(), out.hits(), availabilities, ctx);
    }
}
