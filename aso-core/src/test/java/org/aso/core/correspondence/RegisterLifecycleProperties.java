package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.Contact;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of register decisions (register, assign, redirect, change status, link a
 * reply, acknowledge, explain a delay, cancel), applied one by one through the pure functions;
 * the register's invariants are checked after every step.
 */
class RegisterLifecycleProperties {

    enum Kind { REGISTER_IN, REGISTER_OUT, ASSIGN, REDIRECT, STATUS, REPLY, ACKNOWLEDGE, DELAY, CANCEL }

    /** One step: what to do, and two numbers that pick entries, handlers and statuses. */
    record Step(Kind kind, int a, int b) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000))
                .as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(60);
    }

    private static final List<Identifier> HANDLERS =
            List.of(OrgUnitId.of("S1"), OrgUnitId.of("S2"), PersonId.of("alice"), PersonId.of("bob"));

    @Property(tries = 300)
    void everyStep_keepsTheRegisterConsistent(@ForAll("steps") List<Step> steps) {
        Register r = emptyGeneral();
        LocalDate day = LocalDate.of(2026, 3, 2);
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            LocalDate today = day.plusDays(i / 4);
            Context ctx = CorrespondenceFixtures.clerkOn(today);
            Register before = r;
            Either<Problem, Register> outcome = apply(r, s, ctx, today);
            if (outcome.isLeft()) {
                assertThat(outcome.getLeft().code()).matches("correspondence\\.[a-z.-]+");
            } else {
                r = outcome.get();
            }
            checkInvariants(before, r, outcome.isLeft(), today);
        }
    }

    private static Either<Problem, Register> apply(Register r, Step s, Context ctx, LocalDate today) {
        List<Entry> all = r.entries();
        Function<Integer, EntryId> pick = n -> all.isEmpty() ? EntryId.of("none") : all.get(n % all.size()).id();
        Identifier handler = HANDLERS.get(s.b() % HANDLERS.size());
        return switch (s.kind()) {
            case REGISTER_IN -> r.register(CorrespondenceFixtures.letter(today, "Letter " + s.a())
                    .grade(List.of("normal", "urgent", "very-urgent").get(s.b() % 3)).build(), ctx)
                    .map(Register.Registered::register);
            case REGISTER_OUT -> r.register(Registration.builder().direction(Direction.OUTGOING)
                    .channel(Channel.EMAIL).receivedOn(today).addRecipients(Contact.named("Mairie"))
                    .subject("Reply " + s.a()).build(), ctx).map(Register.Registered::register);
            case ASSIGN -> r.assign(pick.apply(s.a()), handler, Assignment.Purpose.values()[s.b() % 5], Optional.empty(), ctx)
                    .map(Register.Change::register);
            case REDIRECT -> r.redirect(pick.apply(s.a()), handler, "Better placed", ctx).map(Register.Change::register);
            case STATUS -> r.changeStatus(pick.apply(s.a()), EntryStatus.values()[s.b() % EntryStatus.values().length], ctx)
                    .map(Register.Change::register);
            case REPLY -> r.linkReply(pick.apply(s.a()), List.of(pick.apply(s.b())), ctx).map(Register.Change::register);
            case ACKNOWLEDGE -> r.acknowledge(pick.apply(s.a()), ctx).map(Register.Change::register);
            case DELAY -> r.explainDelay(pick.apply(s.a()), "Waiting for the unit's opinion", ctx).map(Register.Change::register);
            case CANCEL -> r.cancel(pick.apply(s.a()), "Duplicate", ctx).map(Register.Change::register);
        };
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
