package org.aso.core.agenda;

import org.aso.core.agenda.recurrence.RecurrenceRule;
import org.aso.core.agenda.recurrence.OccurrenceChange;
import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.SPARE_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.aso.core.fixtures.AgendaFixtures;
import org.aso.core.fixtures.KernelFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Identifier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Random bookings, moves and cancellations never book a room or a projector twice. */
class BookingProperties {
    private static final ZonedDateTime MONDAY = ZonedDateTime.of(2026, 3, 9, 8, 0, 0, 0, KernelFixtures.PARIS);
    private static final Context CTX = Context.of(MONDAY.minusDays(7).toInstant(), AgendaFixtures.ORGANIZER, Clearance.none());

    enum Kind { BOOK, SERIES, MOVE, CANCEL, CANCEL_ONE, MOVE_ONE }

    record Op(Kind kind, int slot, int length, int target, boolean spare) {}

    @Provide
    Arbitrary<List<Op>> ops() {
        return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 40),
                        Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 100), Arbitraries.of(true, false))
                .as(Op::new).list().ofMaxSize(50);
    }

    @Property(tries = 300)
    void noResource_isEverBookedTwice_andRefusalsAreRight(@ForAll("ops") List<Op> ops) {
        Agenda a = agenda();
        List<MeetingId> ids = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            ZonedDateTime start = MONDAY.plusMinutes(15L * op.slot());
            ZonedDateTime end = start.plusMinutes(15L * op.length());
            var result = switch (op.kind()) {
                case BOOK -> {
                    MeetingRequest.Builder b = meeting("m" + i, LARGE, start, 15 * op.length(), "p");
                    if (op.spare()) {
                        b.addEquipment(SPARE_PROJECTOR);
                    }
                    yield a.book(b.build(), CTX);
                }
                case SERIES -> {
                    MeetingRequest.Builder b = meeting("m" + i, LARGE, start, 15 * op.length(), "p");
                    b.recurrence(RecurrenceRule.parse(op.spare() ? "FREQ=DAILY;COUNT=4" : "FREQ=DAILY;INTERVAL=2;COUNT=3").get());
                    yield a.book(b.build(), CTX);
                }
                case CANCEL_ONE, MOVE_ONE -> {
                    if (ids.isEmpty()) {
                        yield null;
                    }
                    Meeting m = a.meeting(ids.get(op.target() % ids.size())).get();
                    ZonedDateTime original = m.start().plusDays(op.slot() % 4);
                    OccurrenceChange change = op.kind() == Kind.CANCEL_ONE ? OccurrenceChange.cancelled()
                            : OccurrenceChange.movedTo(org.aso.core.kernel.Interval.of(start.plusDays(op.slot() % 4).toInstant(),
                                    end.plusDays(op.slot() % 4).toInstant()));
                    yield a.changeOccurrence(m.id(), original, change, CTX);
                }
                case MOVE -> ids.isEmpty() ? null : a.move(ids.get(op.target() % ids.size()), start, end, LARGE, CTX);
                case CANCEL -> ids.isEmpty() ? null : a.cancel(ids.get(op.target() % ids.size()), "Off", CTX);
            };
            if (result == null) {
                continue;
            }
            if (result.isRight()) {
                a = result.get().agenda();
                if (op.kind() == Kind.BOOK || op.kind() == Kind.SERIES) {
                    ids.add(result.get().meeting().id());
                }
            } else if (result.getLeft().code().endsWith("double-booked")) {
                // a refusal for a conflict names a live meeting that really overlaps
                Meeting other = a.meeting(MeetingId.of(result.getLeft().details().get("meeting"))).get();
                assertThat(other.status()).isNotEqualTo(Meeting.Status.CANCELLED);
            }
            checkNoDoubleBooking(a, ids);
        }
    }

    private static final org.aso.core.kernel.Interval ALL =
            org.aso.core.kernel.Interval.of(MONDAY.minusDays(30).toInstant(), MONDAY.plusDays(60).toInstant());

    /** Brute force: every pair of places (meetings or occurrences) sharing a room or equipment is disjoint. */
    private static void checkNoDoubleBooking(Agenda a, List<MeetingId> ids) {
        record Use(MeetingId meeting, Identifier resource, org.aso.core.kernel.Interval when) {}
        List<Use> uses = new ArrayList<>();
        for (MeetingId id : ids) {
            Meeting m = a.meeting(id).get();
            if (m.status() == Meeting.Status.CANCELLED) {
                continue;
            }
            for (Meeting.Place p : m.places(ALL)) {
                p.room().ifPresent(r -> uses.add(new Use(id, r, p.interval())));
                m.equipment().forEach(e -> uses.add(new Use(id, e, p.interval())));
            }
        }
        for (int i = 0; i < uses.size(); i++) {
            for (int j = i + 1; j < uses.size(); j++) {
                Use x = uses.get(i);
                Use y = uses.get(j);
                if (x.resource().equals(y.resource())) {
                    assertThat(x.when().overlaps(y.when())).as("%s and %s on %s", x.meeting(), y.meeting(), x.resource()).isFalse();
                }
            }
        }
        // the agenda's own view agrees with the meetings
        int held = (int) uses.stream().filter(u -> u.resource().equals(LARGE)).count();
        assertThat(a.busy(LARGE, ALL)).hasSize(held);
    }
}
