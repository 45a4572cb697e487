package org.aso.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.DossierFixtures.BookStep;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Problem;
import org.aso.core.numbering.NumberingScheme;

/**
 * A book of several dossiers taken through random scripts: replaying the events of the accepted
 * decisions gives the book back, and so does restoring its snapshot; a snapshot with one invariant
 * broken is refused with the problem that names it.
 */
class DossierBookProperties {
    private static final Clearance CONFIDENTIAL = Clearance.of(Confidentiality.CONFIDENTIAL);

    /** A book after a script, and the events of the decisions it accepted, in order. */
    record Run(DossierBook book, List<DossierEvent> events) {}

    static Run run(DossierRules rules, List<BookStep> script) {
        DossierBook book = DossierBook.empty(rules);
        List<DossierEvent> events = new ArrayList<>();
        Instant t = DossierFixtures.paris("2026-03-02T09:00");
        for (BookStep step : script) {
            t = t.plus(Duration.ofMinutes(step.minutesLater()));
            Context ctx = step.byTheClerk() ? Context.of(t, DossierFixtures.CLERK, Clearance.none())
                    : Context.of(t, DossierFixtures.OFFICER, CONFIDENTIAL);
            DossierId id = DossierId.of("d-" + step.dossier());
            Confidentiality marking = step.dossier() % 2 == 0 ? Confidentiality.PUBLIC : Confidentiality.CONFIDENTIAL;
            Either<Problem, DossierBook.Change> r = book.get(id).isPresent()
                    ? book.decide(id, step.command(), ctx)
                    : rules.policy().numbering().isPresent()
                    ? book.open(OpenDossier.builder().id(id).title("Dossier " + id.value()).classification(step.code())
                            .ownerUnit(DossierFixtures.S2).holder(DossierFixtures.OFFICER).confidentiality(marking).build(), ctx)
                    : book.open(DossierFixtures.openCommand(id.value(), step.code()).confidentiality(marking).build(), ctx);
            if (r.isRight()) {
                book = r.get().book();
                events.addAll(r.get().events());
            }
        }
        return new Run(book, events);
    }

    /** Rules with small volumes; half of them number the dossiers of the book, the others leave it to the host. */
    @Provide
    Arbitrary<DossierRules> rules() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.of(true, false))
                .as((items, numbered) -> {
                    DossierPolicy policy = DossierFixtures.policy().withVolumeLimits(VolumeLimits.of(60, items))
                            .withClosingWithOpenActions(true);
                    return DossierFixtures.rules().withPolicy(numbered
                            ? policy.withNumbering(NumberingScheme.indianFileNumber()) : policy);
                });
    }

    @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
    void aBookThatNumbers_givesGaplessNumbers_andRefusesASnapshotWhoseCountersAreBehind(
            @ForAll("scripts") List<BookStep> script, @ForAll("rules") DossierRules rules) {
        // given
        DossierBook book = run(rules, script).book();
        Assume.that(rules.policy().numbering().isPresent() && book.size() > 0);
        // then: in each series, the numbers are 1..n and the counter is n
        Map<String, List<Long>> bySeries = new TreeMap<>();
        for (Dossier d : book.all()) {
            bySeries.computeIfAbsent(d.reference().series(), k -> new ArrayList<>()).add(d.reference().sequence());
        }
        bySeries.forEach((series, numbers) -> {
            assertThat(numbers).containsExactlyInAnyOrderElementsOf(
                    LongStream.rangeClosed(1, numbers.size()).boxed().toList());
            assertThat(book.counters()).containsEntry(series, (long) numbers.size());
        });
        assertThat(book.counters()).hasSameSizeAs(bySeries);
        // and a snapshot with one counter set back is refused
        Map<String, Long> behind = new HashMap<>(book.counters());
        String series = bySeries.keySet().iterator().next();
        behind.put(series, behind.get(series) - 1);
        Either<List<Problem>, DossierBook> restored = DossierBook.restore(rules,
                new DossierBookSnapshot(book.all(), behind));
        assertThat(restored.getLeft()).extracting(Problem::code).containsOnly("dossier.restore.counter-behind");
    }

    @Provide
    Arbitrary<List<BookStep>> scripts() {
        return DossierFixtures.bookScripts();
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void replayingTheEvents_givesTheBookBack(@ForAll("scripts") List<BookStep> script,
                                             @ForAll("rules") DossierRules rules) {
        // given
        Run run = run(rules, script);
        // when
        DossierBook replayed = DossierBook.replay(rules, run.events()).get();
        // then
        assertThat(replayed).isEqualTo(run.book());
        assertThat(replayed.snapshot()).isEqualTo(run.book().snapshot());
        // and a later decision sees the same book
        for (Dossier d : run.book().all()) {
            assertThat(replayed.byReference(d.reference())).contains(d);
        }
    }

    @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
    void snapshotThenRestore_givesTheBookBack_andACorruptedSnapshotIsRefused(
            @ForAll("scripts") List<BookStep> script, @ForAll("rules") DossierRules rules,
            @ForAll("corruptions") Corruption corruption) {
        // given
        DossierBook book = run(rules, script).book();
        DossierBookSnapshot snapshot = book.snapshot();
        // then
        assertThat(DossierBook.restore(rules, snapshot).get()).isEqualTo(book);
        // and, with one invariant broken
        List<Dossier> dossiers = new ArrayList<>(snapshot.dossiers());
        String expected = dossiers.isEmpty() ? null : corruption.apply(dossiers);
        if (dossiers.isEmpty() || expected == null) {
            return;   // nothing in this book to break that way
        }
        Either<List<Problem>, DossierBook> restored = DossierBook.restore(rules, new DossierBookSnapshot(dossiers, snapshot.counters()));
        assertThat(restored.isLeft()).as("restored %s", dossiers).isTrue();
        Set<String> codes = new TreeSet<>(restored.getLeft().stream().map(Problem::code).toList());
        assertThat(codes).containsExactly(expected);
    }

    /** One way to break a snapshot: changes the list and gives the code it must be refused with, or null. */
    interface Corruption {
        String apply(List<Dossier> dossiers);
    }

    @Provide
    Arbitrary<Corruption> corruptions() {
        Corruption duplicateId = ds -> {
            ds.add(ds.get(ds.size() - 1));
            return "dossier.restore.duplicate-id";
        };
        Corruption duplicateReference = ds -> {
            if (ds.size() < 2) {
                return null;
            }
            Dossier second = ds.get(1);
            ds.set(1, ((ImmutableDossier) second).withReference(ds.get(0).reference()));
            return "dossier.restore.duplicate-reference";
        };
        Corruption volumeCount = ds -> {
            Dossier d = ds.get(0);
            Volume v = d.currentVolume();
            List<Volume> volumes = new ArrayList<>(d.volumes());
            volumes.set(volumes.size() - 1, ((ImmutableVolume) v).withItemCount(v.itemCount() + 1));
            ds.set(0, ((ImmutableDossier) d).withVolumes(volumes));
            return "dossier.restore.volume-mismatch";
        };
        Corruption volumeBeforeOpening = ds -> {
            Dossier d = ds.get(0);
            List<Volume> volumes = new ArrayList<>(d.volumes());
            volumes.set(0, ((ImmutableVolume) volumes.get(0)).withStartedAt(d.openedAt().minusSeconds(60)));
            ds.set(0, ((ImmutableDossier) d).withVolumes(volumes));
            return "dossier.restore.time-inconsistent";
        };
        Corruption itemAfterLastChange = ds -> {
            for (int i = 0; i < ds.size(); i++) {
                Dossier d = ds.get(i);
                if (!d.items().isEmpty()) {
                    List<Item> items = new ArrayList<>(d.items());
                    Item last = items.get(items.size() - 1);
                    items.set(items.size() - 1, ((ImmutableItem) last).withAddedAt(d.lastChangedAt().plusSeconds(1)));
                    ds.set(i, ((ImmutableDossier) d).withItems(items));
                    return "dossier.restore.time-inconsistent";
                }
            }
            return null;
        };
        Corruption disposedUnderHold = ds -> {
            for (int i = 0; i < ds.size(); i++) {
                Dossier d = ds.get(i);
                if (d.status() == DossierStatus.DISPOSED) {
                    ds.set(i, ((ImmutableDossier) d).withLegalHold(LegalHold.builder().reason("inquiry")
                            .placedAt(d.disposedAt().get()).placedBy(DossierFixtures.HEAD).build()));
                    return "dossier.restore.disposed-under-hold";
                }
            }
            return null;
        };
        return Arbitraries.of(duplicateId, duplicateReference, volumeCount, volumeBeforeOpening, itemAfterLastChange,
                disposedUnderHold);
    }
}
