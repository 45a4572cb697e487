package org.aso.core.kernel;

import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import org.aso.core.internal.ValueChecks;
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

    /** {@return the person's id} */
    public abstract PersonId id();

    /** {@return the name as it should be displayed, e.g. {@code "Claire Martin"}} */
    public abstract String name();

    /** {@return the position or title, e.g. {@code "Head of section"}} */
    public abstract Optional<String> title();

    /** {@return the unit the person belongs to, if any} */
    public abstract Optional<OrgUnitId> unit();

    /** {@return the professional e-mail address} */
    public abstract Optional<EmailAddress> email();

    /** {@return the professional telephone number} */
    public abstract Optional<PhoneNumber> phone();

    /** {@return what the person may see; public information only unless given} */
    @Value.Default
    public Clearance clearance() {
        return Clearance.none();
    }

    /**
     * {@return a copy in another unit}
     *
     * @param unit the new unit
     */
    public abstract Person withUnit(OrgUnitId unit);

    /**
     * {@return a copy with another clearance}
     *
     * @param clearance the new clearance
     */
    public abstract Person withClearance(Clearance clearance);

    /**
     * {@return a copy with another e-mail address}
     *
     * @param email the new address
     */
    public abstract Person withEmail(EmailAddress email);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Person}; {@code id} and {@code name} are required. */
    public static class Builder extends ImmutablePerson.Builder {
        /**
         * Builds the person if the data it was given is valid, for values read from outside (a
         * file, a form, a directory): every problem comes back at once, coded {@code kernel.person.missing-name} or {@code kernel.text.*} (detail {@code field}).
         * {@code build()} stays the programmer's path and throws an
         * {@link IllegalArgumentException} for the same problems.
         *
         * @return the person, or every problem found
         * @throws IllegalStateException if a required attribute was not set (a programming error)
         */
        public Either<List<Problem>, Person> validate() {
            return ValueChecks.validate(this::build);
        }
    }

    /**
     * Checks the {@link Text} rules: the name and title are names.
     *
     * @throws IllegalArgumentException with every problem found
     */
    @Value.Check
    void check() {
        List<Problem> p = ValueChecks.problems();
        ValueChecks.required(p, "kernel.person.missing-name", "name", name(), Text.Kind.NAME, Text.Kind.NAME.maxLength());
        ValueChecks.optional(p, "title", title(), Text.Kind.NAME, Text.Kind.NAME.maxLength());
        ValueChecks.throwIfAny("Person " + id(), p);
    }
}
