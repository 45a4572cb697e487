package org.aso.core.correspondence;

import java.time.Instant;
import java.util.Optional;
import org.aso.core.kernel.Identifier;
import org.aso.core.kernel.OrgUnitId;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * A distribution of an entry: to a unit or a person, for a purpose, by someone, at an instant.
 * Redirecting an entry ends the earlier action assignment (it stays in the history).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Assignment {
    Assignment() {}

    /** Why the entry is given. */
    public enum Purpose {
        /** To handle and reply: the handler. */
        ACTION,
        /** For information. */
        COPY,
        /** For an opinion. */
        OPINION,
        /** For approval. */
        APPROVAL,
        /** For signature. */
        SIGNATURE
    }

    /** {@return the person or unit it is given to: a {@link PersonId} or an {@link OrgUnitId}} */
    public abstract Identifier assignee();

    /** {@return what it is for: action or information} */
    public abstract Purpose purpose();

    /** {@return when it was made} */
    public abstract Instant at();

    /** {@return who made the assignment} */
    public abstract PersonId by();

    /** {@return an instruction ("please prepare a reply for the Director's signature")} */
    public abstract Optional<String> note();

    /** {@return when the assignment ended (redirected), if it did} */
    public abstract Optional<Instant> endedAt();

    /** {@return true until the entry is redirected away from this assignee} */
    public boolean isActive() {
        return endedAt().isEmpty();
    }

    /**
     * {@return a copy ended at {@code when}}
     *
     * @param when the end of the assignment
     */
    public abstract Assignment withEndedAt(Instant when);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Assignment}. */
    public static class Builder extends ImmutableAssignment.Builder {}

    @Value.Check
    void check() {
        if (!(assignee() instanceof PersonId) && !(assignee() instanceof OrgUnitId)) {
            throw new IllegalArgumentException("An entry is assigned to a person or a unit, not " + assignee().getClass().getSimpleName());
        }
    }
}
