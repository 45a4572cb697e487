package org.aso.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Page;
import org.aso.docs.ArchiveSearch;

/**
 * A measured run of the archive's search (see benchmarks/README.md): indexes {@code docs}
 * generated documents ({@link ArchiveFeed}) in a disk index, then answers {@code queries} mixed
 * queries (top 10 with snippets, each for a reader of a random clearance) through
 * {@link ArchiveSearch} and, in the same run, by a {@link PlainScan} of the stored texts; prints
 * the median, 99th percentile and mean latency of each, after one warm-up pass of each.
 *
 * <pre>{@code java -Xms3g -Xmx3g -cp benchmarks/target/benchmarks.jar org.aso.benchmarks.SearchRun [docs] [queries]}</pre>
 */
public final class SearchRun {
    private SearchRun() {}

    /** What one run measured. */
    record Figures(int docs, double indexSeconds, long indexBytes, long[] searchNanos, long[] scanNanos, double searchAnswered,
                   double scanAnswered, double searchMatches, double scanMatches) {}

    /**
     * Runs the measurement and prints the figures.
     *
     * @param args the number of documents (default 100,000) and of queries (default 1,000)
     * @throws IOException if the temporary index cannot be written
     */
    public static void main(String[] args) throws IOException {
        int docs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int queries = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Figures f = run(docs, queries, 42L);
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "indexed %,d documents in %.1f s, index %,d MB on disk%n", f.docs(), f.indexSeconds(),
                f.indexBytes() / 1_000_000);
        print("search (Lucene, top 10 + snippets)", f.searchNanos(), f.searchAnswered(), f.searchMatches());
        print("plain scan of the stored texts   ", f.scanNanos(), f.scanAnswered(), f.scanMatches());
        System.out.printf(Locale.ROOT, "speed-up: median %.0fx, p99 %.0fx%n", (double) percentile(f.scanNanos(), 50) / percentile(f.searchNanos(), 50),
                (double) percentile(f.scanNanos(), 99) / percentile(f.searchNanos(), 99));
    }

    static Figures run(int docCount, int queryCount, long seed) throws IOException {
        ArchiveFeed feed = new ArchiveFeed(seed);
        List<ArchiveFeed.Doc> docs = feed.documents(docCount);
        List<ArchiveFeed.Ask> asks = feed.queries(queryCount, docs);
        Path dir = Files.createTempDirectory("aso-search-run");
        try (ArchiveSearch search = ArchiveSearch.open(dir)) {
            long t0 = System.nanoTime();
            for (ArchiveFeed.Doc d : docs) {
                search.put(d.id(), 1, "0".repeat(64), d.metadata(), d.text());
            }
            search.flush();
            double indexSeconds = (System.nanoTime() - t0) / 1e9;
            long bytes;
            try (Stream<Path> files = Files.list(dir)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            searchAll(search, asks); // warm-up
            long[] searchNanos = new long[asks.size()];
            int answered = searchAll(search, asks, searchNanos);
            double searchMatches = asks.stream().mapToInt(a -> search.search(query(a), Clearance.of(a.reader())).get().total()).average().orElse(0);

            PlainScan scan = new PlainScan(docs);
            scanAll(scan, asks, new long[asks.size()]); // warm-up
            long[] scanNanos = new long[asks.size()];
            int scanAnswered = scanAll(scan, asks, scanNanos);
            double scanMatches = asks.stream().mapToInt(a -> scan.search(a, 10).total()).average().orElse(0);
            return new Figures(docCount, indexSeconds, bytes, PlainScan.sorted(searchNanos), PlainScan.sorted(scanNanos),
                    (double) answered / asks.size(), (double) scanAnswered / asks.size(), searchMatches, scanMatches);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void searchAll(ArchiveSearch search, List<ArchiveFeed.Ask> asks) {
        searchAll(search, asks, new long[asks.size()]);
    }

    /** {@return how many queries found something}; fills each query's latency. */
    static int searchAll(ArchiveSearch search, List<ArchiveFeed.Ask> asks, long[] nanos) {
        int answered = 0;
        for (int i = 0; i < asks.size(); i++) {
            ArchiveFeed.Ask a = asks.get(i);
            long t = System.nanoTime();
            Page<ArchiveSearch.Hit> page = search.search(query(a), Clearance.of(a.reader())).get();
            nanos[i] = System.nanoTime() - t;
            answered += page.items().isEmpty() ? 0 : 1;
        }
        return answered;
    }

    static ArchiveSearch.Query query(ArchiveFeed.Ask a) {
        ArchiveSearch.Query q = ArchiveSearch.Query.of(a.phrase() ? "\"" + a.text() + "\"" : a.text());
        if (a.kind().isPresent()) {
            q = q.withKinds(Set.of(a.kind().get()));
        }
        if (a.from().isPresent()) {
            q = q.between(a.from().get(), a.to().get());
        }
        return q;
    }

    static int scanAll(PlainScan scan, List<ArchiveFeed.Ask> asks, long[] nanos) {
        int answered = 0;
        for (int i = 0; i < asks.size(); i++) {
            long t = System.nanoTime();
            PlainScan.Answer answer = scan.search(asks.get(i), 10);
            nanos[i] = System.nanoTime() - t;
            answered += answer.top().isEmpty() ? 0 : 1;
        }
        return answered;
    }

    static long percentile(long[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(at, sorted.length - 1))];
    }

    private static void print(String what, long[] sorted, double answered, double matches) {
        System.out.printf(Locale.ROOT, "%s: median %.2f ms, p99 %.2f ms, mean %.2f ms; %.0f %% of queries found something, %,.0f matches on average%n",
                what, percentile(sorted, 50) / 1e6, percentile(sorted, 99) / 1e6, java.util.Arrays.stream(sorted).average().orElse(0) / 1e6,
                answered * 100, matches);
    }
}
