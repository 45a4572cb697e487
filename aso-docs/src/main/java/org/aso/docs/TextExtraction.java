package org.aso.docs;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import io.vavr.control.Either;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.aso.core.kernel.Problem;

/** Text for search from our own HTML and from PDFs with a text layer, within {@link Archive.Limits}. */
final class TextExtraction {
    /** Extractions run here so that one that takes too long can be left behind. */
    private static final ExecutorService PDF_WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "aso-docs-pdf-text");
        t.setDaemon(true);
        return t;
    });

    private TextExtraction() {}

    static Either<Problem, String> extract(byte[] bytes, String mediaType, Archive.Limits limits) {
        if (bytes.length > limits.maxBytes()) {
            return Either.left(tooLarge(bytes.length, limits));
        }
        String type = baseType(mediaType);
        switch (type) {
            case "text/html":
            case "application/xhtml+xml":
                return Either.right(html(new String(bytes, StandardCharsets.UTF_8), limits.maxTextChars()));
            case "text/plain":
                return Either.right(cut(normalise(new String(bytes, StandardCharsets.UTF_8)), limits.maxTextChars()));
            case "application/pdf":
                return pdf(bytes, limits);
            default:
                return Either.right("");
        }
    }

    static String baseType(String mediaType) {
        int semi = mediaType.indexOf(';');
        return (semi < 0 ? mediaType : mediaType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static Problem tooLarge(long size, Archive.Limits limits) {
        return Problem.of("docs.archive.too-large", "The document has " + size + " bytes; at most "
                + limits.maxBytes() + " are accepted").with("size", size).with("max", limits.maxBytes());
    }

    // ---------------------------------------------------------------- HTML

    /**
     * The text of an HTML page: tags, comments and the content of script and style elements removed,
     * character references decoded, white space collapsed. A linear scan, no regular expression.
     */
    static String html(String html, int maxChars) {
        StringBuilder out = new StringBuilder(Math.min(html.length(), maxChars + 16));
        int i = 0;
        int n = html.length();
        while (i < n && out.length() <= maxChars) {
            char c = html.charAt(i);
            if (c != '<') {
                int lt = html.indexOf('<', i);
                int end = lt < 0 ? n : lt;
                out.append(decode(html.substring(i, end)));
                i = end;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int close = html.indexOf("-->", i + 4);
                i = close < 0 ? n : close + 3;
                continue;
            }
            int tagEnd = endOfTag(html, i + 1);
            String name = tagName(html, i + 1, tagEnd);
            i = tagEnd < n ? tagEnd + 1 : n;
            if (name.equals("script") || name.equals("style")) {
                int close = indexOfIgnoreCase(html, "</" + name, i);
                i = close < 0 ? n : close;
            }
            out.append(' ');
        }
        return cut(normalise(out.toString()), maxChars);
    }

    /** The index of the {@code >} that closes a tag opened before {@code from}, skipping quoted attribute values. */
    private static int endOfTag(String s, int from) {
        char quote = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return s.length();
    }

    private static String tagName(String s, int from, int to) {
        int i = from;
        if (i < to && s.charAt(i) == '/') {
            return "";
        }
        int start = i;
        while (i < to && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        return s.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i + what.length() <= s.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes numeric references and the named ones our templates and common editors write. */
    private static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semi = c == '&' ? text.indexOf(';', i) : -1;
            if (semi > i && semi - i <= 10) {
                String ref = text.substring(i + 1, semi);
                String decoded = reference(ref);
                if (decoded != null) {
                    b.append(decoded);
                    i = semi + 1;
                    continue;
                }
            }
            b.append(c);
            i++;
        }
        return b.toString();
    }

    private static String reference(String ref) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                return codePoint(Integer.parseInt(ref.substring(2), 16));
            }
            if (ref.startsWith("#")) {
                return codePoint(Integer.parseInt(ref.substring(1)));
            }
        } catch (NumberFormatException e) {
            return null;
        }
        switch (ref) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            case "eacute": return "é";
            case "egrave": return "è";
            case "ecirc": return "ê";
            case "agrave": return "à";
            case "acirc": return "â";
            case "ccedil": return "ç";
            case "ocirc": return "ô";
            case "ucirc": return "û";
            case "ugrave": return "ù";
            case "icirc": return "î";
            case "iuml": return "ï";
            case "euml": return "ë";
            case "Eacute": return "É";
            case "rsquo": return "’";
            case "laquo": return "«";
            case "raquo": return "»";
            case "ndash": return "–";
            case "mdash": return "—";
            case "hellip": return "…";
            default: return null;
        }
    }

    private static String codePoint(int cp) {
        if (cp <= 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return "\uFFFD";
        }
        return new String(Character.toChars(cp));
    }

    /** Control characters out, runs of white space as one space, trimmed. */
    static String normalise(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String cut(String s, int maxChars) {
        if (s.length() <= maxChars) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return s.substring(0, end);
    }

    // ---------------------------------------------------------------- PDF

    private static Either<Problem, String> pdf(byte[] bytes, Archive.Limits limits) {
        Future<Either<Problem, String>> job = PDF_WORKERS.submit(() -> pdfNow(bytes, limits));
        try {
            return job.get(limits.extractionTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            job.cancel(true);
            return Either.left(Problem.of("docs.extract.timeout", "Reading the text of the PDF took longer than "
                    + limits.extractionTimeout().toMillis() + " ms").with("millis", limits.extractionTimeout().toMillis()));
        } catch (InterruptedException e) {
            job.cancel(true);
            Thread.currentThread().interrupt();
            return Either.left(Problem.of("docs.extract.interrupted", "Reading the text of the PDF was interrupted"));
        } catch (ExecutionException e) {
            return Either.left(malformed(e.getCause()));
        }
    }

    private static Either<Problem, String> pdfNow(byte[] bytes, Archive.Limits limits) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(Math.min(doc.getNumberOfPages(), limits.maxPdfPages()));
            BoundedWriter out = new BoundedWriter(limits.maxTextChars() * 2);
            stripper.writeText(doc, out);
            // compatibility forms: PDFBox gives a ligature as one character ("ﬁ" for "fi", as our own
            // PDFs set them), which a word search would miss
            String text = java.text.Normalizer.normalize(out.text(), java.text.Normalizer.Form.NFKC);
            return Either.right(cut(normalise(text), limits.maxTextChars()));
        } catch (InvalidPasswordException e) {
            return Either.left(Problem.of("docs.extract.encrypted", "The PDF is protected by a password"));
        } catch (IOException | RuntimeException e) {
            return Either.left(malformed(e));
        }
    }

    private static Problem malformed(Throwable cause) {
        String why = cause == null || cause.getMessage() == null ? "unreadable" : cause.getMessage();
        if (why.length() > 200) {
            why = why.substring(0, 200);
        }
        return Problem.of("docs.extract.malformed-pdf", "The PDF cannot be read: " + why)
                .with("reason", why.replaceAll("\\p{Cc}", " "));
    }

    /** Keeps the first {@code max} characters written and drops the rest. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int max;

        BoundedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            int room = max - text.length();
            if (room > 0) {
                text.append(cbuf, off, Math.min(room, len));
            }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        String text() {
            return text.toString();
        }
    }
}
