package org.aso.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Page;

/** Search never shows, counts or pages over a document above the reader's clearance; checked against a plain filter. */
class ArchiveSearchClearanceProperties {
    private static final List<String> WORDS = List.of("budget", "réunion", "courrier", "dossier", "archive", "rapport");

    record Doc(Confidentiality level, Set<String> words, boolean french, DocumentKind kind) {}

    @Provide
    Arbitrary<List<Doc>> archives() {
        Arbitrary<Doc> doc = Combinators.combine(
                Arbitraries.of(Confidentiality.class),
                Arbitraries.of(WORDS).set().ofMinSize(1).ofMaxSize(4),
                Arbitraries.of(true, false),
                Arbitraries.of(DocumentKind.MEMO, DocumentKind.MINUTES, DocumentKind.LETTER)).as(Doc::new);
        return doc.list().ofMinSize(0).ofMaxSize(40);
    }

    @Property(tries = 60)
    void everyPage_holdsOnlyDocumentsTheReaderMaySee_andPagingWalksExactlyThoseThatMatch(
            @ForAll("archives") List<Doc> docs, @ForAll Confidentiality reader, @ForAll("queries") String word,
            @ForAll @IntRange(min = 1, max = 7) int size, @ForAll Set<Confidentiality> asked, @ForAll boolean onlyMemos) throws Exception {
        try (ArchiveSearch search = ArchiveSearch.inMemory()) {
            List<Archive.Stored> stored = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                String text = d.words().stream().sorted().collect(Collectors.joining(" ")) + (d.french() ? " et ainsi de suite" : " and so on");
                stored.add(new Archive.Stored("doc-" + i, 1, SearchFixtures.sha("doc-" + i, 1),
                        SearchFixtures.metadata("Document " + i, d.kind(), d.french() ? Locale.FRENCH : Locale.ENGLISH, d.level(),
                                LocalDate.of(2026, 1, 1).plusDays(i)), text));
            }
            // half the archives come in by rebuild, half one by one
            if (docs.size() % 2 == 0) {
                search.rebuild(stored);
            } else {
                stored.forEach(search::put);
            }
            Clearance clearance = Clearance.of(reader);
            ArchiveSearch.Query q = ArchiveSearch.Query.of(word).withConfidentialities(asked)
                    .withKinds(onlyMemos ? Set.of(DocumentKind.MEMO) : Set.of());

            Set<String> expected = new HashSet<>();
            String folded = norm(word);
            for (int i = 0; i < docs.size(); i++) {
                Doc d = docs.get(i);
                boolean matches = word.isBlank() || d.words().stream().anyMatch(w -> norm(w).equals(folded));
                if (matches && clearance.permits(d.level()) && (asked.isEmpty() || asked.contains(d.level()))
                        && (!onlyMemos || d.kind() == DocumentKind.MEMO)) {
                    expected.add("doc-" + i);
                }
            }

            List<String> seen = new ArrayList<>();
            int offset = 0;
            while (true) {
                Page<ArchiveSearch.Hit> page = search.search(q.page(offset, size), clearance).get();
                assertThat(page.total()).isEqualTo(expected.size());
                assertThat(page.items()).allSatisfy(h -> assertThat(clearance.permits(h.confidentiality())).isTrue());
                page.items().forEach(h -> seen.add(h.documentId()));
                if (!page.hasNext()) {
                    break;
                }
                assertThat(page.items()).hasSize(size);
                offset += size;
            }
            assertThat(seen).doesNotHaveDuplicates();
            assertThat(new HashSet<>(seen)).isEqualTo(expected);
        }
    }

    /** The reference's idea of one word: case and accents aside, singular. */
    private static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("é", "e");
        return w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of("reunion", "REUNION", "Réunions", "", "zèbre"));
    }
}
