package org.aso.examples;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.aso.core.agenda.Meeting;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.BusinessCalendar;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Page;
import org.aso.core.kernel.Person;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problems;
import org.aso.core.kernel.WorkingDayDeadline;
import org.aso.docs.Archive;
import org.aso.docs.ArchiveSearch;
import org.aso.docs.DocumentKind;
import org.aso.docs.DocumentMetadata;
import org.aso.docs.Drafts;
import org.aso.docs.Html;
import org.aso.docs.Minutes;

/** aso-docs: a meeting's minutes drafted, archived and found again; a deadline as a small HTML page. */
public final class DocsExample {
    private DocsExample() {}

    /** What {@link #minutesTour} drafted, archived and found. */
    public record MinutesTour(Minutes minutes, byte[] pdf, Archive.Stored stored, Page<ArchiveSearch.Hit> found,
                              Page<ArchiveSearch.Hit> notCleared) {}

    /**
     * The README's documents tour: the minutes of the agenda tour's steering committee, drafted in
     * French as PDF/A, archived in {@code dir} and found again by a search without accents.
     */
    public static MinutesTour minutesTour(BusinessCalendar paris, Person officer, Clock clock, Path dir) {
        Meeting committee = AgendaExample.tour(paris, officer, clock).moved().meeting();
        Context ctx = Context.at(clock, officer);
        PersonId director = PersonId.of("director");
        PersonId alice = PersonId.of("alice");
        // tag::docs-minutes[]
        // the committee's minutes: who came, what was decided, who does what by when
        Minutes minutes = Minutes.of(committee, Set.of(officer.id(), director), Set.of(alice),
                Map.of(officer.id(), "Claire Martin", director, "Hélène Roux", alice, "Alice Durand"),
                List.of(new Minutes.Decision("D1", "Le budget de la réunion annuelle est adopté",
                        Optional.of(DossierId.of("d-42")))),
                List.of(new Minutes.ActionItem("A1", "Préparer la note au préfet", director, LocalDate.of(2026, 6, 1), false)),
                Optional.empty());                  // the previous minutes: their open actions carry over
        minutes.absent();                           // => []
        minutes.excused();                          // => [alice]
        Drafts drafts = Drafts.of("Préfecture de l'Ain", Optional.empty());   // or your folder of templates
        byte[] pdf = Problems.orThrow(drafts.pdfA(minutes, Locale.FRENCH, clock));   // PDF/A-2b, fonts embedded

        // archived with what it is and who may read it; the search index follows the archive
        Archive archive = Problems.orThrow(Archive.open(dir));
        ArchiveSearch search = ArchiveSearch.inMemory();
        search.follow(archive);
        DocumentMetadata about = new DocumentMetadata(minutes.title(), DocumentKind.MINUTES, Optional.of("1.2"),
                Optional.of(DossierId.of("d-42")), List.of(), officer.id(), LocalDate.of(2026, 5, 19), clock.instant(),
                Confidentiality.RESTRICTED, Locale.FRENCH, Set.of("copil"));
        Archive.Stored stored = Problems.orThrow(archive.store("cr-m-42", pdf, "application/pdf", about, ctx));
        stored.version();                           // => 1

        // found again, years later, by someone typing without accents
        Page<ArchiveSearch.Hit> found = Problems.orThrow(search.search(ArchiveSearch.Query.of("reunion annuelle"), ctx));
        found.items().get(0).documentId();          // => cr-m-42
        // and never shown to a reader not cleared for it
        Page<ArchiveSearch.Hit> notCleared = Problems.orThrow(search.search(ArchiveSearch.Query.of("reunion annuelle"),
                Context.of(clock.instant(), PersonId.of("visitor"), Clearance.none())));
        notCleared.total();                         // => 0
        // end::docs-minutes[]
        archive.close();
        return new MinutesTour(minutes, pdf, stored, found, notCleared);
    }

    /** A complete HTML page showing the deadline. */
    public static String deadlinePage(WorkingDayDeadline reply) {
        // tag::docs[]
        String html = Html.deadline(reply, "received");       // escaped: safe inside any page
        // => <div class="aso-deadline"><p>received Thu 2 May 2024 + 15 working days: ... -&gt; Tue 28 May 2024</p>...
        //    <li><time datetime="2024-05-08">2024-05-08</time> Victoire 1945</li>...</ul></div>
        // end::docs[]
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Reply deadline</title></head>\n"
                + "<body><h1>Reply deadline</h1>\n" + html + "\n</body></html>\n";
    }
}
