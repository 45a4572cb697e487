package org.aso.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.aso.core.agenda.Agenda;
import org.aso.core.agenda.Attendee;
import org.aso.core.agenda.MeetingId;
import org.aso.core.agenda.MeetingRequest;
import org.aso.core.agenda.Room;
import org.aso.core.agenda.RoomId;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.FrenchHolidays;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.TimeRange;
import org.aso.core.kernel.WorkingWeek;
import org.aso.core.priority.DayPlan;
import org.aso.core.priority.DayPlanner;
import org.aso.core.priority.FreeTime;
import org.aso.core.priority.Overload;
import org.aso.core.priority.PlanItem;
import org.aso.core.priority.TaskId;
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
 * The week's plan of one person in Paris (Monday 9 to Sunday 15 March 2026, French office hours):
 * {@value #MEETINGS} meetings of 30 to 60 minutes in the agenda (eight a day, some starting before
 * or ending after working hours, a few declined), and {@value #TASKS} tasks of 15 minutes to 4
 * hours (most under an hour), 80% with a deadline spread over two weeks from Monday, 60%
 * splittable with a 30-minute minimum chunk, one in six depending on an earlier task.
 *
 * <p>{@link #freeAndPlan} is the whole path a host takes (free time from the calendar and the
 * agenda, then the plan); {@link #planOnly} the planner alone on the same free time;
 * {@link #overload} the overload check over the two weeks.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DayPlanBenchmark {
    static final int TASKS = 200;
    static final int MEETINGS = 40;
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 9, 0, 0, 0, 0, PARIS);
    static final PersonId ALICE = PersonId.of("alice");

    BusinessCalendar calendar;
    Agenda agenda;
    Interval week;
    Interval twoWeeks;
    List<PlanItem> items;
    FreeTime free;
    FreeTime freeTwoWeeks;

    @Setup(Level.Trial)
    public void setUp() {
        calendar = BusinessCalendar.of(PARIS,
                WorkingWeek.mondayToFriday(TimeRange.parse("09:00-12:30"), TimeRange.parse("13:30-17:30")),
                FrenchHolidays.metropolitan());
        week = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(7).toInstant());
        twoWeeks = Interval.of(MONDAY.toInstant(), MONDAY.plusDays(14).toInstant());
        SplittableRandom random = new SplittableRandom(2026);
        Room room = Room.builder().id(RoomId.of("R1")).name("Room 1").building("B1").capacity(12).build();
        Agenda a = Agenda.of(List.of(room), List.of()).get();
        Context ctx = Context.of(MONDAY.minusDays(30).toInstant(), PersonId.of("organizer"), Clearance.none());
        int n = 0;
        for (int day = 0; day < 5; day++) {
            // eight meetings a day, one in each hour from 08:00 to 17:00 but two, never overlapping
            List<Integer> hours = new ArrayList<>(List.of(8, 9, 10, 11, 12, 13, 14, 15, 16, 17));
            hours.remove(random.nextInt(hours.size()));
            hours.remove(random.nextInt(hours.size()));
            for (int h : hours) {
                int offset = random.nextBoolean() ? 0 : 15;
                ZonedDateTime start = MONDAY.plusDays(day).withHour(h).plusMinutes(offset);
                int minutes = 30 + 15 * random.nextInt(offset == 0 ? 3 : 2); // ends by the next hour
                MeetingId id = MeetingId.of("m" + n++);
                a = a.book(MeetingRequest.builder().id(id).title("Meeting " + id.value())
                        .organizer(PersonId.of("organizer")).room(room.id()).start(start).end(start.plusMinutes(minutes))
                        .addAttendees(Attendee.of(ALICE, Attendee.Role.REQUIRED)).build(), ctx)
                        .getOrElseThrow(p -> new IllegalStateException(p.toString())).agenda();
                if (random.nextInt(10) == 0) {
                    a = a.respond(id, ALICE, Attendee.Response.DECLINED, ctx).get().agenda();
                } else if (random.nextInt(3) > 0) {
                    a = a.respond(id, ALICE, Attendee.Response.ACCEPTED, ctx).get().agenda();
                }
            }
        }
        agenda = a;
        items = new ArrayList<>();
        int[] efforts = {15, 15, 30, 30, 30, 45, 60, 60, 90, 120, 180, 240};
        for (int k = 0; k < TASKS; k++) {
            PlanItem.Builder b = PlanItem.builder().id(TaskId.of(String.format("t-%03d", k))).title("Task " + k)
                    .effort(Duration.ofMinutes(efforts[random.nextInt(efforts.length)]))
                    .urgency(random.nextInt(100) / 100.0);
            if (random.nextInt(5) > 0) {
                b.due(MONDAY.toInstant().plus(Duration.ofMinutes(15L * random.nextInt(14 * 96))));
            }
            if (random.nextInt(5) < 3) {
                b.splittable(true).minimumChunk(Duration.ofMinutes(30));
            }
            if (k > 0 && random.nextInt(6) == 0) {
                b.addDependsOn(TaskId.of(String.format("t-%03d", random.nextInt(k))));
            }
            items.add(b.build());
        }
        free = FreeTime.of(calendar, agenda, ALICE, week);
        freeTwoWeeks = FreeTime.of(calendar, agenda, ALICE, twoWeeks);
    }

    @Benchmark
    public DayPlan freeAndPlan() {
        return DayPlanner.plan(items, FreeTime.of(calendar, agenda, ALICE, week), week).get();
    }

    @Benchmark
    public DayPlan planOnly() {
        return DayPlanner.plan(items, free, week).get();
    }

    @Benchmark
    public List<Overload> overload() {
        return Overload.check(items, freeTwoWeeks, MONDAY.toInstant());
    }
}
