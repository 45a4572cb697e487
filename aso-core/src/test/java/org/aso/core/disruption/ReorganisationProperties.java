package org.aso.core.disruption;

import static org.aso.core.disruption.ReorgFixtures.S2;
import static org.aso.core.disruption.ReorgFixtures.S3;
import static org.aso.core.disruption.ReorgFixtures.S5;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgChartHistory;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.numbering.ReferenceNumber;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskStatus;

/**
 * After S2 and S3 are merged into S5 nothing is lost: per kind, the open letters, open tasks and
 * members of S2 and S3 before are those of S5 after, everything else is where it was, and the
 * register's numbers stay unique and gapless, the next letters continuing the series.
 */
class ReorganisationProperties {
    private static final OrgUnitId LONE = OrgUnitId.of("LONE");

    /** An item of one of the units S2, S3 (moved) or LONE (not moved), open or not. */
    record Item(OrgUnitId unit, boolean open) {}

    record World(List<Item> letters, List<Item> tasks, List<OrgUnitId> people, int later) {}

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<Item> item = Combinators.combine(Arbitraries.of(S2, S3, LONE), Arbitraries.of(true, true, false))
                .as(Item::new);
        return Combinators.combine(item.list().ofMaxSize(12), item.list().ofMaxSize(10),
                Arbitraries.of(S2, S3, LONE).list().ofMaxSize(8), Arbitraries.integers().between(0, 4)).as(World::new);
    }

    @Property(tries = 200)
    void after_a_merger_nothing_is_lost_and_no_number_is_used_twice(@ForAll("worlds") World w) {
        // given
        Register register = CorrespondenceFixtures.emptyGeneral();
        for (int i = 0; i < w.letters().size(); i++) {
            register = ReorgFixtures.letter(register, "Letter " + i, w.letters().get(i).unit(), !w.letters().get(i).open());
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < w.tasks().size(); i++) {
            Task t = ReorgFixtures.task("t-" + i, PersonId.of("p-" + i), w.tasks().get(i).unit());
            tasks.add(w.tasks().get(i).open() ? t : t.withStatus(TaskStatus.DONE));
        }
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < w.people().size(); i++) {
            people.add(ReorgFixtures.person("p-" + i, w.people().get(i)));
        }

        // when
        ReorganisationOutcome done = Reorganisation.decide(Registers.of(List.of(register)), tasks, people,
                OrgChartHistory.of(ReorgFixtures.before()), ReorgFixtures.merger(), ReorgFixtures.HEAD).get();
        Register after = done.registers().all().get(0);

        // then: per kind, counts before = counts after
        assertThat(after.size()).isEqualTo(register.size());
        assertThat(openLetters(after, S5)).isEqualTo(openLetters(register, S2) + openLetters(register, S3));
        assertThat(openLetters(after, S2) + openLetters(after, S3)).isZero();
        assertThat(openLetters(after, LONE)).isEqualTo(openLetters(register, LONE));
        assertThat(handledBy(after, S2) + handledBy(after, S3) + handledBy(after, S5) + handledBy(after, LONE))
                .isEqualTo(register.size());
        assertThat(done.tasks()).hasSameSizeAs(tasks);
        assertThat(openTasks(done.tasks(), S5)).isEqualTo(openTasks(tasks, S2) + openTasks(tasks, S3));
        assertThat(openTasks(done.tasks(), LONE)).isEqualTo(openTasks(tasks, LONE));
        assertThat(done.tasks().stream().filter(t -> !t.isOpen()).toList())
                .isEqualTo(tasks.stream().filter(t -> !t.isOpen()).toList());
        assertThat(done.people()).hasSameSizeAs(people);
        assertThat(members(done.people(), S5)).isEqualTo(members(people, S2) + members(people, S3));
        assertThat(members(done.people(), LONE)).isEqualTo(members(people, LONE));
        assertThat(done.events()).hasSize((int) (openLetters(register, S2) + openLetters(register, S3)));
        // and the events rebuild the register the decision gave
        Register replayed = register;
        for (EntryEvent e : done.events()) {
            replayed = replayed.evolve(e).get();
        }
        assertThat(replayed).isEqualTo(after);
        // and the series continues without a gap: no number used twice
        for (int i = 0; i < w.later(); i++) {
            after = after.register(CorrespondenceFixtures.letter(ReorgFixtures.MONDAY.plusDays(30), "After " + i).build(),
                    CorrespondenceFixtures.clerkOn(ReorgFixtures.MONDAY.plusDays(30))).get().register();
        }
        List<ReferenceNumber> numbers = after.entries().stream().map(Entry::number).toList();
        Set<String> texts = new HashSet<>();
        numbers.forEach(n -> texts.add(n.text()));
        assertThat(texts).hasSameSizeAs(numbers);
        assertThat(numbers.stream().mapToLong(ReferenceNumber::sequence).sorted().toArray())
                .containsExactly(LongStream.rangeClosed(1, numbers.size()).toArray());
    }

    record Split(List<Boolean> letterToS6, List<Boolean> explicit, List<Boolean> assigneeToS6) {}

    @Provide
    Arbitrary<Split> splits() {
        Arbitrary<List<Boolean>> flags = Arbitraries.of(true, false).list().ofSize(8);
        return Combinators.combine(flags, flags, flags).as(Split::new);
    }

    @Property(tries = 100)
    void after_a_split_each_open_item_goes_to_the_one_new_unit_its_rule_gives(@ForAll("splits") Split w) {
        // given: eight open letters and eight open tasks of S2; some letters placed explicitly, some assignees to S6
        Register register = CorrespondenceFixtures.emptyGeneral();
        for (int i = 0; i < 8; i++) {
            register = ReorgFixtures.letter(register, "Letter " + i, S2, false);
        }
        ReorganisationPlan plan = ReorgFixtures.split();
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tasks.add(ReorgFixtures.task("t-" + i, PersonId.of("p-" + i), S2));
            if (w.assigneeToS6().get(i)) {
                plan = plan.withPerson(PersonId.of("p-" + i), ReorgFixtures.S6);
            }
            if (w.explicit().get(i)) {
                plan = plan.withItem(register.entries().get(i).id().ref(), w.letterToS6().get(i) ? ReorgFixtures.S6 : S5);
            }
        }

        // when
        ReorganisationOutcome done = Reorganisation.decide(Registers.of(List.of(register)), tasks, List.of(),
                OrgChartHistory.of(ReorgFixtures.before()), plan, ReorgFixtures.HEAD).get();

        // then
        List<Entry> after = done.registers().all().get(0).entries();
        for (int i = 0; i < 8; i++) {
            OrgUnitId letterTo = w.explicit().get(i) && w.letterToS6().get(i) ? ReorgFixtures.S6 : S5;
            assertThat(after.get(i).handler()).contains(letterTo);
            assertThat(after.get(i).assignments()).hasSize(2);
            assertThat(after.get(i).assignments().get(0).assignee()).isEqualTo(S2);
            assertThat(after.get(i).number()).isEqualTo(register.entries().get(i).number());
            assertThat(done.tasks().get(i).unit()).isEqualTo(w.assigneeToS6().get(i) ? ReorgFixtures.S6 : S5);
        }
        assertThat(done.moved()).hasSize(16);
    }

    private static long openLetters(Register r, Identifier unit) {
        return r.entries().stream().filter(e -> e.isOpen() && e.handler().filter(unit::equals).isPresent()).count();
    }

    private static long handledBy(Register r, Identifier unit) {
        return r.entries().stream().filter(e -> e.handler().filter(unit::equals).isPresent()).count();
    }

    private static long openTasks(List<Task> tasks, OrgUnitId unit) {
        return tasks.stream().filter(t -> t.isOpen() && t.unit().equals(unit)).count();
    }

    private static long members(List<Person> people, OrgUnitId unit) {
        return people.stream().filter(p -> p.unit().filter(unit::equals).isPresent()).count();
    }
}
