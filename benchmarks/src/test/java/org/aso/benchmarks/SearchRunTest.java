package org.aso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aso.core.kernel.Clearance;
import org.aso.docs.ArchiveSearch;
import org.junit.jupiter.api.Test;

class SearchRunTest {
    @Test
    void run_searchesAndScans_andBothFindMostQueries() throws Exception {
        SearchRun.Figures f = SearchRun.run(2_000, 100, 7L);
        assertThat(f.searchNanos()).hasSize(100);
        assertThat(f.searchNanos()[0]).isPositive();
        assertThat(f.scanNanos()).hasSize(100);
        assertThat(f.searchAnswered()).isGreaterThan(0.5);
        assertThat(f.scanAnswered()).isGreaterThan(0.5);
        assertThat(f.indexBytes()).isPositive();
    }

    @Test
    void search_findsOnlyDocumentsHoldingTheWordsStem_andAsManyAsTheScanForWholeWords() throws Exception {
        ArchiveFeed feed = new ArchiveFeed(11L);
        List<ArchiveFeed.Doc> docs = feed.documents(500);
        Map<String, ArchiveFeed.Doc> byId = docs.stream().collect(Collectors.toMap(ArchiveFeed.Doc::id, d -> d));
        PlainScan scan = new PlainScan(docs);
        int compared = 0;
        try (ArchiveSearch search = ArchiveSearch.inMemory()) {
            docs.forEach(d -> search.put(d.id(), 1, "0".repeat(64), d.metadata(), d.text()));
            for (ArchiveFeed.Ask a : feed.queries(200, docs)) {
                if (a.phrase() || a.text().contains(" ") || a.text().contains("-")) {
                    continue;
                }
                String stem = PlainScan.fold(a.text()).substring(0, Math.min(3, a.text().length()));
                var page = search.search(SearchRun.query(a).page(0, 100), Clearance.of(a.reader())).get();
                assertThat(page.items()).allSatisfy(h -> {
                    assertThat(h.confidentiality().isAtMost(a.reader())).isTrue();
                    ArchiveFeed.Doc d = byId.get(h.documentId());
                    assertThat(PlainScan.fold(d.metadata().title() + " " + d.text())).as(a.text()).contains(stem);
                });
                // a word that never occurs inside another of the vocabulary: the scan and search agree on the count
                if (ArchiveFeed.FRENCH.stream().noneMatch(w -> !w.equals(a.text()) && PlainScan.fold(w).contains(PlainScan.fold(a.text())))
                        && ArchiveFeed.ENGLISH.stream().noneMatch(w -> !w.equals(a.text()) && w.contains(PlainScan.fold(a.text())))
                        && ArchiveFeed.FRENCH.contains(a.text()) != ArchiveFeed.ENGLISH.contains(a.text())) {
                    assertThat(page.total()).as(a.text()).isGreaterThanOrEqualTo(scan.search(a, 10).total());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(10);
    }
}
