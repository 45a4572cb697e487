package org.aso.mail;

import io.vavr.control.Either;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.aso.core.kernel.EmailAddress;
import org.aso.core.kernel.Problem;

/**
 * A durable outbox on a directory: messages are written to disk before anything is sent, then
 * sent by {@link #deliver}, tried again with exponential backoff when the server cannot be
 * reached or answers "try later" (4xx), and given up ("dead") after
 * {@link Retry#maxAttempts()} attempts or at a permanent refusal (5xx).
 *
 * <pre>{@code
 * try (Outbox outbox = Outbox.open(dir, Mail.smtp(settings), Outbox.Retry.DEFAULT).get()) {
 *     outbox.enqueue(invitation, clock.instant());     // on disk when this returns
 *     outbox.deliver(clock.instant());                  // sends what is due
 *     outbox.nextAttempt();                             // when to call deliver again, if anything waits
 * }
 * }</pre>
 *
 * <p><b>Durability.</b> {@link #enqueueAll} writes its messages into one batch file: a
 * temporary file, forced to disk once, renamed into {@code queue/}, and the folder forced. Once it
 * returns, every message of the batch survives a crash or a power cut; a batch costs one flush
 * however many messages it holds, so enqueue many messages at once where you can. What becomes
 * of each message (sent, failed, dead) is appended to a journal ({@code state.log}), flushed once
 * per batch sent; a batch whose messages are all sent or dead moves to {@code done/} (a host
 * may delete old files there). Temporary files and a torn last journal line left by a crash are
 * ignored when the outbox is opened again; the journal is then compacted.
 *
 * <p><b>At least once.</b> A message being sent when the process died is still pending in the
 * journal and is sent again after a restart, with the same Message-ID (so recipients' systems
 * that drop repeated Message-IDs show it once). After a power cut, messages accepted since the
 * last journal flush may be sent again too. No message is lost; a message may arrive twice.
 *
 * <p>One process at a time: the directory is locked while open ({@code mail.outbox.locked}).
 * The clock is never read: every method that decides by time takes the instant. Thread-safe;
 * {@link #deliver} holds the outbox while it sends, so an {@link #enqueue} from another thread
 * waits for the batch to end. Memory holds the status of every message (not their bytes);
 * opening reads every stored batch once.
 */
public final class Outbox implements AutoCloseable {
    private static final String MAGIC = "ASO-OUTBOX 1";
    private static final int BATCH = 100;

    /**
     * When to try again: {@code first} after the first failure, multiplied by {@code factor} after
     * each further one, never more than {@code max}, and given up after {@code maxAttempts}.
     *
     * @param first the wait after the first failed attempt; positive
     * @param factor the growth of the wait, at least 1
     * @param max the longest wait; at least {@code first}
     * @param maxAttempts attempts before a message is dead; at least 1
     */
    public record Retry(Duration first, double factor, Duration max, int maxAttempts) {
        /** 1 minute, doubling, at most 1 hour, 10 attempts (about 4 hours in all). */
        public static final Retry DEFAULT = new Retry(Duration.ofMinutes(1), 2.0, Duration.ofHours(1), 10);

        /**
         * Checks.
         *
         * @param first the wait after the first failed attempt
         * @param factor the growth of the wait
         * @param max the longest wait
         * @param maxAttempts attempts before a message is dead
         */
        public Retry {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(max, "max");
            if (first.isZero() || first.isNegative() || !(factor >= 1.0) || max.compareTo(first) < 0 || maxAttempts < 1) {
                throw new IllegalArgumentException("Not a retry policy: " + first + ", " + factor + ", " + max + ", " + maxAttempts);
            }
        }

        /**
         * {@return the wait after {@code failures} failed attempts}
         *
         * @param failures the failed attempts so far, at least 1
         */
        public Duration delayAfter(int failures) {
            double millis = first.toMillis() * Math.pow(factor, Math.max(0, failures - 1));
            return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
        }
    }

    /** Where a message is. */
    public enum Status {
        /** Waiting to be sent, or to be tried again. */
        PENDING,
        /** Accepted by the transport. */
        SENT,
        /** Given up: refused for good, or too many attempts. */
        DEAD
    }

    /**
     * The status of one message.
     *
     * @param messageId its Message-ID
     * @param status where it is
     * @param attempts how many times it was handed to the transport
     * @param enqueuedAt when it was enqueued
     * @param nextAttempt when it is due, for a pending message
     * @param lastProblem why the last attempt failed, if it did
     * @param recipients its envelope recipients
     * @param subject its subject
     */
    public record Item(String messageId, Status status, int attempts, Instant enqueuedAt, Optional<Instant> nextAttempt,
                       Optional<Problem> lastProblem, List<EmailAddress> recipients, String subject) {
        /**
         * Checks and copies.
         *
         * @param messageId its Message-ID
         * @param status where it is
         * @param attempts how many times it was handed to the transport
         * @param enqueuedAt when it was enqueued
         * @param nextAttempt when it is due, for a pending message
         * @param lastProblem why the last attempt failed, if it did
         * @param recipients its envelope recipients
         * @param subject its subject
         */
        public Item {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(enqueuedAt, "enqueuedAt");
            Objects.requireNonNull(nextAttempt, "nextAttempt");
            Objects.requireNonNull(lastProblem, "lastProblem");
            recipients = List.copyOf(recipients);
            Objects.requireNonNull(subject, "subject");
        }
    }

    /** What the outbox knows of a message: where its bytes are (a batch file, an offset, a length), and its status. */
    private record Slot(String key, long order, String batch, long headerOffset, long offset, int length, Item item) {
        Slot with(Item next) {
            return new Slot(key, order, batch, headerOffset, offset, length, next);
        }
    }

    private final Path root;
    private final Path queue;
    private final Path done;
    private final Path journalFile;
    private final MailTransport transport;
    private final Retry retry;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private long nextOrder;
    private long nextBatch;
    private FileChannel journal;
    private boolean closed;

    private Outbox(Path root, MailTransport transport, Retry retry, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.queue = root.resolve("queue");
        this.done = root.resolve("done");
        this.journalFile = root.resolve("state.log");
        this.transport = transport;
        this.retry = retry;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Opens (or creates) the outbox in {@code directory}, and reads what it holds: messages still
     * queued from before a crash are pending again.
     *
     * @param directory the outbox's directory, created if missing; not null
     * @param transport what sends; not null
     * @param retry when to try again; not null
     * @return the outbox, or a problem: {@code mail.outbox.locked} (another process has it open),
     *     {@code mail.outbox.io} (it cannot be created or read)
     */
    public static Either<Problem, Outbox> open(Path directory, MailTransport transport, Retry retry) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(retry, "retry");
        FileChannel channel = null;
        try {
            Files.createDirectories(directory);
            for (String sub : List.of("queue", "done")) {
                Files.createDirectories(directory.resolve(sub));
            }
            channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                return Either.left(Problem.of("mail.outbox.locked", "Another process is using the outbox")
                        .with("directory", directory));
            }
            Outbox outbox = new Outbox(directory, transport, retry, channel, lock);
            outbox.load();
            return Either.right(outbox);
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // closing releases the lock; nothing more to do
                }
            }
            return Either.left(io(directory, e));
        }
    }

    /**
     * Writes a message to disk, to be sent by the next {@link #deliver}. Durable when it returns.
     *
     * @param email the message; not null
     * @param now the instant of the request; not null
     * @return the message's status (pending, due at {@code now}), or a problem:
     *     {@code mail.outbox.duplicate} (a message with this Message-ID is already in the outbox,
     *     whatever its status), {@code mail.outbox.closed}, {@code mail.outbox.io}
     */
    public synchronized Either<Problem, Item> enqueue(Email email, Instant now) {
        Either<Problem, List<Item>> all = enqueueAll(List.of(email), now);
        return all.map(items -> items.get(0));
    }

    /**
     * Writes several messages to disk at once, in one batch file forced to disk once: each is
     * durable when this returns. A duplicate refuses the call before anything is written; so does
     * a disk error (nothing of the batch is kept).
     *
     * @param emails the messages; not null
     * @param now the instant of the request; not null
     * @return their statuses, or a problem as for {@link #enqueue}
     */
    public synchronized Either<Problem, List<Item>> enqueueAll(List<Email> emails, Instant now) {
        Objects.requireNonNull(now, "now");
        if (closed) {
            return Either.left(Problem.of("mail.outbox.closed", "The outbox is closed"));
        }
        Map<String, Email> fresh = new LinkedHashMap<>();
        for (Email e : emails) {
            String key = key(e.messageId());
            if (slots.containsKey(key) || fresh.containsKey(key)) {
                Status status = slots.containsKey(key) ? slots.get(key).item().status() : Status.PENDING;
                return Either.left(Problem.of("mail.outbox.duplicate", "A message with this Message-ID is already in the outbox")
                        .with("messageId", e.messageId()).with("status", status));
            }
            fresh.put(key, e);
        }
        if (fresh.isEmpty()) {
            return Either.right(List.of());
        }
        String batch = String.format(java.util.Locale.ROOT, "%016d.batch", nextBatch);
        List<byte[]> parts = new ArrayList<>(2 * fresh.size());
        List<Slot> made = new ArrayList<>(fresh.size());
        long offset = 0;
        long order = nextOrder;
        for (Map.Entry<String, Email> entry : fresh.entrySet()) {
            Email e = entry.getValue();
            byte[] header = header(e, now, order);
            parts.add(header);
            parts.add(e.content());
            Item item = new Item(e.messageId(), Status.PENDING, 0, now, Optional.of(now), Optional.empty(), e.recipients(), e.subject());
            made.add(new Slot(entry.getKey(), order++, batch, offset, offset + header.length, e.size(), item));
            offset += header.length + e.size();
        }
        try {
            Durable.write(queue.resolve(batch), true, parts.toArray(new byte[0][]));
            Durable.syncFolder(queue);
        } catch (IOException e) {
            return Either.left(io(queue, e));
        }
        nextBatch++;
        nextOrder = order;
        made.forEach(slot -> slots.put(slot.key(), slot));
        return Either.right(made.stream().map(Slot::item).toList());
    }

    /**
     * Sends every pending message due at {@code now}, oldest first, in batches over the transport,
     * and records what became of each as soon as the transport says: sent; pending again after
     * the backoff; or dead after the last attempt or a permanent refusal. A message whose bytes
     * cannot be read is dead with {@code mail.outbox.unreadable}.
     *
     * @param now the current instant; not null
     * @return one delivery per message tried, in order; empty if nothing was due
     */
    public synchronized List<Delivery> deliver(Instant now) {
        Objects.requireNonNull(now, "now");
        if (closed) {
            return List.of();
        }
        List<Slot> due = slots.values().stream()
                .filter(s -> s.item().status() == Status.PENDING && !s.item().nextAttempt().orElse(now).isAfter(now))
                .sorted(Comparator.comparingLong(Slot::order)).toList();
        List<Delivery> results = new ArrayList<>(due.size());
        for (int from = 0; from < due.size(); from += BATCH) {
            List<Slot> chunk = due.subList(from, Math.min(due.size(), from + BATCH));
            List<Email> emails = new ArrayList<>(chunk.size());
            List<Slot> readable = new ArrayList<>(chunk.size());
            Map<String, FileChannel> open = new java.util.HashMap<>();
            for (Slot slot : chunk) {
                try {
                    FileChannel ch = open.get(slot.batch());
                    if (ch == null) {
                        ch = FileChannel.open(batchFile(slot.batch()), StandardOpenOption.READ);
                        open.put(slot.batch(), ch);
                    }
                    emails.add(email(ch, slot));
                    readable.add(slot);
                } catch (IOException | RuntimeException e) {
                    Delivery failed = new Delivery(slot.item().messageId(), Delivery.Status.FAILED, Optional.empty(),
                            Optional.of(Problem.of("mail.outbox.unreadable", "The stored message cannot be read")
                                    .with("messageId", slot.item().messageId()).with("reason", Composer.cut(String.valueOf(e.getMessage())))),
                            true);
                    record(slot, failed, now);
                    results.add(failed);
                }
            }
            for (FileChannel ch : open.values()) {
                try {
                    ch.close();
                } catch (IOException e) {
                    // read only: nothing is lost
                }
            }
            if (!emails.isEmpty()) {
                send(emails, readable, results, now);
            }
            flush();
        }
        if (!due.isEmpty()) {
            retireBatches();
        }
        return List.copyOf(results);
    }

    private void send(List<Email> emails, List<Slot> readable, List<Delivery> results, Instant now) {
        int[] next = {0};
        Problem noResult = Problem.of("mail.outbox.no-result", "The transport gave no result");
        Problem missing = noResult;
        try {
            transport.send(emails, d -> {
                if (next[0] < readable.size()) {
                    Slot slot = readable.get(next[0]++);
                    Delivery own = d.messageId().equals(slot.item().messageId()) ? d : Delivery.failed(slot.item().messageId(), noResult);
                    record(slot, own, now);
                    results.add(own);
                }
            });
        } catch (RuntimeException e) {
            // a host's transport that throws: what it did not report is tried again later
            missing = noResult.with("reason", Composer.cut(e.getClass().getSimpleName() + " " + e.getMessage()));
        }
        for (int i = next[0]; i < readable.size(); i++) {
            Delivery d = Delivery.failed(emails.get(i).messageId(), missing);
            record(readable.get(i), d, now);
            results.add(d);
        }
    }

    /**
     * Puts a dead message back in the queue, due at {@code now}, its attempts counted from zero.
     *
     * @param messageId the Message-ID of a dead message; not null
     * @param now the current instant; not null
     * @return its new status, or a problem: {@code mail.outbox.unknown}, {@code mail.outbox.not-dead},
     *     {@code mail.outbox.io}
     */
    public synchronized Either<Problem, Item> retry(String messageId, Instant now) {
        Objects.requireNonNull(now, "now");
        Slot slot = slots.get(key(messageId));
        if (slot == null) {
            return Either.left(Problem.of("mail.outbox.unknown", "No message with this Message-ID").with("messageId", messageId));
        }
        if (slot.item().status() != Status.DEAD) {
            return Either.left(Problem.of("mail.outbox.not-dead", "Only a dead message is put back")
                    .with("messageId", messageId).with("status", slot.item().status()));
        }
        Item old = slot.item();
        Item item = new Item(old.messageId(), Status.PENDING, 0, old.enqueuedAt(), Optional.of(now), Optional.empty(),
                old.recipients(), old.subject());
        try {
            Path where = batchFile(slot.batch());
            if (where.startsWith(done)) {
                Durable.move(where, queue.resolve(slot.batch()));
                Durable.syncFolder(queue);
            }
            append(new State(slot.key(), Status.PENDING, 0, now, Optional.empty()));
            journal.force(false);
        } catch (IOException e) {
            return Either.left(io(root, e));
        }
        slots.put(slot.key(), slot.with(item));
        return Either.right(item);
    }

    /** {@return every message the outbox holds, in the order they were enqueued} */
    public synchronized List<Item> list() {
        return slots.values().stream().sorted(Comparator.comparingLong(Slot::order)).map(Slot::item).toList();
    }

    /**
     * {@return the status of one message, if the outbox holds it}
     *
     * @param messageId its Message-ID, with angle brackets
     */
    public synchronized Optional<Item> status(String messageId) {
        return Optional.ofNullable(slots.get(key(messageId))).map(Slot::item);
    }

    /** {@return the earliest instant a pending message is due, if any is pending} */
    public synchronized Optional<Instant> nextAttempt() {
        return slots.values().stream().filter(s -> s.item().status() == Status.PENDING)
                .map(s -> s.item().nextAttempt().orElse(s.item().enqueuedAt())).min(Comparator.naturalOrder());
    }

    /** Releases the directory for another process. Messages stay on disk. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (journal != null) {
                journal.force(false);
                journal.close();
            }
        } catch (IOException e) {
            // at worst a message is sent again after the next opening
        }
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            // the lock goes with the channel
        }
    }

    @Override
    public String toString() {
        return "Outbox " + root;
    }

    // ------------------------------------------------------------------ recording

    private void record(Slot slot, Delivery d, Instant now) {
        Item old = slot.item();
        int attempts = old.attempts() + 1;
        Item next;
        if (d.isAccepted()) {
            next = new Item(old.messageId(), Status.SENT, attempts, old.enqueuedAt(), Optional.empty(), Optional.empty(),
                    old.recipients(), old.subject());
        } else if (d.permanent() || attempts >= retry.maxAttempts()) {
            next = new Item(old.messageId(), Status.DEAD, attempts, old.enqueuedAt(), Optional.empty(), d.problem(),
                    old.recipients(), old.subject());
        } else {
            next = new Item(old.messageId(), Status.PENDING, attempts, old.enqueuedAt(),
                    Optional.of(now.plus(retry.delayAfter(attempts))), d.problem(), old.recipients(), old.subject());
        }
        try {
            append(new State(slot.key(), next.status(), attempts, next.nextAttempt().orElse(now), next.lastProblem()));
        } catch (IOException e) {
            // not in the journal: after a restart the message is pending again and sent again, at least once
            next = new Item(next.messageId(), next.status(), attempts, next.enqueuedAt(), next.nextAttempt(),
                    Optional.of(io(journalFile, e)), next.recipients(), next.subject());
        }
        slots.put(slot.key(), slot.with(next));
    }

    /** Appends one line to the journal, written through at once (it survives the process), flushed by {@link #flush}. */
    private void append(State state) throws IOException {
        java.nio.ByteBuffer line = java.nio.ByteBuffer.wrap(state.line().getBytes(StandardCharsets.US_ASCII));
        while (line.hasRemaining()) {
            journal.write(line);
        }
    }

    private void flush() {
        try {
            journal.force(false);
        } catch (IOException e) {
            // at worst the messages of this batch are sent again after a power cut
        }
    }

    /** Moves to {@code done/} every batch file of the queue whose messages are all sent or dead. */
    private void retireBatches() {
        Map<String, Boolean> finished = new LinkedHashMap<>();
        for (Slot s : slots.values()) {
            finished.merge(s.batch(), s.item().status() != Status.PENDING, Boolean::logicalAnd);
        }
        boolean moved = false;
        for (Map.Entry<String, Boolean> b : finished.entrySet()) {
            Path file = queue.resolve(b.getKey());
            if (b.getValue() && Files.exists(file)) {
                try {
                    Durable.move(file, done.resolve(b.getKey()));
                    moved = true;
                } catch (IOException e) {
                    // it stays in the queue folder; its messages' statuses are in the journal
                }
            }
        }
        if (moved) {
            try {
                Durable.syncFolder(queue);
                Durable.syncFolder(done);
            } catch (IOException e) {
                // the journal decides, wherever the file is
            }
        }
    }

    private Path batchFile(String batch) {
        Path queued = queue.resolve(batch);
        return Files.exists(queued) ? queued : done.resolve(batch);
    }

    private static Email email(FileChannel ch, Slot slot) throws IOException {
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate((int) (slot.offset() - slot.headerOffset()));
        readFully(ch, header, slot.headerOffset());
        java.nio.ByteBuffer content = java.nio.ByteBuffer.allocate(slot.length());
        readFully(ch, content, slot.offset());
        Record r = parseHeader(header.array(), 0, header.capacity() - 2);
        if (r.size() != slot.length()) {
            throw new IOException("The stored message has another size");
        }
        return new Email(r.messageId(), r.envelopeFrom(), r.recipients(), r.subject(), content.array());
    }

    private static void readFully(FileChannel ch, java.nio.ByteBuffer b, long position) throws IOException {
        long p = position;
        while (b.hasRemaining()) {
            int n = ch.read(b, p);
            if (n < 0) {
                throw new IOException("The stored batch is shorter than its index");
            }
            p += n;
        }
    }

    // ------------------------------------------------------------------ loading

    private void load() throws IOException {
        for (Path folder : List.of(queue, done)) {
            try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "*" + Durable.TEMP)) {
                for (Path t : temps) {
                    Files.deleteIfExists(t);
                }
            }
        }
        Map<String, State> states = new java.util.HashMap<>();
        if (Files.exists(journalFile)) {
            for (String line : new String(Files.readAllBytes(journalFile), StandardCharsets.US_ASCII).split("\n", -1)) {
                State.parse(line).ifPresent(st -> states.put(st.key(), st));
            }
        }
        List<Slot> found = new ArrayList<>();
        for (Path folder : List.of(queue, done)) {
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.batch")) {
                stream.forEach(files::add);
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                try {
                    nextBatch = Math.max(nextBatch, Long.parseLong(name.substring(0, name.indexOf('.'))) + 1);
                    found.addAll(readBatch(file, states));
                } catch (IOException | RuntimeException e) {
                    Path corrupt = root.resolve("corrupt");
                    Files.createDirectories(corrupt);
                    Durable.move(file, corrupt.resolve(name));
                }
            }
        }
        found.sort(Comparator.comparingLong(Slot::order));
        StringBuilder compacted = new StringBuilder();
        for (Slot s : found) {
            slots.put(s.key(), s);
            nextOrder = Math.max(nextOrder, s.order() + 1);
            State st = states.get(s.key());
            if (st != null) {
                compacted.append(st.line());
            }
        }
        Durable.write(journalFile, true, compacted.toString().getBytes(StandardCharsets.US_ASCII));
        Durable.syncFolder(root);
        journal = FileChannel.open(journalFile, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        retireBatches();
    }

    private static List<Slot> readBatch(Path file, Map<String, State> states) throws IOException {
        byte[] all = Files.readAllBytes(file);
        String batch = file.getFileName().toString();
        List<Slot> slots = new ArrayList<>();
        int at = 0;
        while (at < all.length) {
            int end = -1;
            for (int i = at; i + 1 < all.length; i++) {
                if (all[i] == '\n' && all[i + 1] == '\n') {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                throw new IOException("No record header in " + batch);
            }
            Record r = parseHeader(all, at, end);
            int content = end + 2;
            if (content + r.size() > all.length) {
                throw new IOException("A record is cut short in " + batch);
            }
            String key = key(r.messageId());
            State st = states.get(key);
            Item item = st == null
                    ? new Item(r.messageId(), Status.PENDING, 0, r.enqueuedAt(), Optional.of(r.enqueuedAt()), Optional.empty(),
                            r.recipients(), r.subject())
                    : new Item(r.messageId(), st.status(), st.attempts(), r.enqueuedAt(),
                            st.status() == Status.PENDING ? Optional.of(st.at()) : Optional.empty(), st.problem(),
                            r.recipients(), r.subject());
            slots.add(new Slot(key, r.order(), batch, at, content, r.size(), item));
            at = content + r.size();
        }
        return slots;
    }

    // ------------------------------------------------------------------ file formats

    /** The header of one message in a batch file. */
    private record Record(String messageId, EmailAddress envelopeFrom, List<EmailAddress> recipients, String subject,
                          Instant enqueuedAt, long order, int size) {}

    /** One line of the journal: the latest word on a message. */
    private record State(String key, Status status, int attempts, Instant at, Optional<Problem> problem) {
        String line() {
            StringBuilder b = new StringBuilder(96).append(key).append(' ').append(status).append(' ').append(attempts)
                    .append(' ').append(at);
            problem.ifPresent(p -> {
                StringBuilder details = new StringBuilder();
                p.details().forEach((k, v) -> details.append(b64(k)).append(':').append(b64(v)).append(','));
                b.append(' ').append(b64(p.code())).append(' ').append(b64(p.message())).append(' ').append(details.length() == 0 ? "-" : details);
            });
            return b.append('\n').toString();
        }

        /** A line, or empty for a torn or foreign one. */
        static Optional<State> parse(String line) {
            String[] f = line.split(" ");
            if (f.length != 4 && f.length != 7) {
                return Optional.empty();
            }
            try {
                Problem problem = null;
                if (f.length == 7) {
                    problem = Problem.of(unb64(f[4]), unb64(f[5]));
                    if (!f[6].equals("-")) {
                        for (String kv : f[6].split(",")) {
                            int colon = kv.indexOf(':');
                            problem = problem.with(unb64(kv.substring(0, colon)), unb64(kv.substring(colon + 1)));
                        }
                    }
                }
                return Optional.of(new State(f[0], Status.valueOf(f[1]), Integer.parseInt(f[2]), Instant.parse(f[3]),
                        Optional.ofNullable(problem)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    static String key(String messageId) {
        return Headers.sha256(messageId, 16);
    }

    private static byte[] header(Email e, Instant enqueuedAt, long order) {
        StringBuilder b = new StringBuilder(256);
        b.append(MAGIC).append('\n');
        b.append("message-id ").append(b64(e.messageId())).append('\n');
        b.append("envelope-from ").append(b64(e.envelopeFrom().toString())).append('\n');
        for (EmailAddress r : e.recipients()) {
            b.append("recipient ").append(b64(r.toString())).append('\n');
        }
        b.append("subject ").append(b64(e.subject())).append('\n');
        b.append("enqueued ").append(enqueuedAt).append('\n');
        b.append("order ").append(order).append('\n');
        b.append("size ").append(e.size()).append('\n');
        b.append('\n');
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static Record parseHeader(byte[] bytes, int from, int end) throws IOException {
        String[] lines = new String(bytes, from, end - from, StandardCharsets.US_ASCII).split("\n");
        if (!lines[0].equals(MAGIC)) {
            throw new IOException("Not an outbox record");
        }
        String messageId = null;
        String envelopeFrom = null;
        String subject = null;
        Instant enqueued = null;
        long order = -1;
        int size = -1;
        List<EmailAddress> recipients = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int space = lines[i].indexOf(' ');
            String name = lines[i].substring(0, space);
            String value = lines[i].substring(space + 1);
            switch (name) {
                case "message-id" -> messageId = unb64(value);
                case "envelope-from" -> envelopeFrom = unb64(value);
                case "recipient" -> recipients.add(EmailAddress.of(unb64(value)));
                case "subject" -> subject = unb64(value);
                case "enqueued" -> enqueued = Instant.parse(value);
                case "order" -> order = Long.parseLong(value);
                case "size" -> size = Integer.parseInt(value);
                default -> { } // a field of a later version
            }
        }
        if (messageId == null || envelopeFrom == null || subject == null || enqueued == null || order < 0 || size < 0
                || recipients.isEmpty()) {
            throw new IOException("Incomplete outbox record");
        }
        return new Record(messageId, EmailAddress.of(envelopeFrom), recipients, subject, enqueued, order, size);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String unb64(String s) {
        return new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8);
    }

    private static Problem io(Path where, Exception e) {
        return Problem.of("mail.outbox.io", "The outbox cannot be written or read")
                .with("directory", where).with("reason", Composer.cut(e.getClass().getSimpleName() + " " + e.getMessage()));
    }
}
