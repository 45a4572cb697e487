package org.aso.core.kernel;

import io.vavr.control.Either;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The one set of rules for free text that a caller gives a decision: subjects, titles, reasons,
 * notes, names, messages. A text that passes can be stored, shown on one line or in a text block
 * as its kind says, and recorded in the audit trail (an accepted decision is always recordable).
 *
 * <p>A text passes when:
 * <ul>
 *   <li>it has at most {@link Kind#maxLength()} UTF-16 characters (or the field's own, narrower
 *       maximum), never more than {@link #MAX_LENGTH}, the longest detail value the audit trail
 *       records ({@code kernel.text.too-long});
 *   <li>it is well-formed UTF-16: every surrogate is half of a pair, so it can be encoded in
 *       UTF-8 ({@code kernel.text.malformed});
 *   <li>it holds no line break if its kind is one line, and in text of several lines only
 *       {@code \n} breaks lines: carriage returns, {@code U+0085}, {@code U+2028} and
 *       {@code U+2029} are refused ({@code kernel.text.line-break}); hosts turn {@code \r\n}
 *       into {@code \n} first;
 *   <li>it holds no other control character ({@code U+0000}-{@code U+001F}, {@code U+007F}-{@code U+009F}),
 *       except a tab in text of several lines ({@code kernel.text.control-character});
 *   <li>it holds no bidirectional embedding, override or isolate ({@code U+202A}-{@code U+202E},
 *       {@code U+2066}-{@code U+2069}), which make text display in another order than it reads
 *       ({@code kernel.text.bidi-control}); the marks {@code U+200E}, {@code U+200F} and
 *       {@code U+061C} stay allowed.
 * </ul>
 * Presence is not checked here: an empty or blank text passes, and each decision says which of its
 * texts are required (with its own code). Problems carry the details {@code field} and
 * {@code kind}, and {@code length} and {@code max}, or the offending {@code character} (as
 * {@code U+XXXX}) and its {@code index}; never the text itself, which may be long or hostile.
 *
 * <pre>{@code
 * Text.check("reason", "Sent to the wrong service", Text.Kind.NOTE);   // Right(the text)
 * Text.check("title", "Budget\u0000", Text.Kind.TITLE).getLeft().code(); // "kernel.text.control-character"
 * Text.check("badge", badge, Text.Kind.NAME, 50);                       // a narrower maximum
 * }</pre>
 *
 * <p>Checking costs one pass over at most {@code maxLength} characters: a longer text is refused
 * on its length alone. Stateless and thread-safe.
 */
public final class Text {
    /** The longest text any kind accepts: the longest detail value of an audit entry. */
    public static final int MAX_LENGTH = 10_000;

    /** What a text is, which says how long it may be and whether it may break lines. */
    public enum Kind {
        /** A name, a reference, a code, a tag, a badge: one line of at most 200 characters. */
        NAME(200, false),
        /** A title or a subject: one line of at most 500 characters. */
        TITLE(500, false),
        /** A reason, a note, an instruction, a message: lines of at most 4,000 characters in all. */
        NOTE(4_000, true),
        /** A summary or the body of a note: lines of at most {@value Text#MAX_LENGTH} characters in all. */
        TEXT(MAX_LENGTH, true);

        private final int maxLength;
        private final boolean multiLine;

        Kind(int maxLength, boolean multiLine) {
            this.maxLength = maxLength;
            this.multiLine = multiLine;
        }

        /** {@return the longest text of this kind, in UTF-16 characters} */
        public int maxLength() {
            return maxLength;
        }

        /** {@return true if the text may hold line breaks ({@code \n}) and tabs} */
        public boolean isMultiLine() {
            return multiLine;
        }
    }

    private Text() {}

    /**
     * Checks a text against the rules of its kind.
     *
     * @param field what the text is, for the problem ({@code "reason"}, {@code "title"})
     * @param value the text, as the caller gave it
     * @param kind its kind
     * @return the text unchanged, or a problem coded {@code kernel.text.too-long},
     *     {@code kernel.text.malformed}, {@code kernel.text.line-break},
     *     {@code kernel.text.control-character} or {@code kernel.text.bidi-control}
     * @throws NullPointerException if an argument is null
     */
    public static Either<Problem, String> check(String field, String value, Kind kind) {
        Objects.requireNonNull(kind, "kind");
        return check(field, value, kind, kind.maxLength());
    }

    /**
     * Checks a text against the rules of its kind, with the field's own maximum length.
     *
     * @param field the field's name, for the problem's details
     * @param value the text to check
     * @param kind the kind of text
     * @param maxLength the longest accepted text, from 1 to {@link #MAX_LENGTH}
     * @return the text unchanged, or a problem as {@link #check(String, String, Kind)} says
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code maxLength} is not between 1 and {@link #MAX_LENGTH}
     */
    public static Either<Problem, String> check(String field, String value, Kind kind, int maxLength) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(kind, "kind");
        if (maxLength < 1 || maxLength > MAX_LENGTH) {
            throw new IllegalArgumentException("A text's maximum length is 1 to " + MAX_LENGTH + ": " + maxLength);
        }
        Optional<Problem> p = problem(field, value, kind, maxLength);
        return p.isPresent() ? Either.left(p.get()) : Either.right(value);
    }

    /** The first problem of {@code value}, if any (see {@link #check(String, String, Kind, int)}). */
    static Optional<Problem> problem(String field, String value, Kind kind, int maxLength) {
        if (value.length() > maxLength) {
            return Optional.of(Problem.of("kernel.text.too-long",
                            "The " + field + " has " + value.length() + " characters; at most " + maxLength + " are accepted")
                    .with("field", field).with("kind", kind).with("length", value.length()).with("max", maxLength));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            String code = offence(c, kind.isMultiLine());
            if (code != null) {
                return Optional.of(Problem.of(code, message(code, field, kind))
                        .with("field", field).with("kind", kind).with("character", codePoint(c)).with("index", i));
            }
        }
        return Optional.empty();
    }

    /** The code of the rule that {@code c} (not the start of a surrogate pair) breaks, or null. */
    private static String offence(char c, boolean multiLine) {
        if (Character.isSurrogate(c)) {
            return "kernel.text.malformed";
        }
        if (c == '\n') {
            return multiLine ? null : "kernel.text.line-break";
        }
        if (c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            return "kernel.text.line-break";
        }
        if (Character.isISOControl(c)) {
            return c == '\t' && multiLine ? null : "kernel.text.control-character";
        }
        if (isBidiControl(c)) {
            return "kernel.text.bidi-control";
        }
        return null;
    }

    private static String message(String code, String field, Kind kind) {
        return switch (code) {
            case "kernel.text.malformed" -> "The " + field + " holds an unpaired surrogate, which cannot be stored or recorded";
            case "kernel.text.line-break" -> kind.isMultiLine()
                    ? "The " + field + " breaks lines with something other than \\n"
                    : "The " + field + " is one line: it may not hold a line break";
            case "kernel.text.control-character" -> "The " + field + " may not hold control characters";
            default -> "The " + field + " may not hold characters that change the direction of the text";
        };
    }

    /** True for the bidirectional embeddings, overrides and isolates (not the marks). */
    static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
