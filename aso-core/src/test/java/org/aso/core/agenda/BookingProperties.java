package org.aso.core.agenda;

import static org.aso.core.fixtures.AgendaFixtures.LARGE;
import static org.aso.core.fixtures.AgendaFixtures.SPARE_PROJECTOR;
import static org.aso.core.fixtures.AgendaFixtures.agenda;
import static org.aso.core.fixtures.AgendaFixtures.meeting;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    enum Kind { BOOK, MOVE, CANCEL }

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
                case MOVE -> ids.isEmpty() ? null : a.move(ids.get(op.target() % ids.size()), start, end, Optional.of(LARGE), CTX);
                case CANCEL -> ids.isEmpty() ? null : a.cancel(ids.get(op.target() % ids.size()), "Off", CTX);
            };
            if (result == null) {
                continue;
            }
            if (result.isRight()) {
                a = result.get().agenda();
                if (op.kind() == Kind.BOOK) {
                    ids.add(result.get().meeting().id());
                }
            } else if (result.getLeft().code().endsWith("double-booked")) {
                // a refusal for a conflict names a live meeting that really overlaps
                Meeting other = a.meeting(MeetingId.of(result.getLeft().details().get("meeting"))).get();
                assertThat(other.status()).isNotEqualTo(Meeting.Status.CANCELLED);
                assertThat(other.interval().overlaps(org.aso.core.kernel.Interval.of(start.toInstant(), end.toInstant()))).isTrue();
            }
            checkNoDoubleBooking(a, ids);
        }
    }

    private static void checkNoDoubleBooking(Agenda a, List<MeetingId> ids) {
        List<Meeting> live = ids.stream().map(id -> a.meeting(id).get())
                .filter(m -> m.status() != Meeting.Status.CANCELLED).toList();
        for (int i = 0; i < live.size(); i++) {
            for (int j = i + 1; j < live.size(); j++) {
                Meeting x = live.get(i);
                Meeting y = live.get(j);
                List<Identifier> shared = new ArrayList<>(x.equipment());
                x.room().ifPresent(shared::add);
                boolean shares = shared.stream().anyMatch(r -> r.equals(y.room().orElse(null)) || y.equipment().contains(r));
                if (shares) {
                    assertThat(x.interval().overlaps(y.interval())).as("%s and %s", x.id(), y.id()).isFalse();
                }
            }
        }
    }
}
