package org.aso.core.audit;

import static org.aso.core.audit.AuditTrailTest.fourEntries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** {@link AuditTrail#snapshot()} and {@link AuditTrail#restore}: each refusal on its own, then all at once. */
class AuditTrailRestoreTest {

    private static List<String> codes(Either<List<Problem>, AuditTrail> restored) {
        assertThat(restored.isLeft()).as("refused").isTrue();
        return restored.getLeft().stream().map(Problem::code).toList();
    }

    /** The entries relinked and resealed one by one, as a forger rewriting the whole trail would. */
    private static List<AuditEntry> rehashed(List<AuditEntry> entries) {
        List<AuditEntry> out = new ArrayList<>();
        String previous = AuditEntry.GENESIS_HASH;
        for (AuditEntry e : entries) {
            AuditEntry sealed = AuditEntries.reseal(AuditEntries.copy(e).withPreviousHash(previous));
            out.add(sealed);
            previous = sealed.hash();
        }
        return out;
    }

    private static AuditTrailSnapshot headedAtItsEnd(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return new AuditTrailSnapshot(entries, Checkpoint.of(last.sequence(), last.hash()));
    }

    @Test
    void restore_ofASnapshot_givesAnEqualTrail_andOfAnEmptyOne_theEmptyTrail() {
        AuditTrail trail = fourEntries();
        assertThat(trail.snapshot().head()).isEqualTo(trail.checkpoint());
        assertThat(AuditTrail.restore(trail.snapshot())).isEqualTo(Either.right(trail));
        assertThat(AuditTrail.restore(AuditTrail.empty().snapshot())).isEqualTo(Either.right(AuditTrail.empty()));
        assertThat(AuditTrail.empty().snapshot()).isEqualTo(new AuditTrailSnapshot(List.of(), Checkpoint.genesis()));
    }

    @Test
    void restore_anAlteredEntry_isABrokenChain_withTheVerificationsDetails() {
        List<AuditEntry> entries = new ArrayList<>(fourEntries().entries());
        entries.set(1, AuditEntries.copy(entries.get(1)).withAction("dossier.destroyed"));
        List<Problem> problems = AuditTrail.restore(new AuditTrailSnapshot(entries, fourEntries().checkpoint())).getLeft();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("audit.chain.broken");
            assertThat(p.detail("reason")).contains("altered");
            assertThat(p.detail("index")).contains("1");
        });
    }

    @Test
    void restore_entriesCutFromTheEnd_orAppendedAfterTheHead_areRefused() {
        AuditTrail trail = fourEntries();
        List<AuditEntry> three = trail.entries().subList(0, 3);
        assertThat(AuditTrail.restore(new AuditTrailSnapshot(three, trail.checkpoint())).getLeft())
                .extracting(Problem::code, p -> p.detail("reason").orElseThrow())
                .containsExactly(tuple("audit.chain.broken", "truncated"));
        // the chain of three is sound: only the head shows the fourth entry was cut
        assertThat(AuditTrail.from(three).isRight()).isTrue();
        Checkpoint third = Checkpoint.of(3, three.get(2).hash());
        assertThat(codes(AuditTrail.restore(new AuditTrailSnapshot(trail.entries(), third))))
                .containsExactly("audit.snapshot.beyond-head");
    }

    @Test
    void restore_aRehashedTrailWithAnEntryAppendWouldRefuse_isRefused() {
        // given: every entry sound in the chain, but the second records no dotted action,
        // the third a blank detail key, the fourth an instant outside the supported range
        List<AuditEntry> entries = new ArrayList<>(fourEntries().entries());
        entries.set(1, AuditEntries.copy(entries.get(1)).withAction("DESTROYED"));
        entries.set(2, AuditEntries.copy(entries.get(2)).withDetails(Map.of(" ", "x")));
        entries.set(3, AuditEntries.copy(entries.get(3)).withAt(Limits.MAX_INSTANT.plusSeconds(1)));
        List<AuditEntry> forged = rehashed(entries);
        assertThat(AuditTrail.verify(forged).isIntact()).isTrue();
        // when
        List<Problem> problems = AuditTrail.restore(headedAtItsEnd(forged)).getLeft();
        // then
        assertThat(problems).extracting(Problem::code, p -> p.detail("sequence").orElseThrow()).containsExactly(
                tuple("audit.action.invalid", "2"), tuple("audit.detail.invalid", "3"), tuple("kernel.range.instant", "4"));
    }

    @Test
    void restore_reportsABrokenChainAndBadEntriesAtOnce() {
        List<AuditEntry> entries = new ArrayList<>(fourEntries().entries());
        entries.set(0, AuditEntries.copy(entries.get(0)).withAction("Opened"));
        assertThat(codes(AuditTrail.restore(headedAtItsEnd(entries))))
                .containsExactly("audit.chain.broken", "audit.action.invalid");
    }

    @Test
    void restoredTrail_appendsAsTheOriginalDoes() {
        AuditTrail trail = fourEntries();
        AuditTrail restored = AuditTrail.restore(trail.snapshot()).get();
        var next = org.aso.core.fixtures.AuditFixtures.event(AuditTrailTest.minutes(120), "p-17", "dossier.archived",
                AuditTrailTest.D1);
        assertThat(restored.append(next).get().checkpoint()).isEqualTo(trail.append(next).get().checkpoint());
    }

    @Test
    void restore_anActionOfExactlyTheLimit_isAccepted_andOneMoreRehashedInIsRefused() {
        String atLimit = "dossier." + "x".repeat(AuditTrail.MAX_ACTION_LENGTH - "dossier.".length());
        AuditTrail trail = fourEntries().append(org.aso.core.fixtures.AuditFixtures.event(AuditTrailTest.minutes(120),
                "p-17", atLimit, AuditTrailTest.D1)).get();
        assertThat(AuditTrail.restore(trail.snapshot())).isEqualTo(Either.right(trail));

        List<AuditEntry> entries = new ArrayList<>(trail.entries());
        entries.set(4, AuditEntries.copy(entries.get(4)).withAction(atLimit + "x"));
        assertThat(AuditTrail.restore(headedAtItsEnd(rehashed(entries))).getLeft())
                .extracting(Problem::code, p -> p.detail("sequence").orElseThrow())
                .containsExactly(tuple("audit.action.invalid", "5"));
    }
}
