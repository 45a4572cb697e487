package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.Recurrence;
import org.aso.core.agenda.recurrence.RecurrenceRule;
import static org.aso.core.fixtures.AgendaFixtures.FIXED_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.SMALL;
import static org.aso.core.fixtures.AgendaFixtures.SPARE_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.STEPS_MONDAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.AgendaFixtures.Step;
import org.aso.core.fixtures.MutationTries;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Outcome;
import org.aso.core.kernel.Problem;

/**
 * The agenda is the fold of its events, and a snapshot holds all of it: random decisions
 * (bookings, series, moves, cancellations, changes of one occurrence, answers), then the emitted
 * events replayed, or the snapshot restored, give an equal agenda, and a snapshot that breaks what
 * the agenda keeps is refused.
 */
class AgendaHistoryProperties {
    private static final Interval ALL = Interval.of(STEPS_MONDAY.minusDays(120).toInstant(), STEPS_MONDAY.plusYears(3).toInstant());
    private static final List<Identifier> RESOURCES = List.of(LARGE, SMALL, FIXED_PROJECTOR, SPARE_PROJECTOR);

    @Provide
    Arbitrary<List<Step>> steps() {
        return AgendaFixtures.steps(40);
    }

    /** The states after each accepted decision (the first is the empty agenda) and the events emitted. */
    private record Run(List<Agenda> states, List<AgendaEvent> events) {
        Agenda last() {
            return states.get(states.size() - 1);
        }
    }

    private static Run run(List<Step> steps) {
        List<Agenda> states = new ArrayList<>(List.of(AgendaFixtures.agenda()));
        List<AgendaEvent> events = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Agenda a = states.get(states.size() - 1);
            Optional<? extends Either<Problem, ? extends Outcome<Agenda>>> result = AgendaFixtures.decideAny(a, steps.get(i), i);
            if (result.isPresent() && result.get().isRight()) {
                Outcome<Agenda> outcome = result.get().get();
                List<AgendaEvent> emitted;
                if (outcome instanceof Agenda.Change c) {
                    assertThat(c.events().get(0).meeting()).isEqualTo(c.meeting());
                    emitted = List.copyOf(c.events());
                } else {
                    emitted = ((Agenda.OutageChange) outcome).events();
                }
                assertThat(emitted).hasSize(1);
                states.add(outcome.state());
                events.addAll(emitted);
            }
        }
        return new Run(states, events);
    }

    @Property(tries = 300)
    void replayingTheEmittedEvents_givesTheAgendaTheDecisionsProduced(@ForAll("steps") List<Step> steps) {
        // given
        Run run = run(steps);
        run.events().forEach(e -> Statistics.label("events").collect(e.getClass().getSimpleName()));
        Statistics.label("accepted decisions").collect(run.events().size() < 5 ? "0-4" : run.events().size() < 15 ? "5-14" : "15+");
        // when
        Agenda replayed = Agenda.replay(AgendaFixtures.rooms(), AgendaFixtures.equipment(), run.events())
                .getOrElseThrow(p -> new AssertionError(p.toString()));
        // then: the same meetings and reservations, so every later decision sees the same agenda
        assertThat(replayed).isEqualTo(run.last());
        assertThat(replayed.snapshot()).isEqualTo(run.last().snapshot());
        for (Identifier r : RESOURCES) {
            assertThat(replayed.busy(r, ALL)).as("busy %s", r).isEqualTo(run.last().busy(r, ALL));
            assertThat(replayed.unavailable(r, ALL)).as("unavailable %s", r).isEqualTo(run.last().unavailable(r, ALL));
        }
        // and each event, applied to the state before its decision, gives the state after it
        for (int i = 0; i < run.events().size(); i++) {
            assertThat(run.states().get(i).evolve(run.events().get(i)).get()).as("event %d", i)
                    .isEqualTo(run.states().get(i + 1));
        }
        if (MutationTries.isCapped()) {
            return; // a few tries under PIT need not draw every kind of event
        }
        Statistics.label("events").coverage(c -> {
            for (String kind : List.of("Booked", "Moved", "Cancelled", "OccurrenceChanged", "Responded", "OutOfService",
                    "BackInService")) {
                c.check(kind).count(n -> n > 0);
            }
        });
    }

    @Property(tries = 200)
    void snapshotThenRestore_givesTheSameAgenda(@ForAll("steps") List<Step> steps) {
        Agenda agenda = run(steps).last();

        Agenda restored = Agenda.restore(agenda.snapshot()).getOrElseThrow(p -> new AssertionError(p.toString()));

        assertThat(restored).isEqualTo(agenda);
        assertThat(restored.snapshot()).isEqualTo(agenda.snapshot());
        for (Identifier r : RESOURCES) {
            assertThat(restored.busy(r, ALL)).as("busy %s", r).isEqualTo(agenda.busy(r, ALL));
            assertThat(restored.outages(r, ALL)).as("outages %s", r).isEqualTo(agenda.outages(r, ALL));
        }
    }

    /** One way to break what the agenda keeps. */
    enum Corruption {
        MEETING_TWICE, SAME_ROOM_TWICE, UNKNOWN_ROOM, FIXED_EQUIPMENT_ELSEWHERE, SERIES_TOO_LARGE, OUTAGES_OVERLAP,
        OUTAGE_OF_NOTHING
    }

    @Property(tries = 200)
    void aSnapshotThatBreaksAnInvariant_isRefused(@ForAll("steps") List<Step> steps, @ForAll Corruption corruption) {
        // given: the snapshot of a random agenda, with one invariant broken
        AgendaSnapshot s = run(steps).last().snapshot();
        List<Meeting> meetings = new ArrayList<>(s.meetings());
        List<ResourceOutage> outages = new ArrayList<>(s.outages());
        Optional<Meeting> live = meetings.stream()
                .filter(m -> m.status() != Meeting.Status.CANCELLED && !m.heldPlaces().isEmpty()).findFirst();
        Statistics.label("live meeting").collect(live.isPresent());
        // far from the random decisions, so that nothing else clashes
        ZonedDateTime later = STEPS_MONDAY.plusYears(4);
        String expected = switch (corruption) {
            case MEETING_TWICE -> {
                if (live.isPresent()) {
                    meetings.add(live.get());
                } else {
                    meetings.add(extra("x", LARGE, later).build());
                    meetings.add(extra("x", LARGE, later.plusHours(3)).build());
                }
                yield "agenda.restore.duplicate-meeting";
            }
            case SAME_ROOM_TWICE -> {
                Meeting first = live.orElseGet(() -> extra("x", LARGE, later).build());
                if (live.isEmpty()) {
                    meetings.add(first);
                }
                meetings.add(BookingRules.copy(first).withId(MeetingId.of("twin")));
                yield "agenda.restore.double-booked";
            }
            case UNKNOWN_ROOM -> {
                meetings.add(extra("x", RoomId.of("nowhere"), later).build());
                yield "agenda.restore.unknown-room";
            }
            case FIXED_EQUIPMENT_ELSEWHERE -> {
                meetings.add(extra("x", SMALL, later).addEquipment(FIXED_PROJECTOR).build());
                yield "agenda.restore.equipment-elsewhere";
            }
            case SERIES_TOO_LARGE -> {
                ZonedDateTime start = later.withHour(8);
                meetings.add(extra("x", LARGE, start).recurrence(Recurrence.of(start, java.time.Duration.ofHours(1),
                        RecurrenceRule.parse("FREQ=DAILY;BYHOUR=8,10,14,16,18;COUNT=10001").get())).build());
                yield "agenda.restore.series-too-large";
            }
            case OUTAGES_OVERLAP -> {
                Interval twice = Interval.of(later.toInstant(), java.time.Duration.ofHours(2));
                outages.add(new ResourceOutage(LARGE, twice, "Works"));
                outages.add(new ResourceOutage(LARGE, Interval.of(twice.start().plusSeconds(3600), twice.end().plusSeconds(3600)),
                        "Works again"));
                yield "agenda.restore.outage-overlaps";
            }
            case OUTAGE_OF_NOTHING -> {
                outages.add(new ResourceOutage(EquipmentId.of("nothing"), Interval.of(later.toInstant(),
                        java.time.Duration.ofHours(2)), "Works"));
                yield "agenda.restore.outage-unknown-resource";
            }
        };
        // when
        Either<List<Problem>, Agenda> restored = Agenda.restore(new AgendaSnapshot(s.rooms(), s.equipment(), meetings, outages));
        // then
        assertThat(restored.isLeft()).as("restored %s", restored).isTrue();
        assertThat(restored.getLeft()).extracting(Problem::code).containsExactly(expected);
    }

    /** A one-hour confirmed meeting in {@code room}, sequence 0, ready to build. */
    static Meeting.Builder extra(String id, RoomId room, ZonedDateTime start) {
        Meeting.Builder b = Meeting.builder();
        b.id(MeetingId.of(id)).title("Meeting " + id).organizer(AgendaFixtures.ORGANIZER).room(room)
                .addAttendees(Attendee.of(PersonId.of("a"), Attendee.Role.REQUIRED))
                .start(start).end(start.plusHours(1)).status(Meeting.Status.CONFIRMED).sequence(0);
        return b;
    }
}
