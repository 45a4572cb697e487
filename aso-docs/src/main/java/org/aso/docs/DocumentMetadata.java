package org.aso.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.PersonId;

/**
 * What the archive knows of a document besides its bytes, and what search filters on.
 *
 * @param title the title; one line, not blank
 * @param kind the kind
 * @param classification the filing-plan code it is classified under, if any (the key of its retention)
 * @param dossier the dossier it belongs to, if any
 * @param correspondence the register entries it answers or belongs to, in order
 * @param author who wrote it (or registered it, for a document from outside)
 * @param documentDate the date the document bears
 * @param createdAt when it was stored first
 * @param confidentiality its marking: a reader needs a clearance at least as high to see it
 * @param language its language (French or English for ours)
 * @param tags free keywords, lower case
 */
public record DocumentMetadata(String title, DocumentKind kind, Optional<String> classification,
                               Optional<DossierId> dossier, List<EntryId> correspondence, PersonId author,
                               LocalDate documentDate, Instant createdAt, Confidentiality confidentiality,
                               Locale language, Set<String> tags) {
    /**
     * Checks that every component is there and copies the collections.
     *
     * @param title the title
     * @param kind the kind
     * @param classification the filing-plan code, if any
     * @param dossier the dossier, if any
     * @param correspondence the register entries
     * @param author the author
     * @param documentDate the date the document bears
     * @param createdAt when it was stored first
     * @param confidentiality its marking
     * @param language its language
     * @param tags its keywords
     */
    public DocumentMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(dossier, "dossier");
        correspondence = List.copyOf(correspondence);
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(confidentiality, "confidentiality");
        Objects.requireNonNull(language, "language");
        tags = Set.copyOf(tags);
    }
}
