package org.aso.core.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * One record of an {@link AuditTrail}: who ({@link #actor()}) did what ({@link #action()}) to
 * which aggregate ({@link #subjectType()}, {@link #subject()}) and when ({@link #at()}), sealed by
 * a hash that also covers the hash of the entry before it.
 *
 * <p>Entries are made by {@link AuditTrail#append}. A host that stores them keeps every field as
 * text and builds them back with {@link #builder()}; {@link AuditTrail#verify} then tells whether
 * what came back is what was written.
 *
 * <h2>The hash</h2>
 *
 * <p>{@link #hash()} is the SHA-256 of the entry's canonical encoding, written as 64 lower-case
 * hexadecimal digits. The encoding is a sequence of fields; each field is the length in bytes of
 * its UTF-8 text as an unsigned 32-bit big-endian integer, followed by those bytes. The fields, in
 * this order, are:
 * <ol>
 *   <li>the format tag {@code aso.audit.v1};
 *   <li>{@link #sequence()} in decimal;
 *   <li>the seconds of {@link #at()} since 1970-01-01T00:00:00Z, in decimal (negative before);
 *   <li>the nanoseconds within that second, 0 to 999999999, in decimal without leading zeros;
 *   <li>the actor's id text;
 *   <li>{@link #action()};
 *   <li>{@link #subjectType()};
 *   <li>{@link #subject()};
 *   <li>the number of details, in decimal;
 *   <li>for each detail, in ascending order of key (Java's {@code String.compareTo}, i.e. by
 *       UTF-16 code unit), the key, then the value;
 *   <li>{@link #previousHash()} as 64 lower-case hexadecimal digits.
 * </ol>
 * Decimal numbers are ASCII digits with a leading {@code -} when negative. The first entry's
 * previous hash is {@link #GENESIS_HASH} (64 zeros). Because every field carries its length, no
 * two different entries share an encoding, so a host can re-verify a trail outside Java with any
 * SHA-256 implementation. For example, an entry with sequence 1, instant
 * {@code 2026-03-02T09:00:00Z}, actor {@code p-17}, action {@code dossier.opened}, subject
 * {@code DossierId} {@code d-1} and no details is hashed over the fields {@code aso.audit.v1},
 * {@code 1}, {@code 1772442000}, {@code 0}, {@code p-17}, {@code dossier.opened},
 * {@code DossierId}, {@code d-1}, {@code 0}, then 64 zeros; the first field is encoded as the
 * bytes {@code 00 00 00 0c} followed by the 12 bytes of {@code aso.audit.v1}.
 *
 * <pre>{@code
 * AuditEntry stored = AuditEntry.builder()          // e.g. read back from a table
 *         .sequence(1)
 *         .at(Instant.parse("2026-03-02T09:00:00Z"))
 *         .actor(PersonId.of("p-17"))
 *         .action("dossier.opened")
 *         .subjectType("DossierId")
 *         .subject("d-1")
 *         .previousHash(AuditEntry.GENESIS_HASH)
 *         .hash(row.hash())
 *         .build();
 * stored.isHashValid();   // false if any field was changed in storage
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class AuditEntry {
    /** The previous hash of the first entry of every trail: 64 zeros. */
    public static final String GENESIS_HASH = ChainHash.GENESIS;

    AuditEntry() {}

    /** {@return the entry's place in its trail: 1 for the first entry, then 2, 3, ... without gaps} */
    public abstract long sequence();

    /** {@return when the recorded decision was taken} */
    public abstract Instant at();

    /** {@return who took it} */
    public abstract PersonId actor();

    /** {@return the stable dotted code of what happened, e.g. {@code "dossier.transferred"}} */
    public abstract String action();

    /** {@return the kind of aggregate it happened to: the simple name of its id type, e.g. {@code "DossierId"}} */
    public abstract String subjectType();

    /** {@return the aggregate's id text, e.g. {@code "d-2026-0042"}} */
    public abstract String subject();

    /** {@return what a reader needs to know, as text, sorted by key} */
    @Value.NaturalOrder
    public abstract SortedMap<String, String> details();

    /** {@return the {@link #hash()} of the entry before this one, or {@link #GENESIS_HASH} for the first} */
    public abstract String previousHash();

    /** {@return the SHA-256 of this entry's canonical encoding, as 64 lower-case hex digits (see the class docs)} */
    public abstract String hash();

    /**
     * Computes the hash this entry's fields call for (with its {@link #previousHash()}), whatever
     * {@link #hash()} says.
     *
     * @return 64 lower-case hex digits, never null
     */
    public String computedHash() {
        return ChainHash.of(sequence(), at(), actor().value(), action(), subjectType(), subject(), details(),
                previousHash());
    }

    /** {@return true if {@link #hash()} matches the entry's fields, i.e. nothing in it was changed since it was sealed} */
    public boolean isHashValid() {
        return hash().equals(computedHash());
    }

    /**
     * {@return true if the entry is about the aggregate with this id (same id type, same text)}
     *
     * @param id the id of an aggregate
     */
    public boolean isAbout(Identifier id) {
        return subjectType().equals(typeName(id)) && subject().equals(id.value());
    }

    /** {@return a new builder, for hosts reading entries back from their storage} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AuditEntry}; every attribute but {@code details} is required. */
    public static class Builder extends ImmutableAuditEntry.Builder {}

    /** The entry recording {@code event} at {@code sequence} after the entry hashed {@code previousHash}. */
    static AuditEntry seal(long sequence, DomainEvent event, String previousHash) {
        SortedMap<String, String> details = new TreeMap<>(event.details());
        String subjectType = typeName(event.subject());
        String subject = event.subject().value();
        String hash = ChainHash.of(sequence, event.at(), event.actor().value(), event.action(), subjectType, subject,
                details, previousHash);
        return builder()
                .sequence(sequence)
                .at(event.at())
                .actor(event.actor())
                .action(event.action())
                .subjectType(subjectType)
                .subject(subject)
                .putAllDetails(details)
                .previousHash(previousHash)
                .hash(hash)
                .build();
    }

    /** The name recorded as {@link #subjectType()} for an id: its class's simple name. */
    static String typeName(Identifier id) {
        Objects.requireNonNull(id, "id");
        String simple = id.getClass().getSimpleName();
        return simple.isEmpty() ? id.getClass().getName() : simple;
    }

    @Value.Check
    void check() {
        if (sequence() < 1) {
            throw new IllegalArgumentException("An audit entry's sequence starts at 1: " + sequence());
        }
        if (!ChainHash.isHash(hash()) || !ChainHash.isHash(previousHash())) {
            throw new IllegalArgumentException("Audit entry " + sequence()
                    + ": hashes must be 64 lower-case hex digits: hash '" + hash()
                    + "', previous hash '" + previousHash() + "'");
        }
        boolean wellFormed = ChainHash.isWellFormed(actor().value()) && ChainHash.isWellFormed(action())
                && ChainHash.isWellFormed(subjectType()) && ChainHash.isWellFormed(subject())
                && details().entrySet().stream().allMatch(d ->
                        ChainHash.isWellFormed(d.getKey()) && ChainHash.isWellFormed(d.getValue()));
        if (!wellFormed) {
            throw new IllegalArgumentException("Audit entry " + sequence()
                    + " holds text with an unpaired surrogate, which UTF-8 cannot encode");
        }
    }
}
