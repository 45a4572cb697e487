package org.aso.core.audit;

import org.aso.core.internal.FactoryStyle;
import org.immutables.value.Value;

/**
 * A trail's head at some moment: the sequence of its last entry and that entry's hash.
 *
 * <p>A host that keeps checkpoints apart from the entries (in another store, a signed log, a
 * daily e-mail) can later tell, with {@link AuditTrail#verify(java.util.List, Checkpoint)}, that
 * the trail was neither cut short nor rewritten from an earlier entry on: things the chain alone
 * cannot show, since a trail without its last entries is still a well-formed chain.
 *
 * <pre>{@code
 * Checkpoint cp = trail.checkpoint();                 // store cp.sequence() and cp.hash()
 * AuditTrail.verify(loaded, Checkpoint.of(sequence, hash)).isIntact();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@FactoryStyle
public abstract class Checkpoint {
    private static final Checkpoint GENESIS = ImmutableCheckpoint.of(0, ChainHash.GENESIS);

    Checkpoint() {}

    /** {@return the sequence of the last entry, 0 for an empty trail} */
    @Value.Parameter
    public abstract long sequence();

    /** {@return the hash of the last entry, {@link AuditEntry#GENESIS_HASH} for an empty trail} */
    @Value.Parameter
    public abstract String hash();

    /**
     * {@return the checkpoint after the entry numbered {@code sequence} with hash {@code hash}}
     *
     * @param sequence the sequence of the last entry, 0 before the first
     * @param hash the last entry's hash, 64 lower-case hex digits
     * @throws IllegalArgumentException if the sequence is negative, the hash is not 64 lower-case
     *     hex digits, or sequence 0 comes with another hash than the genesis one
     */
    public static Checkpoint of(long sequence, String hash) {
        return ImmutableCheckpoint.of(sequence, hash);
    }

    /** {@return the checkpoint of an empty trail: sequence 0, the genesis hash} */
    public static Checkpoint genesis() {
        return GENESIS;
    }

    @Value.Check
    void check() {
        if (sequence() < 0 || !ChainHash.isHash(hash()) || sequence() == 0 && !hash().equals(ChainHash.GENESIS)) {
            throw new IllegalArgumentException("A checkpoint needs a sequence >= 0 and a 64-digit lower-case hex hash"
                    + " (the genesis hash at 0): " + sequence() + " / '" + hash() + "'");
        }
    }

    @Override
    public String toString() {
        return "#" + sequence() + " " + hash();
    }
}
