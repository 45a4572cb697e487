package org.aso.docs;

import java.util.Objects;
import org.aso.core.kernel.SkippedDay;
import org.aso.core.kernel.WorkingDayDeadline;

/**
 * HTML fragments for core values. Every piece of text is escaped: a holiday or a subject can
 * never inject markup.
 *
 * <pre>{@code
 * String html = Html.deadline(calendar.deadline(received, 15), "received");
 * // <div class="aso-deadline"><p>received Thu 2 May 2024 + 15 working days: ...</p><ul>...</ul></div>
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Html {
    private Html() {}

    /**
     * Escapes text for an HTML element or a quoted attribute value.
     *
     * @param text any text
     * @return the text with {@code < > & " '} replaced by character references
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * A deadline with its explanation and, as a list, the holidays it passed over.
     *
     * @param deadline the deadline to show
     * @param startLabel the word for the start, e.g. {@code "received"}
     * @return an HTML fragment, a {@code div} of class {@code aso-deadline}, with every text escaped
     */
    public static String deadline(WorkingDayDeadline deadline, String startLabel) {
        StringBuilder b = new StringBuilder("<div class=\"aso-deadline\"><p>")
                .append(escape(deadline.explanation(startLabel))).append("</p>");
        var holidays = deadline.skipped().stream().filter(s -> s.reason() == SkippedDay.Reason.HOLIDAY).toList();
        if (!holidays.isEmpty()) {
            b.append("<ul>");
            for (SkippedDay s : holidays) {
                b.append("<li><time datetime=\"").append(s.date()).append("\">").append(s.date()).append("</time> ");
                s.holidays().forEach(h -> b.append(escape(h.name())).append(' '));
                b.setLength(b.length() - 1);
                b.append("</li>");
            }
            b.append("</ul>");
        }
        return b.append("</div>").toString();
    }
}
