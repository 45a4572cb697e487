package org.aso.core.disruption;

import static org.aso.core.disruption.AwayFixtures.OFFICER;
import static org.aso.core.disruption.AwayFixtures.OTHER;
import static org.aso.core.disruption.AwayFixtures.SICK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.correspondence.Assignment;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registers;
import org.aso.core.dossier.Dossier;
import org.aso.core.dossier.DossierBook;
import org.aso.core.dossier.DossierEvent;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.CorrespondenceFixtures;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Ref;
import org.aso.core.priority.Task;
import org.aso.core.priority.TaskStatus;

/**
 * After a handover every item handed over has exactly one holder, the deputy, with the person away
 * recorded before them; every other item stays where it was; nothing is lost; and the events rebuild
 * the registers and the book the decision gave.
 */
class HandoverProperties {

    /** One item of the desk: held by the officer or by p-40, its marking, whether it is chosen; for tasks, open or done. */
    record Item(boolean hers, Confidentiality marking, boolean chosen, boolean open) {}

    record World(List<Item> letters, List<Item> dossiers, List<Item> tasks, Clearance deputy) {}

    @Provide
    Arbitrary<World> worlds() {
        Arbitrary<Item> item = Combinators.combine(Arbitraries.of(true, true, false),
                Arbitraries.of(Confidentiality.PUBLIC, Confidentiality.RESTRICTED, Confidentiality.CONFIDENTIAL),
                Arbitraries.of(true, false), Arbitraries.of(true, true, true, false)).as(Item::new);
        return Combinators.combine(item.list().ofMaxSize(8), item.list().ofMaxSize(6), item.list().ofMaxSize(8),
                Arbitraries.of(Clearance.none(), Clearance.of(Confidentiality.RESTRICTED),
                        Clearance.of(Confidentiality.CONFIDENTIAL))).as(World::new);
    }

    private static PersonId holder(Item i) {
        return i.hers() ? OFFICER : OTHER;
    }

    @Property(tries = 200)
    void every_item_handed_over_has_one_holder_the_deputy_with_her_before_and_nothing_else_moves(@ForAll("worlds") World w) {
        // given
        Register register = CorrespondenceFixtures.emptyGeneral();
        for (int i = 0; i < w.letters().size(); i++) {
            Item it = w.letters().get(i);
            register = AwayFixtures.letter(register, "Letter " + i, "urgent", it.marking(), holder(it));
        }
        DossierBook book = DossierBook.empty(DossierFixtures.rules());
        for (int i = 0; i < w.dossiers().size(); i++) {
            Item it = w.dossiers().get(i);
            book = AwayFixtures.open(book, "d-" + i, "File " + i, it.marking(), holder(it), i + 1);
        }
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < w.tasks().size(); i++) {
            Item it = w.tasks().get(i);
            Task t = AwayFixtures.task("t-" + i, "Task " + i, holder(it), LocalDate.of(2026, 3, 10 + i));
            tasks.add(it.open() ? t : t.withStatus(TaskStatus.DONE));
        }
        HandoverState desk = HandoverState.of(Registers.of(List.of(register)), book, tasks);
        List<Entry> entries = register.entries();
        Set<Ref> chosen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            if (w.letters().get(i).hers() && w.letters().get(i).chosen()) {
                chosen.add(entries.get(i).id().ref());
            }
        }
        for (int i = 0; i < w.dossiers().size(); i++) {
            if (w.dossiers().get(i).hers() && w.dossiers().get(i).chosen()) {
                chosen.add(DossierId.of("d-" + i).ref());
            }
        }
        for (int i = 0; i < tasks.size(); i++) {
            if (w.tasks().get(i).hers() && w.tasks().get(i).chosen() && w.tasks().get(i).open()) {
                chosen.add(tasks.get(i).id().ref());
            }
        }
        Person deputy = AwayFixtures.MARC.withClearance(w.deputy());

        // when
        HandoverOutcome done = Handover.decide(desk, AwayFixtures.escalation(),
                HandoverRequest.of(SICK, deputy, chosen, "Sick leave"), AwayFixtures.HEAD_ON_MONDAY).get();

        // then: letters
        Register after = done.state().registers().all().get(0);
        assertThat(after.entries()).hasSameSizeAs(entries);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = after.entry(entries.get(i).id()).orElseThrow();
            assertThat(e.assignments().stream().filter(a -> a.isActive() && a.purpose() == Assignment.Purpose.ACTION))
                    .hasSize(1);
            if (chosen.contains(e.id().ref())) {
                assertThat(e.handler()).contains(deputy.id());
                assertThat(e.assignments()).filteredOn(a -> a.assignee().equals(OFFICER))
                        .singleElement().satisfies(a -> assertThat(a.isActive()).isFalse());
            } else {
                assertThat(e).isEqualTo(entries.get(i));
            }
        }
        // files: handed over if the deputy may read them, otherwise kept with her and listed as kept
        DossierBook bookAfter = done.state().dossiers();
        assertThat(bookAfter.size()).isEqualTo(book.size());
        Set<Ref> kept = new HashSet<>();
        done.note().kept().forEach(k -> kept.add(k.item().ref()));
        for (Dossier before : book.all()) {
            Dossier d = bookAfter.get(before.id()).orElseThrow();
            boolean cleared = before.isVisibleTo(w.deputy());
            if (chosen.contains(d.id().ref()) && cleared) {
                assertThat(d.holder()).isEqualTo(deputy.id());
                assertThat(d.lastMovement().from()).contains(OFFICER);
                assertThat(d.movements()).hasSize(before.movements().size() + 1);
            } else {
                assertThat(d).isEqualTo(before);
                assertThat(kept.contains(d.id().ref())).isEqualTo(chosen.contains(d.id().ref()));
            }
        }
        // tasks
        assertThat(done.state().tasks()).hasSameSizeAs(tasks);
        for (int i = 0; i < tasks.size(); i++) {
            Task t = done.state().tasks().get(i);
            assertThat(t.id()).isEqualTo(tasks.get(i).id());
            assertThat(t.assignee()).isEqualTo(chosen.contains(t.id().ref()) ? deputy.id() : tasks.get(i).assignee());
            assertThat(t.withAssignee(tasks.get(i).assignee())).isEqualTo(tasks.get(i));
        }
        // the note: every chosen item once, handed over from her or kept
        List<Ref> noted = new ArrayList<>();
        done.note().handedOver().forEach(i -> noted.add(i.ref()));
        noted.addAll(kept);
        assertThat(noted).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(chosen);
        assertThat(done.note().from()).isEqualTo(OFFICER);
        // the events rebuild what the decision gave
        Register replayed = register;
        DossierBook replayedBook = book;
        for (DomainEvent e : done.events()) {
            if (e instanceof EntryEvent ee) {
                replayed = replayed.evolve(ee).get();
            } else {
                replayedBook = replayedBook.evolve((DossierEvent) e).get();
            }
        }
        assertThat(replayed).isEqualTo(after);
        assertThat(replayedBook).isEqualTo(bookAfter);
        assertThat(done.events()).hasSize(done.note().handedOver().size()
                - (int) done.note().handedOver().stream().filter(i -> i.ref().is(Ref.Kind.TASK)).count());
    }
}
