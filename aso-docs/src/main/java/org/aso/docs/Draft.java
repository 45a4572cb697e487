package org.aso.docs;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A document ready to be drafted: its kind, its title and the values its template renders from.
 * {@link Memo}, {@link Letter} and {@link Minutes} are drafts; {@link Drafts#acknowledgement} makes
 * one of an acknowledgement of receipt; {@link #of} makes one of any kind from plain values.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface Draft {
    /** {@return the kind, which names the template} */
    DocumentKind kind();

    /** {@return the title, one line} */
    String title();

    /**
     * The values the template reads, with dates and names already written for a reader of
     * {@code locale}. Values are strings, booleans, lists and maps of them; an absent optional value
     * is present with an empty string, so that strict templates can test it.
     *
     * @param locale the reader's locale; not null
     * @return the values, an unmodifiable map
     */
    Map<String, Object> values(Locale locale);

    /**
     * A draft of any kind from plain values, for the kinds without a value of their own here (a
     * report, a transmission slip, an agenda, an attendance sheet, a pendency report, a day's plan,
     * a movement sheet) or a host's own template.
     *
     * @param kind the kind; not null
     * @param title the title; not null
     * @param values the values the template reads (strings, numbers, booleans, lists, maps); not null
     * @return the draft
     * @throws NullPointerException if an argument is null
     */
    static Draft of(DocumentKind kind, String title, Map<String, ?> values) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Map<String, Object> copy = new LinkedHashMap<>(values);
        return new Draft() {
            @Override
            public DocumentKind kind() {
                return kind;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public Map<String, Object> values(Locale locale) {
                return java.util.Collections.unmodifiableMap(copy);
            }
        };
    }
}
