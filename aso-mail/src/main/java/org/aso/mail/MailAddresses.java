package org.aso.mail;

import io.vavr.control.Either;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.Problem;

/**
 * Conversions between {@link EmailAddress} and Jakarta Mail's {@link InternetAddress}.
 *
 * <pre>{@code
 * InternetAddress to = MailAddresses.toInternetAddress(officer);   // "Claire Martin" <claire.martin@...>
 * Either<List<Problem>, List<EmailAddress>> from = MailAddresses.parseList(header);
 * }</pre>
 *
 * <p>Display names are encoded per RFC 2047 in UTF-8; domains go out in ASCII (punycode). Thread-safe.
 */
public final class MailAddresses {
    /** Longest address header read, in characters. */
    public static final int MAX_HEADER = 16_384;

    private MailAddresses() {}

    /**
     * The address of {@code person}, with their name as display name.
     *
     * @param person the person to write to
     * @return their address, or empty if they have no e-mail address
     */
    public static Optional<InternetAddress> toInternetAddress(Person person) {
        return person.email().map(e -> toInternetAddress(e, person.name()));
    }

    /**
     * A Jakarta Mail address for {@code address} with an optional display name.
     *
     * @param address the address; its domain goes out in ASCII (punycode)
     * @param displayName the name shown with it, or {@code null} for none
     * @return the validated Jakarta Mail address
     * @throws IllegalArgumentException if the display name holds control characters
     */
    public static InternetAddress toInternetAddress(EmailAddress address, String displayName) {
        Objects.requireNonNull(address, "address");
        if (displayName != null && displayName.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("Display names may not contain control characters");
        }
        try {
            InternetAddress a = new InternetAddress(address.toAscii(), displayName, StandardCharsets.UTF_8.name());
            a.validate();
            return a;
        } catch (UnsupportedEncodingException | AddressException e) {
            throw new IllegalStateException("A validated address was refused by Jakarta Mail: " + address, e);
        }
    }

    /**
     * Reads an address list from a header such as {@code To} or {@code From} of an incoming mail.
     *
     * @param header the header's value, untrusted; empty, {@code null} or longer than
     *     {@link #MAX_HEADER} characters is refused
     * @return every address, or every problem ({@code mail.address.*} and {@code kernel.email.*})
     */
    public static Either<List<Problem>, List<EmailAddress>> parseList(String header) {
        if (header == null || header.isBlank()) {
            return Either.left(List.of(Problem.of("mail.address.missing", "The address header is empty")));
        }
        if (header.length() > MAX_HEADER) {
            return Either.left(List.of(Problem.of("mail.address.too-long", "The address header is too long")
                    .with("length", header.length())));
        }
        InternetAddress[] parsed;
        try {
            parsed = InternetAddress.parseHeader(header, true);
        } catch (AddressException e) {
            return Either.left(List.of(Problem.of("mail.address.malformed", "The address header cannot be read")
                    .with("reason", e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        List<EmailAddress> addresses = new ArrayList<>();
        for (InternetAddress a : parsed) {
            if (a.isGroup()) {
                problems.add(Problem.of("mail.address.group", "Group addresses are not accepted")
                        .with("address", a.toUnicodeString()));
                continue;
            }
            EmailAddress.parse(a.getAddress()).fold(problems::add, addresses::add);
        }
        return problems.isEmpty() ? Either.right(List.copyOf(addresses)) : Either.left(List.copyOf(problems));
    }
}
