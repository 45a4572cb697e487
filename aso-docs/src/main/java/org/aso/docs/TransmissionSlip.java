package org.aso.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A transmission slip (bordereau de transmission): documents sent from one unit to another, each
 * with its number of copies and what it is sent for.
 *
 * @param number the slip's number
 * @param from the sending unit
 * @param to the receiving unit
 * @param date the day it is sent
 * @param lines the documents sent, at least one
 */
public record TransmissionSlip(String number, String from, String to, LocalDate date, List<TransmissionSlip.Line> lines)
        implements Draft {
    /**
     * One document on the slip.
     *
     * @param document what is sent
     * @param copies how many copies, at least one
     * @param purpose what for ("for action", "pour information")
     */
    public record Line(String document, int copies, String purpose) {
        /**
         * Checks the components.
         *
         * @param document what is sent
         * @param copies how many copies
         * @param purpose what for
         * @throws IllegalArgumentException if copies is less than one
         */
        public Line {
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(purpose, "purpose");
            if (copies < 1) {
                throw new IllegalArgumentException("At least one copy: " + copies);
            }
        }
    }

    /**
     * Checks the components and copies the list.
     *
     * @param number the number
     * @param from the sending unit
     * @param to the receiving unit
     * @param date the day
     * @param lines the documents
     * @throws IllegalArgumentException if there is no document
     */
    public TransmissionSlip {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(date, "date");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("A transmission slip sends something: " + number);
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.TRANSMISSION_SLIP;
    }

    @Override
    public String title() {
        return number;
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        return Map.of("number", number, "from", from, "to", to, "date", Texts.day(date, locale), "lines",
                lines.stream().map(l -> Map.of("document", l.document(), "copies", String.valueOf(l.copies()),
                        "purpose", l.purpose())).toList());
    }
}
