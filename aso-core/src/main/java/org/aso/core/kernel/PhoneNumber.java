package org.aso.core.kernel;

import io.vavr.control.Either;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A telephone number kept exactly as it was given, and normalised for comparison.
 *
 * <p>The normal form keeps only digits, with a leading {@code +} for international numbers
 * ({@code 00} is read as {@code +}, and the French-style {@code (0)} after a country code is
 * dropped). An extension written {@code ext. 12}, {@code x12}, {@code poste 12} or
 * {@code ;ext=12} is kept apart. Two numbers are equal when their normal forms and extensions are
 * equal: {@code "+33 (0)1 42 75 80 00"} equals {@code "0033 1.42.75.80.00"}. A national number
 * ({@code "01 42 75 80 00"}) can be compared with an international one through
 * {@link #sameNumberAs(PhoneNumber, int)}, which needs the country calling code.
 *
 * <p>No attempt is made to check numbering plans: any 3 to 15 digits (the E.164 maximum) pass.
 * The only spaces accepted are the space and the no-break space: a line break, a tab or any other
 * control or invisible formatting character is refused, so that the number as given
 * ({@link #toString()}) always shows on one line as it reads.
 *
 * <p>Immutable and thread-safe; {@link #toString()} gives the number as it was given.
 */
@Value.Immutable
public abstract class PhoneNumber {
    private static final int MAX_INPUT = 64;
    private static final Pattern EXTENSION =
            Pattern.compile("(?i)[ \\u00A0]*(?:;[ \\u00A0]*ext=|ext\\.?|extn\\.?|x|poste|extension)[ \\u00A0]*(\\d{1,6})$");
    private static final Pattern ALLOWED = Pattern.compile("[0-9+()./\\- \\u00A0]+");

    PhoneNumber() {}

    /** {@return the number as given (trimmed)} Not part of equality. */
    @Value.Auxiliary
    public abstract String raw();

    /** {@return the digits only, with a leading {@code +} when the number is international} */
    public abstract String normalized();

    /** {@return the extension, if one was given} */
    public abstract Optional<String> extension();

    /** {@return true if the number was given in international form} */
    public boolean isInternational() {
        return normalized().startsWith("+");
    }

    /**
     * Parses a number.
     *
     * @param text the number as written, untrusted
     * @return the number, or a problem coded {@code kernel.phone.blank}, {@code kernel.phone.malformed}
     *     (characters other than digits, {@code + ( ) . / -}, spaces and an extension; for a line
     *     break, a control or an invisible character the details give the {@code character} as
     *     {@code U+XXXX} and its {@code index}) or {@code kernel.phone.length}
     */
    public static Either<Problem, PhoneNumber> parse(String text) {
        if (text == null || text.isBlank()) {
            return Either.left(Problem.of("kernel.phone.blank", "A telephone number is required"));
        }
        if (text.length() > MAX_INPUT) {
            return Either.left(Problem.of("kernel.phone.length", "The telephone number is too long")
                    .with("input", text.substring(0, MAX_INPUT) + "…"));
        }
        String raw = text.strip();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int type = Character.getType(c);
            if (Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
                    || Character.isWhitespace(c) && c != ' ' || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR) {
                return Either.left(Problem.of("kernel.phone.malformed",
                                "A telephone number is one line without control or invisible characters")
                        .with("character", String.format(java.util.Locale.ROOT, "U+%04X", (int) c)).with("index", i));
            }
        }
        String body = raw;
        String extension = null;
        Matcher m = EXTENSION.matcher(body);
        if (m.find() && m.start() > 0) {
            extension = m.group(1);
            body = body.substring(0, m.start());
        }
        if (!ALLOWED.matcher(body).matches() || body.indexOf('+', 1) >= 0) {
            return Either.left(Problem.of("kernel.phone.malformed",
                    "A telephone number may hold digits, a leading +, spaces, dots, dashes, slashes and brackets")
                    .with("input", raw));
        }
        String compact = body.replace("(0)", "");
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        boolean international = body.startsWith("+");
        if (!international && digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
            digits.delete(0, 2);
            international = true;
        } else if (!international) {
            // keep "(0)" in national numbers: it is then a real digit
            digits.setLength(0);
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                }
            }
        }
        if (digits.length() < 3 || digits.length() > 15) {
            return Either.left(Problem.of("kernel.phone.length", "A telephone number has 3 to 15 digits")
                    .with("input", raw));
        }
        return Either.right(ImmutablePhoneNumber.builder()
                .raw(raw)
                .normalized((international ? "+" : "") + digits)
                .extension(Optional.ofNullable(extension))
                .build());
    }

    /**
     * Parses a number known to be valid.
     *
     * @param text the number
     * @return the number
     * @throws IllegalArgumentException with the problem's message if it is not valid
     */
    public static PhoneNumber of(String text) {
        return parse(text).getOrElseThrow(p -> new IllegalArgumentException(p.toString()));
    }

    /**
     * The international form, reading a national number as one of the given country, whose trunk
     * prefix ({@code 0} in most of Europe) is dropped.
     *
     * @param countryCallingCode e.g. {@code 33} for France, {@code 91} for India
     * @return the number with a leading {@code +} and its country calling code
     */
    public String toInternational(int countryCallingCode) {
        if (countryCallingCode < 1 || countryCallingCode > 999) {
            throw new IllegalArgumentException("Country calling code out of range: " + countryCallingCode);
        }
        if (isInternational()) {
            return normalized();
        }
        String national = normalized().startsWith("0") ? normalized().substring(1) : normalized();
        return "+" + countryCallingCode + national;
    }

    /**
     * {@return true if both denote the same line, national numbers being read as of the given country}
     *
     * @param other the number to compare with
     * @param countryCallingCode the country national numbers are read as of, e.g. {@code 33}
     */
    public boolean sameNumberAs(PhoneNumber other, int countryCallingCode) {
        return toInternational(countryCallingCode).equals(other.toInternational(countryCallingCode))
                && extension().equals(other.extension());
    }

    @Override
    public String toString() {
        return raw();
    }
}
