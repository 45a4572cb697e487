package org.aso.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import io.vavr.control.Either;
import org.aso.core.correspondence.EntryId;
import org.aso.core.dossier.ClassificationCode;
import org.aso.core.dossier.DisposalAction;
import org.aso.core.dossier.DossierId;
import org.aso.core.dossier.FilingPlan;
import org.aso.core.dossier.RetentionOutcome;
import org.aso.core.dossier.RetentionRule;
import org.aso.core.kernel.Confidentiality;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.PersonId;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

/**
 * The document archive: bytes with their {@link DocumentMetadata}, content addressed by SHA-256, in
 * versions per document id, on a directory of the file system.
 *
 * <pre>{@code
 * try (Archive archive = Problems.orThrow(Archive.open(dir))) {
 *     Archive.Stored v1 = Problems.orThrow(archive.store("memo-2026-001", html, "text/html", metadata, ctx));
 *     v1.version();                              // => 1
 *     archive.list(ctx);                         // what ctx's clearance allows, current versions
 *     archive.verify();                          // => [] while no file was changed behind its back
 *     archive.dueForDisposal(filingPlan, LocalDate.of(2040, 1, 1));
 * }
 * }</pre>
 *
 * <p>On disk: {@code objects/ab/abcd...} (one file per distinct content, named by its SHA-256),
 * {@code journal} (append-only, one line per stored version, hold, release or disposal, replayed
 * when the archive is opened) and {@code lock}. A content file is written to {@code tmp/}, forced to
 * the device, renamed into place atomically and its directory forced; only then is the journal line
 * appended and forced. A crash at any point leaves the archive as it was before the call or as it is
 * after it: a journal line cut short is dropped when the archive is opened again, and a content file
 * no line names is never shown. Document ids are checked and never used as file names.
 *
 * <p>One process at a time: {@link #open} takes a lock on the directory. Thread-safe: calls are
 * serialised; listeners run on the calling thread after the change is durable.
 */
public final class Archive implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern MEDIA_TYPE = Pattern.compile(
            "[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}(; ?[a-z0-9-]+=[A-Za-z0-9._-]+){0,3}");
    private static final String STORE = "S";
    private static final String HOLD = "H";
    private static final String RELEASE = "R";
    private static final String DISPOSE = "D";

    private final Path dir;
    private final Limits limits;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Journal journal;
    private final Map<String, List<Version>> versions = new TreeMap<>();
    private final Map<String, Hold> holds = new TreeMap<>();
    private final Map<String, Tombstone> tombstones = new TreeMap<>();
    private final Map<String, String> texts = new HashMap<>();
    private final List<Consumer<Stored>> storedListeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<Tombstone>> disposedListeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    /** A stored version as the journal knows it. */
    private record Version(String id, int number, String sha256, String mediaType, long size,
                           DocumentMetadata metadata, PersonId storedBy, Instant storedAt) {}

    /**
     * A version of a document as search sees it: what to index and what to filter on.
     *
     * @param id the document id
     * @param version the version number, from 1
     * @param sha256 the SHA-256 of its bytes, lower-case hex
     * @param metadata its metadata
     * @param text its text for search (empty for a media type without text), at most
     *     {@link Limits#maxTextChars()} characters
     */
    public record Stored(String id, int version, String sha256, DocumentMetadata metadata, String text) {
        /**
         * Checks the components.
         *
         * @param id the document id
         * @param version the version number
         * @param sha256 the SHA-256 of the bytes
         * @param metadata the metadata
         * @param text the text
         */
        public Stored {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(metadata, "metadata");
            Objects.requireNonNull(text, "text");
            if (version < 1) {
                throw new IllegalArgumentException("Versions count from 1: " + version);
            }
        }
    }

    /**
     * The bytes of a version and their media type.
     *
     * @param stored the version
     * @param mediaType the media type given when it was stored
     * @param bytes the bytes (a copy: the caller may change it)
     */
    public record Content(Stored stored, String mediaType, byte[] bytes) {
        /**
         * Checks the components.
         *
         * @param stored the version
         * @param mediaType its media type
         * @param bytes its bytes
         */
        public Content {
            Objects.requireNonNull(stored, "stored");
            Objects.requireNonNull(mediaType, "mediaType");
            Objects.requireNonNull(bytes, "bytes");
        }
    }

    /**
     * A version whose file is missing or whose bytes no longer have the SHA-256 they were stored with.
     *
     * @param id the document id
     * @param version the version
     * @param sha256 the SHA-256 it was stored with
     * @param found the SHA-256 of the bytes found, or empty if the file is missing
     * @param file the file, relative to the archive's directory
     */
    public record Damage(String id, int version, String sha256, Optional<String> found, String file) {
        /**
         * Checks the components.
         *
         * @param id the document id
         * @param version the version
         * @param sha256 the SHA-256 it was stored with
         * @param found what was found
         * @param file the file
         */
        public Damage {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(found, "found");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * A legal hold on a document: while it lasts, the document is never disposed of.
     *
     * @param id the document id
     * @param reason why (a case, an inquiry)
     * @param by who placed it
     * @param at when
     */
    public record Hold(String id, String reason, PersonId by, Instant at) {
        /**
         * Checks the components.
         *
         * @param id the document id
         * @param reason why
         * @param by who placed it
         * @param at when
         */
        public Hold {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * A document whose retention has run out on a date: what the schedule says to do with it.
     *
     * @param id the document id
     * @param classification its classification code
     * @param disposalOn the date its retention ran out
     * @param action what to do: {@link DisposalAction#DESTROY} or {@link DisposalAction#TRANSFER_TO_ARCHIVES}
     */
    public record Disposal(String id, String classification, LocalDate disposalOn, DisposalAction action) {
        /**
         * Checks the components.
         *
         * @param id the document id
         * @param classification the classification code
         * @param disposalOn the disposal date
         * @param action what to do
         */
        public Disposal {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(classification, "classification");
            Objects.requireNonNull(disposalOn, "disposalOn");
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * What is left of a disposed document: its metadata and the SHA-256 of each version, no bytes.
     *
     * @param id the document id
     * @param metadata the metadata of its last version
     * @param sha256s the SHA-256 of each version, oldest first
     * @param action destroyed or transferred to the archives
     * @param disposalOn the date its retention ran out
     * @param by who disposed of it
     * @param at when
     */
    public record Tombstone(String id, DocumentMetadata metadata, List<String> sha256s, DisposalAction action,
                            LocalDate disposalOn, PersonId by, Instant at) {
        /**
         * Checks the components and copies the list.
         *
         * @param id the document id
         * @param metadata the metadata of its last version
         * @param sha256s the SHA-256 of each version
         * @param action what was done
         * @param disposalOn the disposal date
         * @param by who
         * @param at when
         */
        public Tombstone {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(metadata, "metadata");
            sha256s = List.copyOf(sha256s);
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(disposalOn, "disposalOn");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * Bounds on what the archive accepts and on text extraction.
     *
     * @param maxBytes the largest document accepted, in bytes
     * @param maxTextChars the most characters of text kept for search per version
     * @param maxPdfPages the most pages of a PDF read for text
     * @param extractionTimeout the longest time spent reading the text of one PDF
     */
    public record Limits(long maxBytes, int maxTextChars, int maxPdfPages, Duration extractionTimeout) {
        /**
         * Checks that every bound is positive.
         *
         * @param maxBytes the largest document
         * @param maxTextChars the most characters of text
         * @param maxPdfPages the most pages read
         * @param extractionTimeout the longest extraction
         * @throws IllegalArgumentException if a bound is not positive
         */
        public Limits {
            Objects.requireNonNull(extractionTimeout, "extractionTimeout");
            if (maxBytes < 1 || maxTextChars < 1 || maxPdfPages < 1 || extractionTimeout.isNegative()
                    || extractionTimeout.isZero()) {
                throw new IllegalArgumentException("Archive limits must be positive: " + maxBytes + ", "
                        + maxTextChars + ", " + maxPdfPages + ", " + extractionTimeout);
            }
        }

        /** {@return 64 MiB per document, a million characters of text, 2,000 pages, 20 seconds per PDF} */
        public static Limits defaults() {
            return new Limits(64L << 20, 1_000_000, 2_000, Duration.ofSeconds(20));
        }
    }

    private Archive(Path dir, Limits limits, FileChannel lockChannel, FileLock lock, Journal journal) {
        this.dir = dir;
        this.limits = limits;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.journal = journal;
    }

    /**
     * Opens (or creates) the archive in {@code dir} with {@link Limits#defaults()}.
     *
     * @param dir the archive's directory; created if missing
     * @return the archive, or {@code docs.archive.locked} if another process has it open, or
     *     {@code docs.archive.journal.corrupt} if its journal is damaged before its last line
     * @throws UncheckedIOException if the directory cannot be read or written
     */
    public static Either<Problem, Archive> open(Path dir) {
        return open(dir, Limits.defaults());
    }

    /**
     * Opens (or creates) the archive in {@code dir}: takes its lock, replays the journal (dropping a last
     * line cut short by a crash) and deletes what an interrupted write or disposal left behind. Cost
     * follows the journal's length; texts are read again from the files only when asked for.
     *
     * @param dir the archive's directory; created if missing
     * @param limits bounds on documents and text extraction
     * @return the archive, or {@code docs.archive.locked}, or {@code docs.archive.journal.corrupt}
     * @throws UncheckedIOException if the directory cannot be read or written
     */
    public static Either<Problem, Archive> open(Path dir, Limits limits) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(limits, "limits");
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(dir.resolve("objects"));
            Files.createDirectories(dir.resolve("tmp"));
            lockChannel = FileChannel.open(dir.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                lockChannel.close();
                return Either.left(Problem.of("docs.archive.locked", "The archive in " + dir
                        + " is open elsewhere").with("dir", dir));
            }
            List<List<String>> records = new ArrayList<>();
            Either<Problem, Journal> journal = Journal.open(dir.resolve("journal"), records);
            if (journal.isLeft()) {
                lock.release();
                lockChannel.close();
                return Either.left(journal.getLeft());
            }
            Archive archive = new Archive(dir, limits, lockChannel, lock, journal.get());
            try {
                for (List<String> r : records) {
                    archive.apply(r);
                }
                archive.cleanUp();
            } catch (RuntimeException e) {
                archive.close();
                throw e;
            }
            return Either.right(archive);
        } catch (IOException e) {
            if (lockChannel != null) {
                try {
                    lockChannel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw new UncheckedIOException("Cannot open the archive in " + dir, e);
        }
    }

    // ------------------------------------------------------------------ storing

    /**
     * Stores {@code bytes} as the next version of document {@code id}. The text for search is extracted
     * first ({@link #extractText}); nothing is written if that fails. The same bytes and metadata as the
     * current version give the current version back, without a new one (so a call repeated after a crash
     * does not add a version). Durable when it returns; then the {@link #onStored} listeners run.
     *
     * @param id the document id: letters, digits, {@code . _ -}, at most 128 characters, starting with a
     *     letter or digit
     * @param bytes the document (copied)
     * @param mediaType its media type, e.g. {@code "text/html"} or {@code "application/pdf"}
     * @param metadata its metadata
     * @param ctx who stores it, and when
     * @return the stored version, or {@code docs.archive.id.invalid}, {@code docs.archive.media-type.invalid},
     *     {@code docs.archive.title.blank}, {@code docs.archive.tag.blank}, a {@code kernel.text.*} problem for a title, classification or tag
     *     that is not one line of well-formed text,
     *     {@code docs.archive.too-large}, {@code docs.archive.disposed}, or an extraction problem
     *     ({@code docs.extract.*})
     * @throws UncheckedIOException if the files cannot be written (the archive is then as before the call)
     * @throws IllegalStateException if the archive is closed
     */
    public Either<Problem, Stored> store(String id, byte[] bytes, String mediaType, DocumentMetadata metadata,
                                         Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(ctx, "ctx");
        PersonId by = ctx.actor();
        Instant at = ctx.at();
        Optional<Problem> bad = checkId(id);
        if (bad.isPresent()) {
            return Either.left(bad.get());
        }
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            return Either.left(Problem.of("docs.archive.media-type.invalid", "Not a media type: "
                    + shorten(mediaType)).with("mediaType", shorten(mediaType)));
        }
        Optional<Problem> badMetadata = checkMetadata(metadata);
        if (badMetadata.isPresent()) {
            return Either.left(badMetadata.get());
        }
        byte[] copy = bytes.clone();
        Either<Problem, String> text = TextExtraction.extract(copy, mediaType, limits);
        if (text.isLeft()) {
            return Either.left(text.getLeft());
        }
        String sha = sha256(copy);
        Stored stored;
        synchronized (this) {
            ensureOpen();
            if (tombstones.containsKey(id)) {
                return Either.left(Problem.of("docs.archive.disposed", "Document " + id
                        + " was disposed of; it takes no new version").with("id", id));
            }
            List<Version> existing = versions.getOrDefault(id, List.of());
            if (!existing.isEmpty()) {
                Version last = existing.get(existing.size() - 1);
                if (last.sha256().equals(sha) && last.metadata().equals(metadata) && last.mediaType().equals(mediaType)) {
                    return Either.right(stored(last));
                }
            }
            writeObject(sha, copy);
            Version v = new Version(id, existing.size() + 1, sha, mediaType, copy.length, metadata, by, at);
            List<String> record = new ArrayList<>(List.of(STORE, id, Integer.toString(v.number()), sha, mediaType,
                    Long.toString(copy.length), by.value(), at.toString()));
            record.addAll(encode(metadata));
            journal.append(record);
            add(v);
            texts.put(textKey(sha, mediaType), text.get());
            stored = new Stored(id, v.number(), sha, metadata, text.get());
        }
        for (Consumer<Stored> l : storedListeners) {
            l.accept(stored);
        }
        return Either.right(stored);
    }

    /**
     * Registers a listener called with each newly stored version, after it is durable, on the storing
     * thread (search keeps its index up to date with it). An exception it throws reaches the caller of
     * {@link #store}, whose version is stored all the same.
     *
     * @param listener the listener
     */
    public void onStored(Consumer<Stored> listener) {
        storedListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Registers a listener called with the tombstone of each document disposed of, after the disposal is
     * durable, on the disposing thread (search drops the document from its index).
     *
     * @param listener the listener
     */
    public void onDisposed(Consumer<Tombstone> listener) {
        disposedListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    // ------------------------------------------------------------------ reading

    /**
     * Every current version the archive holds (the last version of each document not disposed of), by id,
     * whatever its confidentiality: for a search index to be rebuilt from; show people {@link #list} instead.
     * Cost follows the archive: texts not read since the archive was opened are extracted again.
     *
     * @return the current versions, by id
     */
    public synchronized List<Stored> documents() {
        ensureOpen();
        List<Stored> out = new ArrayList<>();
        for (List<Version> vs : versions.values()) {
            out.add(stored(vs.get(vs.size() - 1)));
        }
        return List.copyOf(out);
    }

    /**
     * The current versions {@code reader}'s clearance allows, by id: a document is shown only to a reader
     * cleared at least to its {@link DocumentMetadata#confidentiality()}.
     *
     * @param reader who reads
     * @return the visible current versions, by id
     */
    public synchronized List<Stored> list(Context reader) {
        Objects.requireNonNull(reader, "reader");
        return documents().stream().filter(s -> allows(reader, s.metadata())).toList();
    }

    /**
     * {@return true if {@code reader} may see a document with {@code metadata}}
     *
     * @param reader who reads
     * @param metadata the document's metadata
     */
    public static boolean allows(Context reader, DocumentMetadata metadata) {
        return reader.clearance().permits(metadata.confidentiality());
    }

    /**
     * Every version of a document, oldest first, if {@code reader} may see it (each version is checked).
     *
     * @param id the document id
     * @param reader who reads
     * @return the versions; empty for an unknown or disposed document or one the reader may not see
     */
    public synchronized List<Stored> versions(String id, Context reader) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reader, "reader");
        ensureOpen();
        return versions.getOrDefault(id, List.of()).stream()
                .filter(v -> allows(reader, v.metadata())).map(this::stored).toList();
    }

    /**
     * Reads a version's bytes and checks them against their SHA-256.
     *
     * @param id the document id
     * @param version the version, from 1
     * @param reader who reads
     * @return the content, or {@code docs.archive.unknown} (also for a document the reader may not see,
     *     so that its existence does not show), or {@code docs.archive.damaged} if its file was changed or lost
     * @throws UncheckedIOException if the file cannot be read
     */
    public synchronized Either<Problem, Content> read(String id, int version, Context reader) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reader, "reader");
        ensureOpen();
        List<Version> vs = versions.getOrDefault(id, List.of());
        if (version < 1 || version > vs.size() || !allows(reader, vs.get(version - 1).metadata())) {
            return Either.left(Problem.of("docs.archive.unknown", "No document " + shorten(id) + " version " + version)
                    .with("id", shorten(id)).with("version", version));
        }
        Version v = vs.get(version - 1);
        Optional<byte[]> bytes = readObject(v.sha256());
        if (bytes.isEmpty() || !sha256(bytes.get()).equals(v.sha256())) {
            return Either.left(Problem.of("docs.archive.damaged", "The file of document " + id + " version " + version
                    + " is missing or was changed").with("id", id).with("version", version));
        }
        return Either.right(new Content(stored(v), v.mediaType(), bytes.get()));
    }

    // ------------------------------------------------------------------ integrity

    /**
     * Checks every stored version's file against its SHA-256. Cost follows the bytes stored: each
     * distinct file is read once.
     *
     * @return every version whose file is missing or whose bytes changed, by id and version; empty if all is well
     * @throws UncheckedIOException if a file exists but cannot be read
     */
    public synchronized List<Damage> verify() {
        ensureOpen();
        Map<String, Optional<String>> found = new HashMap<>();
        List<Damage> out = new ArrayList<>();
        for (List<Version> vs : versions.values()) {
            for (Version v : vs) {
                Optional<String> actual = found.computeIfAbsent(v.sha256(), s -> readObject(s).map(Archive::sha256));
                if (!actual.equals(Optional.of(v.sha256()))) {
                    out.add(new Damage(v.id(), v.number(), v.sha256(), actual,
                            dir.relativize(objectPath(v.sha256())).toString()));
                }
            }
        }
        return List.copyOf(out);
    }

    // ------------------------------------------------------------------ retention

    /**
     * Places a legal hold on a document: it is not disposed of, nor reported as due, until the hold is released.
     *
     * @param id the document id
     * @param reason why
     * @param ctx who places it, and when
     * @return the hold, or {@code docs.archive.unknown}, or {@code docs.archive.hold.exists}
     */
    public synchronized Either<Problem, Hold> placeHold(String id, String reason, Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ctx, "ctx");
        ensureOpen();
        if (!versions.containsKey(id)) {
            return Either.left(unknown(id));
        }
        if (holds.containsKey(id)) {
            return Either.left(Problem.of("docs.archive.hold.exists", "Document " + id + " is already on hold")
                    .with("id", id));
        }
        String why = reason.strip().isEmpty() ? "-" : reason.strip();
        journal.append(List.of(HOLD, id, why, ctx.actor().value(), ctx.at().toString()));
        Hold hold = new Hold(id, why, ctx.actor(), ctx.at());
        holds.put(id, hold);
        return Either.right(hold);
    }

    /**
     * Releases a legal hold; the document's retention runs again.
     *
     * @param id the document id
     * @param ctx who releases it, and when
     * @return the released hold, or {@code docs.archive.hold.none}
     */
    public synchronized Either<Problem, Hold> releaseHold(String id, Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ctx, "ctx");
        ensureOpen();
        Hold hold = holds.get(id);
        if (hold == null) {
            return Either.left(Problem.of("docs.archive.hold.none", "Document " + shorten(id) + " is not on hold")
                    .with("id", shorten(id)));
        }
        journal.append(List.of(RELEASE, id, ctx.actor().value(), ctx.at().toString()));
        holds.remove(id);
        return Either.right(hold);
    }

    /** {@return the legal holds in force, by document id} */
    public synchronized List<Hold> holds() {
        ensureOpen();
        return List.copyOf(holds.values());
    }

    /**
     * The documents due for disposal on {@code on}: those whose classification has a retention rule in
     * {@code schedule} (its own or the nearest above it) that destroys or transfers, counted from the
     * current version's {@link DocumentMetadata#documentDate()} (the cut-off; a rule counting from the end
     * of the year cuts off at the year's end), with the disposal date on or before {@code on}, and no legal
     * hold. Documents without a classification, or kept permanently, are never due.
     *
     * @param schedule the filing plan whose retention rules make the disposition schedule
     * @param on the date of the report
     * @return the documents due, by disposal date then id
     */
    public synchronized List<Disposal> dueForDisposal(FilingPlan schedule, LocalDate on) {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(on, "on");
        ensureOpen();
        List<Disposal> out = new ArrayList<>();
        for (List<Version> vs : versions.values()) {
            Version current = vs.get(vs.size() - 1);
            if (!holds.containsKey(current.id())) {
                disposal(schedule, current).filter(d -> !d.disposalOn().isAfter(on)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparing(Disposal::disposalOn).thenComparing(Disposal::id));
        return List.copyOf(out);
    }

    /**
     * Disposes of a document that is due ({@link #dueForDisposal}): its files are deleted (a host transferring
     * to the archives {@link #read}s them first) and a {@link Tombstone} of its metadata is kept. The
     * disposal is durable when the journal line is written; files an interrupted disposal left are deleted
     * when the archive is opened again. Then the {@link #onDisposed} listeners run.
     *
     * @param id the document id
     * @param schedule the filing plan whose retention rules make the disposition schedule
     * @param ctx who disposes of it, and when (the date is the instant's day in UTC)
     * @return the tombstone, or {@code docs.archive.unknown}, {@code docs.archive.hold.active},
     *     {@code docs.archive.retention.none} (no rule, or kept permanently) or {@code docs.archive.retention.not-due}
     * @throws UncheckedIOException if a file cannot be deleted (the disposal stands; it is finished on the next open)
     */
    public Either<Problem, Tombstone> dispose(String id, FilingPlan schedule, Context ctx) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(ctx, "ctx");
        Tombstone tomb;
        synchronized (this) {
            ensureOpen();
            List<Version> vs = versions.get(id);
            if (vs == null) {
                return Either.left(unknown(id));
            }
            if (holds.containsKey(id)) {
                return Either.left(Problem.of("docs.archive.hold.active", "Document " + id + " is on legal hold: "
                        + holds.get(id).reason()).with("id", id).with("reason", holds.get(id).reason()));
            }
            Version current = vs.get(vs.size() - 1);
            Optional<Disposal> due = disposal(schedule, current);
            if (due.isEmpty()) {
                return Either.left(Problem.of("docs.archive.retention.none", "Document " + id
                        + " has no retention rule that ends in its disposal").with("id", id));
            }
            LocalDate today = LocalDate.ofInstant(ctx.at(), java.time.ZoneOffset.UTC);
            if (due.get().disposalOn().isAfter(today)) {
                return Either.left(Problem.of("docs.archive.retention.not-due", "Document " + id
                        + " may be disposed of from " + due.get().disposalOn()).with("id", id)
                        .with("disposalOn", due.get().disposalOn()).with("today", today));
            }
            journal.append(List.of(DISPOSE, id, due.get().action().name(), due.get().disposalOn().toString(),
                    ctx.actor().value(), ctx.at().toString()));
            tomb = bury(id, due.get().action(), due.get().disposalOn(), ctx.actor(), ctx.at());
            deleteUnreferenced(tomb.sha256s());
        }
        for (Consumer<Tombstone> l : disposedListeners) {
            l.accept(tomb);
        }
        return Either.right(tomb);
    }

    /** {@return the tombstones of the documents disposed of, by id} */
    public synchronized List<Tombstone> tombstones() {
        ensureOpen();
        return List.copyOf(tombstones.values());
    }

    // ------------------------------------------------------------------ text

    /**
     * The text of a document for search, within {@link Limits#defaults()}: from HTML (tags, comments,
     * scripts and styles removed, character references decoded), from a PDF's text layer (a PDF without
     * one gives an empty text), from plain text; any other media type gives an empty text.
     *
     * @param bytes the document
     * @param mediaType its media type
     * @return the text, white space collapsed, or {@code docs.archive.too-large}, {@code docs.extract.malformed-pdf},
     *     {@code docs.extract.encrypted} or {@code docs.extract.timeout}
     */
    public static Either<Problem, String> extractText(byte[] bytes, String mediaType) {
        return extractText(bytes, mediaType, Limits.defaults());
    }

    /**
     * {@link #extractText(byte[], String)} within other limits.
     *
     * @param bytes the document
     * @param mediaType its media type
     * @param limits the bounds
     * @return the text or the problem
     */
    public static Either<Problem, String> extractText(byte[] bytes, String mediaType, Limits limits) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(limits, "limits");
        return TextExtraction.extract(bytes, mediaType, limits);
    }

    /** Releases the directory's lock. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            journal.close();
        } finally {
            try {
                lock.release();
                lockChannel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    // ------------------------------------------------------------------ inside

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The archive in " + dir + " is closed");
        }
    }

    private Optional<Disposal> disposal(FilingPlan schedule, Version current) {
        Optional<String> code = current.metadata().classification();
        if (code.isEmpty()) {
            return Optional.empty();
        }
        Optional<RetentionRule> rule;
        try {
            rule = schedule.retentionOf(ClassificationCode.of(code.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        RetentionOutcome outcome;
        try {
            outcome = rule.get().applyTo(current.metadata().documentDate());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return outcome.disposalOn().map(d -> new Disposal(current.id(), code.get(), d, outcome.action()));
    }

    private Tombstone bury(String id, DisposalAction action, LocalDate on, PersonId by, Instant at) {
        List<Version> vs = versions.remove(id);
        holds.remove(id);
        Tombstone t = new Tombstone(id, vs.get(vs.size() - 1).metadata(),
                vs.stream().map(Version::sha256).toList(), action, on, by, at);
        tombstones.put(id, t);
        return t;
    }

    private void deleteUnreferenced(List<String> shas) {
        Set<String> live = new HashSet<>();
        versions.values().forEach(vs -> vs.forEach(v -> live.add(v.sha256())));
        for (String sha : shas) {
            if (!live.contains(sha)) {
                try {
                    Files.deleteIfExists(objectPath(sha));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot delete " + objectPath(sha), e);
                }
                texts.keySet().removeIf(k -> k.startsWith(sha + " "));
            }
        }
    }

    /** After a replay: leftovers of interrupted writes, files of disposals not finished. */
    private void cleanUp() throws IOException {
        try (var tmp = Files.list(dir.resolve("tmp"))) {
            for (Path p : tmp.toList()) {
                Files.deleteIfExists(p);
            }
        }
        List<String> buried = new ArrayList<>();
        tombstones.values().forEach(t -> buried.addAll(t.sha256s()));
        deleteUnreferenced(buried);
    }

    private void apply(List<String> r) {
        try {
            switch (r.get(0)) {
                case STORE -> add(new Version(r.get(1), Integer.parseInt(r.get(2)), r.get(3), r.get(4),
                        Long.parseLong(r.get(5)), decode(r.subList(8, r.size())), PersonId.of(r.get(6)),
                        Instant.parse(r.get(7))));
                case HOLD -> holds.put(r.get(1), new Hold(r.get(1), r.get(2), PersonId.of(r.get(3)), Instant.parse(r.get(4))));
                case RELEASE -> holds.remove(r.get(1));
                case DISPOSE -> {
                    if (versions.containsKey(r.get(1))) {
                        bury(r.get(1), DisposalAction.valueOf(r.get(2)), LocalDate.parse(r.get(3)),
                                PersonId.of(r.get(4)), Instant.parse(r.get(5)));
                    }
                }
                default -> throw new IllegalStateException("Unknown journal record " + r.get(0));
            }
        } catch (RuntimeException e) {
            throw new IllegalStateException("The archive journal in " + dir + " holds a record this version cannot read: "
                    + r, e);
        }
    }

    private void add(Version v) {
        versions.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(v);
    }

    private Stored stored(Version v) {
        String text = texts.computeIfAbsent(textKey(v.sha256(), v.mediaType()), k -> readObject(v.sha256())
                .map(b -> TextExtraction.extract(b, v.mediaType(), limits).getOrElse(""))
                .orElse(""));
        return new Stored(v.id(), v.number(), v.sha256(), v.metadata(), text);
    }

    private static String textKey(String sha, String mediaType) {
        return sha + " " + TextExtraction.baseType(mediaType);
    }

    private Path objectPath(String sha) {
        return dir.resolve("objects").resolve(sha.substring(0, 2)).resolve(sha);
    }

    private Optional<byte[]> readObject(String sha) {
        try {
            return Optional.of(Files.readAllBytes(objectPath(sha)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + objectPath(sha), e);
        }
    }

    /** Temp file, forced, renamed atomically into place, directory forced. Nothing to do if the content is there. */
    private void writeObject(String sha, byte[] bytes) {
        Path target = objectPath(sha);
        try {
            if (Files.exists(target) && Files.size(target) == bytes.length && sha256(Files.readAllBytes(target)).equals(sha)) {
                return;
            }
            Path parent = target.getParent();
            boolean newDir = !Files.isDirectory(parent);
            Files.createDirectories(parent);
            if (newDir) {
                forceDirectory(parent.getParent());
            }
            Path tmp = dir.resolve("tmp").resolve(UUID.randomUUID() + ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.deleteIfExists(tmp);
                throw e;
            }
            forceDirectory(parent);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target, e);
        }
    }

    private static void forceDirectory(Path d) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return; // directories cannot be opened for sync there; NTFS journals renames itself
        }
        try (FileChannel ch = FileChannel.open(d, StandardOpenOption.READ)) {
            ch.force(true);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static Optional<Problem> checkId(String id) {
        if (ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(Problem.of("docs.archive.id.invalid", "A document id is 1 to 128 letters, digits, '.', '_'"
                + " or '-', starting with a letter or digit: " + shorten(id)).with("id", shorten(id)));
    }

    /** Texts the journal keeps as given: one line, no control character, well-formed. */
    private static Optional<Problem> checkMetadata(DocumentMetadata m) {
        if (m.title().isBlank()) {
            return Optional.of(Problem.of("docs.archive.title.blank", "A document needs a title"));
        }
        if (m.tags().stream().anyMatch(String::isBlank)) {
            return Optional.of(Problem.of("docs.archive.tag.blank", "A tag cannot be blank"));
        }
        List<Either<Problem, String>> checks = new ArrayList<>();
        checks.add(Text.check("title", m.title(), Text.Kind.TITLE));
        m.classification().ifPresent(c -> checks.add(Text.check("classification", c, Text.Kind.NAME)));
        m.tags().stream().sorted().forEach(t -> checks.add(Text.check("tag", t, Text.Kind.NAME)));
        return checks.stream().filter(Either::isLeft).map(Either::getLeft).findFirst();
    }

    private static Problem unknown(String id) {
        return Problem.of("docs.archive.unknown", "No document " + shorten(id)).with("id", shorten(id));
    }

    /** At most 80 characters of an outside value, with control characters replaced, for a message. */
    private static String shorten(String s) {
        String cut = s.length() > 80 ? s.substring(0, 80) + "…" : s;
        return cut.replaceAll("\\p{Cc}", "\uFFFD");
    }

    // ------------------------------------------------------------------ metadata in the journal

    private static List<String> encode(DocumentMetadata m) {
        return List.of(m.title(), m.kind().name(), m.classification().orElse(""),
                m.dossier().map(DossierId::value).orElse(""),
                Journal.join(m.correspondence().stream().map(EntryId::value).toList()),
                m.author().value(), m.documentDate().toString(), m.createdAt().toString(), m.confidentiality().name(),
                m.language().toLanguageTag(), Journal.join(m.tags().stream().sorted().toList()));
    }

    private static DocumentMetadata decode(List<String> f) {
        return new DocumentMetadata(f.get(0), DocumentKind.valueOf(f.get(1)), nonEmpty(f.get(2)),
                nonEmpty(f.get(3)).map(DossierId::of), Journal.split(f.get(4)).stream().map(EntryId::of).toList(),
                PersonId.of(f.get(5)), LocalDate.parse(f.get(6)), Instant.parse(f.get(7)),
                Confidentiality.valueOf(f.get(8)), Locale.forLanguageTag(f.get(9)),
                Set.copyOf(Journal.split(f.get(10))));
    }

    private static Optional<String> nonEmpty(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }
}
