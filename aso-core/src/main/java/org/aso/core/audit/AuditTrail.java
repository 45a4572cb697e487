package org.aso.core.audit;

import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.Interval;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;

/**
 * The append-only record of who did what and when: one {@link AuditEntry} per
 * {@link DomainEvent}, numbered 1, 2, 3, ... and chained by hashes, each entry carrying the hash of
 * the one before it. Changing, removing, inserting or moving an entry in storage breaks the chain,
 * and {@link #verify(List)} reports the first broken link.
 *
 * <pre>{@code
 * AuditTrail trail = AuditTrail.empty();
 * trail = trail.append(dossierOpened).get();          // Either<Problem, AuditTrail>
 * trail = trail.append(dossierTransferred).get();
 * trail.about(DossierId.of("d-1"));                    // both entries
 * trail.last().get().hash();                           // 64 hex digits, to store
 *
 * // later, from the host's own storage:
 * Verification v = AuditTrail.verify(loadedEntries);
 * v.isIntact();                                        // false if an entry was changed
 * }</pre>
 *
 * <p>Entries are in time order: an event dated before the last entry is refused. Hosts that append
 * from several threads through a {@link org.aso.core.kernel.SharedState} should therefore read
 * their clock inside the update, or retry a refusal coded {@code audit.time.backwards} with a
 * fresh instant.
 *
 * <h2>Keeping a trail: snapshot and restore, no replay</h2>
 *
 * <p>A host keeps a trail as a {@link #snapshot()}: its entries and its head. {@link #restore}
 * reads it back after checking it whole: the chain ({@link #verify(List, Checkpoint)} against the
 * head), the end of the trail at the head, and, in each entry, what {@link #append} accepts. A
 * trail changed in storage in any single way, or forged by someone who rehashed it with an entry
 * that {@code append} would refuse, is refused. A trail rewritten and rehashed from some entry on
 * with entries {@code append} would accept cannot be told from a true one by the chain alone: only
 * a head kept apart from the entries shows it.
 *
 * <p>Unlike the other aggregates, the trail has no event family of its own, and no replay from
 * events. Appending an entry is the only thing that happens to it, and the {@link AuditEntry} is
 * already the record of it: the entries are at once the trail's history and its state, so
 * restoring from them is its replay, every link verified. The {@link DomainEvent}s it records
 * belong to the other aggregates and cannot be read back from the entries (their details are
 * flattened to text). Sealing is deterministic, though: appending the same events in the same order
 * to an empty trail gives an equal trail.
 *
 * <p>Immutable and thread-safe; appending shares structure with the trail appended to, so it
 * costs little whatever the trail's length. Equal when the entries are equal.
 */
public final class AuditTrail {
    /** Longest accepted action code, in characters. */
    public static final int MAX_ACTION_LENGTH = 100;
    /** Most details accepted on one event. */
    public static final int MAX_DETAILS = 100;
    /** Longest accepted detail key, in characters. */
    public static final int MAX_DETAIL_KEY_LENGTH = 100;
    /** Longest accepted detail value, in characters. */
    public static final int MAX_DETAIL_VALUE_LENGTH = 10_000;

    private static final Pattern ACTION = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");
    private static final AuditTrail EMPTY = new AuditTrail(Vector.empty());

    private final Vector<AuditEntry> entries;

    private AuditTrail(Vector<AuditEntry> entries) {
        this.entries = entries;
    }

    /** {@return the trail with no entry} */
    public static AuditTrail empty() {
        return EMPTY;
    }

    /**
     * The trail made of entries a host stored, to append to it again; the chain of entries is
     * verified first. {@link #restore} checks more: the end of the trail against a head, and in
     * each entry what {@link #append} accepts.
     *
     * @param entries the entries in order, from sequence 1
     * @return the trail, or the problem coded {@code audit.chain.broken} given by
     *     {@link Verification#toEither()}
     * @throws NullPointerException if the list or one of its entries is null
     */
    public static Either<Problem, AuditTrail> from(List<AuditEntry> entries) {
        Vector<AuditEntry> copy = Vector.ofAll(Objects.requireNonNull(entries, "entries"));
        return verify(copy.asJava()).toEither().map(head -> new AuditTrail(copy));
    }

    /**
     * Records an event as the next entry.
     *
     * <p>Refusals, in this order: {@code audit.action.invalid} (the action is not a dotted
     * lower-case code such as {@code dossier.transferred}, or is longer than
     * {@value #MAX_ACTION_LENGTH}), {@code audit.detail.invalid} (more than {@value #MAX_DETAILS}
     * details, a blank, too long or control-character key, a too long value),
     * {@code audit.text.malformed} (an id, key or value holds an unpaired surrogate, which UTF-8
     * cannot encode), {@code kernel.range.instant} (the event is dated outside the supported range,
     * see {@link Limits}: no decision is taken there, and an entry at {@link Instant#MAX} would
     * refuse every later one) and {@code audit.time.backwards} (the event is dated before the last
     * entry; the same instant is accepted).
     *
     * @param event the event to record
     * @return the trail with one more entry, or the refusal (this trail is unchanged)
     * @throws NullPointerException if the event or one of its attributes is null
     */
    public Either<Problem, AuditTrail> append(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        Instant at = Objects.requireNonNull(event.at(), "event.at()");
        PersonId actor = Objects.requireNonNull(event.actor(), "event.actor()");
        String action = Objects.requireNonNull(event.action(), "event.action()");
        Identifier subject = Objects.requireNonNull(event.subject(), "event.subject()");
        Map<String, String> details = Objects.requireNonNull(event.details(), "event.details()");

        if (action.length() > MAX_ACTION_LENGTH || !ACTION.matcher(action).matches()) {
            return Either.left(Problem.of("audit.action.invalid",
                    "The action must be a dotted lower-case code such as 'dossier.transferred'")
                    .with("action", action));
        }
        Optional<Problem> badDetail = checkDetails(details);
        if (badDetail.isPresent()) {
            return Either.left(badDetail.get().with("action", action));
        }
        Optional<String> malformed = malformedText(actor, subject, details);
        if (malformed.isPresent()) {
            return Either.left(Problem.of("audit.text.malformed",
                    "The " + malformed.get() + " holds an unpaired surrogate, which cannot be recorded")
                    .with("field", malformed.get()).with("action", action));
        }
        Optional<Problem> outside = Limits.checkInstant("event time", at);
        if (outside.isPresent()) {
            return Either.left(outside.get().with("action", action));
        }
        if (!entries.isEmpty() && at.isBefore(entries.last().at())) {
            AuditEntry last = entries.last();
            return Either.left(Problem.of("audit.time.backwards",
                    "The event is dated before the last entry of the audit trail")
                    .with("action", action).with("at", at)
                    .with("lastSequence", last.sequence()).with("lastAt", last.at()));
        }
        return Either.right(new AuditTrail(entries.append(AuditEntry.seal(entries.size() + 1L, event, headHash()))));
    }

    private static Optional<Problem> checkDetails(Map<String, String> details) {
        if (details.size() > MAX_DETAILS) {
            return Optional.of(Problem.of("audit.detail.invalid", "An event carries at most " + MAX_DETAILS + " details")
                    .with("count", details.size()));
        }
        for (Map.Entry<String, String> d : details.entrySet()) {
            String key = Objects.requireNonNull(d.getKey(), "detail key");
            String value = Objects.requireNonNull(d.getValue(), "detail value");
            if (key.isBlank() || key.length() > MAX_DETAIL_KEY_LENGTH || key.chars().anyMatch(Character::isISOControl)) {
                return Optional.of(Problem.of("audit.detail.invalid", "A detail key must be non-blank, at most "
                        + MAX_DETAIL_KEY_LENGTH + " characters and free of control characters").with("key", key));
            }
            if (value.length() > MAX_DETAIL_VALUE_LENGTH) {
                return Optional.of(Problem.of("audit.detail.invalid", "A detail value is at most "
                        + MAX_DETAIL_VALUE_LENGTH + " characters long").with("key", key).with("length", value.length()));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> malformedText(PersonId actor, Identifier subject, Map<String, String> details) {
        if (!ChainHash.isWellFormed(actor.value())) {
            return Optional.of("actor");
        }
        if (!ChainHash.isWellFormed(subject.value())) {
            return Optional.of("subject");
        }
        for (Map.Entry<String, String> d : details.entrySet()) {
            if (!ChainHash.isWellFormed(d.getKey()) || !ChainHash.isWellFormed(d.getValue())) {
                return Optional.of("detail");
            }
        }
        return Optional.empty();
    }

    /**
     * {@return everything the trail holds: its entries and its head ({@link #checkpoint()}), for a host to
     * store; {@link #restore} reads it back}
     */
    public AuditTrailSnapshot snapshot() {
        return new AuditTrailSnapshot(entries(), checkpoint());
    }

    /**
     * The trail a host stored, checked whole; every problem is reported at once.
     *
     * <p>Problems: {@value Verification#BROKEN} (the first broken link of the chain verified
     * against the head, with the details of {@link Verification#toEither()}: an entry altered,
     * removed, inserted or moved, entries cut from the end, or an entry at the head's sequence
     * that is not the head); {@code audit.snapshot.beyond-head} (the entries go on after the head:
     * entries appended in storage); and, for each entry that {@link #append} would have refused,
     * with its {@code sequence}: {@code audit.action.invalid}, {@code audit.detail.invalid},
     * {@code kernel.range.instant}.
     *
     * <p>Costs one SHA-256 per entry, linear in the trail's length (a few microseconds an entry):
     * restore a long trail once, then append to the restored trail.
     *
     * @param snapshot what the host stored
     * @return the trail, equal to the one the snapshot was taken of, or the problems
     * @throws NullPointerException if the snapshot is null
     */
    public static Either<List<Problem>, AuditTrail> restore(AuditTrailSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<AuditEntry> stored = snapshot.entries();
        List<Problem> problems = new java.util.ArrayList<>();
        Verification v = verify(stored, snapshot.head());
        if (!v.isIntact()) {
            problems.add(v.toEither().getLeft());
        } else if (!v.head().equals(snapshot.head())) {
            problems.add(Problem.of("audit.snapshot.beyond-head",
                    "The trail goes on after its head: entries were appended in storage")
                    .with("head", snapshot.head()).with("last", v.head()));
        }
        for (AuditEntry e : stored) {
            String action = e.action();
            if (action.length() > MAX_ACTION_LENGTH || !ACTION.matcher(action).matches()) {
                problems.add(Problem.of("audit.action.invalid",
                        "Entry " + e.sequence() + " records an action that is not a dotted lower-case code")
                        .with("sequence", e.sequence()).with("action", action));
            }
            checkDetails(e.details()).ifPresent(p -> problems.add(p.with("sequence", e.sequence())));
            Limits.checkInstant("entry time", e.at()).ifPresent(p -> problems.add(p.with("sequence", e.sequence())));
        }
        return problems.isEmpty()
                ? Either.right(new AuditTrail(Vector.ofAll(stored)))
                : Either.left(List.copyOf(problems));
    }

    /** {@return every entry, in order (an unmodifiable list)} */
    public List<AuditEntry> entries() {
        return entries.asJava();
    }

    /** {@return the number of entries, which is also the last entry's sequence} */
    public int size() {
        return entries.size();
    }

    /** {@return true if nothing was recorded yet} */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** {@return the last entry, empty for an empty trail} */
    public Optional<AuditEntry> last() {
        return entries.isEmpty() ? Optional.empty() : Optional.of(entries.last());
    }

    /** {@return the last entry's hash, or {@link AuditEntry#GENESIS_HASH} for an empty trail: what the next entry will point to} */
    public String headHash() {
        return entries.isEmpty() ? ChainHash.GENESIS : entries.last().hash();
    }

    /** {@return the current head as a checkpoint, for a host to keep apart from the entries} */
    public Checkpoint checkpoint() {
        return entries.isEmpty() ? Checkpoint.genesis() : Checkpoint.of(entries.last().sequence(), entries.last().hash());
    }

    /**
     * {@return the entry with this sequence, empty if there is none}
     *
     * @param sequence the entry's sequence, from 1
     */
    public Optional<AuditEntry> entry(long sequence) {
        return sequence >= 1 && sequence <= entries.size()
                ? Optional.of(entries.get((int) (sequence - 1)))
                : Optional.empty();
    }

    /**
     * {@return the entries after the one numbered {@code sequence}, e.g. those to store since the last
     * {@link #checkpoint()} a host saved}
     *
     * @param sequence the sequence of the last entry not wanted, 0 for all
     * @throws IllegalArgumentException if the sequence is negative
     */
    public List<AuditEntry> after(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("A sequence is never negative: " + sequence);
        }
        return sequence >= entries.size() ? List.of() : entries.drop((int) sequence).asJava();
    }

    /**
     * {@return the entries about one aggregate (same id type and text), in order}
     *
     * @param subject the aggregate's id
     */
    public List<AuditEntry> about(Identifier subject) {
        Objects.requireNonNull(subject, "subject");
        return entries.filter(e -> e.isAbout(subject)).asJava();
    }

    /**
     * {@return the entries recording what one person did, in order}
     *
     * @param actor who acted
     */
    public List<AuditEntry> by(PersonId actor) {
        Objects.requireNonNull(actor, "actor");
        return entries.filter(e -> e.actor().equals(actor)).asJava();
    }

    /**
     * {@return the entries with this action code, in order}
     *
     * @param action the action code
     */
    public List<AuditEntry> withAction(String action) {
        Objects.requireNonNull(action, "action");
        return entries.filter(e -> e.action().equals(action)).asJava();
    }

    /**
     * {@return the entries dated within the period ({@code start} included, {@code end} excluded), in order}
     *
     * @param period the period
     */
    public List<AuditEntry> during(Interval period) {
        Objects.requireNonNull(period, "period");
        int from = firstAtOrAfter(period.start());
        int to = firstAtOrAfter(period.end());
        return from >= to ? List.of() : entries.slice(from, to).asJava();
    }

    /** The index of the first entry dated at or after {@code instant} (entries are in time order). */
    private int firstAtOrAfter(Instant instant) {
        int lo = 0;
        int hi = entries.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entries.get(mid).at().isBefore(instant)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Checks entries a host read back from its storage: each entry's sequence is its position + 1,
     * points to the hash of the entry before it (the genesis hash for the first), matches its own
     * hash, and is not dated before its predecessor. The first entry that fails is reported.
     *
     * <p>A list cut short at its end is still a sound chain; to detect that, keep a
     * {@link Checkpoint} apart and use {@link #verify(List, Checkpoint)}.
     *
     * @param entries the entries in stored order
     * @return intact with the head, or the first broken link
     * @throws NullPointerException if the list or one of its entries is null
     */
    public static Verification verify(List<AuditEntry> entries) {
        return check(entries, null);
    }

    /**
     * Like {@link #verify(List)}, and also checks the entries against a checkpoint kept apart:
     * the list must reach the checkpoint's sequence ({@link BrokenLink.Reason#TRUNCATED} if not)
     * and its entry there must carry the checkpoint's hash
     * ({@link BrokenLink.Reason#CHECKPOINT_MISMATCH} if not). Entries after the checkpoint are
     * verified as a chain.
     *
     * @param entries the entries, oldest first, from the first one
     * @param checkpoint a checkpoint kept apart from the entries
     * @return the first broken link, if any, and the sound part's head
     * @throws NullPointerException if an argument or an entry is null
     */
    public static Verification verify(List<AuditEntry> entries, Checkpoint checkpoint) {
        return check(entries, Objects.requireNonNull(checkpoint, "checkpoint"));
    }

    private static Verification check(List<AuditEntry> entries, Checkpoint checkpoint) {
        Objects.requireNonNull(entries, "entries");
        int n = entries.size();
        Checkpoint good = Checkpoint.genesis();
        Instant previousAt = null;
        for (int i = 0; i < n; i++) {
            AuditEntry e = Objects.requireNonNull(entries.get(i), "entry");
            long sequence = i + 1L;
            BrokenLink broken = null;
            if (e.sequence() != sequence) {
                broken = BrokenLink.of(i, BrokenLink.Reason.OUT_OF_SEQUENCE,
                        Long.toString(sequence), Long.toString(e.sequence()));
            } else if (!e.previousHash().equals(good.hash())) {
                broken = BrokenLink.of(i, BrokenLink.Reason.UNLINKED, good.hash(), e.previousHash());
            } else {
                String computed = e.computedHash();
                if (!computed.equals(e.hash())) {
                    broken = BrokenLink.of(i, BrokenLink.Reason.ALTERED, computed, e.hash());
                } else if (previousAt != null && e.at().isBefore(previousAt)) {
                    broken = BrokenLink.of(i, BrokenLink.Reason.TIME_BACKWARDS,
                            "at or after " + previousAt, e.at().toString());
                } else if (checkpoint != null && checkpoint.sequence() == sequence && !checkpoint.hash().equals(e.hash())) {
                    broken = BrokenLink.of(i, BrokenLink.Reason.CHECKPOINT_MISMATCH, checkpoint.hash(), e.hash());
                }
            }
            if (broken != null) {
                return Verification.broken(n, good, broken);
            }
            good = Checkpoint.of(sequence, e.hash());
            previousAt = e.at();
        }
        if (checkpoint != null && checkpoint.sequence() > n) {
            return Verification.broken(n, good, BrokenLink.of(n, BrokenLink.Reason.TRUNCATED,
                    "entries up to " + checkpoint, n == 0 ? "no entry" : "entries up to " + good));
        }
        return Verification.intact(n, good);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditTrail other && entries.equals(other.entries);
    }

    @Override
    public int hashCode() {
        return headHash().hashCode();
    }

    @Override
    public String toString() {
        return "AuditTrail[" + entries.size() + " entries, head " + headHash() + "]";
    }
}
