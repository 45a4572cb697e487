package org.aso.docs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.PersonId;

/** Metadata and readers for the archive's tests. */
final class ArchiveFixtures {
    static final Instant NOW = Instant.parse("2026-05-04T08:00:00Z");
    static final PersonId CLAIRE = PersonId.of("claire");

    private ArchiveFixtures() {}

    static DocumentMetadata memo(String title, String classification, LocalDate date, Confidentiality level) {
        return new DocumentMetadata(title, DocumentKind.MEMO, Optional.of(classification),
                Optional.of(DossierId.of("d-2026-0042")), List.of(EntryId.of("GEN/DGA/2026E00117")), CLAIRE,
                date, NOW, level, Locale.FRENCH, Set.of("budget", "réunion"));
    }

    static DocumentMetadata memo(String title) {
        return memo(title, "3.2.1", LocalDate.of(2026, 5, 4), Confidentiality.RESTRICTED);
    }

    static Context reader(Confidentiality level) {
        return Context.of(NOW, CLAIRE, Clearance.of(level));
    }

    static Context at(Instant at) {
        return Context.of(at, CLAIRE, Clearance.of(Confidentiality.TOP_SECRET));
    }

    static Context officer() {
        return at(NOW);
    }
}
