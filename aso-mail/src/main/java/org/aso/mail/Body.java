package org.aso.mail;

import java.util.List;
import java.util.Map;

/** The plain-text and HTML bodies of a message, written side by side; every caller text is escaped in the HTML. */
final class Body {
    private final Texts texts;
    private final StringBuilder text = new StringBuilder(512);
    private final StringBuilder html = new StringBuilder(1024);

    Body(Texts texts) {
        this.texts = texts;
    }

    Body paragraph(String s) {
        String clean = clean(s);
        text.append(clean).append("\n\n");
        html.append("<p>").append(Texts.html(clean).replace("\n", "<br>\n")).append("</p>\n");
        return this;
    }

    Body field(String labelKey, String value) {
        String label = texts.text(labelKey);
        String clean = clean(value);
        text.append(texts.text("format.field", Map.of("label", label, "value", clean))).append('\n');
        html.append("<p><b>").append(Texts.html(label)).append("</b><br>\n")
                .append(Texts.html(clean).replace("\n", "<br>\n")).append("</p>\n");
        return this;
    }

    Body gap() {
        text.append('\n');
        return this;
    }

    Body list(String headingKey, List<String> items) {
        if (items.isEmpty()) {
            return this;
        }
        String heading = texts.text(headingKey);
        text.append(heading).append('\n');
        html.append("<p><b>").append(Texts.html(heading)).append("</b></p>\n<ul>\n");
        for (String item : items) {
            String clean = clean(item);
            text.append("- ").append(clean.replace("\n", "\n  ")).append('\n');
            html.append("<li>").append(Texts.html(clean).replace("\n", "<br>\n")).append("</li>\n");
        }
        text.append('\n');
        html.append("</ul>\n");
        return this;
    }

    String text() {
        return text.toString().stripTrailing() + "\n";
    }

    String html(String title) {
        return "<!DOCTYPE html>\n<html lang=\"" + texts.locale().getLanguage() + "\">\n<head>\n<meta charset=\"UTF-8\">\n<title>"
                + Texts.html(clean(title)) + "</title>\n</head>\n<body>\n" + html + "</body>\n</html>\n";
    }

    /** Line ends as {@code \n}; other control characters (but tabs) dropped: a body holds text, never controls. */
    static String clean(String s) {
        String lines = s.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder b = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
