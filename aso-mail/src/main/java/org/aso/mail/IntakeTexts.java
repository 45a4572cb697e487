package org.aso.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aso.core.kernel.Problem;

/**
 * The texts of intake's problems for people, in French or English, from
 * {@code intake-texts.properties} (English, the root) and {@code intake-texts_fr.properties} next
 * to this class: the entry of the problem's code with its details filled in. The choice depends on
 * the requested locale only (never the JVM's default). Immutable and thread-safe.
 */
final class IntakeTexts {
    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_-]*)\\}");
    private static final Map<String, String> ENGLISH = load("intake-texts.properties");
    private static final Map<String, String> FRENCH = load("intake-texts_fr.properties");

    private IntakeTexts() {}

    /**
     * The message of {@code problem} for a reader of {@code locale}: French for French, English
     * otherwise; the problem's own message for a code without an entry or an entry that needs a
     * detail the problem lacks.
     */
    static String message(Problem problem, Locale locale) {
        Objects.requireNonNull(problem, "problem");
        boolean french = Objects.requireNonNull(locale, "locale").getLanguage().equals("fr");
        return Optional.ofNullable((french ? FRENCH : ENGLISH).get(problem.code()))
                .flatMap(pattern -> fill(pattern, problem.details()))
                .orElse(problem.message());
    }

    /** The codes that have an entry in {@code language} ("en" or "fr"). */
    static java.util.Set<String> codes(String language) {
        return (language.equals("fr") ? FRENCH : ENGLISH).keySet();
    }

    private static Optional<String> fill(String pattern, Map<String, String> details) {
        Matcher m = NAMED.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = details.get(m.group(1));
            if (value == null) {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    private static Map<String, String> load(String name) {
        Properties p = new Properties();
        try (InputStream in = IntakeTexts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.util.Map<String, String> out = new java.util.HashMap<>();
        p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k)));
        return Map.copyOf(out);
    }
}
