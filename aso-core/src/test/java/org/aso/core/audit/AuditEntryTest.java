package org.aso.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.aso.core.dossier.DossierId;
import org.aso.core.fixtures.AuditFixtures;
import org.aso.core.kernel.PersonId;
import org.junit.jupiter.api.Test;

class AuditEntryTest {
    /** Computed outside Java (Python's hashlib) from the encoding documented on AuditEntry. */
    static final String FIRST_HASH = "8eddc583b2871bfa65f48aefdf499c7ae571bbb7c6f198b2fa76b0fed9716e10";
    static final String SECOND_HASH = "a30a8718870868f854c5ae6d2e6eb303be75a243aaf2b83aeaadc73b2cbf93e1";

    static AuditTrail documentedTrail() {
        return AuditTrail.empty()
                .append(AuditFixtures.event(Instant.parse("2026-03-02T09:00:00Z"), "p-17", "dossier.opened",
                        DossierId.of("d-1")))
                .flatMap(t -> t.append(AuditFixtures.event(Instant.parse("2026-03-02T10:00:00.5Z"), "p-17",
                        "dossier.transferred", DossierId.of("d-1"),
                        "to", "Service juridique é📁", "from", "Bureau 2")))
                .get();
    }

    @Test
    void hash_ofTheDocumentedExample_isTheOneComputedOutsideJava() {
        List<AuditEntry> e = documentedTrail().entries();
        assertThat(e.get(0).hash()).isEqualTo(FIRST_HASH);
        assertThat(e.get(1).previousHash()).isEqualTo(FIRST_HASH);
        assertThat(e.get(1).hash()).isEqualTo(SECOND_HASH);
    }

    @Test
    void hash_followsTheLengthPrefixedEncoding() throws Exception {
        // given: the documented encoding, written out again field by field
        AuditEntry second = documentedTrail().entries().get(1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String field : List.of("aso.audit.v1", "2", "1772445600", "500000000", "p-17", "dossier.transferred",
                "DossierId", "d-1", "2", "from", "Bureau 2", "to", "Service juridique é📁", FIRST_HASH)) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            out.write(ByteBuffer.allocate(4).putInt(bytes.length).array());
            out.write(bytes);
        }
        // when
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));
        // then
        assertThat(second.computedHash()).isEqualTo(expected).isEqualTo(second.hash());
    }

    @Test
    void hash_distinguishesFieldBoundaries() {
        // "ab" + "c" and "a" + "bc" must not hash alike
        AuditEntry e = documentedTrail().entries().get(0);
        ImmutableAuditEntry one = AuditEntries.copy(e).withSubjectType("DossierIdd").withSubject("-1");
        ImmutableAuditEntry other = AuditEntries.copy(e).withSubjectType("DossierId").withSubject("d-1");
        assertThat(one.computedHash()).isNotEqualTo(other.computedHash());
        ImmutableAuditEntry keyValue = AuditEntries.copy(e).withDetails(java.util.Map.of("ab", "c"));
        ImmutableAuditEntry keyValue2 = AuditEntries.copy(e).withDetails(java.util.Map.of("a", "bc"));
        assertThat(keyValue.computedHash()).isNotEqualTo(keyValue2.computedHash());
    }

    @Test
    void builder_readsBackAStoredEntry() {
        // given
        AuditEntry written = documentedTrail().entries().get(1);
        // when: every field read back as text
        AuditEntry read = AuditEntry.builder()
                .sequence(Long.parseLong(Long.toString(written.sequence())))
                .at(Instant.parse(written.at().toString()))
                .actor(PersonId.of(written.actor().value()))
                .action(written.action())
                .subjectType(written.subjectType())
                .subject(written.subject())
                .putDetail("to", "Service juridique é📁")
                .putDetail("from", "Bureau 2")
                .previousHash(written.previousHash())
                .hash(written.hash())
                .build();
        // then
        assertThat(read).isEqualTo(written);
        assertThat(read.isHashValid()).isTrue();
    }

    @Test
    void builder_rejectsMalformedEntries() {
        AuditEntry ok = documentedTrail().entries().get(0);
        assertThatThrownBy(() -> AuditEntries.copy(ok).withSequence(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sequence");
        assertThatThrownBy(() -> AuditEntries.copy(ok).withHash(ok.hash().toUpperCase()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hex");
        assertThatThrownBy(() -> AuditEntries.copy(ok).withPreviousHash("00"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditEntries.copy(ok).withSubject("d-\uD800"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> AuditEntry.builder().sequence(1).build()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void checkpoint_rejectsMalformedValues() {
        assertThat(Checkpoint.genesis()).isEqualTo(Checkpoint.of(0, AuditEntry.GENESIS_HASH));
        assertThatThrownBy(() -> Checkpoint.of(-1, AuditEntry.GENESIS_HASH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.of(0, FIRST_HASH)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.of(1, "xyz")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Checkpoint.of(1, FIRST_HASH).toString()).isEqualTo("#1 " + FIRST_HASH);
    }

    @Test
    void builder_rejectsADetailKeyOrValueWithAnUnpairedSurrogate() {
        AuditEntry ok = documentedTrail().entries().get(1);
        assertThatThrownBy(() -> AuditEntries.copy(ok).withDetails(java.util.Map.of("note", "broken \uD83D text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThatThrownBy(() -> AuditEntries.copy(ok).withDetails(java.util.Map.of("n\uDC00te", "text")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("surrogate");
        assertThat(AuditEntries.copy(ok).withDetails(java.util.Map.of("note", "📁")).details()).containsEntry("note", "📁");
    }
}
