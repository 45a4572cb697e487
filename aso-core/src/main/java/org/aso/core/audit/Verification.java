package org.aso.core.audit;

import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.Problem;

/**
 * What {@link AuditTrail#verify} found: either an intact trail of {@link #entryCount()} entries
 * whose head is {@link #head()}, or the {@link #firstBrokenLink() first broken link}.
 *
 * <pre>{@code
 * Verification v = AuditTrail.verify(loadedEntries);
 * if (v.isIntact()) {
 *     log("audit trail intact: " + v.entryCount() + " entries, head " + v.head().hash());
 * } else {
 *     BrokenLink b = v.firstBrokenLink().orElseThrow();
 *     alert(b.message() + " (expected " + b.expected() + ", found " + b.found() + ")");
 * }
 * // or, in a chain of decisions:
 * Either<Problem, Checkpoint> head = v.toEither();   // problem coded audit.chain.broken
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Verification {
    /** The code of the problem given by {@link #toEither()} for a broken chain. */
    public static final String BROKEN = "audit.chain.broken";

    private final int entryCount;
    private final Checkpoint head;
    private final BrokenLink brokenLink;

    private Verification(int entryCount, Checkpoint head, BrokenLink brokenLink) {
        this.entryCount = entryCount;
        this.head = Objects.requireNonNull(head, "head");
        this.brokenLink = brokenLink;
    }

    static Verification intact(int entryCount, Checkpoint head) {
        return new Verification(entryCount, head, null);
    }

    static Verification broken(int entryCount, Checkpoint lastGood, BrokenLink brokenLink) {
        return new Verification(entryCount, lastGood, Objects.requireNonNull(brokenLink, "brokenLink"));
    }

    /** {@return true if every entry fits the chain (and the checkpoint, when one was given)} */
    public boolean isIntact() {
        return brokenLink == null;
    }

    /** {@return how many entries were given to verify} */
    public int entryCount() {
        return entryCount;
    }

    /**
     * {@return the end of the sound part, as a checkpoint: the trail's head when it is intact; otherwise the
     * entry just before the first broken link ({@link Checkpoint#genesis()} if the first entry is
     * broken)}
     *
     * <p>The entries up to it form a sound chain, but a chain cannot vouch for its own last entry:
     * an entry altered and resealed, or forged and inserted with the right links, shows only at
     * the entry after it. So when the break is {@link BrokenLink.Reason#UNLINKED unlinked} or
     * {@link BrokenLink.Reason#OUT_OF_SEQUENCE out of sequence}, the culprit may be this entry
     * itself; what lies before it, or up to a checkpoint kept apart, is unaffected.
     */
    public Checkpoint head() {
        return head;
    }

    /** {@return the first entry that does not fit, empty if the trail is intact} */
    public Optional<BrokenLink> firstBrokenLink() {
        return Optional.ofNullable(brokenLink);
    }

    /**
     * {@return the result as a decision: the head of an intact trail, or a problem coded
     * {@value #BROKEN} whose details are {@code index}, {@code sequence}, {@code reason} (a
     * {@link BrokenLink.Reason#code()}), {@code expected} and {@code found}}
     */
    public Either<Problem, Checkpoint> toEither() {
        if (brokenLink == null) {
            return Either.right(head);
        }
        return Either.left(Problem.of(BROKEN, brokenLink.message())
                .with("index", brokenLink.index())
                .with("sequence", brokenLink.sequence())
                .with("reason", brokenLink.reason().code())
                .with("expected", brokenLink.expected())
                .with("found", brokenLink.found()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Verification other && entryCount == other.entryCount && head.equals(other.head)
                && Objects.equals(brokenLink, other.brokenLink);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entryCount, head, brokenLink);
    }

    @Override
    public String toString() {
        return brokenLink == null
                ? "intact, " + entryCount + " entries, head " + head
                : "broken: " + brokenLink + " (verified up to " + head + ")";
    }
}
