package org.aso.core.agenda;

import java.util.Optional;
import org.aso.core.kernel.PersonId;
import org.immutables.value.Value;

/**
 * Someone invited to a meeting, with their role and their answer.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Attendee {
    Attendee() {}

    /** The part a person plays in a meeting. */
    public enum Role {
        /** Chairs the meeting (required). */
        CHAIR,
        /** Must attend. */
        REQUIRED,
        /** May attend. */
        OPTIONAL,
        /** Takes the minutes (required). */
        MINUTE_TAKER,
        /** Invited for information only. */
        FOR_INFORMATION;

        /** {@return true if the meeting needs this person (chair, required, minute-taker)} */
        public boolean isRequired() {
            return this == CHAIR || this == REQUIRED || this == MINUTE_TAKER;
        }
    }

    /** An attendee's answer (RFC 5545 PARTSTAT). */
    public enum Response {
        /** Not answered yet. */
        NEEDS_ACTION,
        /** Will come. */
        ACCEPTED,
        /** May come. */
        TENTATIVE,
        /** Will not come. */
        DECLINED,
        /** Sends someone else. */
        DELEGATED
    }

    /** {@return the invited person} */
    @Value.Parameter
    public abstract PersonId person();

    /** {@return their role} */
    @Value.Parameter
    public abstract Role role();

    /** {@return their answer} */
    @Value.Default
    public Response response() {
        return Response.NEEDS_ACTION;
    }

    /** {@return whom they delegated to, if they did} */
    public abstract Optional<PersonId> delegatedTo();

    /**
     * {@return an invitee who has not answered}
     *
     * @param person the invitee; not null
     * @param role what they come as (chair, required, optional, for information, minute-taker); not null
     */
    public static Attendee of(PersonId person, Role role) {
        return ImmutableAttendee.of(person, role);
    }

    /**
     * {@return the same attendee with an answer}
     *
     * @param response their answer; not null ({@code DELEGATED} needs a delegate, see {@link #withDelegatedTo})
     */
    public abstract Attendee withResponse(Response response);

    /**
     * {@return the same attendee with a delegate}
     *
     * @param delegate who goes in their place; not null
     */
    public abstract Attendee withDelegatedTo(PersonId delegate);

    @Value.Check
    void check() {
        if (response() == Response.DELEGATED && delegatedTo().isEmpty()) {
            throw new IllegalArgumentException("A delegated attendee names the delegate: " + person());
        }
    }
}
