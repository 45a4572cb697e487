package org.aso.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.PersonId;

/** Documents for the search tests. */
final class SearchFixtures {
    private SearchFixtures() {}

    static DocumentMetadata metadata(String title, DocumentKind kind, Locale language, Confidentiality level, LocalDate date) {
        return new DocumentMetadata(title, kind, Optional.empty(), Optional.empty(), List.of(), PersonId.of("p-clerk"),
                date, Instant.parse("2026-03-01T09:00:00Z"), level, language, Set.of());
    }

    static DocumentMetadata metadata(String title, DocumentKind kind, Locale language, Confidentiality level, LocalDate date,
                                     String classification, DossierId dossier, Set<String> tags) {
        return new DocumentMetadata(title, kind, Optional.of(classification), Optional.of(dossier), List.of(), PersonId.of("p-clerk"),
                date, Instant.parse("2026-03-01T09:00:00Z"), level, language, tags);
    }

    static String sha(String id, int version) {
        return String.format("%064x", (long) (id + "#" + version).hashCode() & 0xffffffffL);
    }
}
