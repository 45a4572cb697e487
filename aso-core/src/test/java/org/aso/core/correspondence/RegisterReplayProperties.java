package org.aso.core.correspondence;

import static org.aso.core.fixtures.CorrespondenceFixtures.emptyGeneral;
import static org.aso.core.fixtures.CorrespondenceFixtures.general;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.RegisterCommands;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Problem;

/**
 * A register is the fold of its events, and its snapshot restores it: random sequences of every
 * decision ({@link RegisterCommands}), then the register rebuilt from the events emitted, and from
 * its snapshot, compared with the register the decisions left (entries, counters and indexes), and
 * by what a later decision does with it.
 */
class RegisterReplayProperties {

    @Provide
    Arbitrary<List<RegisterCommands.Step>> steps() {
        return RegisterCommands.steps(80);
    }

    @Property(tries = 300)
    void replayingTheEmittedEvents_givesTheRegisterTheDecisionsLeft(@ForAll("steps") List<RegisterCommands.Step> steps) {
        // given
        RegisterCommands.Run run = RegisterCommands.run(emptyGeneral(), steps);
        // when
        Register replayed = Register.replay(general(), run.events()).get();
        // then: the same entries, counters and indexes
        Register decided = run.register();
        assertThat(replayed.entries()).isEqualTo(decided.entries());
        assertThat(replayed.snapshot()).isEqualTo(decided.snapshot());
        assertThat(replayed.numbering()).isEqualTo(decided.numbering());
        assertThat(replayed).isEqualTo(decided);
        assertThat(replayed.openWithDeadline()).isEqualTo(decided.openWithDeadline());
        for (int months = 0; months < 4; months++) {
            Instant at = CorrespondenceFixtures.clerkOn(RegisterCommands.FIRST_DAY.plusMonths(months)).at();
            assertThat(replayed.dueAt(at)).isEqualTo(decided.dueAt(at));
        }
        // and a later decision sees the same register: the next number follows on
        LocalDate next = RegisterCommands.day(steps.size());
        Registration letter = CorrespondenceFixtures.letter(next, "After").build();
        var fromReplay = replayed.register(letter, CorrespondenceFixtures.clerkOn(next)).get();
        var fromDecisions = decided.register(letter, CorrespondenceFixtures.clerkOn(next)).get();
        assertThat(fromReplay.entry()).isEqualTo(fromDecisions.entry());
        assertThat(fromReplay.entry().number().sequence()).isEqualTo(decided.size() + 1L);
    }

    @Property(tries = 150)
    void registers_replayInterleavedEvents_toTheRegistersTheDecisionsLeft(
            @ForAll("steps") List<RegisterCommands.Step> steps, @ForAll("steps") List<RegisterCommands.Step> sides) {
        // given: two registers, each step applied to one of them, events kept in the order decided
        Map<RegisterId, Register> registers = new HashMap<>();
        registers.put(general().id(), emptyGeneral());
        registers.put(RegisterCommands.questions().id(), Register.of(RegisterCommands.questions()));
        List<EntryEvent> events = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            RegisterId side = sides.get(i % sides.size()).a() % 2 == 0 ? general().id() : RegisterCommands.questions().id();
            var outcome = RegisterCommands.apply(registers.get(side), steps.get(i), i);
            if (outcome.isRight()) {
                registers.put(side, outcome.get().register());
                events.addAll(outcome.get().events());
            }
        }
        // when
        Registers replayed = Registers.replay(List.of(general(), RegisterCommands.questions()), events).get();
        // then
        Registers decided = Registers.of(registers.values());
        assertThat(replayed).isEqualTo(decided);
        assertThat(replayed.snapshot()).isEqualTo(decided.snapshot());
        assertThat(Registers.restore(List.of(RegisterCommands.questions(), general()), decided.snapshot()).get())
                .isEqualTo(decided);
    }

    @Property(tries = 300)
    void snapshotThenRestore_givesTheRegisterBack(@ForAll("steps") List<RegisterCommands.Step> steps) {
        // given
        Register decided = RegisterCommands.run(emptyGeneral(), steps).register();
        // when
        RegisterSnapshot snapshot = decided.snapshot();
        Register restored = Register.restore(general(), snapshot).get();
        // then
        assertThat(restored).isEqualTo(decided);
        assertThat(restored.snapshot()).isEqualTo(snapshot);
        assertThat(snapshot.schemaVersion()).isEqualTo(RegisterSnapshot.SCHEMA_VERSION);
    }

    /** One way to break an invariant of a register's snapshot, and the code that says so. */
    enum Corruption {
        NUMBER_USED_TWICE("correspondence.restore.duplicate-number"),
        NUMBER_MISSING("correspondence.restore.number-gap"),
        COUNTER_BEHIND("correspondence.restore.counter-behind"),
        COUNTER_AHEAD("correspondence.restore.counter-ahead"),
        ENTRIES_SWAPPED("correspondence.restore.out-of-order"),
        SAME_ID_TWICE("correspondence.restore.duplicate"),
        REDACTED_ENTRY("correspondence.restore.invalid-entry"),
        TWO_HANDLERS("correspondence.restore.invalid-entry"),
        ENTRY_OF_ANOTHER_REGISTER("correspondence.restore.other-register"),
        REPLY_TO_NOTHING("correspondence.restore.reply-link");

        final String code;

        Corruption(String code) {
            this.code = code;
        }
    }

    @Provide
    Arbitrary<List<RegisterCommands.Step>> registrationsFirst() {
        // three letters first, so that every corruption has entries to work on
        return RegisterCommands.steps(40).map(rest -> {
            List<RegisterCommands.Step> all = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                all.add(new RegisterCommands.Step(RegisterCommands.Command.REGISTER_IN, i, 1));
            }
            all.addAll(rest);
            return all;
        });
    }

    @Provide
    Arbitrary<Integer> picks() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Property(tries = 500)
    void aCorruptedSnapshot_isRefused_withTheCodeOfTheBrokenInvariant(
            @ForAll("registrationsFirst") List<RegisterCommands.Step> steps, @ForAll Corruption corruption,
            @ForAll("picks") int pick) {
        // given
        Register decided = RegisterCommands.run(emptyGeneral(), steps).register();
        RegisterSnapshot good = decided.snapshot();
        // when
        Optional<RegisterSnapshot> bad = corrupt(good, corruption, pick);
        Assume.that(bad.isPresent());
        var restored = Register.restore(general(), bad.get());
        // then
        assertThat(restored.isLeft()).as("%s restored", corruption).isTrue();
        assertThat(restored.getLeft()).extracting(Problem::code).contains(corruption.code);
    }

    /** The snapshot with one invariant broken, if this snapshot has what the corruption needs. */
    private static Optional<RegisterSnapshot> corrupt(RegisterSnapshot s, Corruption c, int pick) {
        List<Entry> entries = new ArrayList<>(s.entries());
        Map<String, Long> counters = new HashMap<>(s.counters());
        int n = entries.size();
        int j = pick % n;
        String series = entries.get(0).number().series();
        switch (c) {
            case NUMBER_USED_TWICE -> {
                int k = 1 + pick % (n - 1); // another entry takes the first one's number and id
                Entry first = entries.get(0);
                entries.set(k, Register.im(entries.get(k)).withNumber(first.number()).withId(first.id()));
            }
            case NUMBER_MISSING -> {
                if (j == n - 1) {
                    return Optional.empty(); // the last one missing is a counter ahead
                }
                entries.remove(j);
                for (int i = j; i < entries.size(); i++) {
                    entries.set(i, Register.im(entries.get(i)).withPosition(i + 1L));
                }
            }
            case COUNTER_BEHIND -> counters.put(series, counters.get(series) - 1 - pick % 3);
            case COUNTER_AHEAD -> counters.merge(pick % 2 == 0 ? series : "code=A|year=1999", 1L + pick % 3, Long::sum);
            case ENTRIES_SWAPPED -> {
                int k = (j + 1 + pick % (n - 1)) % n;
                Entry a = entries.get(j);
                entries.set(j, entries.get(k));
                entries.set(k, a);
            }
            case SAME_ID_TWICE -> {
                int k = 1 + pick % (n - 1);
                entries.set(k, Register.im(entries.get(k)).withId(entries.get(0).id()));
            }
            case REDACTED_ENTRY -> {
                List<Entry> opened = entries.stream().filter(e -> !e.unopened()).toList();
                int k = entries.indexOf(opened.get(pick % opened.size())); // the three first letters are opened
                entries.set(k, entries.get(k).redacted());
            }
            case TWO_HANDLERS -> {
                Entry e = entries.get(j);
                Entry twice = Register.im(e).withAssignments(List.of(
                        action(OrgUnitId.of("S7"), e.registeredAt()), action(OrgUnitId.of("S8"), e.registeredAt())));
                entries.set(j, twice);
            }
            case ENTRY_OF_ANOTHER_REGISTER -> entries.set(j, Register.im(entries.get(j)).withRegister(RegisterId.of("PQ")));
            case REPLY_TO_NOTHING -> {
                Entry e = entries.get(j);
                if (e.direction() == Direction.OUTGOING) {
                    entries.set(j, Register.im(e).withAnswers(List.of(EntryId.of("GEN/nowhere"))));
                } else {
                    entries.set(j, Register.im(e).withAnsweredBy(List.of(EntryId.of("GEN/nowhere")))
                            .withAnsweredAt(e.registeredAt()));
                }
            }
        }
        return Optional.of(new RegisterSnapshot(s.register(), entries, counters));
    }

    private static Assignment action(OrgUnitId unit, Instant at) {
        return Assignment.builder().assignee(unit).purpose(Assignment.Purpose.ACTION).at(at)
                .by(CorrespondenceFixtures.CLERK).build();
    }
}
