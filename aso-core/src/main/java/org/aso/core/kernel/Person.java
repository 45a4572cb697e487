package org.aso.core.kernel;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of staff or an outside person the section deals with.
 *
 * <pre>{@code
 * Person officer = Person.builder()
 *         .id(PersonId.of("p-17"))
 *         .name("Claire Martin")
 *         .title("Section officer")
 *         .unit(OrgUnitId.of("S2"))
 *         .email(EmailAddress.of("claire.martin@example.gouv.fr"))
 *         .clearance(Clearance.of(Confidentiality.CONFIDENTIAL))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Person {
    Person() {}

    /** The person's id. */
    public abstract PersonId id();

    /** The name as it should be displayed, e.g. {@code "Claire Martin"}. */
    public abstract String name();

    /** The position or title, e.g. {@code "Head of section"}. */
    public abstract Optional<String> title();

    /** The unit the person belongs to, if any. */
    public abstract Optional<OrgUnitId> unit();

    /** The professional e-mail address. */
    public abstract Optional<EmailAddress> email();

    /** The professional telephone number. */
    public abstract Optional<PhoneNumber> phone();

    /** What the person may see; public information only unless given. */
    @Value.Default
    public Clearance clearance() {
        return Clearance.none();
    }

    /** Returns a copy in another unit. */
    public abstract Person withUnit(OrgUnitId unit);

    /** Returns a copy with another clearance. */
    public abstract Person withClearance(Clearance clearance);

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}; {@code id} and {@code name} are required. */
    public static class Builder extends ImmutablePerson.Builder {}

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("A person needs a name (id " + id() + ")");
        }
    }
}
