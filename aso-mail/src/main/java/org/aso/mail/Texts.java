package org.aso.mail;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/** The texts of aso-mail for people, French or English, from the {@code texts} resource bundle. */
final class Texts {
    private static final Texts FRENCH = new Texts(Locale.FRENCH);
    private static final Texts ENGLISH = new Texts(Locale.ENGLISH);

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter moment;
    private final DateTimeFormatter time;
    private final DateTimeFormatter day;

    private Texts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.aso.mail.texts", locale);
        this.moment = DateTimeFormatter.ofPattern(bundle.getString("format.moment"), locale);
        this.time = DateTimeFormatter.ofPattern(bundle.getString("format.time"), locale);
        this.day = DateTimeFormatter.ofPattern(bundle.getString("format.day"), locale);
    }

    /** French for a French locale, English for any other. */
    static Texts of(Locale locale) {
        return "fr".equals(locale.getLanguage()) ? FRENCH : ENGLISH;
    }

    /** {@return the language written: French or English} */
    Locale locale() {
        return locale;
    }

    /** The text of {@code key} with each {@code {name}} replaced by its value from {@code values}. */
    String text(String key, Map<String, ?> values) {
        String pattern = bundle.getString(key);
        StringBuilder b = new StringBuilder(pattern.length() + 32);
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            int close = open < 0 ? -1 : pattern.indexOf('}', open);
            if (open < 0 || close < 0) {
                b.append(pattern, i, pattern.length());
                break;
            }
            String name = pattern.substring(open + 1, close);
            b.append(pattern, i, open);
            Object value = values.get(name);
            b.append(value == null ? pattern.substring(open, close + 1) : String.valueOf(value));
            i = close + 1;
        }
        return b.toString();
    }

    String text(String key) {
        return bundle.getString(key);
    }

    /** A moment as people read it, in its own zone, with the zone named. */
    String moment(ZonedDateTime at) {
        return moment.format(at) + " (" + at.getZone().getId() + ")";
    }

    /** A span: the end's time only when it ends the same day. */
    String span(ZonedDateTime start, ZonedDateTime end) {
        String until = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end) : moment.format(end);
        return moment.format(start) + " – " + until + " (" + start.getZone().getId() + ")";
    }

    String day(LocalDate date) {
        return day.format(date);
    }

    /** Text made safe inside HTML, attributes included. */
    static String html(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
