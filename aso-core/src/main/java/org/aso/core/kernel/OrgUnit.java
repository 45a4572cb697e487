package org.aso.core.kernel;

import java.util.Optional;
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

    /** The unit's id. */
    public abstract OrgUnitId id();

    /** The short code used in reference numbers, e.g. {@code "S2"} or {@code "JTSECY"}. */
    public abstract String code();

    /** The full name. */
    public abstract String name();

    /** The unit directly above, if this is not a root. */
    public abstract Optional<OrgUnitId> parent();

    /** The head of the unit, if the post is filled. */
    public abstract Optional<PersonId> head();

    /** Returns a copy with another head. */
    public abstract OrgUnit withHead(PersonId head);

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link OrgUnit}; {@code id}, {@code code} and {@code name} are required. */
    public static class Builder extends ImmutableOrgUnit.Builder {}

    @Value.Check
    void check() {
        if (code().isBlank() || !code().strip().equals(code()) || name().isBlank()) {
            throw new IllegalArgumentException("A unit needs a trimmed code and a name (id " + id() + ")");
        }
        if (parent().filter(id()::equals).isPresent()) {
            throw new IllegalArgumentException("A unit cannot be its own parent: " + id());
        }
    }
}
