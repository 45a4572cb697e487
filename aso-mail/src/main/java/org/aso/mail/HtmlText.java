package org.aso.mail;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The text of an HTML body, for a mail without a plain-text part: tags removed, block elements
 * on lines of their own, list items marked, entities decoded, comments, scripts, styles and the
 * head dropped, white space collapsed. Not a browser: it reads tags and entities only, in one
 * pass over the input, and never fetches or runs anything.
 */
final class HtmlText {
    /** Elements whose content is not text for a reader. */
    private static final Set<String> SKIPPED = Set.of("script", "style", "head", "title", "noscript", "template",
            "svg", "object", "iframe");
    /** Elements that start and end a line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "tr", "table", "ul", "ol", "blockquote",
            "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "dl", "dt",
            "dd", "address", "center", "form", "fieldset", "body", "html");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("shy", ""), Map.entry("zwnj", ""),
            Map.entry("zwj", ""), Map.entry("copy", "©"), Map.entry("reg", "®"), Map.entry("trade", "™"),
            Map.entry("hellip", "…"), Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("lsquo", "‘"),
            Map.entry("rsquo", "’"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("euro", "€"), Map.entry("pound", "£"), Map.entry("deg", "°"),
            Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("sect", "§"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("ecirc", "ê"), Map.entry("euml", "ë"),
            Map.entry("agrave", "à"), Map.entry("acirc", "â"), Map.entry("auml", "ä"), Map.entry("ccedil", "ç"),
            Map.entry("icirc", "î"), Map.entry("iuml", "ï"), Map.entry("ocirc", "ô"), Map.entry("ouml", "ö"),
            Map.entry("ugrave", "ù"), Map.entry("ucirc", "û"), Map.entry("uuml", "ü"), Map.entry("oelig", "œ"),
            Map.entry("aelig", "æ"), Map.entry("Eacute", "É"), Map.entry("Egrave", "È"), Map.entry("Ecirc", "Ê"),
            Map.entry("Agrave", "À"), Map.entry("Acirc", "Â"), Map.entry("Ccedil", "Ç"), Map.entry("Ocirc", "Ô"),
            Map.entry("OElig", "Œ"), Map.entry("szlig", "ß"), Map.entry("ntilde", "ñ"), Map.entry("aacute", "á"),
            Map.entry("iacute", "í"), Map.entry("oacute", "ó"), Map.entry("uacute", "ú"));

    private HtmlText() {}

    /**
     * The text of {@code html}; {@code tick} runs every few thousand characters (the caller's time bound).
     */
    static String text(String html, Runnable tick) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), 1 << 20));
        int n = html.length();
        int i = 0;
        int nextTick = 4096;
        while (i < n) {
            if (i >= nextTick) {
                tick.run();
                nextTick = i + 4096;
            }
            char c = html.charAt(i);
            if (c == '<') {
                i = tag(html, i, out);
            } else if (c == '&') {
                i = entity(html, i, out);
            } else if (Character.isWhitespace(c)) {
                space(out);
                i++;
            } else {
                out.append(c);
                i++;
            }
        }
        return IntakeText.lines(out.toString());
    }

    /** Reads the markup at {@code i} (a {@code <}); returns the index after it. */
    private static int tag(String html, int i, StringBuilder out) {
        int n = html.length();
        if (html.startsWith("<!--", i)) {
            int end = html.indexOf("-->", i + 4);
            return end < 0 ? n : end + 3;
        }
        if (i + 1 < n && (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?')) {
            int end = html.indexOf('>', i);
            return end < 0 ? n : end + 1;
        }
        int k = i + 1;
        boolean closing = k < n && html.charAt(k) == '/';
        if (closing) {
            k++;
        }
        int start = k;
        while (k < n && (Character.isLetterOrDigit(html.charAt(k)) || html.charAt(k) == '-')) {
            k++;
        }
        if (k == start || !Character.isLetter(html.charAt(start))) {
            out.append('<');
            return i + 1;
        }
        String name = html.substring(start, k).toLowerCase(Locale.ROOT);
        int end = endOfTag(html, k);
        boolean selfClosing = end >= 2 && html.charAt(end - 1) == '>' && html.charAt(end - 2) == '/';
        if (!closing && !selfClosing && SKIPPED.contains(name)) {
            return skipElement(html, end, name);
        }
        if (name.equals("li")) {
            newline(out);
            if (!closing) {
                out.append("- ");
            }
        } else if (name.equals("td") || name.equals("th")) {
            space(out);
        } else if (BLOCKS.contains(name)) {
            newline(out);
            if (name.equals("p") || name.startsWith("h") && name.length() == 2) {
                out.append('\n');
            }
        }
        return end;
    }

    /** The index after the {@code >} that ends the tag whose name ends at {@code k}, quotes respected. */
    private static int endOfTag(String html, int k) {
        int n = html.length();
        char quote = 0;
        for (int j = k; j < n; j++) {
            char c = html.charAt(j);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return j + 1;
            }
        }
        return n;
    }

    /** The index after the end tag of {@code name}, from {@code from}; the end of input if there is none. */
    private static int skipElement(String html, int from, String name) {
        int n = html.length();
        int j = from;
        while (true) {
            j = html.indexOf("</", j);
            if (j < 0) {
                return n;
            }
            if (html.regionMatches(true, j + 2, name, 0, name.length())) {
                int end = html.indexOf('>', j);
                return end < 0 ? n : end + 1;
            }
            j += 2;
        }
    }

    /** Decodes the entity at {@code i} (a {@code &}); returns the index after it. */
    private static int entity(String html, int i, StringBuilder out) {
        int n = html.length();
        int semi = -1;
        for (int j = i + 1; j < n && j <= i + 12; j++) {
            char c = html.charAt(j);
            if (c == ';') {
                semi = j;
                break;
            }
            if (!Character.isLetterOrDigit(c) && c != '#') {
                break;
            }
        }
        if (semi < 0) {
            out.append('&');
            return i + 1;
        }
        String body = html.substring(i + 1, semi);
        if (body.startsWith("#")) {
            int cp = codePoint(body);
            if (cp < 0) {
                out.append('&');
                return i + 1;
            }
            out.appendCodePoint(cp == 0 || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp);
            return semi + 1;
        }
        String value = ENTITIES.get(body);
        if (value == null) {
            out.append('&');
            return i + 1;
        }
        if (value.equals(" ")) {
            space(out);
        } else {
            out.append(value);
        }
        return semi + 1;
    }

    /** The code point of {@code #123} or {@code #x7B}; -1 if it is not a number. */
    private static int codePoint(String body) {
        boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
        String digits = body.substring(hex ? 2 : 1);
        if (digits.isEmpty() || digits.length() > 8) {
            return -1;
        }
        try {
            return Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void space(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
        }
    }

    private static void newline(StringBuilder out) {
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
            out.setLength(out.length() - 1);
        }
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
