package org.aso.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import org.aso.core.correspondence.EntryEvent;
import org.aso.core.correspondence.Register;
import org.aso.core.kernel.Problem;
import org.aso.store.Aggregate;
import org.aso.store.EventStore;
import org.aso.store.StoreSettings;
import org.aso.store.StoredState;
import org.aso.store.json.AsoJson;
import org.aso.store.json.JsonLimits;

/**
 * Loading a stored register of many entries: from its latest snapshot plus the events after it, against
 * replaying every event. Not JMH: each load runs in a fresh JVM (what a host restarting pays, and a clean
 * measure of the heap), single-shot.
 *
 * <pre>{@code
 * java -cp <class path> org.aso.benchmarks.RegisterLoadRun build <jdbc-url> <entries> <after>
 * java -cp <class path> org.aso.benchmarks.RegisterLoadRun run <jdbc-url> <entries> <rounds> <-Xmx of each load>
 * }</pre>
 *
 * <p>{@code build} decides the register's history in memory ({@link RegisterHistory}: real decisions) and
 * writes it through the store twice: stream {@value #SNAPSHOTTED}, whose snapshot is written by the store
 * itself {@code after} events before the end, and stream {@value #EVENTS_ONLY}, which has none. The events
 * are appended through {@link StoredState#update} in decisions of {@value #BATCH} events (one transaction
 * each; a million single appends would take hours), the last {@code after} of the first stream one at a
 * time. {@code run} then loads each stream {@code rounds} times in turn, each load in a fresh JVM with the
 * given heap, and prints the times, the heap, their medians and the ratio.
 *
 * <p>Loads use snapshots-off settings ({@code snapshotEvery} at its maximum) so that a load only reads:
 * with the default settings, opening a stream 1,000 or more events past its snapshot also writes a new
 * snapshot. The JSON limits are raised to fit a snapshot of this size (see {@link #json()}).
 */
public final class RegisterLoadRun {
    /** The stream with a snapshot near its end. */
    static final String SNAPSHOTTED = "register/general";
    /** The stream with the same events and no snapshot. */
    static final String EVENTS_ONLY = "register/general-events-only";
    /** Events per append in the bulk write. */
    static final int BATCH = 10_000;

    private RegisterLoadRun() {}

    /**
     * Builds the streams, runs the loads, or is one load.
     *
     * @param args {@code build <url> <entries> <after>}, {@code run <url> <entries> <rounds> <heap>},
     *     {@code load <url> <stream> <entries>} or {@code defaults <url> <stream>}
     * @throws Exception if something fails (the run stops: these are measurements)
     */
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "build" -> build(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "defaults" -> openWithDefaults(args[1], args[2]);
            case "run" -> run(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            case "load" -> {
                Loaded l = load(args[1], args[2], Integer.parseInt(args[3]));
                System.out.printf(Locale.ROOT, "loaded %s %d %d %d %d %d%n", args[2], l.millis(), l.peakHeap(), l.retainedHeap(),
                        l.version(), l.entries());
            }
            default -> throw new IllegalArgumentException("build, run or load: " + args[0]);
        }
    }

    /**
     * The JSON limits of these measurements: the defaults with documents up to 2 GiB characters and 500
     * million elements. The default 256 MiB does not hold the snapshot of a register of a million entries
     * of this history (its length is printed by {@code build}).
     *
     * @return the mapper
     */
    static AsoJson json() {
        JsonLimits d = JsonLimits.DEFAULT;
        return AsoJson.create(new JsonLimits(Integer.MAX_VALUE, d.maxDepth(), d.maxStringLength(), d.maxNumberLength(),
                500_000_000L));
    }

    /** Settings that never write a snapshot. */
    static StoreSettings readOnly() {
        return new StoreSettings(json(), Integer.MAX_VALUE, 10);
    }

    /** What a build wrote. */
    record Built(int entries, int events, long snapshotVersion, long snapshotChars, long millisDecide, long millisSnapshotted,
                 long millisEventsOnly) {}

    /**
     * Decides a register's history and writes it as the two streams.
     *
     * @param url the database (empty)
     * @param entries entries of the register
     * @param after events after the snapshot
     * @return what was written
     */
    static Built build(String url, int entries, int after) {
        DataSource ds = RegistrationRun.dataSource(url);
        try (Connection keep = ds.getConnection()) {
            orThrow(EventStore.on(ds).migrate());
            System.out.printf(Locale.ROOT, "%s %s%n", keep.getMetaData().getDatabaseProductName(),
                    keep.getMetaData().getDatabaseProductVersion());
            long t0 = System.nanoTime();
            RegisterHistory.History history = RegisterHistory.build(entries);
            long decided = System.nanoTime();
            List<EntryEvent> events = history.events();
            int n = events.size();
            System.out.printf(Locale.ROOT, "decided: %,d entries, %,d events (%,d follow-ups refused) in %.1f s%n",
                    history.register().size(), n, history.refused(), (decided - t0) / 1e9);
            if (n <= after) {
                throw new IllegalArgumentException("fewer events than " + after);
            }
            int snapshotAt = n - after;
            // stream 1: the store writes its snapshot when an append crosses snapshotEvery = n - after
            EventStore snapshotting = EventStore.on(ds, new StoreSettings(json(), snapshotAt, 10));
            StoredState<Register> one = orThrow(snapshotting.open(SNAPSHOTTED, Aggregate.register(RegisterData.settings())));
            long[] bulk = appendInBatches(one, events, 0, snapshotAt);
            long crossing = bulk[bulk.length - 1];
            long others = median(Arrays.copyOf(bulk, Math.max(1, bulk.length - 1)));
            long tail = System.nanoTime();
            for (int i = snapshotAt; i < n; i++) {
                appendInBatches(one, events, i, i + 1);
            }
            long first = System.nanoTime();
            System.out.printf(Locale.ROOT, "the append that wrote the snapshot: %,d ms (a batch of %,d events without one: median %,d ms); "
                    + "%,d single appends after it: %.2f ms each%n", crossing / 1_000_000, BATCH, others / 1_000_000, after,
                    (first - tail) / 1e6 / after);
            // stream 2: the same events, no snapshot
            EventStore plain = EventStore.on(ds, readOnly());
            StoredState<Register> two = orThrow(plain.open(EVENTS_ONLY, Aggregate.register(RegisterData.settings())));
            appendInBatches(two, events, 0, n);
            long second = System.nanoTime();
            if (!one.get().equals(history.register()) || !two.get().equals(history.register())) {
                throw new IllegalStateException("a stored state differs from the decided register");
            }
            long[] snapshot = snapshotRow(keep, SNAPSHOTTED);
            Built b = new Built(history.register().size(), n, snapshot[0], snapshot[1], (decided - t0) / 1_000_000,
                    (first - decided) / 1_000_000, (second - first) / 1_000_000);
            System.out.printf(Locale.ROOT, "written: %s with its snapshot at version %,d (%,d characters of JSON) in %.1f s; "
                            + "%s in %.1f s%n", SNAPSHOTTED, b.snapshotVersion(), b.snapshotChars(), b.millisSnapshotted() / 1e3,
                    EVENTS_ONLY, b.millisEventsOnly() / 1e3);
            return b;
        } catch (SQLException e) {
            throw new IllegalStateException("database: SQL state " + e.getSQLState(), e);
        }
    }

    /** Appends events {@code [from, to)} in decisions of at most {@link #BATCH} events; {@return the time of each} */
    private static long[] appendInBatches(StoredState<Register> state, List<EntryEvent> events, int from, int to) {
        long[] nanos = new long[(to - from + BATCH - 1) / BATCH];
        for (int i = from, b = 0; i < to; i += BATCH, b++) {
            List<EntryEvent> slice = events.subList(i, Math.min(to, i + BATCH));
            long t0 = System.nanoTime();
            orThrow(state.update(r -> Either.right(new RegisterHistory.Batch(RegisterHistory.evolve(r, slice), slice))));
            nanos[b] = System.nanoTime() - t0;
        }
        return nanos;
    }

    /**
     * Opens a stream with the store's default settings, as a host that sets none: prints what it gives.
     *
     * @param url the database
     * @param stream the stream
     * @return the problem, or empty if the stream opened
     */
    static java.util.Optional<Problem> openWithDefaults(String url, String stream) {
        DataSource ds = RegistrationRun.dataSource(url);
        try (Connection keep = ds.getConnection()) {
            long t0 = System.nanoTime();
            Either<Problem, StoredState<Register>> opened = EventStore.on(ds)
                    .open(stream, Aggregate.register(RegisterData.settings()));
            System.out.printf(Locale.ROOT, "%s with StoreSettings.DEFAULT: %s after %,d ms%n", stream,
                    opened.isLeft() ? opened.getLeft().code() + " " + opened.getLeft().details()
                            : "opened, " + opened.get().get().size() + " entries", (System.nanoTime() - t0) / 1_000_000);
            return opened.isLeft() ? java.util.Optional.of(opened.getLeft()) : java.util.Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("database: SQL state " + e.getSQLState(), e);
        }
    }

    /** {@return the version and length in characters of a stream's snapshot} */
    private static long[] snapshotRow(Connection c, String stream) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT version, LENGTH(payload) FROM aso_snapshot WHERE stream = ?")) {
            ps.setString(1, stream);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no snapshot was written for " + stream);
                }
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        }
    }

    /**
     * What one load measured.
     *
     * @param millis the time of {@code EventStore.open}, the database already open
     * @param peakHeap the most heap in use during the load (before each collection, and at its end), bytes
     * @param retainedHeap the heap in use after a full collection with the register held, bytes
     * @param version the stream's version loaded
     * @param entries the entries of the register loaded
     */
    record Loaded(long millis, long peakHeap, long retainedHeap, long version, int entries) {}

    /**
     * Loads a stream and checks the register's size.
     *
     * @param url the database
     * @param stream the stream
     * @param entries the entries expected (0: not checked)
     * @return the figures
     */
    static Loaded load(String url, String stream, int entries) {
        DataSource ds = RegistrationRun.dataSource(url);
        try (Connection keep = ds.getConnection()) { // the database is open, as in a host's pool
            EventStore store = EventStore.on(ds, readOnly());
            System.gc();
            HeapWatch watch = HeapWatch.start();
            long t0 = System.nanoTime();
            StoredState<Register> state = orThrow(store.open(stream, Aggregate.register(RegisterData.settings())));
            long millis = (System.nanoTime() - t0) / 1_000_000;
            long peak = watch.stop();
            if (entries > 0 && state.get().size() != entries) {
                throw new IllegalStateException(stream + " holds " + state.get().size() + " entries, not " + entries);
            }
            System.gc();
            long retained = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            return new Loaded(millis, peak, retained, state.version(), state.get().size());
        } catch (SQLException e) {
            throw new IllegalStateException("database: SQL state " + e.getSQLState(), e);
        }
    }

    /** The most heap in use: the heap before each garbage collection, and at the end. */
    static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final List<Runnable> removals = new ArrayList<>();

        static HeapWatch start() {
            HeapWatch w = new HeapWatch();
            w.peak.set(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                if (gc instanceof NotificationEmitter emitter) {
                    javax.management.NotificationListener listener = (n, h) -> {
                        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                            long used = heapUsed(info.getGcInfo().getMemoryUsageBeforeGc());
                            w.peak.accumulateAndGet(used, Math::max);
                        }
                    };
                    emitter.addNotificationListener(listener, null, null);
                    w.removals.add(() -> {
                        try {
                            emitter.removeNotificationListener(listener);
                        } catch (javax.management.ListenerNotFoundException e) {
                            // gone already
                        }
                    });
                }
            }
            return w;
        }

        /** {@return the use of the heap's pools (G1's eden, survivor and old spaces) among {@code pools}} */
        private static long heapUsed(java.util.Map<String, MemoryUsage> pools) {
            long used = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                MemoryUsage u = pools.get(pool.getName());
                if (pool.getType() == MemoryType.HEAP && u != null) {
                    used += u.getUsed();
                }
            }
            return used;
        }

        /** {@return the peak; stops watching} */
        long stop() {
            peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            removals.forEach(Runnable::run);
            return peak.get();
        }
    }

    /**
     * Loads each stream {@code rounds} times in turn, each in a fresh JVM, and prints the figures.
     *
     * @param url the database (not opened here: an H2 file is opened by one process at a time)
     * @param entries the entries the build wrote
     * @param rounds loads of each stream
     * @param heap the {@code -Xmx} of each load (e.g. {@code 4g})
     * @throws IOException if a load's JVM cannot be started
     */
    static void run(String url, int entries, int rounds, String heap) throws IOException {
        System.out.printf(Locale.ROOT, "java %s, %d cores, load average %s; %s, %,d entries, each load in a fresh JVM with -Xmx%s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), loadAverage(),
                url.replaceAll("\\?.*", ""), entries, heap);
        String[] streams = {SNAPSHOTTED, EVENTS_ONLY};
        long[][] millis = new long[2][rounds];
        long[][] peaks = new long[2][rounds];
        long[][] retained = new long[2][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int s = 0; s < 2; s++) {
                Loaded l = loadInFreshJvm(System.getProperty("java.class.path"), url, streams[s], entries, heap);
                millis[s][r] = l.millis();
                peaks[s][r] = l.peakHeap();
                retained[s][r] = l.retainedHeap();
                System.out.printf(Locale.ROOT, "round %d %-30s version %,d: %,d ms, peak heap %,d MB, retained %,d MB%n", r + 1,
                        streams[s], l.version(), l.millis(), l.peakHeap() >> 20, l.retainedHeap() >> 20);
            }
        }
        for (int s = 0; s < 2; s++) {
            System.out.printf(Locale.ROOT, "%-30s median %,d ms (%,d-%,d), peak heap median %,d MB (%,d-%,d), retained %,d MB%n",
                    streams[s], median(millis[s]), min(millis[s]), max(millis[s]), median(peaks[s]) >> 20, min(peaks[s]) >> 20,
                    max(peaks[s]) >> 20, median(retained[s]) >> 20);
        }
        System.out.printf(Locale.ROOT, "replaying every event takes %.1fx the time of snapshot + events (median ratio)%n",
                (double) median(millis[1]) / median(millis[0]));
    }

    /**
     * Runs {@code load} in a fresh JVM.
     *
     * @param classPath its class path
     * @param url the database
     * @param stream the stream
     * @param entries the entries expected
     * @param heap its {@code -Xmx}
     * @return what it measured
     * @throws IOException if it cannot be started or fails
     */
    static Loaded loadInFreshJvm(String classPath, String url, String stream, int entries, String heap) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms" + heap, "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError", "-cp", classPath,
                RegisterLoadRun.class.getName(), "load", url, stream, Integer.toString(entries))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            String result = null;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("loaded ")) {
                    result = line;
                }
            }
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0 || result == null) {
                throw new IOException("the load of " + stream + " failed (exit " + (p.isAlive() ? "none" : p.exitValue())
                        + ") with -Xmx" + heap);
            }
            String[] f = result.split(" ");
            return new Loaded(Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]),
                    Integer.parseInt(f[6]));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            p.destroyForcibly();
        }
    }

    private static String loadAverage() {
        try {
            return String.join(" ", Arrays.copyOf(java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }

    static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElseThrow();
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElseThrow();
    }

    static <T> T orThrow(Either<Problem, T> result) {
        return result.getOrElseThrow(p -> new IllegalStateException(p.code() + ": " + p.message() + " " + p.details()));
    }
}
