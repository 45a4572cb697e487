package org.aso.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** Labels of the default templates in French and English, and dates written for a reader. */
final class Texts {
    private static final Map<String, String> FRENCH = load("fr");
    private static final Map<String, String> ENGLISH = load("en");

    private Texts() {}

    static boolean isFrench(Locale locale) {
        return locale.getLanguage().equals("fr");
    }

    static Map<String, String> labels(Locale locale) {
        return isFrench(locale) ? FRENCH : ENGLISH;
    }

    static String day(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH)
                .format(date);
    }

    static String time(ZonedDateTime time, Locale locale) {
        return DateTimeFormatter.ofPattern(isFrench(locale) ? "HH'h'mm" : "h:mm a", isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH)
                .format(time);
    }

    private static Map<String, String> load(String language) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("templates/labels_" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("labels_" + language + ".properties is missing from the jar");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> m = new TreeMap<>();
        p.forEach((k, v) -> m.put((String) k, (String) v));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The values every meeting document opens with: its title, day, start and end, in the reader's language. */
    static java.util.Map<String, Object> meetingHead(org.aso.core.agenda.Meeting meeting, java.util.Locale locale) {
        java.util.Map<String, Object> v = new java.util.LinkedHashMap<>();
        v.put("meetingTitle", meeting.title());
        v.put("date", day(meeting.start().toLocalDate(), locale));
        v.put("start", time(meeting.start(), locale));
        v.put("end", time(meeting.end(), locale));
        return v;
    }
}
