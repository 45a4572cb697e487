package org.aso.core.audit;

import static org.aso.core.fixtures.AuditFixtures.MONDAY_9AM;
import static org.aso.core.fixtures.AuditFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.AuditFixtures.Recorded;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditTrailTest {
    static final DossierId D1 = DossierId.of("d-1");
    static final DossierId D2 = DossierId.of("d-2");

    static Instant minutes(long m) {
        return MONDAY_9AM.plus(Duration.ofMinutes(m));
    }

    static AuditTrail appendAll(AuditTrail trail, DomainEvent... events) {
        for (DomainEvent e : events) {
            trail = trail.append(e).get();
        }
        return trail;
    }

    /** Opened d-1, transferred d-1, opened d-2 (by p-42), closed d-1: at 0, 30, 60 and 90 minutes. */
    static AuditTrail fourEntries() {
        return appendAll(AuditTrail.empty(),
                event(minutes(0), "p-17", "dossier.opened", D1),
                event(minutes(30), "p-17", "dossier.transferred", D1, "to", "S3", "from", "S2"),
                event(minutes(60), "p-42", "dossier.opened", D2),
                event(minutes(90), "p-17", "dossier.closed", D1, "reason", "answered"));
    }

    // ---- append

    @Test
    void append_firstEvent_startsTheChainAtGenesis() {
        // when
        AuditTrail trail = AuditTrail.empty().append(event(MONDAY_9AM, "p-17", "dossier.opened", D1)).get();
        // then
        AuditEntry first = trail.entries().get(0);
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.at()).isEqualTo(MONDAY_9AM);
        assertThat(first.actor()).isEqualTo(PersonId.of("p-17"));
        assertThat(first.action()).isEqualTo("dossier.opened");
        assertThat(first.subjectType()).isEqualTo("DossierId");
        assertThat(first.subject()).isEqualTo("d-1");
        assertThat(first.previousHash()).isEqualTo(AuditEntry.GENESIS_HASH).isEqualTo("0".repeat(64));
        assertThat(first.hash()).matches("[0-9a-f]{64}").isEqualTo(first.computedHash());
        assertThat(first.isHashValid()).isTrue();
        assertThat(trail.headHash()).isEqualTo(first.hash());
        assertThat(trail.checkpoint()).isEqualTo(Checkpoint.of(1, first.hash()));
    }

    @Test
    void append_eachEntry_carriesTheHashOfTheOneBefore() {
        AuditTrail trail = fourEntries();
        List<AuditEntry> e = trail.entries();
        assertThat(e).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L, 4L);
        for (int i = 1; i < e.size(); i++) {
            assertThat(e.get(i).previousHash()).isEqualTo(e.get(i - 1).hash());
        }
        assertThat(e).extracting(AuditEntry::hash).doesNotHaveDuplicates();
        assertThat(trail.size()).isEqualTo(4);
        assertThat(trail.last()).contains(e.get(3));
    }

    @Test
    void append_keepsTheDetailsSortedByKey() {
        AuditEntry transferred = fourEntries().entries().get(1);
        assertThat(transferred.details()).containsExactly(Map.entry("from", "S2"), Map.entry("to", "S3"));
    }

    @Test
    void append_leavesTheTrailAppendedToUnchanged() {
        // given
        AuditTrail before = fourEntries();
        // when
        AuditTrail after = before.append(event(minutes(120), "p-17", "dossier.archived", D1)).get();
        // then
        assertThat(before.size()).isEqualTo(4);
        assertThat(after.size()).isEqualTo(5);
        assertThat(after.entries().subList(0, 4)).isEqualTo(before.entries());
        assertThat(after).isNotEqualTo(before);
        assertThat(appendAll(AuditTrail.empty(), before.entries().stream().map(AuditTrailTest::asEvent)
                .toArray(DomainEvent[]::new))).isEqualTo(before).hasSameHashCodeAs(before);
    }

    @Test
    void append_atTheSameInstantAsTheLastEntry_isAccepted() {
        AuditTrail trail = appendAll(AuditTrail.empty(),
                event(MONDAY_9AM, "p-17", "dossier.opened", D1),
                event(MONDAY_9AM, "p-17", "dossier.transferred", D1));
        assertThat(trail.size()).isEqualTo(2);
    }

    @Test
    void an_event_dated_before_the_last_entry_is_refused() {
        // given
        AuditTrail trail = fourEntries();
        // when
        Either<Problem, AuditTrail> r = trail.append(event(minutes(89), "p-17", "dossier.reopened", D1));
        // then
        Problem p = r.getLeft();
        assertThat(p.code()).isEqualTo("audit.time.backwards");
        assertThat(p.detail("lastSequence")).contains("4");
        assertThat(p.detail("lastAt")).contains(minutes(90).toString());
        assertThat(p.detail("at")).contains(minutes(89).toString());
        assertThat(trail.size()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "opened", "Dossier.Opened", "dossier..opened", "dossier.opened ", ".dossier",
            "dossier.opened.", "dossier opened", "dossier_opened.x", "dossier.ouvert-à"})
    void append_invalidAction_isRefused(String action) {
        Either<Problem, AuditTrail> r = AuditTrail.empty().append(event(MONDAY_9AM, "p-17", action, D1));
        assertThat(r.getLeft().code()).isEqualTo("audit.action.invalid");
        assertThat(r.getLeft().detail("action")).contains(action);
    }

    @Test
    void append_tooLongAction_isRefused() {
        String action = "dossier." + "x".repeat(AuditTrail.MAX_ACTION_LENGTH);
        assertThat(AuditTrail.empty().append(event(MONDAY_9AM, "p-17", action, D1)).getLeft().code())
                .isEqualTo("audit.action.invalid");
        assertThat(AuditTrail.empty().append(event(MONDAY_9AM, "p-17", "dossier.opened-2", D1)).isRight()).isTrue();
    }

    @Test
    void append_badDetails_areRefused() {
        assertThat(refusal(event(MONDAY_9AM, "p-17", "dossier.opened", D1, " ", "x")).code())
                .isEqualTo("audit.detail.invalid");
        assertThat(refusal(event(MONDAY_9AM, "p-17", "dossier.opened", D1, "to\tS3", "x")).code())
                .isEqualTo("audit.detail.invalid");
        assertThat(refusal(event(MONDAY_9AM, "p-17", "dossier.opened", D1, "note",
                "x".repeat(AuditTrail.MAX_DETAIL_VALUE_LENGTH + 1))).detail("length"))
                .contains(Integer.toString(AuditTrail.MAX_DETAIL_VALUE_LENGTH + 1));
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i <= AuditTrail.MAX_DETAILS; i++) {
            many.put("k" + i, "v");
        }
        Problem tooMany = refusal(new Recorded(MONDAY_9AM, PersonId.of("p-17"), "dossier.opened", D1, many));
        assertThat(tooMany.code()).isEqualTo("audit.detail.invalid");
        assertThat(tooMany.detail("count")).contains(Integer.toString(AuditTrail.MAX_DETAILS + 1));
    }

    @Test
    void append_unpairedSurrogate_isRefusedAsMalformedText() {
        Problem p = refusal(event(MONDAY_9AM, "p-17", "dossier.opened", D1, "note", "broken \uD83D text"));
        assertThat(p.code()).isEqualTo("audit.text.malformed");
        assertThat(p.detail("field")).contains("detail");
        // aso's own ids refuse unpaired surrogates; a host's own Identifier type may not
        Identifier hostId = new Identifier() {
            @Override
            public String value() {
                return "d-\uDC00";
            }
        };
        assertThat(refusal(event(MONDAY_9AM, "p-17", "dossier.opened", hostId)).detail("field")).contains("subject");
        // a well-formed character outside the BMP is fine
        assertThat(AuditTrail.empty().append(event(MONDAY_9AM, "p-17", "dossier.opened", D1, "note", "📁")).isRight())
                .isTrue();
    }

    @Test
    void append_null_throws() {
        assertThatThrownBy(() -> AuditTrail.empty().append(null)).isInstanceOf(NullPointerException.class);
    }

    private static Problem refusal(DomainEvent event) {
        return AuditTrail.empty().append(event).getLeft();
    }

    static DomainEvent asEvent(AuditEntry e) {
        return new Recorded(e.at(), e.actor(), e.action(),
                e.subjectType().equals("DossierId") ? DossierId.of(e.subject()) : OrgUnitId.of(e.subject()),
                e.details());
    }

    // ---- queries

    @Test
    void queries_onAnEmptyTrail_findNothing() {
        AuditTrail empty = AuditTrail.empty();
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.size()).isZero();
        assertThat(empty.last()).isEmpty();
        assertThat(empty.headHash()).isEqualTo(AuditEntry.GENESIS_HASH);
        assertThat(empty.checkpoint()).isEqualTo(Checkpoint.genesis());
        assertThat(empty.entries()).isEmpty();
        assertThat(empty.about(D1)).isEmpty();
        assertThat(empty.during(Interval.of(MONDAY_9AM, Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void about_findsTheEntriesOfOneAggregate_notThoseOfAnotherIdTypeWithTheSameText() {
        // given
        AuditTrail trail = fourEntries().append(event(minutes(100), "p-2", "orgunit.renamed", OrgUnitId.of("d-1"))).get();
        // when
        List<AuditEntry> aboutD1 = trail.about(D1);
        // then
        assertThat(aboutD1).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 4L);
        assertThat(trail.about(OrgUnitId.of("d-1"))).extracting(AuditEntry::sequence).containsExactly(5L);
        assertThat(trail.about(DossierId.of("d-9"))).isEmpty();
        assertThat(trail.entries().get(0).isAbout(D1)).isTrue();
        assertThat(trail.entries().get(0).isAbout(OrgUnitId.of("d-1"))).isFalse();
    }

    @Test
    void by_findsWhatOnePersonDid() {
        AuditTrail trail = fourEntries();
        assertThat(trail.by(PersonId.of("p-42"))).extracting(AuditEntry::sequence).containsExactly(3L);
        assertThat(trail.by(PersonId.of("p-17"))).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 4L);
        assertThat(trail.by(PersonId.of("p-0"))).isEmpty();
    }

    @Test
    void withAction_findsOneKindOfDecision() {
        assertThat(fourEntries().withAction("dossier.opened")).extracting(AuditEntry::subject)
                .containsExactly("d-1", "d-2");
    }

    @Test
    void during_includesTheStartAndExcludesTheEnd() {
        AuditTrail trail = fourEntries();
        assertThat(trail.during(Interval.of(minutes(30), minutes(90)))).extracting(AuditEntry::sequence)
                .containsExactly(2L, 3L);
        assertThat(trail.during(Interval.of(minutes(29), minutes(31)))).extracting(AuditEntry::sequence)
                .containsExactly(2L);
        assertThat(trail.during(Interval.of(minutes(-60), minutes(0)))).isEmpty();
        assertThat(trail.during(Interval.of(minutes(90), minutes(90)))).isEmpty();
        assertThat(trail.during(Interval.of(minutes(-1), minutes(1000)))).hasSize(4);
    }

    @Test
    void entry_and_after_findEntriesBySequence() {
        AuditTrail trail = fourEntries();
        assertThat(trail.entry(3)).map(AuditEntry::subject).contains("d-2");
        assertThat(trail.entry(0)).isEmpty();
        assertThat(trail.entry(5)).isEmpty();
        assertThat(trail.after(2)).extracting(AuditEntry::sequence).containsExactly(3L, 4L);
        assertThat(trail.after(0)).isEqualTo(trail.entries());
        assertThat(trail.after(4)).isEmpty();
        assertThat(trail.after(99)).isEmpty();
        assertThatThrownBy(() -> trail.after(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void entries_cannotBeModified() {
        AuditTrail trail = fourEntries();
        assertThatThrownBy(() -> trail.entries().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trail.about(D1).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> trail.entries().get(1).details().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // ---- verify

    @Test
    void verify_intactTrail_reportsItsSizeAndHead() {
        // given
        AuditTrail trail = fourEntries();
        // when
        Verification v = AuditTrail.verify(trail.entries());
        // then
        assertThat(v.isIntact()).isTrue();
        assertThat(v.entryCount()).isEqualTo(4);
        assertThat(v.head()).isEqualTo(trail.checkpoint());
        assertThat(v.firstBrokenLink()).isEmpty();
        assertThat(v.toEither()).isEqualTo(Either.right(trail.checkpoint()));
        assertThat(v.toString()).startsWith("intact, 4 entries, head #4 ");
        assertThat(AuditTrail.verify(trail.entries(), trail.checkpoint()).isIntact()).isTrue();
    }

    @Test
    void verify_emptyList_isIntactAtGenesis() {
        Verification v = AuditTrail.verify(List.of());
        assertThat(v.isIntact()).isTrue();
        assertThat(v.head()).isEqualTo(Checkpoint.genesis());
        assertThat(AuditTrail.verify(List.of(), Checkpoint.genesis()).isIntact()).isTrue();
    }

    @Test
    void verify_alteredEntry_reportsItsIndex() {
        // given: the third entry's actor changed in storage
        List<AuditEntry> stored = new ArrayList<>(fourEntries().entries());
        AuditEntry original = stored.get(2);
        stored.set(2, AuditEntries.copy(original).withActor(PersonId.of("p-17")));
        // when
        Verification v = AuditTrail.verify(stored);
        // then
        BrokenLink b = v.firstBrokenLink().orElseThrow();
        assertThat(b.index()).isEqualTo(2);
        assertThat(b.sequence()).isEqualTo(3);
        assertThat(b.reason()).isEqualTo(BrokenLink.Reason.ALTERED);
        assertThat(b.found()).isEqualTo(original.hash());
        assertThat(b.expected()).isEqualTo(stored.get(2).computedHash()).isNotEqualTo(original.hash());
        assertThat(b.message()).isEqualTo("Entry 3 (index 2) no longer matches its hash: it was altered");
        assertThat(v.head()).isEqualTo(Checkpoint.of(2, stored.get(1).hash()));
        assertThat(v.isIntact()).isFalse();
    }

    @Test
    void verify_alteredDetail_isDetected() {
        List<AuditEntry> stored = new ArrayList<>(fourEntries().entries());
        stored.set(1, AuditEntries.copy(stored.get(1)).withDetails(Map.of("from", "S2", "to", "S4")));
        assertThat(AuditTrail.verify(stored).firstBrokenLink()).map(BrokenLink::index).contains(1);
    }

    @Test
    void verify_removedEntry_reportsTheGap() {
        // given
        List<AuditEntry> stored = new ArrayList<>(fourEntries().entries());
        stored.remove(1);
        // when
        BrokenLink b = AuditTrail.verify(stored).firstBrokenLink().orElseThrow();
        // then
        assertThat(b.index()).isEqualTo(1);
        assertThat(b.reason()).isEqualTo(BrokenLink.Reason.OUT_OF_SEQUENCE);
        assertThat(b.expected()).isEqualTo("2");
        assertThat(b.found()).isEqualTo("3");
    }

    @Test
    void verify_removedEntryWithTheFollowingRenumbered_reportsTheUnlinkedEntry() {
        // given: entry 2 removed, entries 3 and 4 renumbered and resealed, but entry 3 still points to entry 2
        List<AuditEntry> e = fourEntries().entries();
        AuditEntry three = AuditEntries.reseal(AuditEntries.copy(e.get(2)).withSequence(2));
        AuditEntry four = AuditEntries.reseal(AuditEntries.copy(e.get(3)).withSequence(3).withPreviousHash(three.hash()));
        // when
        BrokenLink b = AuditTrail.verify(List.of(e.get(0), three, four)).firstBrokenLink().orElseThrow();
        // then
        assertThat(b.index()).isEqualTo(1);
        assertThat(b.reason()).isEqualTo(BrokenLink.Reason.UNLINKED);
        assertThat(b.expected()).isEqualTo(e.get(0).hash());
        assertThat(b.found()).isEqualTo(e.get(1).hash());
    }

    @Test
    void removing_the_last_entries_is_caught_only_against_a_checkpoint() {
        // given
        AuditTrail trail = fourEntries();
        Checkpoint kept = trail.checkpoint();
        List<AuditEntry> cut = trail.entries().subList(0, 2);
        // when
        Verification alone = AuditTrail.verify(cut);
        Verification anchored = AuditTrail.verify(cut, kept);
        // then
        assertThat(alone.isIntact()).isTrue();
        BrokenLink b = anchored.firstBrokenLink().orElseThrow();
        assertThat(b.reason()).isEqualTo(BrokenLink.Reason.TRUNCATED);
        assertThat(b.index()).isEqualTo(2);
        assertThat(b.message()).isEqualTo("The trail ends before entry 3: entries were removed from its end");
        assertThat(anchored.head()).isEqualTo(Checkpoint.of(2, cut.get(1).hash()));
        assertThat(AuditTrail.verify(List.of(), kept).firstBrokenLink()).map(BrokenLink::found).contains("no entry");
    }

    @Test
    void a_trail_rewritten_from_an_entry_on_is_caught_against_a_checkpoint() {
        // given: entries 3 and 4 replaced by a consistent forgery
        AuditTrail trail = fourEntries();
        Checkpoint kept = trail.checkpoint();
        AuditTrail forged = appendAll(AuditTrail.from(trail.entries().subList(0, 2)).get(),
                event(minutes(60), "p-42", "dossier.opened", D2),
                event(minutes(90), "p-17", "dossier.closed", D1, "reason", "withdrawn"));
        // when
        Verification alone = AuditTrail.verify(forged.entries());
        Verification anchored = AuditTrail.verify(forged.entries(), kept);
        // then
        assertThat(alone.isIntact()).isTrue();
        BrokenLink b = anchored.firstBrokenLink().orElseThrow();
        assertThat(b.reason()).isEqualTo(BrokenLink.Reason.CHECKPOINT_MISMATCH);
        assertThat(b.index()).isEqualTo(3);
        assertThat(b.expected()).isEqualTo(kept.hash());
        // an earlier checkpoint of the same trail still holds: the trail grew, it was not rewritten before it
        assertThat(AuditTrail.verify(forged.entries(), Checkpoint.of(2, trail.entries().get(1).hash())).isIntact())
                .isTrue();
    }

    @Test
    void verify_swappedEntries_reportsTheFirst() {
        List<AuditEntry> stored = new ArrayList<>(fourEntries().entries());
        java.util.Collections.swap(stored, 1, 3);
        BrokenLink b = AuditTrail.verify(stored).firstBrokenLink().orElseThrow();
        assertThat(b.index()).isEqualTo(1);
        assertThat(b.reason()).isEqualTo(BrokenLink.Reason.OUT_OF_SEQUENCE);
    }

    @Test
    void verify_entriesOutOfTimeOrder_reportsTimeBackwards() {
        // given: a chain sealed correctly whose second entry is dated before the first
        AuditEntry one = AuditTrail.empty().append(event(minutes(10), "p-17", "dossier.opened", D1)).get().last().get();
        AuditEntry two = AuditEntry.seal(2, event(minutes(5), "p-17", "dossier.closed", D1), one.hash());
        // when
        BrokenLink b = AuditTrail.verify(List.of(one, two)).firstBrokenLink().orElseThrow();
        // then
        assertThat(b.reason()).isEqualTo(BrokenLink.Reason.TIME_BACKWARDS);
        assertThat(b.index()).isEqualTo(1);
        assertThat(b.found()).isEqualTo(minutes(5).toString());
    }

    @Test
    void verification_asEither_givesACodedProblem() {
        List<AuditEntry> stored = new ArrayList<>(fourEntries().entries());
        stored.set(3, AuditEntries.copy(stored.get(3)).withAction("dossier.reopened"));
        Problem p = AuditTrail.verify(stored).toEither().getLeft();
        assertThat(p.code()).isEqualTo("audit.chain.broken").isEqualTo(Verification.BROKEN);
        assertThat(p.detail("index")).contains("3");
        assertThat(p.detail("sequence")).contains("4");
        assertThat(p.detail("reason")).contains("altered");
        assertThat(p.detail("found")).contains(stored.get(3).hash());
        assertThat(p.message()).contains("Entry 4");
    }

    @Test
    void from_storedEntries_continuesTheChain() {
        // given
        AuditTrail original = fourEntries();
        List<AuditEntry> stored = List.copyOf(original.entries());
        // when
        AuditTrail restored = AuditTrail.from(stored).get();
        AuditTrail next = restored.append(event(minutes(120), "p-17", "dossier.archived", D1)).get();
        // then
        assertThat(restored).isEqualTo(original);
        assertThat(next.last().get().previousHash()).isEqualTo(original.headHash());
        assertThat(AuditTrail.verify(next.entries()).isIntact()).isTrue();
    }

    @Test
    void from_tamperedEntries_isRefused() {
        List<AuditEntry> stored = new ArrayList<>(fourEntries().entries());
        stored.remove(0);
        Problem p = AuditTrail.from(stored).getLeft();
        assertThat(p.code()).isEqualTo("audit.chain.broken");
        assertThat(p.detail("reason")).contains("out-of-sequence");
        assertThat(p.detail("index")).contains("0");
    }

    @Test
    void verify_nullEntry_throws() {
        List<AuditEntry> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> AuditTrail.verify(withNull)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> AuditTrail.verify(List.of(), null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aTrailWithAnEntry_isNotEmpty() {
        AuditTrail one = AuditTrail.empty().append(event(MONDAY_9AM, "p-17", "dossier.opened", D1)).get();
        assertThat(one.isEmpty()).isFalse();
        assertThat(fourEntries().isEmpty()).isFalse();
        assertThat(AuditTrail.from(List.of()).get().isEmpty()).isTrue();
    }

    @Test
    void entriesAboutHostIdTypesWithoutASimpleName_recordTheClassName_andAreToldApart() {
        // two anonymous id types of a host, with the same text
        Identifier first = new Identifier() {
            @Override
            public String value() {
                return "h-1";
            }
        };
        Identifier second = new Identifier() {
            @Override
            public String value() {
                return "h-1";
            }
        };
        AuditTrail trail = appendAll(AuditTrail.empty(),
                event(minutes(0), "p-17", "host.thing-opened", first),
                event(minutes(1), "p-17", "host.thing-opened", second));
        assertThat(trail.entries()).extracting(AuditEntry::subjectType)
                .containsExactly(first.getClass().getName(), second.getClass().getName());
        assertThat(trail.about(first)).extracting(AuditEntry::sequence).containsExactly(1L);
        assertThat(trail.about(second)).extracting(AuditEntry::sequence).containsExactly(2L);
    }

    @Test
    void verifications_areEqualWhenTheyFoundTheSame() {
        AuditTrail trail = fourEntries();
        Verification intact = AuditTrail.verify(trail.entries());
        assertThat(intact).isEqualTo(AuditTrail.verify(List.copyOf(trail.entries())))
                .hasSameHashCodeAs(AuditTrail.verify(List.copyOf(trail.entries())));
        // another head, the same count
        AuditTrail other = appendAll(AuditTrail.empty(),
                event(minutes(0), "p-17", "dossier.opened", D1),
                event(minutes(30), "p-17", "dossier.transferred", D1, "to", "S3", "from", "S2"),
                event(minutes(60), "p-42", "dossier.opened", D2),
                event(minutes(90), "p-17", "dossier.closed", D1, "reason", "withdrawn"));
        assertThat(intact).isNotEqualTo(AuditTrail.verify(other.entries()));
        assertThat(intact).isNotEqualTo(AuditTrail.verify(trail.entries().subList(0, 3)));

        // the same broken link in lists of different lengths
        List<AuditEntry> altered = new ArrayList<>(trail.entries());
        altered.set(1, AuditEntries.copy(altered.get(1)).withAction("dossier.destroyed"));
        Verification brokenInFour = AuditTrail.verify(altered);
        assertThat(brokenInFour).isEqualTo(AuditTrail.verify(new ArrayList<>(altered)));
        assertThat(brokenInFour).isNotEqualTo(AuditTrail.verify(altered.subList(0, 2)));
        assertThat(brokenInFour).isNotEqualTo(intact);
        // another broken link at the same place, with the same sound head
        List<AuditEntry> renumbered = new ArrayList<>(trail.entries());
        renumbered.set(1, AuditEntries.copy(renumbered.get(1)).withSequence(7));
        assertThat(brokenInFour).isNotEqualTo(AuditTrail.verify(renumbered));
        assertThat(brokenInFour.head()).isEqualTo(AuditTrail.verify(renumbered).head());
        assertThat(intact).isNotEqualTo(trail.checkpoint());
    }
}
