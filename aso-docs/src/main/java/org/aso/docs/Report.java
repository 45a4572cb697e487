package org.aso.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A report: a subject, an author, a date and sections of paragraphs.
 *
 * @param author who writes it
 * @param date the day it bears
 * @param subject its subject, one line
 * @param sections its sections, in order
 */
public record Report(String author, LocalDate date, String subject, List<Report.Section> sections) implements Draft {
    /**
     * A section of a report.
     *
     * @param heading its heading
     * @param paragraphs its paragraphs
     */
    public record Section(String heading, List<String> paragraphs) {
        /**
         * Checks the components and copies the list.
         *
         * @param heading the heading
         * @param paragraphs the paragraphs
         */
        public Section {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * Checks the components and copies the list.
     *
     * @param author the author
     * @param date the date
     * @param subject the subject
     * @param sections the sections
     * @throws IllegalArgumentException if the subject is blank
     */
    public Report {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(date, "date");
        sections = List.copyOf(sections);
        if (subject.isBlank()) {
            throw new IllegalArgumentException("A report has a subject");
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REPORT;
    }

    @Override
    public String title() {
        return subject;
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        return Map.of("author", author, "date", Texts.day(date, locale), "subject", subject, "sections",
                sections.stream().map(s -> Map.of("heading", s.heading(), "paragraphs", s.paragraphs())).toList());
    }
}
