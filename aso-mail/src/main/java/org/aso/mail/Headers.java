package org.aso.mail;

import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Problem;

/** Checks of caller-supplied header values, and the stable Message-IDs. */
final class Headers {
    /** Longest subject or display name written, in characters. */
    static final int MAX_VALUE = 998;

    private Headers() {}

    /**
     * Refuses a value that could break out of its header line or hide what it says: CR, LF, NUL
     * and every other control character, invisible formatting characters (bidirectional controls,
     * zero-width spaces), unpaired surrogates, and values longer than {@link #MAX_VALUE}.
     */
    static Either<Problem, String> value(String field, String value) {
        if (value == null) {
            return Either.left(Problem.of("mail.header.missing", "A header value is missing").with("field", field));
        }
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
                return Either.left(Problem.of("mail.header.control-character",
                                "A header value may not hold line breaks, control or invisible characters")
                        .with("field", field).with("character", String.format(Locale.ROOT, "U+%04X", cp)).with("index", i));
            }
            i += Character.charCount(cp);
        }
        if (value.length() > MAX_VALUE) {
            return Either.left(Problem.of("mail.header.too-long", "A header value is too long")
                    .with("field", field).with("length", value.length()));
        }
        return Either.right(value);
    }

    /**
     * Refuses an address that is not safe to write: control characters (which a validated
     * {@link EmailAddress} never has, checked again here), and a non-ASCII local part unless
     * SMTPUTF8 is allowed.
     */
    static Either<Problem, EmailAddress> address(String field, EmailAddress address, boolean smtpUtf8) {
        Either<Problem, String> checked = value(field, address.toAscii());
        if (checked.isLeft()) {
            return Either.left(checked.getLeft());
        }
        if (address.requiresSmtpUtf8() && !smtpUtf8) {
            return Either.left(Problem.of("mail.address.smtputf8",
                            "This address has non-ASCII characters before the @: the server must offer SMTPUTF8")
                    .with("field", field).with("address", address.toString()));
        }
        return Either.right(address);
    }

    /**
     * The stable Message-ID {@code <kind.id.sequence@domain>}: the same kind, id and sequence give
     * the same Message-ID, so a resend carries the id of the first send.
     */
    static String messageId(String kind, String id, long sequence, String domain) {
        return "<" + kind + "." + safe(id) + "." + sequence + "@" + domain + ">";
    }

    /**
     * The first {@code octets} octets of the SHA-256 of a text's UTF-8, in lower-case hexadecimal: a
     * stable id part (the one place aso-mail hashes a text).
     */
    static String sha256(String text, int octets) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, octets);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is in every Java platform", e);
        }
    }

    /** Letters, digits, {@code -}, {@code _} and {@code .} kept; every other octet of UTF-8 as {@code %XX}. */
    static String safe(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (byte octet : id.getBytes(StandardCharsets.UTF_8)) {
            int c = octet & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
    }

    /** True if {@code domain} is a host name fit for the right side of a Message-ID. */
    static boolean isDomain(String domain) {
        return domain.matches("[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?") && domain.contains(".");
    }
}
