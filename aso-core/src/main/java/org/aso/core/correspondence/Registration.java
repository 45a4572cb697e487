package org.aso.core.correspondence;

import java.util.Optional;
import org.aso.core.kernel.Confidentiality;
import org.immutables.value.Value;

/**
 * A request to register a piece of mail: what the registrar sees on the envelope and, unless the
 * mail is passed on unopened, in the letter.
 *
 * <pre>{@code
 * Registration letter = Registration.builder()
 *         .direction(Direction.INCOMING).channel(Channel.POST)
 *         .receivedOn(LocalDate.of(2026, 3, 2)).letterDate(LocalDate.of(2026, 2, 26))
 *         .sender(Contact.named("Mairie de Lyon"))
 *         .subject("Demande de subvention")
 *         .grade("urgent")
 *         .build();
 * }</pre>
 *
 * <p>What the mail is, is described by {@link Mail}; a registration adds the grade to time it by
 * and the classification its number may print. Immutable and thread-safe. Checked as a whole by
 * {@link Register#register}.
 */
@Value.Immutable
public abstract non-sealed class Registration implements Mail {
    Registration() {}

    /** The security grading; {@link Confidentiality#RESTRICTED} unless given. */
    @Override
    @Value.Default
    public Confidentiality confidentiality() {
        return Confidentiality.RESTRICTED;
    }

    /** True if passed on unopened (see {@link Mail#unopened()}); false unless given. */
    @Override
    @Value.Default
    public boolean unopened() {
        return false;
    }

    /** {@return the code of the priority grade; the register's default grade when absent} */
    public abstract Optional<String> grade();

    /** {@return the classification code, for numbering schemes that print one} */
    public abstract Optional<String> classification();

    /** {@return a new builder} */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link Registration}; direction, channel and the day received are required. */
    public static class Builder extends ImmutableRegistration.Builder {}
}
