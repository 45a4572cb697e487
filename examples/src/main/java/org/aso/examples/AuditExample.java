package org.aso.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.audit.AuditEntry;
import org.aso.core.audit.AuditTrail;
import org.aso.core.audit.BrokenLink;
import org.aso.core.audit.Checkpoint;
import org.aso.core.audit.Verification;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.kernel.SharedState;

/**
 * aso-core's audit trail: the register's events recorded as a hash chain, saved by parts with a
 * checkpoint kept apart, and a deleted row found when the entries are read back.
 */
public final class AuditExample {
    private AuditExample() {}

    /** What the example recorded and found. */
    public record Outcome(AuditTrail trail, List<AuditEntry> aboutTheLetter, List<AuditEntry> toStore,
                          Checkpoint saved, boolean intact, Optional<BrokenLink> broken) {}

    /** Records the events of letter {@code r} (registered, then assigned), saves them, and checks a copy with a row deleted. */
    public static Outcome run(Register.Registered r, List<EntryEvent> storedEvents) {
        // tag::audit[]
        SharedState<AuditTrail> audit = SharedState.of(AuditTrail.empty());
        Checkpoint savedHead = Checkpoint.genesis();                      // nothing saved yet
        for (EntryEvent event : storedEvents) {                          // any aggregate's DomainEvents
            audit.update(trail -> trail.append(event), trail -> trail)    // refused: audit.time.backwards, ...
                    .getOrElseThrow(p -> new IllegalStateException(p.toString()));
        }
        AuditTrail trail = audit.get();
        List<AuditEntry> aboutTheLetter = trail.about(r.entry().id());  // also by(actor), during(period), withAction(code)
        // => [AuditEntry{sequence=1, ...}, AuditEntry{sequence=2, ...}]
        List<AuditEntry> toStore = trail.after(savedHead.sequence());  // the entries appended since the last save
        savedHead = trail.checkpoint();                                // keep it apart from the entries

        // later, on the entries read back from the host's storage, where someone deleted the first row:
        List<AuditEntry> rows = new ArrayList<>(toStore);
        rows.remove(0);
        Verification v = AuditTrail.verify(rows, savedHead);
        boolean intact = v.isIntact();     // => false
        // also false if an entry was altered, inserted, moved or cut off
        Optional<BrokenLink> broken = v.firstBrokenLink();
        // => Optional[out-of-sequence at index 0: expected 1, found 2]
        // end::audit[]
        return new Outcome(trail, aboutTheLetter, toStore, savedHead, intact, broken);
    }
}
