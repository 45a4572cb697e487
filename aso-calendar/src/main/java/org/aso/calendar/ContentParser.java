package org.aso.calendar;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarParserImpl;
import net.fortuna.ical4j.data.ContentHandler;
import net.fortuna.ical4j.data.ParserException;
import org.aso.core.kernel.Problem;

/**
 * Turns untrusted iCalendar text into {@link Node}s, with ical4j's tokenizer
 * ({@link CalendarParserImpl}, a new one per text) driving a handler of our own: no ical4j model,
 * no zone registry, nothing kept.
 *
 * <p>Before the tokenizer sees the text: the size is checked against {@link Ics.Limits#maxChars()},
 * a leading byte order mark is dropped, lines are unfolded here (CRLF, LF or CR followed by a space
 * or a tab), a NUL or an unpaired surrogate is refused ({@code calendar.parse.encoding}), another
 * control character (but tab) is read as U+FFFD, and a line longer than
 * {@link #MAX_LINE} characters once unfolded ({@code calendar.limit.line}). While it runs, the handler
 * bounds components ({@link Ics.Limits#maxComponents()}), nesting ({@link #MAX_DEPTH}), properties
 * ({@link #MAX_PROPERTIES_PER_COMPONENT}, and {@link #MAX_PROPERTIES} or one per 16 characters of
 * {@link Ics.Limits#maxChars()}, whichever is more: memory follows the size allowed) and parameters
 * ({@link #MAX_PARAMETERS}), and the deadline is checked by the handler and by the reader the
 * tokenizer reads from.
 */
final class ContentParser {
    /** Longest line, unfolded, in characters. */
    static final int MAX_LINE = 256 * 1024;
    /** Deepest nesting of components, the calendar counting as one (calendar, event, alarm: 3). */
    static final int MAX_DEPTH = 4;
    /** Most properties in one component. */
    static final int MAX_PROPERTIES_PER_COMPONENT = 5_000;
    /** Most properties in one text of the default size: 250,000, or one per 16 characters allowed if more. */
    static final int MAX_PROPERTIES = 250_000;
    /** Most parameters of one property. */
    static final int MAX_PARAMETERS = 100;
    /** Most calendars (VCALENDAR objects) one after the other in one text. */
    static final int MAX_CALENDARS = 100;

    private ContentParser() {}

    /**
     * The calendars of a text.
     *
     * @throws Refusal with {@code calendar.limit.*}, {@code calendar.parse.*}
     */
    static List<Node> parse(String text, Ics.Limits limits, Deadline deadline) {
        if (text.length() > limits.maxChars()) {
            throw new Refusal(Problem.of("calendar.limit.size", "The calendar text is longer than "
                    + limits.maxChars() + " characters").with("chars", text.length()).with("limit", limits.maxChars()));
        }
        Unfolded unfolded = unfold(text, deadline);
        TimedReader reader = new TimedReader(unfolded.text, deadline);
        Handler handler = new Handler(limits, deadline, unfolded, reader);
        try {
            new CalendarParserImpl().parse(reader, handler);
        } catch (ParserException e) {
            Refusal r = Refusal.in(e);
            if (r != null) {
                throw r;
            }
            throw syntax(unfolded.physical(e.getLineNo()), e.getMessage());
        } catch (IOException | RuntimeException e) {
            Refusal r = Refusal.in(e);
            if (r != null) {
                throw r;
            }
            throw syntax(unfolded.physical(reader.line()), e.getMessage());
        } catch (StackOverflowError e) {
            throw new Refusal(Problem.of("calendar.limit.depth", "The calendar text nests too deeply"));
        }
        if (handler.calendars.isEmpty()) {
            throw syntax(1, "no VCALENDAR");
        }
        return handler.calendars;
    }

    static Refusal syntax(int line, String detail) {
        Problem p = Problem.of("calendar.parse.syntax", "The calendar text is not well-formed iCalendar"
                + (line > 0 ? " (line " + line + ")" : ""));
        if (line > 0) {
            p = p.with("line", line);
        }
        if (detail != null && !detail.isBlank()) {
            p = p.with("reason", clip(detail));
        }
        return new Refusal(p);
    }

    /** At most 100 characters of a text from outside, controls replaced, for a problem's details. */
    static String clip(String s) {
        String cut = s.length() > 100 ? s.substring(0, 100) + "\u2026" : s;
        return cut.replaceAll("\\p{Cc}|\\p{Cs}|[\u202A-\u202E\u2066-\u2069]", "\uFFFD");
    }

    // ------------------------------------------------------------------ unfolding

    /** The unfolded text, lines ended by LF, and the physical line each unfolded line starts on. */
    record Unfolded(String text, int[] firstLine) {
        int physical(int unfoldedLine) {
            if (unfoldedLine < 1) {
                return 0;
            }
            return unfoldedLine <= firstLine.length ? firstLine[unfoldedLine - 1] : firstLine[firstLine.length - 1];
        }
    }

    static Unfolded unfold(String text, Deadline deadline) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '\uFEFF' ? 1 : 0;
        StringBuilder out = new StringBuilder(n);
        int[] first = new int[64];
        int lines = 0;
        int physical = 1;
        int lineStart = 0; // in out
        first[lines++] = 1;
        boolean pendingHigh = false;
        while (i < n) {
            if ((i & 0xFFFF) == 0) {
                deadline.check();
            }
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                if (pendingHigh && !folds(text, i)) {
                    throw encoding(physical, String.format(Locale.ROOT, "U+%04X", (int) out.charAt(out.length() - 1)));
                }
                int next = c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                physical++;
                if (next < n && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
                    i = next + 1; // a folded line goes on
                    continue;
                }
                out.append('\n');
                lineStart = out.length();
                if (lines == first.length) {
                    first = java.util.Arrays.copyOf(first, lines * 2);
                }
                first[lines++] = physical;
                i = next;
                continue;
            }
            if (c == 0) {
                throw encoding(physical, "U+0000");
            }
            if (c < 0x20 && c != '\t' || c == 0x7F) {
                c = '\uFFFD'; // a stray control character (pasted into a description) is shown as unreadable
            }
            if (Character.isLowSurrogate(c) ? !pendingHigh : pendingHigh) {
                // a surrogate not in a pair, once folds are joined (a fold between the halves is joined too)
                throw encoding(physical, String.format(Locale.ROOT, "U+%04X", (int) (pendingHigh ? out.charAt(out.length() - 1) : c)));
            }
            pendingHigh = Character.isHighSurrogate(c);
            out.append(c);
            i++;
            if (out.length() - lineStart > MAX_LINE) {
                throw new Refusal(Problem.of("calendar.limit.line", "A line of the calendar text is longer than "
                        + MAX_LINE + " characters (line " + first[lines - 1] + ")")
                        .with("line", first[lines - 1]).with("limit", MAX_LINE));
            }
        }
        if (pendingHigh) {
            throw encoding(physical, String.format(Locale.ROOT, "U+%04X", (int) out.charAt(out.length() - 1)));
        }
        out.append('\n');
        return new Unfolded(joinParameterLists(out), java.util.Arrays.copyOf(first, lines));
    }

    /** Stands for a comma between the values of one parameter while the tokenizer reads the text. */
    static final char LIST_SEPARATOR = '\uE000';

    /**
     * The unfolded text with each parameter's list of values ({@code DELEGATED-TO="mailto:a","mailto:b"},
     * {@code MEMBER=a,b}) made one value, its commas replaced by {@link #LIST_SEPARATOR}: ical4j's
     * tokenizer ends the parameters at the first comma between values and reads the rest as the
     * property's value. The handler puts the commas back.
     */
    static String joinParameterLists(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int end = i;
            while (end < n && text.charAt(end) != '\n') {
                end++;
            }
            boolean quoted = false;
            int k = i;
            for (; k < end; k++) {
                char c = text.charAt(k);
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == ':') {
                    break;
                } else if (!quoted && c == ',') {
                    boolean quotes = k > i && text.charAt(k - 1) == '"' && k + 1 < end && text.charAt(k + 1) == '"';
                    if (quotes) {
                        // "a","b" becomes "a<sep>b": one quoted value
                        b.setLength(b.length() - 1);
                        b.append(LIST_SEPARATOR);
                        k++;
                        quoted = true;
                        continue;
                    }
                    b.append(LIST_SEPARATOR);
                    continue;
                }
                b.append(c);
            }
            b.append(text, k, Math.min(end + 1, n));
            i = end + 1;
        }
        return b.toString();
    }

    /** True if the line end at {@code i} is followed by a space or tab (a fold). */
    private static boolean folds(String text, int i) {
        int next = text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        return next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t');
    }

    private static Refusal encoding(int line, String character) {
        return new Refusal(Problem.of("calendar.parse.encoding", "The calendar text holds a character iCalendar "
                + "does not allow (" + character + ", line " + line + ")").with("line", line).with("character", character));
    }

    // ------------------------------------------------------------------ reading

    /** A reader over the unfolded text that checks the deadline as it goes and counts lines. */
    private static final class TimedReader extends Reader {
        private final String text;
        private final Deadline deadline;
        private int pos;
        private int newlines;

        TimedReader(String text, Deadline deadline) {
            this.text = text;
            this.deadline = deadline;
        }

        /** The unfolded line being read, from 1. */
        int line() {
            return newlines + 1;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            deadline.check();
            if (pos >= text.length()) {
                return -1;
            }
            int k = Math.min(Math.min(len, 4096), text.length() - pos);
            for (int j = 0; j < k; j++) {
                char c = text.charAt(pos++);
                if (c == '\n') {
                    newlines++;
                }
                buf[off + j] = c;
            }
            return k;
        }

        @Override
        public int read() {
            if ((pos & 0xFFF) == 0) {
                deadline.check();
            }
            if (pos >= text.length()) {
                return -1;
            }
            char c = text.charAt(pos++);
            if (c == '\n') {
                newlines++;
            }
            return c;
        }

        @Override
        public void close() {
            // nothing to release
        }
    }

    /** Builds the nodes, within the limits. */
    private static final class Handler implements ContentHandler {
        private final Ics.Limits limits;
        private final Deadline deadline;
        private final Unfolded unfolded;
        private final TimedReader reader;
        final List<Node> calendars = new ArrayList<>();
        private final Deque<Node> open = new ArrayDeque<>();
        private int components;
        private int properties;
        private String propName;
        private Map<String, String> params;
        private String value;
        private int propLine;
        private int paramCount;
        private final int maxProperties;

        Handler(Ics.Limits limits, Deadline deadline, Unfolded unfolded, TimedReader reader) {
            this.limits = limits;
            this.deadline = deadline;
            this.unfolded = unfolded;
            this.reader = reader;
            this.maxProperties = Math.max(MAX_PROPERTIES, limits.maxChars() / 16);
        }

        private int line() {
            return unfolded.physical(reader.line());
        }

        @Override
        public void startCalendar() {
            deadline.check();
            if (calendars.size() >= MAX_CALENDARS) {
                throw new Refusal(Problem.of("calendar.limit.components", "The text holds more than "
                        + MAX_CALENDARS + " calendars").with("limit", MAX_CALENDARS));
            }
            Node cal = new Node("VCALENDAR", 0);
            calendars.add(cal);
            open.clear();
            open.push(cal);
        }

        @Override
        public void endCalendar() {
            open.clear();
        }

        @Override
        public void startComponent(String name) {
            deadline.check();
            String upper = upper(name);
            if (open.isEmpty()) {
                throw syntax(line(), "component outside a calendar");
            }
            if (upper.equals("VCALENDAR")) {
                throw syntax(line(), "a VCALENDAR inside a calendar");
            }
            if (open.size() >= MAX_DEPTH) {
                throw new Refusal(Problem.of("calendar.limit.depth", "Components nest deeper than " + MAX_DEPTH)
                        .with("limit", MAX_DEPTH));
            }
            if (++components > limits.maxComponents()) {
                throw new Refusal(Problem.of("calendar.limit.components", "The calendar text holds more than "
                        + limits.maxComponents() + " components").with("limit", limits.maxComponents()));
            }
            Node node = new Node(upper, line());
            open.peek().children.add(node);
            open.push(node);
        }

        @Override
        public void endComponent(String name) {
            deadline.check();
            if (open.size() > 1) {
                open.pop();
            }
        }

        @Override
        public void startProperty(String name) {
            deadline.check();
            if (open.isEmpty()) {
                throw syntax(line(), "property outside a calendar");
            }
            if (++properties > maxProperties || open.peek().props.size() >= MAX_PROPERTIES_PER_COMPONENT) {
                throw new Refusal(Problem.of("calendar.limit.properties", "The calendar text holds too many properties")
                        .with("limit", open.peek().props.size() >= MAX_PROPERTIES_PER_COMPONENT
                                ? MAX_PROPERTIES_PER_COMPONENT : maxProperties));
            }
            propName = upper(name);
            propLine = line();
            paramCount = 0;
            params = new LinkedHashMap<>(4);
            value = null;
        }

        @Override
        public void parameter(String name, String paramValue) {
            deadline.check();
            if (params == null) {
                throw syntax(line(), "parameter outside a property");
            }
            if (++paramCount > MAX_PARAMETERS) {
                throw new Refusal(Problem.of("calendar.limit.parameters", "A property has more than "
                        + MAX_PARAMETERS + " parameters").with("limit", MAX_PARAMETERS).with("property", clip(propName)));
            }
            params.putIfAbsent(upper(name), unquote(paramValue == null ? "" : paramValue).replace(LIST_SEPARATOR, ','));
        }

        @Override
        public void propertyValue(String v) {
            deadline.check();
            value = v == null ? "" : v;
        }

        @Override
        public void endProperty(String name) {
            deadline.check();
            if (propName == null || open.isEmpty()) {
                throw syntax(line(), "property outside a calendar");
            }
            open.peek().props.add(new Node.Prop(propName, Map.copyOf(params), value == null ? "" : value, propLine));
            propName = null;
            params = null;
            value = null;
        }
    }

    static String upper(String name) {
        return name == null ? "" : name.toUpperCase(Locale.ROOT);
    }

    /** A parameter value without its surrounding quotes. */
    static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && s.charAt(0) == '"' && s.charAt(s.length() - 1) == '"') {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
