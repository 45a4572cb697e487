package org.aso.docs;

import io.vavr.control.Either;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.aso.core.dossier.DossierId;
import org.aso.core.kernel.Clearance;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Page;
import org.aso.core.kernel.Problem;

/**
 * Full-text search over the archive (Apache Lucene): title, body and metadata, in French and
 * English, with filters, ranked results, highlighted snippets and paging, and never a document the
 * reader's clearance does not allow.
 *
 * <p>A document is analysed in its own language (French for a {@code fr} language, English for
 * any other): words are lower-cased, stop words dropped, accents folded and words stemmed, so
 * {@code "reunion"} finds "Réunions". A query is analysed both ways and searches both languages.
 * Query text is a reader's words: every word must match (in the title, the body or the metadata:
 * tags, classification, dossier); {@code "a phrase"} in double quotes, {@code -word} excludes,
 * {@code a | b} is either, {@code word*} a prefix. Any text is accepted; nothing in it is an error.
 *
 * <p>The index is derived data: {@link #follow follow} an archive, or {@link #put put} each
 * document as the archive stores it, {@link #remove remove} a disposed one, and
 * {@link #rebuild rebuild} it from the archive at any time.
 *
 * <pre>{@code
 * try (ArchiveSearch search = ArchiveSearch.inMemory()) {
 *     search.follow(archive);
 *     Page<ArchiveSearch.Hit> page = search.search(ArchiveSearch.Query.of("reunion"), reader).get();
 * }
 * }</pre>
 *
 * <p>Thread-safe: searches run concurrently with each other and with updates; an update is seen by
 * the searches that start after it returns.
 */
public final class ArchiveSearch implements Closeable {
    /** The longest query text accepted, in characters. */
    public static final int MAX_QUERY_LENGTH = 500;
    /** The most words a query may hold. */
    public static final int MAX_QUERY_WORDS = 32;
    /** The largest page. */
    public static final int MAX_PAGE_SIZE = 100;
    /** How deep paging may go: offset plus page size at most this. */
    public static final int MAX_DEPTH = 10_000;

    private static final String ID = "id";
    private static final String VERSION = "version";
    private static final String SHA256 = "sha256";
    private static final String TITLE = "title";
    private static final String KIND = "kind";
    private static final String CLASSIFICATION = "classification";
    private static final String DOSSIER = "dossier";
    private static final String DATE = "date";
    private static final String LEVEL = "level";
    private static final String FRENCH = "french";
    private static final int SNIPPET_FRAGMENTS = 2;
    private static final int FRAGMENT_CHARS = 120;

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** How many changes were written, and how many of them the searchers had seen at their last refresh. */
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong seen = new AtomicLong();
    /** Held by each write, so that a rebuild and the puts around it apply in order. */
    private final Object writes = new Object();

    private ArchiveSearch(Directory directory) throws IOException {
        this.directory = directory;
        this.analyzer = SearchAnalyzers.perField();
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * {@return an index held in memory, empty; for tests and small archives}
     */
    public static ArchiveSearch inMemory() {
        try {
            return new ArchiveSearch(new ByteBuffersDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens (or creates) an index in a folder of its own. What it held survives a restart; after a
     * crash it holds the last committed state, and a {@code rebuild} from the archive brings it up
     * to date.
     *
     * @param folder the folder of the index, created if missing; nothing else may write there
     * @return the index
     * @throws IOException if the folder cannot be read or written, or holds something else
     * @throws NullPointerException if {@code folder} is null
     */
    public static ArchiveSearch open(Path folder) throws IOException {
        Objects.requireNonNull(folder, "folder");
        java.nio.file.Files.createDirectories(folder);
        return new ArchiveSearch(FSDirectory.open(folder));
    }

    /**
     * Adds a document's current version, replacing whatever version of it was indexed. Searches that
     * start after it returns see it; a disk index writes it at the next {@link #flush()} or
     * {@link #close()} (after a crash in between, {@link #rebuild} brings the index up to date).
     * Cost: the analysis of its text; many puts in a row cost no more than a rebuild.
     *
     * @param documentId the archive's id of the document
     * @param version its version
     * @param sha256 the SHA-256 of its bytes, in hex
     * @param metadata its metadata
     * @param text the text extracted from it
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the index cannot be written
     */
    public void put(String documentId, int version, String sha256, DocumentMetadata metadata, String text) {
        Document doc = document(documentId, version, sha256, metadata, text);
        synchronized (writes) {
            try {
                writer.updateDocument(new Term(ID, documentId), doc);
                written.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Removes a document (destroyed, or no longer in the archive); nothing happens if it was not
     * indexed. Seen and written as {@link #put put} is.
     *
     * @param documentId the archive's id of the document
     * @throws NullPointerException if {@code documentId} is null
     * @throws UncheckedIOException if the index cannot be written
     */
    public void remove(String documentId) {
        Objects.requireNonNull(documentId, "documentId");
        synchronized (writes) {
            try {
                writer.deleteDocuments(new Term(ID, documentId));
                written.incrementAndGet();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Adds a stored version, replacing whatever version of the document was indexed: {@link
     * #put(String, int, String, DocumentMetadata, String) put} with its parts.
     *
     * @param stored the version the archive stored
     * @throws NullPointerException if {@code stored} is null
     * @throws UncheckedIOException if the index cannot be written
     */
    public void put(Archive.Stored stored) {
        Objects.requireNonNull(stored, "stored");
        put(stored.id(), stored.version(), stored.sha256(), stored.metadata(), stored.text());
    }

    /**
     * Replaces the whole index with these documents (from {@link Archive#documents()}), in one
     * commit: searches see the old index until it is done. Cost follows the archive: every text is
     * analysed again.
     *
     * @param documents the current version of every document
     * @throws NullPointerException if {@code documents} or one of them is null
     * @throws UncheckedIOException if the index cannot be written
     */
    public void rebuild(Iterable<Archive.Stored> documents) {
        Objects.requireNonNull(documents, "documents");
        synchronized (writes) {
            try {
                writer.deleteAll();
                for (Archive.Stored s : documents) {
                    writer.addDocument(document(s.id(), s.version(), s.sha256(), s.metadata(), s.text()));
                }
                written.incrementAndGet();
                writer.commit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Keeps this index up to date with an archive: rebuilds it from {@link Archive#documents()},
     * then puts each version the archive stores ({@link Archive#onStored}) and removes each
     * document it disposes of ({@link Archive#onDisposed}). A version stored while the rebuild runs
     * is put after it.
     *
     * <pre>{@code
     * ArchiveSearch search = ArchiveSearch.open(indexFolder);
     * search.follow(archive);
     * }</pre>
     *
     * @param archive the archive, open
     * @throws NullPointerException if {@code archive} is null
     * @throws UncheckedIOException if the index cannot be written
     */
    public void follow(Archive archive) {
        Objects.requireNonNull(archive, "archive");
        synchronized (writes) {
            archive.onStored(this::put);
            archive.onDisposed(t -> remove(t.id()));
            rebuild(archive.documents());
        }
    }

    /** {@return how many documents the index holds} */
    public int size() {
        return writer.getDocStats().numDocs;
    }

    /**
     * Searches the index for a reader. Documents above the reader's clearance are excluded in the
     * query itself, so they are neither shown, nor counted, nor do they shift a page. Results are
     * ranked by relevance (then by document date, newest first); a blank text lists every document
     * the filters allow, newest first. Cost follows the matches and the page's depth, not the archive.
     *
     * @param query the words, filters and page
     * @param reader the reader's clearance
     * @return the page of hits, or a problem: {@code docs.search.query-too-long} (more than
     *     {@link #MAX_QUERY_LENGTH} characters or {@link #MAX_QUERY_WORDS} words),
     *     {@code docs.search.page-too-large} (size above {@link #MAX_PAGE_SIZE}),
     *     {@code docs.search.page-too-deep} (offset plus size above {@link #MAX_DEPTH}),
     *     {@code docs.search.dates-reversed} (a range that ends before it starts)
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the index cannot be read
     */
    public Either<Problem, Page<Hit>> search(Query query, Clearance reader) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(reader, "reader");
        Optional<Problem> refused = check(query);
        if (refused.isPresent()) {
            return Either.left(refused.get());
        }
        org.apache.lucene.search.Query words = words(query.text());
        if (words == null) {
            return Either.right(Page.of(List.of(), query.offset(), 0));
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(words, words instanceof MatchAllDocsQuery ? Occur.FILTER : Occur.MUST);
        b.add(IntPoint.newRangeQuery(LEVEL, 0, reader.level().ordinal()), Occur.FILTER);
        if (!query.confidentialities().isEmpty()) {
            b.add(IntPoint.newSetQuery(LEVEL, query.confidentialities().stream().mapToInt(Enum::ordinal).toArray()), Occur.FILTER);
        }
        if (!query.kinds().isEmpty()) {
            b.add(new TermInSetQuery(KIND, query.kinds().stream().map(k -> new BytesRef(k.name())).toList()), Occur.FILTER);
        }
        query.classification().ifPresent(c -> b.add(new TermQuery(new Term(CLASSIFICATION, c)), Occur.FILTER));
        query.dossier().ifPresent(d -> b.add(new TermQuery(new Term(DOSSIER, d.value())), Occur.FILTER));
        if (query.from().isPresent() || query.to().isPresent()) {
            long from = query.from().map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
            long to = query.to().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
            b.add(LongPoint.newRangeQuery(DATE, from, to), Occur.FILTER);
        }
        BooleanQuery full = b.build();
        try {
            long changes = written.get();
            if (changes > seen.get()) {
                searchers.maybeRefreshBlocking(); // waits for a refresh under way, then opens what was written
                seen.accumulateAndGet(changes, Math::max);
            }
            IndexSearcher searcher = searchers.acquire();
            try {
                return Either.right(page(searcher, full, words, query));
            } finally {
                searchers.release(searcher);
            }
        } catch (IndexSearcher.TooManyClauses e) {
            return Either.left(Problem.of("docs.search.query-too-long", "The query is too long")
                    .with("length", query.text().length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Searches the index for the actor of {@code reader}: {@link #search(Query, Clearance) search}
     * with their clearance, as {@link Archive#list(Context)} filters listings.
     *
     * @param query the words, filters and page
     * @param reader who reads
     * @return the page of hits, or a problem (see {@link #search(Query, Clearance)})
     * @throws NullPointerException if an argument is null
     * @throws UncheckedIOException if the index cannot be read
     */
    public Either<Problem, Page<Hit>> search(Query query, Context reader) {
        Objects.requireNonNull(reader, "reader");
        return search(query, reader.clearance());
    }

    private Page<Hit> page(IndexSearcher searcher, BooleanQuery full, org.apache.lucene.search.Query words, Query query) throws IOException {
        int wanted = query.offset() + query.size();
        SortField newest = new SortField(DATE, SortField.Type.LONG, true);
        Sort sort = words instanceof MatchAllDocsQuery ? new Sort(newest, new SortField(ID, SortField.Type.STRING))
                : new Sort(SortField.FIELD_SCORE, newest, new SortField(ID, SortField.Type.STRING));
        // one pass ranks the page and counts every match (no second pass for the total)
        TopDocs top = searcher.search(full, new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE));
        int total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? (int) top.totalHits.value : searcher.count(full);
        List<Hit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (int i = query.offset(); i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document d = stored.document(sd.doc);
            Object first = ((FieldDoc) sd).fields[0];
            hits.add(hit(d, first instanceof Float f ? f : 0f, words));
        }
        return Page.of(hits, query.offset(), Math.max(total, query.offset() + hits.size()));
    }

    private Hit hit(Document d, float score, org.apache.lucene.search.Query words) throws IOException {
        boolean french = d.getField(FRENCH) != null;
        String field = french ? SearchAnalyzers.BODY_FR : SearchAnalyzers.BODY_EN;
        Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
                new QueryScorer(words, field));
        highlighter.setTextFragmenter(new SimpleFragmenter(FRAGMENT_CHARS));
        String text = d.get(field);
        String snippet;
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            String[] best = highlighter.getBestFragments(tokens, text, SNIPPET_FRAGMENTS);
            snippet = best.length == 0 ? new SimpleHTMLEncoder().encodeText(opening(text)) : String.join(" … ", best);
        } catch (InvalidTokenOffsetsException e) {
            snippet = new SimpleHTMLEncoder().encodeText(opening(text));
        }
        return new Hit(d.get(ID), d.getField(VERSION).numericValue().intValue(), d.get(SHA256), d.get(TITLE),
                DocumentKind.valueOf(d.get(KIND)), LocalDate.ofEpochDay(d.getField(DATE).numericValue().longValue()),
                Confidentiality.values()[d.getField(LEVEL).numericValue().intValue()], score, snippet);
    }

    private static String opening(String text) {
        if (text.length() <= FRAGMENT_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', FRAGMENT_CHARS);
        return text.substring(0, cut > 0 ? cut : FRAGMENT_CHARS) + " …";
    }

    private static Optional<Problem> check(Query q) {
        String text = q.text();
        long words = Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).count();
        if (text.length() > MAX_QUERY_LENGTH || words > MAX_QUERY_WORDS) {
            return Optional.of(Problem.of("docs.search.query-too-long", "The query is too long: at most "
                    + MAX_QUERY_LENGTH + " characters and " + MAX_QUERY_WORDS + " words").with("length", text.length()));
        }
        if (q.size() > MAX_PAGE_SIZE) {
            return Optional.of(Problem.of("docs.search.page-too-large", "A page holds at most " + MAX_PAGE_SIZE + " results")
                    .with("size", q.size()).with("max", MAX_PAGE_SIZE));
        }
        if ((long) q.offset() + q.size() > MAX_DEPTH) {
            return Optional.of(Problem.of("docs.search.page-too-deep", "Results are paged up to the first " + MAX_DEPTH)
                    .with("offset", q.offset()).with("max", MAX_DEPTH));
        }
        if (q.from().isPresent() && q.to().isPresent() && q.to().get().isBefore(q.from().get())) {
            return Optional.of(Problem.of("docs.search.dates-reversed", "The date range ends before it starts")
                    .with("from", q.from().get()).with("to", q.to().get()));
        }
        return Optional.empty();
    }

    /** The words as a Lucene query: all documents for a blank text, null for words that all drop out (stop words, signs). */
    private org.apache.lucene.search.Query words(String text) {
        if (text.isBlank()) {
            return new MatchAllDocsQuery();
        }
        Map<String, Float> fields = Map.of(SearchAnalyzers.TITLE_FR, 3f, SearchAnalyzers.TITLE_EN, 3f,
                SearchAnalyzers.BODY_FR, 1f, SearchAnalyzers.BODY_EN, 1f, SearchAnalyzers.META, 2f);
        int flags = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.OR_OPERATOR
                | SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.PREFIX_OPERATOR
                | SimpleQueryParser.WHITESPACE_OPERATOR | SimpleQueryParser.ESCAPE_OPERATOR;
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, fields, flags);
        parser.setDefaultOperator(Occur.MUST);
        return parser.parse(text);
    }

    private static Document document(String id, int version, String sha256, DocumentMetadata m, String text) {
        Objects.requireNonNull(id, "documentId");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(m, "metadata");
        Objects.requireNonNull(text, "text");
        boolean french = SearchAnalyzers.isFrench(m.language());
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new org.apache.lucene.document.SortedDocValuesField(ID, new BytesRef(id)));
        d.add(new StoredField(VERSION, version));
        d.add(new StoredField(SHA256, sha256));
        d.add(new StoredField(TITLE, m.title()));
        d.add(new TextField(french ? SearchAnalyzers.TITLE_FR : SearchAnalyzers.TITLE_EN, m.title(), Field.Store.NO));
        d.add(new TextField(french ? SearchAnalyzers.BODY_FR : SearchAnalyzers.BODY_EN, text, Field.Store.YES));
        if (french) {
            d.add(new StoredField(FRENCH, 1));
        }
        d.add(new StringField(KIND, m.kind().name(), Field.Store.YES));
        m.classification().ifPresent(c -> d.add(new StringField(CLASSIFICATION, c, Field.Store.NO)));
        m.dossier().ifPresent(x -> d.add(new StringField(DOSSIER, x.value(), Field.Store.NO)));
        long day = m.documentDate().toEpochDay();
        d.add(new LongPoint(DATE, day));
        d.add(new NumericDocValuesField(DATE, day));
        d.add(new StoredField(DATE, day));
        int level = m.confidentiality().ordinal();
        d.add(new IntPoint(LEVEL, level));
        d.add(new StoredField(LEVEL, level));
        List<String> meta = new ArrayList<>(m.tags());
        m.classification().ifPresent(meta::add);
        m.dossier().ifPresent(x -> meta.add(x.value()));
        d.add(new TextField(SearchAnalyzers.META, String.join(" ", meta), Field.Store.NO));
        return d;
    }

    /**
     * Writes what was put or removed to the index's folder (a commit; nothing to do in memory).
     *
     * @throws UncheckedIOException if the index cannot be written
     */
    public void flush() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the index (committing what was written). Searches must have returned.
     *
     * @throws IOException if the index cannot be written
     */
    @Override
    public void close() throws IOException {
        try (directory; writer; searchers) {
            // closed in reverse order: searchers, writer, directory
        }
    }

    /**
     * What to search: words, filters and the page.
     *
     * <pre>{@code
     * Query q = Query.of("réunion budget").withKinds(Set.of(DocumentKind.MINUTES))
     *         .between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).page(20, 10);
     * }</pre>
     *
     * @param text the reader's words; blank for every document the filters allow
     * @param kinds the kinds wanted; empty for any
     * @param classification the filing-plan code wanted, exactly, if any
     * @param dossier the dossier wanted, if any
     * @param from the earliest document date, if any (inclusive)
     * @param to the latest document date, if any (inclusive)
     * @param confidentialities the markings wanted; empty for any the reader may see
     * @param offset where the page starts among all results, from 0
     * @param size how many results the page holds at most, from 1
     */
    public record Query(String text, Set<DocumentKind> kinds, Optional<String> classification, Optional<DossierId> dossier,
                        Optional<LocalDate> from, Optional<LocalDate> to, Set<Confidentiality> confidentialities,
                        int offset, int size) {
        /** The page size of {@link #of(String)}. */
        public static final int DEFAULT_SIZE = 10;

        /**
         * Checks the components and copies the sets.
         *
         * @param text the words
         * @param kinds the kinds wanted
         * @param classification the classification wanted
         * @param dossier the dossier wanted
         * @param from the earliest date
         * @param to the latest date
         * @param confidentialities the markings wanted
         * @param offset where the page starts
         * @param size the page size
         * @throws IllegalArgumentException if the offset is negative or the size below 1
         */
        public Query {
            Objects.requireNonNull(text, "text");
            kinds = Set.copyOf(kinds);
            Objects.requireNonNull(classification, "classification");
            Objects.requireNonNull(dossier, "dossier");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            confidentialities = Set.copyOf(confidentialities);
            if (offset < 0 || size < 1) {
                throw new IllegalArgumentException("Bad page: offset " + offset + ", size " + size);
            }
        }

        /**
         * {@return a query for these words, without filters, first page of {@value #DEFAULT_SIZE}}
         *
         * @param text the reader's words; blank for every document
         */
        public static Query of(String text) {
            return new Query(text, Set.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Set.of(), 0, DEFAULT_SIZE);
        }

        /**
         * {@return a copy that keeps only documents of these kinds (any kind if empty)}
         *
         * @param kinds the kinds
         */
        public Query withKinds(Set<DocumentKind> kinds) {
            return new Query(text, kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds), classification, dossier, from, to, confidentialities, offset, size);
        }

        /**
         * {@return a copy that keeps only documents classified under this code}
         *
         * @param code the filing-plan code
         */
        public Query withClassification(String code) {
            return new Query(text, kinds, Optional.of(code), dossier, from, to, confidentialities, offset, size);
        }

        /**
         * {@return a copy that keeps only documents of this dossier}
         *
         * @param dossier the dossier
         */
        public Query withDossier(DossierId dossier) {
            return new Query(text, kinds, classification, Optional.of(dossier), from, to, confidentialities, offset, size);
        }

        /**
         * {@return a copy that keeps only documents dated from {@code from} to {@code to}, both included}
         *
         * @param from the earliest date
         * @param to the latest date
         */
        public Query between(LocalDate from, LocalDate to) {
            return new Query(text, kinds, classification, dossier, Optional.of(from), Optional.of(to), confidentialities, offset, size);
        }

        /**
         * {@return a copy that keeps only documents with these markings (any the reader may see if empty)}
         *
         * @param levels the markings
         */
        public Query withConfidentialities(Set<Confidentiality> levels) {
            return new Query(text, kinds, classification, dossier, from, to, levels, offset, size);
        }

        /**
         * {@return a copy asking for another page}
         *
         * @param offset where the page starts among all results, from 0
         * @param size how many results at most
         * @throws IllegalArgumentException if the offset is negative or the size below 1
         */
        public Query page(int offset, int size) {
            return new Query(text, kinds, classification, dossier, from, to, confidentialities, offset, size);
        }
    }

    /**
     * One document found.
     *
     * @param documentId the archive's id of the document
     * @param version the version indexed (the current one)
     * @param sha256 the SHA-256 of that version's bytes, in hex
     * @param title its title, as stored (plain text: escape it to show it in HTML)
     * @param kind its kind
     * @param documentDate the date it bears
     * @param confidentiality its marking
     * @param score its relevance (higher first); 0 when the query has no words
     * @param snippetHtml passages of its text with the matching words in {@code <mark>}, HTML-escaped
     *     (safe to insert in a page); its opening when no word matched the body
     */
    public record Hit(String documentId, int version, String sha256, String title, DocumentKind kind, LocalDate documentDate,
                      Confidentiality confidentiality, float score, String snippetHtml) {
        /**
         * Checks that every component is there.
         *
         * @param documentId the document id
         * @param version the version
         * @param sha256 the SHA-256
         * @param title the title
         * @param kind the kind
         * @param documentDate the date
         * @param confidentiality the marking
         * @param score the relevance
         * @param snippetHtml the snippet
         */
        public Hit {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(documentDate, "documentDate");
            Objects.requireNonNull(confidentiality, "confidentiality");
            Objects.requireNonNull(snippetHtml, "snippetHtml");
        }
    }
}
