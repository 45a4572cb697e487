package org.aso.store;

import io.vavr.control.Either;
import java.util.List;
import org.aso.core.audit.AuditTrail;
import org.aso.core.kernel.DomainEvent;
import org.aso.core.kernel.Problem;

/**
 * An audit trail kept in an {@link EventStore}: its entries are its history (an audit trail has no
 * event family), appended with the stream's version checked, so that the hash chain stays one chain
 * whatever the number of JVMs appending. The chain is verified whole when the trail is loaded.
 *
 * <p>Thread-safe.
 */
public final class StoredTrail {
    private StoredTrail() {
    }

    /** {@return the stream's name} */
    public String stream() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the trail as this holder last saw it} */
    public AuditTrail get() {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@return the trail with every entry appended so far, read and verified; or {@code store.*} problems} */
    public Either<Problem, AuditTrail> refresh() {
        throw new UnsupportedOperationException("not yet");
    }

    /**
     * Records events at the end of the trail, all or none, after the entries other JVMs appended.
     *
     * @param events what happened, oldest first
     * @return the trail with them; the first event {@code AuditTrail.append} refuses; or {@code store.*} problems
     */
    public Either<Problem, AuditTrail> append(List<? extends DomainEvent> events) {
        throw new UnsupportedOperationException("not yet");
    }
}
