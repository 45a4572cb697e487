package org.aso.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.aso.core.fixtures.DossierFixtures;
import org.aso.core.fixtures.MutationTries;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.SharedState;

/**
 * Random action sequences over the dossier lifecycle, applied through the pure decisions (via a
 * {@link DossierBook} in a {@link SharedState}, as a host would): after every step the invariants
 * hold, whether the step was accepted or refused, and replaying the events so far gives the book
 * with the dossier.
 */
class DossierLifecycleProperties {
    /** Accepted decisions per command type, over every try: each type must have been accepted at least once. */
    private static final Map<String, AtomicInteger> ACCEPTED = new ConcurrentHashMap<>();

    /** One step: a command, how long after the previous step (sometimes before it), and whether the actor is cleared. */
    record Step(DossierCommand command, long minutesLater, boolean cleared, PersonId actor) {}

    @Provide
    Arbitrary<List<Step>> scripts() {
        Arbitrary<Long> later = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(0, 600)),                       // the same day
                Tuple.of(3, Arbitraries.longs().between(1, 20).map(d -> d * 24 * 60)),  // days
                Tuple.of(2, Arbitraries.longs().between(180, 1100).map(d -> d * 24 * 60)), // months to years
                Tuple.of(1, Arbitraries.longs().between(-600, -1)));                    // out of order
        Arbitrary<Boolean> cleared = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(true)),
                Tuple.of(1, Arbitraries.just(false)));
        return Combinators.combine(DossierFixtures.commands(), later, cleared, DossierFixtures.people())
                .as(Step::new).list().ofMinSize(1).ofMaxSize(60);
    }

    @Provide
    Arbitrary<DossierRules> rules() {
        Arbitrary<VolumeLimits> limits = Combinators.combine(
                Arbitraries.integers().between(1, 120), Arbitraries.integers().between(1, 6)).as(VolumeLimits::of);
        return Combinators.combine(limits, Arbitraries.of(true, false)).as((l, lenient) -> DossierFixtures.rules()
                .withPolicy(DossierFixtures.policy().withVolumeLimits(l).withClosingWithOpenActions(lenient)));
    }

    @Provide
    Arbitrary<ClassificationCode> codes() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(DossierFixtures.SHORT_LIVED)),
                Tuple.of(1, Arbitraries.just(DossierFixtures.GENERAL)),
                Tuple.of(1, Arbitraries.just(DossierFixtures.COURT_CASES)));
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void everyStep_keepsTheLifecycleInvariants(@ForAll("scripts") List<Step> script,
                                               @ForAll("rules") DossierRules rules,
                                               @ForAll("codes") ClassificationCode code) {
        // given a confidential dossier in a shared book
        Instant t = DossierFixtures.paris("2026-03-02T09:00");
        Clearance cleared = Clearance.of(Confidentiality.CONFIDENTIAL);
        OpenDossier open = DossierFixtures.openCommand("d-p", code).confidentiality(Confidentiality.CONFIDENTIAL).build();
        DossierBook.Change opened = DossierBook.empty(rules)
                .open(open, Context.of(t, DossierFixtures.OFFICER, cleared)).get();
        SharedState<DossierBook> shared = SharedState.of(opened.book());
        List<DossierEvent> history = new java.util.ArrayList<>(opened.events());
        DossierId id = open.id();
        invariants(shared.get().get(id).orElseThrow(), rules.policy().volumeLimits());

        for (Step step : script) {
            // when
            t = t.plus(Duration.ofMinutes(step.minutesLater()));
            Context ctx = Context.of(t, step.actor(), step.cleared() ? cleared : Clearance.none());
            DossierBook bookBefore = shared.get();
            Dossier before = bookBefore.get(id).orElseThrow();
            Either<Problem, DossierBook.Change> r = shared.update(b -> b.decide(id, step.command(), ctx));
            Dossier after = shared.get().get(id).orElseThrow();

            // then: the book agrees with the pure function
            Either<Problem, DossierOutcome> pure = rules.decide(before, step.command(), ctx);
            assertThat(pure.isLeft()).isEqualTo(r.isLeft());
            if (r.isLeft()) {
                // a refusal changes nothing and says which rule
                assertThat(shared.get()).isSameAs(bookBefore);
                assertThat(after).isEqualTo(before);
                assertThat(r.getLeft()).isEqualTo(pure.getLeft());
                assertThat(r.getLeft().code()).startsWith("dossier.");
            } else {
                ACCEPTED.computeIfAbsent(step.command().getClass().getSimpleName(), k -> new AtomicInteger())
                        .incrementAndGet();
                assertThat(after).isEqualTo(pure.get().dossier());
                accepted(before, after, step, ctx, r.get().events());
                // what the actor gets back is what they may see; the book keeps the whole dossier
                assertThat(r.get().dossier()).isEqualTo(DossierView.of(after, ctx.clearance()))
                        .isEqualTo(pure.get().view());
                assertThat(r.get().dossier().content().isPresent()).isEqualTo(after.isVisibleTo(ctx.clearance()));
                history.addAll(r.get().events());
            }
            // the events tell the whole story: replaying them gives the dossier
            assertThat(DossierBook.replay(rules, history).get()).isEqualTo(shared.get());
            invariants(after, rules.policy().volumeLimits());
        }
    }

    private static void accepted(Dossier before, Dossier after, Step step, Context ctx, List<DossierEvent> events) {
        DossierCommand cmd = step.command();
        assertThat(before.status()).isNotEqualTo(DossierStatus.DISPOSED);
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.at()).isEqualTo(ctx.at());
            assertThat(e.actor()).isEqualTo(ctx.actor());
            assertThat(e.subject()).isEqualTo(before.id());
            assertThat(e.action()).startsWith("dossier.");
        });
        assertThat(after.lastChangedAt()).isEqualTo(ctx.at()).isAfterOrEqualTo(before.lastChangedAt());
        if (cmd.readsContent()) {
            assertThat(before.isVisibleTo(ctx.clearance())).isTrue();
        }
        // a file goes only to someone who may read it
        if (cmd instanceof DossierCommand.Transfer t) {
            assertThat(after.isVisibleTo(t.recipientClearance())).isTrue();
        }
        // closed and archived dossiers never change content; only reopening makes them active again
        if (!before.isActive()) {
            assertThat(content(after)).isEqualTo(content(before));
            if (after.isActive()) {
                assertThat(cmd).isInstanceOf(DossierCommand.Reopen.class);
                assertThat(before.status()).isEqualTo(DossierStatus.CLOSED);
            }
        }
        // disposal never happens under hold, nor before the disposal date, nor for permanent files
        if (after.status() == DossierStatus.DISPOSED) {
            assertThat(cmd).isInstanceOf(DossierCommand.Dispose.class);
            assertThat(before.status()).isEqualTo(DossierStatus.ARCHIVED);
            assertThat(before.isUnderLegalHold()).isFalse();
            RetentionOutcome r = before.retention().orElseThrow();
            assertThat(r.isPermanent()).isFalse();
            assertThat(ctx.at().atZone(DossierFixtures.policy().calendar().zone()).toLocalDate())
                    .isAfterOrEqualTo(r.disposalOn().orElseThrow());
        }
        if (cmd instanceof DossierCommand.Close) {
            assertThat(after.retention()).isPresent();
            assertThat(after.retention().get().closedOn())
                    .isEqualTo(ctx.at().atZone(DossierFixtures.policy().calendar().zone()).toLocalDate());
        }
    }

    /** What may not change once a dossier is closed. */
    private static List<Object> content(Dossier d) {
        return List.of(d.title(), d.subject(), d.classification(), d.confidentiality(), d.compartments(),
                d.items(), d.actions(), d.tags(), d.volumes());
    }

    private static void invariants(Dossier d, VolumeLimits limits) {
        // the movement log is a chronological chain and its last entry is the current holder
        List<Movement> log = d.movements();
        assertThat(log.get(0).from()).isEmpty();
        for (int i = 1; i < log.size(); i++) {
            assertThat(log.get(i).from()).contains(log.get(i - 1).to());
            assertThat(log.get(i).at()).isAfterOrEqualTo(log.get(i - 1).at());
        }
        assertThat(d.holder()).isEqualTo(log.get(log.size() - 1).to());
        assertThat(d.heldSince()).isEqualTo(log.get(log.size() - 1).at()).isBeforeOrEqualTo(d.lastChangedAt());
        // volumes respect the limits and add up
        assertThat(d.volumes()).allMatch(limits::admits);
        for (Volume v : d.volumes()) {
            List<Item> in = d.items().stream().filter(i -> i.volume() == v.number()).toList();
            assertThat(in).hasSize(v.itemCount());
            assertThat(in.stream().mapToInt(Item::pages).sum()).isEqualTo(v.pageCount());
        }
        for (int i = 1; i < d.items().size(); i++) {
            assertThat(d.items().get(i).volume()).isGreaterThanOrEqualTo(d.items().get(i - 1).volume());
        }
        // a volume is only started when the previous one could not take the next item
        for (int i = 1; i < d.volumes().size(); i++) {
            Volume previous = d.volumes().get(i - 1);
            int number = d.volumes().get(i).number();
            Item first = d.items().stream().filter(it -> it.volume() == number).findFirst().orElseThrow();
            assertThat(previous.itemCount() + 1 > limits.maxItems()
                    || previous.pageCount() + first.pages() > limits.maxPages()).isTrue();
        }
        // closed states carry their retention outcome; active ones do not
        assertThat(d.retention().isPresent()).isEqualTo(!d.isActive());
        assertThat(d.items()).extracting(Item::number).doesNotHaveDuplicates();
    }

    @AfterContainer
    static void everyKindOfDecision_wasAcceptedSomewhere() {
        if (MutationTries.isCapped()) {
            // tries capped for mutation testing (fixtures.MutationTries): too few scripts to reach every decision
            return;
        }
        assertThat(ACCEPTED.keySet()).containsExactlyInAnyOrder(
                "Transfer", "StartWork", "AwaitReply", "AddItem", "AddActionItem", "CompleteActionItem", "AddTag",
                "RemoveTag", "Retitle", "Reclassify", "Close", "Reopen", "Archive", "PlaceLegalHold", "LiftLegalHold",
                "Dispose");
    }
}
