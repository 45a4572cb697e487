package org.aso.core.kernel;

import io.vavr.control.Either;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A validated e-mail address ({@code local-part@domain}), with internationalised domains.
 *
 * <p>Accepted: a dot-atom local part (RFC 5322 {@code atext}, plus non-ASCII characters as RFC
 * 6531 allows) of at most 64 octets in UTF-8, and a domain name of at least two labels, given in
 * ASCII, in punycode or in Unicode; the whole address is at most 254 octets in its ASCII form.
 * Refused, with a {@link Problem}: blanks, whitespace and control characters (so an address can
 * never smuggle a header line), invisible formatting characters such as bidirectional controls
 * and zero-width spaces (so an address always reads as what it is: {@code admin\u202Egro.elpmaxe@example.org}
 * would display as another address), unpaired surrogates, quoted local parts, address literals
 * ({@code [192.0.2.1]}), and domains that IDNA refuses.
 *
 * <p>Domains are kept in lower-case ASCII ({@link #domain()}) and shown in Unicode
 * ({@link #unicodeDomain()}). Two addresses are equal when their local parts are equal and their
 * domains are the same name. The domain conversion uses {@link java.net.IDN} (IDNA 2003): a few
 * characters that IDNA 2008 keeps, such as {@code ß}, are mapped ({@code faß.de} becomes
 * {@code fass.de}).
 *
 * <pre>{@code
 * EmailAddress a = EmailAddress.parse("secretariat@préfecture.example").get();
 * a.domain();        // "xn--prfecture-c4a.example"
 * a.toString();      // "secretariat@préfecture.example"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EmailAddress {
    private static final int MAX_INPUT = 512;
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    EmailAddress() {}

    /** {@return the part before the {@code @}, as given} */
    @Value.Parameter
    public abstract String localPart();

    /** {@return the domain in lower-case ASCII (punycode for internationalised names)} */
    @Value.Parameter
    public abstract String domain();

    /** {@return the domain in Unicode, for display} */
    @Value.Lazy
    public String unicodeDomain() {
        return IDN.toUnicode(domain(), IDN.ALLOW_UNASSIGNED);
    }

    /** {@return the address with an ASCII domain, as SMTP needs it} */
    public String toAscii() {
        return localPart() + "@" + domain();
    }

    /** {@return true if the local part has non-ASCII characters (sending needs SMTPUTF8)} */
    public boolean requiresSmtpUtf8() {
        return !StandardCharsets.US_ASCII.newEncoder().canEncode(localPart());
    }

    /**
     * Parses and validates an address.
     *
     * @param text the address, possibly surrounded by spaces
     * @return the address, or a problem coded {@code kernel.email.*} saying what is wrong:
     *     {@code kernel.email.blank}, {@code kernel.email.too-long}, {@code kernel.email.malformed}
     *     (no {@code @}; whitespace, control or invisible formatting characters, an unpaired
     *     surrogate, for which the details give the {@code character} as {@code U+XXXX} and its
     *     {@code index}, never the input), {@code kernel.email.local-part},
     *     {@code kernel.email.domain}
     */
    public static Either<Problem, EmailAddress> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left(Problem.of("kernel.email.blank", "An e-mail address is required"));
        }
        if (text.length() > MAX_INPUT) {
            return Either.left(problem("kernel.email.too-long", "The e-mail address is too long", text));
        }
        // spaces around it are dropped (a pasted address); a control character anywhere, even at an
        // end (a tab, a line break, U+001F), is refused below, never silently removed
        int from = 0;
        int to = text.length();
        while (from < to && Character.isSpaceChar(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isSpaceChar(text.charAt(to - 1))) {
            to--;
        }
        String s = text.substring(from, to);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE) {
                return Either.left(Problem.of("kernel.email.malformed", Character.getType(cp) == Character.SURROGATE
                                ? "An e-mail address may not hold an unpaired surrogate"
                                : "An e-mail address may not hold invisible or direction-changing characters")
                        .with("character", String.format(Locale.ROOT, "U+%04X", cp)).with("index", i));
            }
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || Character.isSpaceChar(cp)) {
                return Either.left(Problem.of("kernel.email.malformed",
                                "An e-mail address may not contain spaces or control characters")
                        .with("character", String.format(Locale.ROOT, "U+%04X", cp)).with("index", i));
            }
            i += Character.charCount(cp);
        }
        int at = s.lastIndexOf('@');
        if (at < 0) {
            return Either.left(problem("kernel.email.malformed", "An e-mail address needs an @", s));
        }
        String local = s.substring(0, at);
        String domain = s.substring(at + 1);
        String localError = localPartError(local);
        if (localError != null) {
            return Either.left(problem("kernel.email.local-part", localError, s));
        }
        if (domain.startsWith("[")) {
            return Either.left(problem("kernel.email.domain", "Address literals are not accepted", s));
        }
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return Either.left(problem("kernel.email.domain", "The domain is not a valid host name", s));
        }
        String domainError = asciiDomainError(ascii);
        if (domainError != null) {
            return Either.left(problem("kernel.email.domain", domainError, s));
        }
        if (local.getBytes(StandardCharsets.UTF_8).length + 1 + ascii.length() > 254) {
            return Either.left(problem("kernel.email.too-long", "The e-mail address is longer than 254 octets", s));
        }
        return Either.right(ImmutableEmailAddress.of(local, ascii));
    }

    /**
     * Parses an address known to be valid (configuration, tests).
     *
     * @param text the address
     * @return the address
     * @throws IllegalArgumentException with the problem's message if it is not valid
     */
    public static EmailAddress of(String text) {
        return parse(text).getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
    }

    /** A problem quoting the input, cut to its first 100 characters (hostile input may be megabytes long). */
    private static Problem problem(String code, String message, String input) {
        String shown = input.length() > 100 ? input.substring(0, 100) + "…" : input;
        return Problem.of(code, message).with("input", shown);
    }

    private static String localPartError(String local) {
        if (local.isEmpty()) {
            return "The part before the @ is empty";
        }
        if (local.getBytes(StandardCharsets.UTF_8).length > 64) {
            return "The part before the @ is longer than 64 octets";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "The part before the @ may not start or end with a dot or hold two dots in a row";
        }
        for (int i = 0; i < local.length(); ) {
            int cp = local.codePointAt(i);
            boolean ok = cp >= 0x80
                    || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
                    || cp == '.' || ATEXT_SPECIALS.indexOf(cp) >= 0;
            if (!ok) {
                return "The part before the @ may not contain '" + new String(Character.toChars(cp)) + "'";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String asciiDomainError(String ascii) {
        if (ascii.isEmpty()) {
            return "The domain is empty";
        }
        if (ascii.length() > 253) {
            return "The domain is longer than 253 characters";
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2) {
            return "The domain needs at least two labels (e.g. example.org)";
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > 63) {
                return "Each part of the domain must have 1 to 63 characters";
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                return "A part of the domain may not start or end with a hyphen";
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return "The last part of the domain may not be numeric";
        }
        return null;
    }

    @Override
    public String toString() {
        return localPart() + "@" + unicodeDomain();
    }
}
