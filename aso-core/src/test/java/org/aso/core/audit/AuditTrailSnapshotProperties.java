package org.aso.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.audit.AuditTrailProperties.Insert;
import org.aso.core.audit.AuditTrailProperties.Tampering;
import org.aso.core.fixtures.AuditFixtures;
import org.aso.core.fixtures.AuditFixtures.Recorded;
import org.aso.core.kernel.Problem;

/**
 * The two laws of the audit trail as an aggregate: the same events appended again give an equal
 * trail, which its snapshot restores to; and any single change to a snapshot (an entry altered,
 * resealed, removed, moved or forged, the head moved, or an entry rewritten into one that append
 * would refuse with the whole chain rehashed after it) is refused with the code that names it.
 */
class AuditTrailSnapshotProperties {

    @Provide
    Arbitrary<List<Recorded>> events() {
        return AuditFixtures.eventSequences(0, 40);
    }

    @Property(tries = 300)
    void the_same_events_give_an_equal_trail_which_its_snapshot_restores_to(@ForAll("events") List<Recorded> events) {
        // given
        AuditTrail trail = AuditTrailProperties.trailOf(events);
        // when
        AuditTrail again = AuditTrailProperties.trailOf(events);
        AuditTrail restored = AuditTrail.restore(trail.snapshot()).get();
        // then
        assertThat(again).isEqualTo(trail);
        assertThat(restored).isEqualTo(trail);
        assertThat(restored.snapshot()).isEqualTo(trail.snapshot());
        assertThat(restored.checkpoint()).isEqualTo(trail.checkpoint());
        // the restored trail goes on as the original would
        Recorded next = AuditFixtures.event(AuditFixtures.MONDAY_9AM.plusSeconds(1_000_000), "p-1", "dossier.closed",
                org.aso.core.dossier.DossierId.of("d-1"));
        assertThat(restored.append(next)).isEqualTo(trail.append(next));
    }

    /** One change to a stored snapshot. */
    sealed interface Mutation permits OfEntries, HeadBack, HeadForward, HeadHash, Rewrite {}

    /** A change to the entries alone, as {@link AuditTrailProperties} makes them. */
    record OfEntries(Tampering tampering) implements Mutation {}

    /** The head moved back one entry (the entries now go on after it). */
    record HeadBack() implements Mutation {}

    /** The head moved forward one entry (the entries now stop before it). */
    record HeadForward() implements Mutation {}

    /** The head's hash changed. */
    record HeadHash() implements Mutation {}

    /** Entry {@code index} rewritten with an action append refuses, every entry after it relinked and resealed, and the head moved to the new end. */
    record Rewrite(int index) implements Mutation {}

    record Case(AuditTrail trail, Mutation mutation) {}

    @Provide
    Arbitrary<Case> mutated() {
        return AuditFixtures.eventSequences(1, 30).map(AuditTrailProperties::trailOf)
                .flatMap(trail -> mutations(trail.size()).map(m -> new Case(trail, m)));
    }

    static Arbitrary<Mutation> mutations(int n) {
        Arbitrary<Mutation> ofEntries = Arbitraries.oneOf(
                AuditTrailProperties.tamperings(n),
                // a well-linked forgery at the end: the chain alone cannot see it, the head can
                Arbitraries.just(new Insert(n, true))).map(OfEntries::new);
        Arbitrary<Mutation> rewrite = Arbitraries.integers().between(0, n - 1).map(Rewrite::new);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, ofEntries),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new HeadBack())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new HeadForward())),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(new HeadHash())),
                net.jqwik.api.Tuple.of(2, rewrite));
    }

    @Property(tries = 1000)
    void any_single_change_to_a_snapshot_is_refused(@ForAll("mutated") Case c) {
        // given
        AuditTrailSnapshot original = c.trail().snapshot();
        int n = original.entries().size();
        List<AuditEntry> entries = original.entries();
        Checkpoint head = original.head();
        String expected;
        String reason = null;
        if (c.mutation() instanceof OfEntries o) {
            entries = AuditTrailProperties.apply(o.tampering(), entries);
            if (o.tampering() instanceof Insert i && i.linked() && i.index() == n) {
                expected = "audit.snapshot.beyond-head";
            } else {
                expected = Verification.BROKEN;
                reason = AuditTrailProperties.expectedWithCheckpoint(o.tampering(), n).reason().code();
            }
        } else if (c.mutation() instanceof HeadBack) {
            head = n == 1 ? Checkpoint.genesis() : Checkpoint.of(n - 1, entries.get(n - 2).hash());
            expected = "audit.snapshot.beyond-head";
        } else if (c.mutation() instanceof HeadForward) {
            head = Checkpoint.of(n + 1, head.hash());
            expected = Verification.BROKEN;
            reason = BrokenLink.Reason.TRUNCATED.code();
        } else if (c.mutation() instanceof HeadHash) {
            head = Checkpoint.of(n, AuditTrailProperties.flipFirstDigit(head.hash()));
            expected = Verification.BROKEN;
            reason = BrokenLink.Reason.CHECKPOINT_MISMATCH.code();
        } else {
            int index = ((Rewrite) c.mutation()).index();
            entries = rewrite(entries, index);
            head = Checkpoint.of(n, entries.get(n - 1).hash());
            expected = "audit.action.invalid";
        }
        // when
        var restored = AuditTrail.restore(new AuditTrailSnapshot(entries, head));
        // then
        assertThat(restored.isLeft()).as("%s refused", c.mutation()).isTrue();
        List<Problem> problems = restored.getLeft();
        assertThat(problems).extracting(Problem::code).as("%s", c.mutation()).contains(expected);
        if (reason != null) {
            String r = reason;
            assertThat(problems).filteredOn(p -> p.code().equals(Verification.BROKEN))
                    .singleElement().satisfies(p -> assertThat(p.detail("reason")).contains(r));
        }
    }

    /** The entries with entry {@code index} given an invalid action, and the chain rehashed from there on. */
    static List<AuditEntry> rewrite(List<AuditEntry> original, int index) {
        List<AuditEntry> out = new ArrayList<>(original.subList(0, index));
        String previous = index == 0 ? AuditEntry.GENESIS_HASH : original.get(index - 1).hash();
        for (int k = index; k < original.size(); k++) {
            ImmutableAuditEntry e = AuditEntries.copy(original.get(k)).withPreviousHash(previous);
            if (k == index) {
                e = e.withAction("Forged Action");
            }
            AuditEntry sealed = AuditEntries.reseal(e);
            out.add(sealed);
            previous = sealed.hash();
        }
        // the rewritten chain holds on its own
        assertThat(AuditTrail.verify(out).isIntact()).isTrue();
        return out;
    }
}
