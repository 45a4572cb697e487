package org.aso.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The texts people read in what is written (the description's headings, the category of a
 * meeting), in English ({@code texts.properties}) or French ({@code texts_fr.properties}), resources
 * of this package. Read directly rather than through {@code ResourceBundle}, so that the JVM's
 * default locale never picks the language: the {@link Settings} do. Thread-safe.
 */
final class Texts {
    private static final Properties ENGLISH = load("texts.properties");
    private static final Properties FRENCH = load("texts_fr.properties");

    private Texts() {}

    /** {@return the text of a key in the settings' language} */
    static String get(Settings s, String key) {
        return get(s.french(), key);
    }

    /** {@return the text of a key, in French or English} */
    static String get(boolean french, String key) {
        String text = (french ? FRENCH : ENGLISH).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("No text for " + key);
        }
        return text;
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource org/aso/calendar/" + name);
            }
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
