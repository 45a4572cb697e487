package org.aso.docs;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A letter: the addressee's block, the references (theirs, "V/Réf", and ours, "N/Réf"), the
 * subject, the body and the signature block; the letterhead comes from the layout an
 * organisation may override.
 *
 * @param place the place the letter is written from ("Paris")
 * @param date the day the letter bears
 * @param addressee the addressee's lines (name, function, address), at least one
 * @param yourReference the addressee's reference, empty if none
 * @param ourReference our reference (a register number, a dossier reference), empty if none
 * @param subject the subject, one line
 * @param salutation the salutation ("Madame,")
 * @param paragraphs the body, one string a paragraph
 * @param closing the closing formula
 * @param signatory the signatory's name
 * @param signatoryTitle the signatory's function, empty if none
 */
public record Letter(String place, LocalDate date, List<String> addressee, String yourReference,
                     String ourReference, String subject, String salutation, List<String> paragraphs,
                     String closing, String signatory, String signatoryTitle) implements Draft {
    /**
     * Checks the components and copies the lists.
     *
     * @param place the place
     * @param date the date
     * @param addressee the addressee's lines
     * @param yourReference their reference
     * @param ourReference our reference
     * @param subject the subject
     * @param salutation the salutation
     * @param paragraphs the body
     * @param closing the closing formula
     * @param signatory the signatory
     * @param signatoryTitle the signatory's function
     * @throws IllegalArgumentException if the addressee or the subject is missing
     */
    public Letter {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        addressee = List.copyOf(addressee);
        Objects.requireNonNull(yourReference, "yourReference");
        Objects.requireNonNull(ourReference, "ourReference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(salutation, "salutation");
        paragraphs = List.copyOf(paragraphs);
        Objects.requireNonNull(closing, "closing");
        Objects.requireNonNull(signatory, "signatory");
        Objects.requireNonNull(signatoryTitle, "signatoryTitle");
        if (addressee.isEmpty() || subject.isBlank()) {
            throw new IllegalArgumentException("A letter has an addressee and a subject: " + addressee + ", " + subject);
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.LETTER;
    }

    @Override
    public String title() {
        return subject;
    }

    @Override
    public Map<String, Object> values(Locale locale) {
        return Map.ofEntries(Map.entry("place", place), Map.entry("date", Texts.day(date, locale)),
                Map.entry("addressee", addressee), Map.entry("yourReference", yourReference),
                Map.entry("ourReference", ourReference), Map.entry("subject", subject),
                Map.entry("salutation", salutation), Map.entry("paragraphs", paragraphs),
                Map.entry("closing", closing), Map.entry("signatory", signatory),
                Map.entry("signatoryTitle", signatoryTitle));
    }
}
