package org.aso.mail;

import java.util.Locale;
import java.util.Set;

/**
 * Makes text read from a mail safe to keep: one-line values, multi-line bodies and file names,
 * each within the rules of core's {@code Text} (no control or bidirectional control characters,
 * well-formed UTF-16, {@code \n} the only line break). Every method takes one pass over its input.
 */
final class IntakeText {
    /** Names Windows reserves for devices, whatever the extension. */
    private static final Set<String> DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4",
            "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8",
            "LPT9");

    private IntakeText() {}

    /**
     * One line: line breaks and tabs become spaces, control and bidirectional control characters
     * are dropped, unpaired surrogates become U+FFFD, runs of spaces become one, the ends trimmed;
     * at most {@code max} characters (cut at a character boundary).
     */
    static String line(String s, int max) {
        StringBuilder b = new StringBuilder(Math.min(s.length(), max + 1));
        boolean space = false;
        for (int i = 0; i < s.length() && b.length() < max + 2; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                space = flush(b, space);
                b.append(c).append(s.charAt(++i));
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085') {
                space = b.length() > 0;
                continue;
            }
            if (Character.isISOControl(c) || isBidiControl(c)) {
                continue;
            }
            space = flush(b, space);
            b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
        }
        return cut(b.toString(), max);
    }

    /**
     * Several lines: {@code \r\n}, {@code \r}, U+0085, U+2028 and U+2029 become {@code \n}; tabs stay;
     * other control and bidirectional control characters are dropped; unpaired surrogates become
     * U+FFFD; trailing spaces of lines and blank lines after the first in a row go; the ends
     * trimmed. Not cut: see {@link #cut}.
     */
    static String lines(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                newlines = 0;
                b.append(c).append(s.charAt(++i));
                continue;
            }
            if (c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
                trimTrailing(b);
                if (newlines < 2 && b.length() > 0) {
                    b.append('\n');
                }
                newlines++;
                continue;
            }
            if (c != '\t' && (Character.isISOControl(c) || isBidiControl(c))) {
                continue;
            }
            if (c != ' ' && c != '\t') {
                newlines = 0;
            }
            b.append(Character.isSurrogate(c) ? '\uFFFD' : c);
        }
        trimTrailing(b);
        while (b.length() > 0 && b.charAt(b.length() - 1) == '\n') {
            b.setLength(b.length() - 1);
            trimTrailing(b);
        }
        return b.toString().strip();
    }

    /** {@code s} if at most {@code max} characters, else its first ones, never splitting a surrogate pair. */
    static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end).strip();
    }

    /**
     * A file name safe on any file system: the last segment of a path (after {@code /} or
     * {@code \}), one line without control characters, without characters Windows refuses
     * ({@code <>:"|?*}), without leading or trailing dots and spaces, not a device name, at most
     * {@code max} characters with its extension kept; {@code fallback} if nothing is left.
     */
    static String fileName(String raw, int max, String fallback) {
        String s = raw == null ? "" : raw;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        s = line(s.substring(slash + 1), Math.max(max * 4, 1024));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append("<>:\"|?*".indexOf(c) >= 0 ? '_' : c);
        }
        s = strip(b.toString());
        if (s.isEmpty() || s.chars().allMatch(c -> c == '_')) {
            return fallback;
        }
        String stem = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (DEVICES.contains(stem.strip().toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        if (s.length() > max) {
            int dot = s.lastIndexOf('.');
            String ext = dot > 0 && s.length() - dot <= 16 ? s.substring(dot) : "";
            s = strip(cut(s.substring(0, s.length() - ext.length()), max - ext.length())) + ext;
        }
        return s.isEmpty() ? fallback : s;
    }

    /** At most 100 characters of outside text, on one line, for a problem's details. */
    static String quote(String s) {
        return s == null ? "" : line(s, 100);
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean flush(StringBuilder b, boolean space) {
        if (space) {
            b.append(' ');
        }
        return false;
    }

    private static void trimTrailing(StringBuilder b) {
        while (b.length() > 0 && (b.charAt(b.length() - 1) == ' ' || b.charAt(b.length() - 1) == '\t')) {
            b.setLength(b.length() - 1);
        }
    }

    private static boolean isBidiControl(char c) {
        return c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
