package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.RegisterCommands;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Problem;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of register decisions (every decision of {@link Register}, from
 * {@link RegisterCommands}), applied one by one through the pure functions; the register's
 * invariants are checked after every step.
 */
class RegisterLifecycleProperties {

    @Provide
    Arbitrary<List<RegisterCommands.Step>> steps() {
        return RegisterCommands.steps(60);
    }

    @Property(tries = 300)
    void everyStep_keepsTheRegisterConsistent(@ForAll("steps") List<RegisterCommands.Step> steps) {
        Register r = emptyGeneral();
        for (int i = 0; i < steps.size(); i++) {
            Register before = r;
            Either<Problem, Register> outcome = RegisterCommands.apply(r, steps.get(i), i)
                    .map(RegisterCommands.Outcome::register);
            if (outcome.isLeft()) {
                assertThat(outcome.getLeft().code()).matches("correspondence\\.[a-z.-]+");
            } else {
                r = outcome.get();
            }
            checkInvariants(before, r, outcome.isLeft(), RegisterCommands.day(i));
        }
    }

    private static void checkInvariants(Register before, Register after, boolean refused, LocalDate today) {
        List<Entry> entries = after.entries();
        if (refused) {
            assertThat(after).isSameAs(before);
        }
        // numbers: gapless, unique, in register order, never lost
        assertThat(entries.size()).isGreaterThanOrEqualTo(before.size());
        for (int i = 0; i < entries.size(); i++) {
            assertThat(entries.get(i).position()).isEqualTo(i + 1L);
            assertThat(entries.get(i).number().sequence()).isEqualTo(i + 1L);
        }
        // finished entries (cancelled, closed, sent) never change again
        Map<EntryId, Entry> now = entries.stream().collect(Collectors.toMap(Entry::id, e -> e));
        for (Entry old : before.entries()) {
            if (old.isCancelled() || old.status() == EntryStatus.CLOSED || old.status() == EntryStatus.SENT) {
                Entry current = now.get(old.id());
                if (old.direction() == Direction.OUTGOING && !old.isCancelled()) {
                    // a sent reply may still be linked to more incoming mail
                    assertThat(Registered.withoutAnswers(current)).isEqualTo(Registered.withoutAnswers(old));
                } else {
                    assertThat(current).isEqualTo(old);
                }
            }
        }
        Map<EntryId, Integer> handlers = new HashMap<>();
        for (Entry e : entries) {
            // at most one active handler
            long active = e.assignments().stream()
                    .filter(a -> a.isActive() && a.purpose() == Assignment.Purpose.ACTION).count();
            assertThat(active).isLessThanOrEqualTo(1);
            handlers.put(e.id(), (int) active);
            // replies link both ways
            for (EntryId reply : e.answeredBy()) {
                assertThat(now.get(reply).direction()).isEqualTo(Direction.OUTGOING);
                assertThat(now.get(reply).answers()).contains(e.id());
            }
            if (!e.answeredBy().isEmpty()) {
                assertThat(e.answeredAt()).isPresent();
                assertThat(e.status()).isNotIn(EntryStatus.REGISTERED);
            }
            assertThat(EntryStatus.of(e.direction())).contains(e.status());
        }
        // the due index holds exactly the open entries with a reply deadline
        Set<EntryId> open = entries.stream().filter(e -> e.isOpen() && e.replyDue().isPresent())
                .map(Entry::id).collect(Collectors.toSet());
        assertThat(after.openWithDeadline()).isEqualTo(open.size());
        Set<EntryId> dueLater = after.dueAt(CorrespondenceFixtures.clerkOn(today.plusYears(1)).at()).stream()
                .map(a -> a.entry().id()).collect(Collectors.toSet());
        assertThat(dueLater).isEqualTo(open);
    }

    /** Helpers for comparing entries. */
    static final class Registered {
        private Registered() {}

        static Entry withoutAnswers(Entry e) {
            return Register.im(e).withAnswers(List.of());
        }
    }
}
