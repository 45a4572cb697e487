package org.aso.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A memo (note de service): from whom, to whom, about what, on which day, in paragraphs.
 *
 * <pre>{@code
 * Memo memo = new Memo("Head of section", List.of("All staff"), "Closing of the building",
 *         LocalDate.of(2026, 12, 1), List.of("The building closes at noon on 24 December."));
 * String html = drafts.html(memo, Locale.ENGLISH).get();
 * }</pre>
 *
 * @param from the sender (a name or a function)
 * @param to the recipients, at least one
 * @param subject the subject, one line
 * @param date the day the memo bears
 * @param paragraphs the body, one string a paragraph
 */
public record Memo(String from, List<String> to, String subject, LocalDate date, List<String> paragraphs)
        implements Draft {
    /**
     * Checks the components and copies the lists.
     *
     * @param from the sender
     * @param to the recipients
     * @param subject the subject
     * @param date the day the memo bears
     * @param paragraphs the body
     * @throws IllegalArgumentException if there is no recipient or the subject is blank
     */
    public Memo {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(date, "date");
        paragraphs = List.copyOf(paragraphs);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("A memo goes to someone: no recipient for " + subject);
        }
        if (subject.isBlank()) {
            throw new IllegalArgumentException("A memo has a subject");
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.MEMO;
    }

    @Override
    public String title() {
        return subject;
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        return Map.of("from", from, "to", to, "subject", subject, "date", Texts.day(date, locale),
                "paragraphs", paragraphs);
    }
}
