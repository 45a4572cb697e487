package org.aso.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The outputs a region claims in its comments, checked against the values the example computed.
 *
 * <p>{@code // => TEXT} says what a line returns or prints: at the end of the line, or on its own
 * line for the code line above it. Comment lines right after it whose text starts with at least two
 * spaces ({@code //    more}) continue it. In {@code TEXT}, {@code ...} (or {@code …}) stands for
 * any text, spaces next to it included; runs of white space count as one space. A test calls {@link #check} once for every
 * such comment, naming a part of the code line it belongs to and giving the real value, then
 * {@link #assertAllChecked}: a comment that claims a wrong value, or that no test checks, fails.
 */
final class Outputs {
    private static final String ARROW = "// =>";
    private static final Pattern WILDCARD = Pattern.compile("\\.\\.\\.|…");

    /** One {@code // =>} comment: the code line it is about and the text it claims. */
    record Claim(int line, String code, String text) {}

    private final String region;
    private final List<Claim> claims;
    private final boolean[] checked;

    private Outputs(String region, List<Claim> claims) {
        this.region = region;
        this.claims = claims;
        this.checked = new boolean[claims.size()];
    }

    /** The claims of a region of the examples. */
    static Outputs of(String region) {
        return ofLines(region, Snippets.region(region).lines());
    }

    /** The claims of some lines, named {@code region} in messages. */
    static Outputs ofLines(String region, List<String> lines) {
        return new Outputs(region, claims(lines));
    }

    /** Whether the region's lines claim any output. */
    static boolean hasClaims(List<String> lines) {
        return !claims(lines).isEmpty();
    }

    static List<Claim> claims(List<String> lines) {
        List<Claim> claims = new ArrayList<>();
        String lastCode = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String trimmed = line.strip();
            int arrow = line.indexOf(ARROW);
            if (arrow < 0) {
                if (!trimmed.isEmpty() && !trimmed.startsWith("//")) {
                    int comment = line.indexOf("//");
                    lastCode = (comment < 0 ? line : line.substring(0, comment)).strip();
                }
                continue;
            }
            String code = line.substring(0, arrow).strip();
            if (code.isEmpty()) {
                code = lastCode;
            } else {
                lastCode = code;
            }
            StringBuilder text = new StringBuilder(line.substring(arrow + ARROW.length()).strip());
            while (i + 1 < lines.size() && isContinuation(lines.get(i + 1))) {
                i++;
                text.append(' ').append(lines.get(i).strip().substring(2).strip());
            }
            claims.add(new Claim(i + 1, code, text.toString()));
        }
        return claims;
    }

    /** Whether {@code line} continues the claim above it. */
    static boolean isContinuation(String line) {
        String t = line.strip();
        return t.startsWith("//  ") && !t.startsWith(ARROW);
    }

    /**
     * Checks the first unchecked claim whose code line contains {@code code} against {@code actual}
     * ({@code String.valueOf}).
     *
     * @throws AssertionError if no such claim is left, or it claims something else
     */
    Outputs check(String code, Object actual) {
        for (int i = 0; i < claims.size(); i++) {
            Claim c = claims.get(i);
            if (!checked[i] && c.code().contains(code)) {
                checked[i] = true;
                String value = String.valueOf(actual);
                if (!matches(c.text(), value)) {
                    throw new AssertionError("region " + region + ", the output claimed for `" + c.code() + "` is wrong:\n"
                            + "  claimed: " + c.text() + "\n  actual:  " + oneLine(value));
                }
                return this;
            }
        }
        throw new AssertionError("region " + region + " has no unchecked `// =>` comment on a line with `" + code + "`");
    }

    /** @throws AssertionError if a claim was not checked */
    void assertAllChecked() {
        List<String> left = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            if (!checked[i]) {
                left.add("`" + claims.get(i).code() + "` // => " + claims.get(i).text());
            }
        }
        if (!left.isEmpty()) {
            throw new AssertionError("region " + region + ": outputs no test checks:\n  " + String.join("\n  ", left));
        }
    }

    /** Whether {@code value} is what {@code claimed} says, {@code ...} standing for any text. */
    static boolean matches(String claimed, String value) {
        String expected = oneLine(claimed);
        String[] parts = WILDCARD.split(expected, -1);
        if (String.join("", parts).isBlank()) {
            throw new AssertionError("a claim must say something besides `...`: " + claimed);
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (i > 0) {
                regex.append(".*");
                part = part.stripLeading();          // a line may break next to an elision
            }
            if (i < parts.length - 1) {
                part = part.stripTrailing();
            }
            regex.append(Pattern.quote(part));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(oneLine(value)).matches();
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
