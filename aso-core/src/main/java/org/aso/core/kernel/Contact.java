package org.aso.core.kernel;

import java.util.Optional;
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

    /** The person's or the organisation's name. */
    public abstract String name();

    /** The organisation, when {@link #name()} is a person's. */
    public abstract Optional<String> organisation();

    /** The position held, e.g. "Member of Parliament" or "Maire". */
    public abstract Optional<String> role();

    /** The postal address, lines separated by {@code \n}. */
    public abstract Optional<String> postalAddress();

    /** The e-mail address. */
    public abstract Optional<EmailAddress> email();

    /** The telephone number. */
    public abstract Optional<PhoneNumber> phone();

    /** A contact known only by name. */
    public static Contact named(String name) {
        return builder().name(name).build();
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Contact}; {@code name} is required. */
    public static class Builder extends ImmutableContact.Builder {}

    /** The name, with the organisation when there is one: "Jean Dupont (Mairie de Lyon)". */
    public String displayName() {
        return organisation().map(o -> name() + " (" + o + ")").orElse(name());
    }

    @Value.Check
    void check() {
        if (name().isBlank()) {
            throw new IllegalArgumentException("A contact needs a name");
        }
        if (name().chars().anyMatch(Character::isISOControl) || name().length() > 300
                || organisation().filter(o -> o.length() > 300 || o.chars().anyMatch(Character::isISOControl)).isPresent()
                || role().filter(r -> r.length() > 300 || r.chars().anyMatch(Character::isISOControl)).isPresent()
                || postalAddress().filter(a -> a.length() > 1000
                        || a.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')).isPresent()) {
            throw new IllegalArgumentException("A contact's texts are at most 300 characters (address 1,000) without control characters");
        }
    }
}
