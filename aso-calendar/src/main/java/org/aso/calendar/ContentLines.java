package org.aso.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes iCalendar content lines (RFC 5545, section 3.1): a name, parameters and a value, folded
 * at 75 octets of UTF-8 (a continuation line starts with one space, which counts), never inside
 * a character or a surrogate pair, each line ended by CRLF. TEXT values are escaped (3.3.11),
 * parameter values quoted when they hold {@code :;,} or {@code =} (a DQUOTE, which no parameter value may hold,
 * becomes an apostrophe). Control characters other than tab, and unpaired surrogates, never
 * reach the output: the first are dropped, the second become U+FFFD, so the text is valid UTF-8.
 *
 * <p>A line is built with {@link #name}, then {@link #param}s, then one of the value methods,
 * which ends it. Not thread-safe: one per text written.
 */
final class ContentLines {
    static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out;
    private final StringBuilder line = new StringBuilder(128);

    ContentLines() {
        this(1024);
    }

    ContentLines(int capacity) {
        out = new StringBuilder(capacity);
    }

    // ------------------------------------------------------------------ lines

    /** Starts a line with a property name (upper-case ASCII, written as given). */
    ContentLines name(String name) {
        line.setLength(0);
        line.append(name);
        return this;
    }

    /** Adds a parameter; the value is cleaned and quoted if needed. */
    ContentLines param(String name, String value) {
        line.append(';').append(name).append('=');
        paramValue(line, value);
        return this;
    }

    /** Adds a parameter whose value is known to be safe (ASCII, no {@code :;,"} and no controls). */
    ContentLines paramRaw(String name, String value) {
        line.append(';').append(name).append('=').append(value);
        return this;
    }

    /** Ends the line with a TEXT value, escaped. */
    void text(String value) {
        line.append(':');
        escapeText(line, value);
        endLine();
    }

    /** Ends the line with a value written as is but for control characters (a URI, a number, a code). */
    void value(String value) {
        line.append(':');
        clean(line, value);
        endLine();
    }

    /** Ends the line with an integer value. */
    void value(int value) {
        line.append(':').append(value);
        endLine();
    }

    /** Ends the line with a UTC date-time ({@code 20260302T083000Z}). */
    void utc(Instant instant) {
        line.append(':');
        utc(line, instant);
        endLine();
    }

    /** Ends the line with a local date-time ({@code 20260302T093000}). */
    void local(LocalDateTime time) {
        line.append(':');
        local(line, time);
        endLine();
    }

    /** Ends the line with a date ({@code 20260302}). */
    void date(LocalDate date) {
        line.append(':');
        date(line, date);
        endLine();
    }

    /**
     * Starts the value of the line: the caller appends it (already in its final form) to the
     * builder returned, then calls {@link #endLine()}.
     */
    StringBuilder valueStart() {
        return line.append(':');
    }

    /** A whole line {@code NAME:TEXT}. */
    void textLine(String name, String value) {
        name(name).text(value);
    }

    /** A line {@code BEGIN:X}. */
    void begin(String component) {
        out.append("BEGIN:").append(component).append(CRLF);
    }

    /** A line {@code END:X}. */
    void end(String component) {
        out.append("END:").append(component).append(CRLF);
    }

    /** Appends lines already written (folded, with CRLF) elsewhere, such as a cached VTIMEZONE. */
    void raw(CharSequence lines) {
        out.append(lines);
    }

    /** Folds the line being built into the output. */
    void endLine() {
        fold(line, out);
        line.setLength(0);
    }

    /** {@return the text written so far} */
    @Override
    public String toString() {
        return out.toString();
    }

    /** {@return the text written so far, without copying it (to append it to another writer)} */
    CharSequence chars() {
        return out;
    }

    /** {@return the length of the text written so far, in chars} */
    int length() {
        return out.length();
    }

    // ------------------------------------------------------------------ folding

    /**
     * Appends {@code line} to {@code out}, folded so that no physical line exceeds 75 octets of
     * UTF-8, followed by CRLF. The line must hold no unpaired surrogate.
     */
    static void fold(CharSequence line, StringBuilder out) {
        int n = line.length();
        if (n <= MAX_OCTETS && isAscii(line)) {
            out.append(line).append(CRLF);
            return;
        }
        int octets = 0;
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            int size;
            boolean pair = false;
            if (c < 0x80) {
                size = 1;
            } else if (c < 0x800) {
                size = 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(line.charAt(i + 1))) {
                size = 4;
                pair = true;
            } else {
                size = 3;
            }
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.append(c);
            if (pair) {
                out.append(line.charAt(++i));
            }
            octets += size;
        }
        out.append(CRLF);
    }

    private static boolean isAscii(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ values

    /** Appends a TEXT value escaped per RFC 5545 3.3.11; CRLF, CR and LF become {@code \n}. */
    static void escapeText(StringBuilder b, String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\n' -> b.append("\\n");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < n && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> i = plain(b, value, i, c);
            }
        }
    }

    /** Appends a value with control characters dropped and unpaired surrogates replaced. */
    static void clean(StringBuilder b, String value) {
        for (int i = 0, n = value.length(); i < n; i++) {
            i = plain(b, value, i, value.charAt(i));
        }
    }

    /** Appends a parameter value, quoted when it holds {@code :;,=}; DQUOTE becomes an apostrophe. */
    static void paramValue(StringBuilder b, String value) {
        boolean quote = false;
        for (int i = 0, n = value.length(); i < n && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ':' || c == ';' || c == ',' || c == '='; // '=' is allowed bare, but ical4j splits on it
        }
        if (quote) {
            b.append('"');
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char c = value.charAt(i);
            if (c == '"') {
                b.append('\'');
            } else {
                i = plain(b, value, i, c);
            }
        }
        if (quote) {
            b.append('"');
        }
    }

    /** Appends one character of {@code s} at {@code i} (two for a surrogate pair); returns the last index used. */
    private static int plain(StringBuilder b, String s, int i, char c) {
        if (c < 0x20 && c != '\t' || c == 0x7F) {
            return i; // CONTROL characters are not allowed in values
        }
        if (Character.isSurrogate(c)) {
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                b.append(c).append(s.charAt(i + 1));
                return i + 1;
            }
            b.append('\uFFFD');
            return i;
        }
        b.append(c);
        return i;
    }

    // ------------------------------------------------------------------ dates

    /** Appends a UTC date-time, whole seconds ({@code 20260302T083000Z}). */
    static void utc(StringBuilder b, Instant instant) {
        local(b, LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC));
        b.append('Z');
    }

    /** Appends a local date-time, whole seconds ({@code 20260302T093000}). */
    static void local(StringBuilder b, LocalDateTime t) {
        date(b, t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        b.append('T');
        two(b, t.getHour());
        two(b, t.getMinute());
        two(b, t.getSecond());
    }

    /** Appends a date ({@code 20260302}). */
    static void date(StringBuilder b, LocalDate d) {
        date(b, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }

    private static void date(StringBuilder b, int year, int month, int day) {
        if (year < 1000) {
            b.append(year < 10 ? "000" : year < 100 ? "00" : "0");
        }
        b.append(year);
        two(b, month);
        two(b, day);
    }

    private static void two(StringBuilder b, int v) {
        b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }
}
