package org.aso.core.kernel;

import io.vavr.control.Either;
import java.util.List;
import java.util.Optional;
import org.aso.core.internal.ValueChecks;
import org.immutables.value.Value;

/**
 * Someone the section corresponds with: a person, an organisation, or a person within one, with
 * the ways to reach them.
 *
 * <pre>{@code
 * Contact mayor = Contact.builder()
 *         .name("Jean Dupont").organisation("Mairie de Lyon").role("Maire")
 *         .postalAddress("1 place de la Comédie\n69001 Lyon")
 *         .email(EmailAddress.of("cabinet@mairie-lyon.example"))
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Contact {
    Contact() {}

    /** {@return the person's or the organisation's name} */
    public abstract String name();

    /** {@return the organisation, when {@link #name()} is a person's} */
    public abstract Optional<String> organisation();

    /** {@return the position held, e.g. "Member of Parliament" or "Maire"} */
    public abstract Optional<String> role();

    /** {@return the postal address, lines separated by {@code \n}} */
    public abstract Optional<String> postalAddress();

    /** {@return the e-mail address} */
    public abstract Optional<EmailAddress> email();

    /** {@return the telephone number} */
    public abstract Optional<PhoneNumber> phone();

    /**
     * {@return a contact known only by name}
     *
     * @param name the contact's name
     */
    public static Contact named(String name) {
        return builder().name(name).build();
    }

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}; {@code name} is required. */
    public static class Builder extends ImmutableContact.Builder {
        /**
         * Builds the contact if the data it was given is valid, for values read from outside (a
         * file, a form, a directory): every problem comes back at once, coded {@code kernel.contact.missing-name} or {@code kernel.text.*} (detail {@code field}).
         * {@code build()} stays the programmer's path and throws an
         * {@link IllegalArgumentException} for the same problems.
         *
         * @return the contact, or every problem found
         * @throws IllegalStateException if a required attribute was not set (a programming error)
         */
        public Either<List<Problem>, Contact> validate() {
            return ValueChecks.validate(this::build);
        }
    }

    /** {@return the name, with the organisation when there is one: "Jean Dupont (Mairie de Lyon)"} */
    public String displayName() {
        return organisation().map(o -> name() + " (" + o + ")").orElse(name());
    }

    /**
     * Checks the {@link Text} rules: name, organisation and role are names of at most
     * {@value #MAX_NAME} characters, the postal address lines of at most {@value #MAX_ADDRESS}.
     *
     * @throws IllegalArgumentException with every problem found
     */
    @Value.Check
    void check() {
        ValueChecks.throwIfAny("Contact", problems());
    }

    private List<Problem> problems() {
        List<Problem> p = ValueChecks.problems();
        ValueChecks.required(p, "kernel.contact.missing-name", "name", name(), Text.Kind.NAME, MAX_NAME);
        ValueChecks.optional(p, "organisation", organisation(), Text.Kind.NAME, MAX_NAME);
        ValueChecks.optional(p, "role", role(), Text.Kind.NAME, MAX_NAME);
        ValueChecks.optional(p, "postal address", postalAddress(), Text.Kind.NOTE, MAX_ADDRESS);
        return p;
    }

    /** The longest name, organisation or role. */
    static final int MAX_NAME = 300;
    /** The longest postal address. */
    static final int MAX_ADDRESS = 1_000;
}
