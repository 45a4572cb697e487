package org.aso.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.AuditFixtures;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.junit.jupiter.api.Test;

/** A stored entry changed behind the trail's back, lookups at both ends, and each limit at its exact edge. */
class AuditTrailLimitsTest {
    static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    static final DossierId D1 = DossierId.of("d-1");

    static AuditTrail threeEntries() {
        return AuditTrail.empty()
                .append(AuditFixtures.event(AT, "p-1", "dossier.opened", D1))
                .flatMap(t -> t.append(AuditFixtures.event(AT.plusSeconds(60), "p-2", "dossier.transferred", D1,
                        "to", "Bureau 3")))
                .flatMap(t -> t.append(AuditFixtures.event(AT.plusSeconds(120), "p-3", "dossier.closed", D1)))
                .get();
    }

    static AuditFixtures.Recorded withDetails(String action, Map<String, String> details) {
        return new AuditFixtures.Recorded(AT, PersonId.of("p-1"), action, D1, details);
    }

    static String letters(int length) {
        return "x".repeat(length);
    }

    @Test
    void isHashValid_ofAnEntryAsRecorded_isTrue() {
        assertThat(threeEntries().entries()).allMatch(AuditEntry::isHashValid);
    }

    @Test
    void isHashValid_ofAnEntryChangedInStorage_isFalse() {
        // given: the second entry as written
        AuditEntry stored = threeEntries().entries().get(1);
        // when: one field at a time is changed, its hash left as it was
        ImmutableAuditEntry e = AuditEntries.copy(stored);
        // then: every change is noticed
        assertThat(e.withActor(PersonId.of("p-9")).isHashValid()).isFalse();
        assertThat(e.withAction("dossier.closed").isHashValid()).isFalse();
        assertThat(e.withAt(stored.at().plusSeconds(1)).isHashValid()).isFalse();
        assertThat(e.withSequence(7).isHashValid()).isFalse();
        assertThat(e.withSubject("d-2").isHashValid()).isFalse();
        assertThat(e.withDetails(Map.of("to", "Bureau 4")).isHashValid()).isFalse();
        assertThat(e.withPreviousHash(AuditEntry.GENESIS_HASH).isHashValid()).isFalse();
        assertThat(e.withHash(threeEntries().entries().get(0).hash()).isHashValid()).isFalse();
    }

    @Test
    void entry_atBothEndsAndJustOutside_findsExactlyTheTrailsEntries() {
        AuditTrail trail = threeEntries();
        assertThat(trail.entry(1)).map(AuditEntry::action).contains("dossier.opened");
        assertThat(trail.entry(3)).map(AuditEntry::action).contains("dossier.closed");
        assertThat(trail.entry(0)).isEmpty();
        assertThat(trail.entry(4)).isEmpty();
        assertThat(trail.entry(-1)).isEmpty();
        assertThat(AuditTrail.empty().entry(1)).isEmpty();
    }

    @Test
    void after_theLastSequenceOrBeyond_givesNothingAndZeroGivesAll() {
        AuditTrail trail = threeEntries();
        assertThat(trail.after(0)).hasSize(3);
        assertThat(trail.after(2)).extracting(AuditEntry::sequence).containsExactly(3L);
        assertThat(trail.after(3)).isEmpty();
        assertThat(trail.after(4)).isEmpty();
        // a number a host's storage could hold, far past any trail: not read as a negative index
        assertThat(trail.after(Long.MAX_VALUE)).isEmpty();
        assertThat(trail.after(1L << 32)).isEmpty();
    }

    @Test
    void append_actionOfExactlyTheLimit_isRecordedAndOneMoreIsRefused() {
        String atLimit = "a." + letters(AuditTrail.MAX_ACTION_LENGTH - 2);
        String over = "a." + letters(AuditTrail.MAX_ACTION_LENGTH - 1);
        assertThat(AuditTrail.empty().append(withDetails(atLimit, Map.of())).isRight()).isTrue();
        assertThat(AuditTrail.empty().append(withDetails(over, Map.of())).getLeft().code())
                .isEqualTo("audit.action.invalid");
    }

    @Test
    void append_detailKeyAndValueOfExactlyTheLimit_areRecordedAndOneMoreIsRefused() {
        String key = letters(AuditTrail.MAX_DETAIL_KEY_LENGTH);
        String value = letters(AuditTrail.MAX_DETAIL_VALUE_LENGTH);
        assertThat(AuditTrail.empty().append(withDetails("dossier.noted", Map.of(key, value))).isRight()).isTrue();

        Problem longKey = AuditTrail.empty()
                .append(withDetails("dossier.noted", Map.of(key + "x", "v"))).getLeft();
        Problem longValue = AuditTrail.empty()
                .append(withDetails("dossier.noted", Map.of("k", value + "x"))).getLeft();
        assertThat(longKey.code()).isEqualTo("audit.detail.invalid");
        assertThat(longValue.code()).isEqualTo("audit.detail.invalid");
    }

    @Test
    void append_exactlyTheMostDetails_isRecordedAndOneMoreIsRefused() {
        Map<String, String> most = new LinkedHashMap<>();
        for (int i = 0; i < AuditTrail.MAX_DETAILS; i++) {
            most.put("k" + i, "v");
        }
        assertThat(AuditTrail.empty().append(withDetails("dossier.noted", most)).get()
                .entry(1).orElseThrow().details()).hasSize(AuditTrail.MAX_DETAILS);

        Map<String, String> tooMany = new LinkedHashMap<>(most);
        tooMany.put("one-more", "v");
        assertThat(AuditTrail.empty().append(withDetails("dossier.noted", tooMany)).getLeft().code())
                .isEqualTo("audit.detail.invalid");
    }

    @Test
    void append_detailKeyBlankOrWithAControlCharacter_isRefused() {
        assertThat(AuditTrail.empty().append(withDetails("dossier.noted", Map.of(" ", "v"))).getLeft().code())
                .isEqualTo("audit.detail.invalid");
        assertThat(AuditTrail.empty().append(withDetails("dossier.noted", Map.of("a\tb", "v"))).getLeft().code())
                .isEqualTo("audit.detail.invalid");
    }

    @Test
    void append_atBothEndsOfTheSupportedRange_isRecordedAndJustOutsideRefused() {
        AuditTrail atMin = AuditTrail.empty().append(withDetails("dossier.opened", Map.of()).at(Limits.MIN_INSTANT)).get();
        assertThat(atMin.last()).map(AuditEntry::at).contains(Limits.MIN_INSTANT);
        assertThat(atMin.append(withDetails("dossier.closed", Map.of()).at(Limits.MAX_INSTANT)).get().size()).isEqualTo(2);

        Problem beyond = AuditTrail.empty()
                .append(withDetails("dossier.opened", Map.of()).at(Limits.MAX_INSTANT.plusNanos(1))).getLeft();
        assertThat(beyond.code()).isEqualTo("kernel.range.instant");
        assertThat(beyond.detail("action")).contains("dossier.opened");
        assertThat(atMin.append(withDetails("dossier.closed", Map.of()).at(Instant.MAX)).getLeft().code())
                .isEqualTo("kernel.range.instant");
        assertThat(AuditTrail.empty().append(withDetails("dossier.opened", Map.of()).at(Limits.MIN_INSTANT.minusNanos(1)))
                .getLeft().code()).isEqualTo("kernel.range.instant");
        assertThat(atMin.size()).isEqualTo(1);
    }
}
