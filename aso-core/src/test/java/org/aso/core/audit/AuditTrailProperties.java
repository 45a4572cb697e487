package org.aso.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.aso.core.fixtures.AuditFixtures;
import org.aso.core.fixtures.AuditFixtures.Recorded;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.PersonId;

/**
 * Laws of the hash chain over random trails: an untouched trail verifies, and one tampering of
 * any kind is reported at exactly the first entry that betrays it.
 */
class AuditTrailProperties {

    static AuditTrail trailOf(List<Recorded> events) {
        AuditTrail trail = AuditTrail.empty();
        for (Recorded e : events) {
            trail = trail.append(e).get();
        }
        return trail;
    }

    @Provide
    Arbitrary<AuditTrail> trails() {
        return AuditFixtures.eventSequences(0, 40).map(AuditTrailProperties::trailOf);
    }

    @Property(tries = 300)
    void an_untampered_trail_always_verifies(@ForAll("trails") AuditTrail trail) {
        Verification v = AuditTrail.verify(trail.entries());
        assertThat(v.isIntact()).isTrue();
        assertThat(v.entryCount()).isEqualTo(trail.size());
        assertThat(v.head()).isEqualTo(trail.checkpoint());
        assertThat(AuditTrail.verify(trail.entries(), trail.checkpoint()).isIntact()).isTrue();
        assertThat(AuditTrail.from(trail.entries()).get()).isEqualTo(trail);
        // sequences 1..N, each entry pointing to its predecessor
        for (int i = 0; i < trail.size(); i++) {
            AuditEntry e = trail.entries().get(i);
            assertThat(e.sequence()).isEqualTo(i + 1L);
            assertThat(e.previousHash()).isEqualTo(i == 0 ? AuditEntry.GENESIS_HASH : trail.entries().get(i - 1).hash());
        }
    }

    @Property(tries = 200)
    void every_earlier_checkpoint_still_holds_as_the_trail_grows(@ForAll("trails") AuditTrail trail) {
        for (int n = 0; n <= trail.size(); n++) {
            Checkpoint then = n == 0 ? Checkpoint.genesis() : Checkpoint.of(n, trail.entries().get(n - 1).hash());
            assertThat(AuditTrail.verify(trail.entries(), then).isIntact()).isTrue();
        }
    }

    @Property(tries = 300)
    void queries_agree_with_a_plain_scan(@ForAll("trails") AuditTrail trail,
                                         @ForAll("periods") Interval period,
                                         @ForAll("actorsAndSubjects") Recorded probe) {
        List<AuditEntry> all = trail.entries();
        assertThat(trail.during(period)).isEqualTo(all.stream().filter(e -> period.contains(e.at())).toList());
        assertThat(trail.by(probe.actor())).isEqualTo(all.stream().filter(e -> e.actor().equals(probe.actor())).toList());
        assertThat(trail.about(probe.subject())).isEqualTo(all.stream()
                .filter(e -> e.subjectType().equals(probe.subject().getClass().getSimpleName())
                        && e.subject().equals(probe.subject().value()))
                .toList());
    }

    @Provide
    Arbitrary<Interval> periods() {
        Arbitrary<Instant> instants = Arbitraries.longs().between(-3600, 40 * 6 * 3600L)
                .map(s -> AuditFixtures.MONDAY_9AM.plusSeconds(s));
        return Combinators.combine(instants, Arbitraries.longs().between(0, 12 * 3600L))
                .as((start, seconds) -> Interval.of(start, Duration.ofSeconds(seconds)));
    }

    @Provide
    Arbitrary<Recorded> actorsAndSubjects() {
        return Combinators.combine(AuditFixtures.actors(), AuditFixtures.subjects())
                .as((actor, subject) -> new Recorded(AuditFixtures.MONDAY_9AM, actor, "x.y", subject, Map.of()));
    }

    // ---- tampering

    /** A field an attacker may change in one stored entry. */
    enum Field { ACTION, DETAIL, ACTOR, INSTANT, SUBJECT }

    /** One change made to the stored entries. */
    sealed interface Tampering permits Alter, Remove, Swap, Insert {}

    /** Change one field of entry {@code index}; if {@code reseal}, also recompute its own hash. */
    record Alter(int index, Field field, boolean reseal) implements Tampering {}

    /** Remove entry {@code index}. */
    record Remove(int index) implements Tampering {}

    /** Swap entries {@code first < second}. */
    record Swap(int first, int second) implements Tampering {}

    /**
     * Insert a forged entry, with its own hash recomputed, before position {@code index}
     * ({@code index == size} appends it). If {@code linked}, it also carries the right sequence and
     * the hash of the entry before it; otherwise its previous hash is wrong.
     */
    record Insert(int index, boolean linked) implements Tampering {}

    record Case(AuditTrail trail, Tampering tampering) {}

    @Provide
    Arbitrary<Case> tamperedTrails() {
        return AuditFixtures.eventSequences(1, 30).map(AuditTrailProperties::trailOf)
                .flatMap(trail -> tamperings(trail.size()).map(t -> new Case(trail, t)));
    }

    static Arbitrary<Tampering> tamperings(int n) {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, n - 1);
        Arbitrary<Tampering> alter = Combinators.combine(index, Arbitraries.of(Field.class), Arbitraries.of(true, false))
                .as(Alter::new);
        Arbitrary<Tampering> remove = index.map(Remove::new);
        Arbitrary<Tampering> insert = Combinators.combine(Arbitraries.integers().between(0, n), Arbitraries.of(true, false))
                // a well-linked entry appended at the end is a legitimate-looking append: nothing to detect
                .filter((i, linked) -> !(linked && i == n))
                .as(Insert::new);
        if (n < 2) {
            return Arbitraries.oneOf(alter, remove, insert);
        }
        Arbitrary<Tampering> swap = Combinators.combine(index, index).filter((i, j) -> i < j).as(Swap::new);
        return Arbitraries.oneOf(alter, remove, insert, swap);
    }

    /** Where verification must stop, and why. */
    record Expected(int index, BrokenLink.Reason reason) {}

    @Property(tries = 1000)
    void one_tampering_is_reported_at_the_first_entry_it_affects(@ForAll("tamperedTrails") Case c) {
        // given
        List<AuditEntry> original = c.trail().entries();
        Checkpoint kept = c.trail().checkpoint();
        List<AuditEntry> stored = apply(c.tampering(), original);
        // when
        Verification alone = AuditTrail.verify(stored);
        Verification anchored = AuditTrail.verify(stored, kept);
        // then
        Expected withCheckpoint = expectedWithCheckpoint(c.tampering(), original.size());
        assertThat(anchored.firstBrokenLink()).as("%s against the checkpoint", c.tampering())
                .map(b -> new Expected(b.index(), b.reason())).contains(withCheckpoint);
        Optional<Expected> withoutCheckpoint = expectedAlone(c.tampering(), original.size());
        assertThat(alone.firstBrokenLink()).as("%s alone", c.tampering())
                .map(b -> new Expected(b.index(), b.reason())).isEqualTo(withoutCheckpoint);
        // the sound part ends before the broken link; all of it but possibly its last entry
        // (resealed or forged, which only its successor can betray) is original
        int sound = (int) anchored.head().sequence();
        assertThat(sound).isEqualTo(Math.min(withCheckpoint.index(), stored.size()));
        int untouched = Math.max(0, sound - 1);
        assertThat(stored.subList(0, untouched)).isEqualTo(original.subList(0, untouched));
        assertThat(AuditTrail.from(stored).isLeft()).isEqualTo(withoutCheckpoint.isPresent());
    }

    /** What a verification against the checkpoint taken before the tampering must report. */
    static Expected expectedWithCheckpoint(Tampering t, int n) {
        if (t instanceof Alter a) {
            if (!a.reseal()) {
                return new Expected(a.index(), BrokenLink.Reason.ALTERED);
            }
            // a resealed entry holds on its own; its successor no longer points to it
            return a.index() < n - 1
                    ? new Expected(a.index() + 1, BrokenLink.Reason.UNLINKED)
                    : new Expected(a.index(), BrokenLink.Reason.CHECKPOINT_MISMATCH);
        }
        if (t instanceof Remove r) {
            return r.index() < n - 1
                    ? new Expected(r.index(), BrokenLink.Reason.OUT_OF_SEQUENCE)
                    : new Expected(n - 1, BrokenLink.Reason.TRUNCATED);
        }
        if (t instanceof Swap s) {
            return new Expected(s.first(), BrokenLink.Reason.OUT_OF_SEQUENCE);
        }
        Insert i = (Insert) t;
        if (!i.linked()) {
            return new Expected(i.index(), BrokenLink.Reason.UNLINKED);
        }
        // a well-linked forgery holds on its own: the entry it displaced no longer has its sequence,
        // unless the forgery took the checkpoint's place
        return i.index() == n - 1
                ? new Expected(i.index(), BrokenLink.Reason.CHECKPOINT_MISMATCH)
                : new Expected(i.index() + 1, BrokenLink.Reason.OUT_OF_SEQUENCE);
    }

    /** What a verification of the entries alone must report: the same, but changes at the very end go unseen. */
    static Optional<Expected> expectedAlone(Tampering t, int n) {
        Expected e = expectedWithCheckpoint(t, n);
        if (e.reason() == BrokenLink.Reason.TRUNCATED) {
            return Optional.empty();
        }
        if (e.reason() == BrokenLink.Reason.CHECKPOINT_MISMATCH) {
            return t instanceof Insert i
                    ? Optional.of(new Expected(i.index() + 1, BrokenLink.Reason.OUT_OF_SEQUENCE))
                    : Optional.empty();
        }
        return Optional.of(e);
    }

    static List<AuditEntry> apply(Tampering t, List<AuditEntry> original) {
        List<AuditEntry> stored = new ArrayList<>(original);
        if (t instanceof Alter a) {
            ImmutableAuditEntry changed = alter(AuditEntries.copy(original.get(a.index())), a.field());
            stored.set(a.index(), a.reseal() ? changed.withHash(changed.computedHash()) : changed);
        } else if (t instanceof Remove r) {
            stored.remove(r.index());
        } else if (t instanceof Swap s) {
            Collections.swap(stored, s.first(), s.second());
        } else if (t instanceof Insert i) {
            stored.add(i.index(), forge(original, i));
        }
        return stored;
    }

    static ImmutableAuditEntry alter(ImmutableAuditEntry e, Field field) {
        return switch (field) {
            case ACTION -> e.withAction(e.action() + "-amended");
            case DETAIL -> {
                Map<String, String> details = new LinkedHashMap<>(e.details());
                if (details.isEmpty()) {
                    details.put("note", "added later");
                } else {
                    details.compute(details.keySet().iterator().next(), (k, v) -> v + "~");
                }
                yield e.withDetails(details);
            }
            case ACTOR -> e.withActor(PersonId.of(e.actor().value() + "x"));
            // forward only, so that a resealed entry does not also go back in time
            case INSTANT -> e.withAt(e.at().plusNanos(1));
            case SUBJECT -> e.withSubject(e.subject() + "x");
        };
    }

    /** A forged entry put before position {@code i.index()}, with its own hash recomputed. */
    static AuditEntry forge(List<AuditEntry> original, Insert i) {
        int k = i.index();
        AuditEntry before = k == 0 ? null : original.get(k - 1);
        String rightPrevious = before == null ? AuditEntry.GENESIS_HASH : before.hash();
        String previous = i.linked() ? rightPrevious : flipFirstDigit(rightPrevious);
        Instant at = before == null ? original.get(0).at() : before.at();
        ImmutableAuditEntry forged = AuditEntries.copy(original.get(Math.min(k, original.size() - 1)))
                .withSequence(k + 1L)
                .withAt(at)
                .withAction("forged.entry")
                .withPreviousHash(previous);
        return forged.withHash(forged.computedHash());
    }

    static String flipFirstDigit(String hash) {
        return (hash.charAt(0) == '0' ? "1" : "0") + hash.substring(1);
    }
}
