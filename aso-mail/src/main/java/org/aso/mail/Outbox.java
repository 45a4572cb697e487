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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
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
 * <p><b>Durability.</b> {@link #enqueue} writes the message to a temporary file, forces it to
 * disk, renames it into {@code queue/} and forces the folder: once it returns, the message
 * survives a crash or a power cut. A message moves to {@code sent/} once the server has
 * accepted it, or to {@code dead/}; failed attempts are recorded in a small state file written
 * the same way. Temporary files left by a crash are deleted when the outbox is opened again.
 *
 * <p><b>At least once.</b> A message being sent when the process died, or accepted just before,
 * is still in {@code queue/} and is sent again after a restart, with the same Message-ID (so
 * recipients' systems that drop repeated Message-IDs show it once). No message is lost; a
 * message may arrive twice.
 *
 * <p>One process at a time: the directory is locked while open ({@code mail.outbox.locked}).
 * The clock is never read: every method that decides by time takes the instant. Thread-safe;
 * {@link #deliver} holds the outbox while it sends, so an {@link #enqueue} from another thread
 * waits for the batch to end. Memory holds the status of every message (not their bytes).
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

    /** What the outbox knows of a message; the bytes stay on disk. */
    private record Slot(String key, long order, Item item) {}

    private final Path root;
    private final Path queue;
    private final Path sent;
    private final Path dead;
    private final MailTransport transport;
    private final Retry retry;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Map<String, Slot> slots = new LinkedHashMap<>();
    private long nextOrder;
    private boolean closed;

    private Outbox(Path root, MailTransport transport, Retry retry, FileChannel lockChannel, FileLock lock) {
        this.root = root;
        this.queue = root.resolve("queue");
        this.sent = root.resolve("sent");
        this.dead = root.resolve("dead");
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
            for (String sub : List.of("queue", "sent", "dead")) {
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
     * Writes several messages to disk at once (one folder flush for all): each is durable when
     * this returns. A message refused (a duplicate) refuses the call before anything is written.
     *
     * @param emails the messages; not null
     * @param now the instant of the request; not null
     * @return their statuses, or a problem as for {@link #enqueue}; after {@code mail.outbox.io}
     *     the messages before the one that failed are enqueued ({@link #list()} shows them)
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
        List<Item> items = new ArrayList<>(fresh.size());
        try {
            for (Map.Entry<String, Email> entry : fresh.entrySet()) {
                Email e = entry.getValue();
                long order = nextOrder++;
                Durable.write(queue.resolve(entry.getKey() + ".msg"), true, header(e, now, order), e.content());
                Item item = new Item(e.messageId(), Status.PENDING, 0, now, Optional.of(now), Optional.empty(),
                        e.recipients(), e.subject());
                slots.put(entry.getKey(), new Slot(entry.getKey(), order, item));
                items.add(item);
            }
            Durable.syncFolder(queue);
        } catch (IOException e) {
            return Either.left(io(queue, e));
        }
        return Either.right(List.copyOf(items));
    }

    /**
     * Sends every pending message due at {@code now}, oldest first, in batches over the transport,
     * and records what became of each: sent; pending again after the backoff; or dead after the
     * last attempt or a permanent refusal. A message whose file cannot be read is dead with
     * {@code mail.outbox.unreadable}.
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
            for (Slot slot : chunk) {
                try {
                    emails.add(read(queue.resolve(slot.key() + ".msg")).email());
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
            if (emails.isEmpty()) {
                continue;
            }
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
            try {
                Durable.syncFolder(queue);
                Durable.syncFolder(sent);
                Durable.syncFolder(dead);
            } catch (IOException e) {
                // the moves are recorded in memory; at worst a sent message is sent again after a crash
            }
        }
        return List.copyOf(results);
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
        Slot slot = slots.get(key(messageId));
        if (slot == null) {
            return Either.left(Problem.of("mail.outbox.unknown", "No message with this Message-ID").with("messageId", messageId));
        }
        if (slot.item().status() != Status.DEAD) {
            return Either.left(Problem.of("mail.outbox.not-dead", "Only a dead message is put back")
                    .with("messageId", messageId).with("status", slot.item().status()));
        }
        try {
            Files.deleteIfExists(dead.resolve(slot.key() + ".state"));
            Durable.move(dead.resolve(slot.key() + ".msg"), queue.resolve(slot.key() + ".msg"));
            Durable.syncFolder(queue);
            Durable.syncFolder(dead);
        } catch (IOException e) {
            return Either.left(io(dead, e));
        }
        Item item = new Item(slot.item().messageId(), Status.PENDING, 0, slot.item().enqueuedAt(), Optional.of(now),
                Optional.empty(), slot.item().recipients(), slot.item().subject());
        slots.put(slot.key(), new Slot(slot.key(), slot.order(), item));
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
        try {
            if (d.isAccepted()) {
                Durable.write(sent.resolve(slot.key() + ".state"), false, state(Status.SENT, attempts, now, Optional.empty()));
                Durable.move(queue.resolve(slot.key() + ".msg"), sent.resolve(slot.key() + ".msg"));
                Files.deleteIfExists(queue.resolve(slot.key() + ".state"));
                put(slot, new Item(old.messageId(), Status.SENT, attempts, old.enqueuedAt(), Optional.empty(), Optional.empty(),
                        old.recipients(), old.subject()));
            } else if (d.permanent() || attempts >= retry.maxAttempts()) {
                Durable.write(dead.resolve(slot.key() + ".state"), true, state(Status.DEAD, attempts, now, d.problem()));
                Durable.move(queue.resolve(slot.key() + ".msg"), dead.resolve(slot.key() + ".msg"));
                Files.deleteIfExists(queue.resolve(slot.key() + ".state"));
                put(slot, new Item(old.messageId(), Status.DEAD, attempts, old.enqueuedAt(), Optional.empty(), d.problem(),
                        old.recipients(), old.subject()));
            } else {
                Instant next = now.plus(retry.delayAfter(attempts));
                Durable.write(queue.resolve(slot.key() + ".state"), true, state(Status.PENDING, attempts, next, d.problem()));
                put(slot, new Item(old.messageId(), Status.PENDING, attempts, old.enqueuedAt(), Optional.of(next), d.problem(),
                        old.recipients(), old.subject()));
            }
        } catch (IOException e) {
            // not recorded on disk: the message stays queued and is tried again, at least once
            put(slot, new Item(old.messageId(), d.isAccepted() ? Status.SENT : Status.PENDING, attempts, old.enqueuedAt(),
                    d.isAccepted() ? Optional.empty() : Optional.of(now.plus(retry.delayAfter(attempts))),
                    Optional.of(io(queue, e)), old.recipients(), old.subject()));
        }
    }

    private void put(Slot slot, Item item) {
        slots.put(slot.key(), new Slot(slot.key(), slot.order(), item));
    }

    // ------------------------------------------------------------------ loading

    private void load() throws IOException {
        for (Path folder : List.of(queue, sent, dead)) {
            try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, "*" + Durable.TEMP)) {
                for (Path t : temps) {
                    Files.deleteIfExists(t);
                }
            }
        }
        List<Slot> found = new ArrayList<>();
        loadFolder(sent, Status.SENT, found);
        loadFolder(dead, Status.DEAD, found);
        loadFolder(queue, Status.PENDING, found);
        found.sort(Comparator.comparingLong(Slot::order));
        for (Slot s : found) {
            slots.put(s.key(), s);
            nextOrder = Math.max(nextOrder, s.order() + 1);
        }
    }

    private void loadFolder(Path folder, Status status, List<Slot> found) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.msg")) {
            stream.forEach(files::add);
        }
        for (Path file : files) {
            String key = file.getFileName().toString().replace(".msg", "");
            boolean known = found.stream().anyMatch(s -> s.key().equals(key));
            if (known && status == Status.PENDING) {
                // accepted, then the process died before the queued copy was removed
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder.resolve(key + ".state"));
                continue;
            }
            Stored stored;
            try {
                stored = read(file);
            } catch (IOException | RuntimeException e) {
                Path corrupt = root.resolve("corrupt");
                Files.createDirectories(corrupt);
                Durable.move(file, corrupt.resolve(file.getFileName()));
                continue;
            }
            int attempts = 0;
            Optional<Instant> next = status == Status.PENDING ? Optional.of(stored.enqueuedAt()) : Optional.empty();
            Optional<Problem> problem = Optional.empty();
            Path stateFile = folder.resolve(key + ".state");
            if (Files.exists(stateFile)) {
                try {
                    State st = parseState(Files.readAllBytes(stateFile));
                    attempts = st.attempts();
                    problem = st.problem();
                    if (status == Status.PENDING) {
                        next = Optional.of(st.at());
                    }
                } catch (IOException | RuntimeException e) {
                    // a state file cut short by a power cut: the message is simply due
                }
            }
            Email e = stored.email();
            found.add(new Slot(key, stored.order(), new Item(e.messageId(), status, attempts, stored.enqueuedAt(), next, problem,
                    e.recipients(), e.subject())));
        }
    }

    // ------------------------------------------------------------------ file formats

    private record Stored(Email email, Instant enqueuedAt, long order) {}

    private record State(Status status, int attempts, Instant at, Optional<Problem> problem) {}

    static String key(String messageId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
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

    private static Stored read(Path file) throws IOException {
        byte[] all = Files.readAllBytes(file);
        int end = -1;
        for (int i = 0; i + 1 < all.length; i++) {
            if (all[i] == '\n' && all[i + 1] == '\n') {
                end = i;
                break;
            }
        }
        if (end < 0) {
            throw new IOException("No header in " + file.getFileName());
        }
        String[] lines = new String(all, 0, end, StandardCharsets.US_ASCII).split("\n");
        if (!lines[0].equals(MAGIC)) {
            throw new IOException("Not an outbox file: " + file.getFileName());
        }
        String messageId = null;
        String from = null;
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
                case "envelope-from" -> from = unb64(value);
                case "recipient" -> recipients.add(EmailAddress.of(unb64(value)));
                case "subject" -> subject = unb64(value);
                case "enqueued" -> enqueued = Instant.parse(value);
                case "order" -> order = Long.parseLong(value);
                case "size" -> size = Integer.parseInt(value);
                default -> { } // a field of a later version
            }
        }
        byte[] content = java.util.Arrays.copyOfRange(all, end + 2, all.length);
        if (messageId == null || from == null || subject == null || enqueued == null || order < 0 || size != content.length) {
            throw new IOException("Incomplete outbox file: " + file.getFileName());
        }
        return new Stored(new Email(messageId, EmailAddress.of(from), recipients, subject, content), enqueued, order);
    }

    private static byte[] state(Status status, int attempts, Instant at, Optional<Problem> problem) {
        StringBuilder b = new StringBuilder(128);
        b.append(MAGIC).append('\n').append("status ").append(status).append('\n')
                .append("attempts ").append(attempts).append('\n').append("at ").append(at).append('\n');
        problem.ifPresent(p -> {
            b.append("problem ").append(b64(p.code())).append(' ').append(b64(p.message())).append('\n');
            p.details().forEach((k, v) -> b.append("detail ").append(b64(k)).append(' ').append(b64(v)).append('\n'));
        });
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static State parseState(byte[] bytes) {
        String[] lines = new String(bytes, StandardCharsets.US_ASCII).split("\n");
        if (!lines[0].equals(MAGIC)) {
            throw new IllegalArgumentException("Not an outbox state");
        }
        Status status = null;
        int attempts = -1;
        Instant at = null;
        Problem problem = null;
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(" ");
            switch (f[0]) {
                case "status" -> status = Status.valueOf(f[1]);
                case "attempts" -> attempts = Integer.parseInt(f[1]);
                case "at" -> at = Instant.parse(f[1]);
                case "problem" -> problem = Problem.of(unb64(f[1]), unb64(f[2]));
                case "detail" -> problem = problem == null ? null : problem.with(unb64(f[1]), unb64(f[2]));
                default -> { } // a field of a later version
            }
        }
        if (status == null || attempts < 0 || at == null) {
            throw new IllegalArgumentException("Incomplete outbox state");
        }
        return new State(status, attempts, at, Optional.ofNullable(problem));
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
