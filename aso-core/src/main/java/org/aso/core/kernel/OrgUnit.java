package org.aso.core.kernel;

import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import org.aso.core.internal.ValueChecks;
import org.immutables.value.Value;

/**
 * A service, section or office in the organisation chart, with its parent unit and its head.
 *
 * <pre>{@code
 * OrgUnit section = OrgUnit.builder()
 *         .id(OrgUnitId.of("S2")).code("S2").name("Section 2 - Budget")
 *         .parent(OrgUnitId.of("DIR")).head(PersonId.of("p-3"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. The tree is checked as a whole by {@link OrgChart#of}.
 */
@Value.Immutable
public abstract class OrgUnit {
    OrgUnit() {}

    /** {@return the unit's id} */
    public abstract OrgUnitId id();

    /** {@return the short code used in reference numbers, e.g. {@code "S2"} or {@code "JTSECY"}} */
    public abstract String code();

    /** {@return the full name} */
    public abstract String name();

    /** {@return the unit directly above, if this is not a root} */
    public abstract Optional<OrgUnitId> parent();

    /** {@return the head of the unit, if the post is filled} */
    public abstract Optional<PersonId> head();

    /**
     * {@return a copy with another head}
     *
     * @param head the new head
     */
    public abstract OrgUnit withHead(PersonId head);

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrgUnit}; {@code id}, {@code code} and {@code name} are required. */
    public static class Builder extends ImmutableOrgUnit.Builder {
        /**
         * Builds the unit if the data it was given is valid, for values read from outside (a
         * file, a form, a directory): every problem comes back at once, coded {@code kernel.unit.bad-code} (blank or not trimmed), {@code kernel.unit.missing-name},
         * {@code kernel.unit.own-parent} or {@code kernel.text.*} (detail {@code field}).
         * {@code build()} stays the programmer's path and throws an
         * {@link IllegalArgumentException} for the same problems.
         *
         * @return the unit, or every problem found
         * @throws IllegalStateException if a required attribute was not set (a programming error)
         */
        public Either<List<Problem>, OrgUnit> validate() {
            return ValueChecks.validate(this::build);
        }
    }

    /**
     * Checks the code (trimmed), the name, the {@link Text} rules (both are names) and that the
     * unit is not its own parent.
     *
     * @throws IllegalArgumentException with every problem found
     */
    @Value.Check
    void check() {
        List<Problem> p = ValueChecks.problems();
        if (code().isBlank() || !code().strip().equals(code())) {
            p.add(Problem.of("kernel.unit.bad-code", "A unit needs a trimmed code").with("unit", id()));
        } else {
            Text.check("code", code(), Text.Kind.NAME).peekLeft(p::add);
        }
        ValueChecks.required(p, "kernel.unit.missing-name", "name", name(), Text.Kind.NAME, Text.Kind.NAME.maxLength());
        if (parent().filter(id()::equals).isPresent()) {
            p.add(Problem.of("kernel.unit.own-parent", "A unit cannot be its own parent").with("unit", id()));
        }
        ValueChecks.throwIfAny("Unit " + id(), p);
    }
}
