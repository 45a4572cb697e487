package org.aso.benchmarks;

import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.aso.core.correspondence.Entry;
import org.aso.core.correspondence.Register;
import org.aso.core.correspondence.Registration;
import org.aso.core.kernel.Context;
import org.aso.core.kernel.Problem;
import org.aso.store.Aggregate;
import org.aso.store.EventStore;
import org.aso.store.StoreSettings;
import org.aso.store.StoredState;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A measured run of registrations into one stored register (see benchmarks/README.md): {@code jvms}
 * worker JVMs, each its own {@link EventStore} on the same database through one connection kept open
 * ({@link OneConnection}, as a host's pool keeps its connections), register {@code perJvm} letters
 * each, one decision per letter, through {@link StoredState#update}; the time runs from the moment all
 * of them are ready (JVM started, stream opened, a warm-up done on a stream of their own) to the moment
 * the last one is done. Each round uses a new stream, which is then loaded again and checked: every
 * number from 1 to {@code jvms * perJvm} once, in order. Prints each round's registrations per second
 * and the median.
 *
 * <pre>{@code java -cp <class path> org.aso.benchmarks.RegistrationRun <jdbc-url> <jvms> <per-jvm> <rounds>}</pre>
 *
 * The URL is H2's ({@code jdbc:h2:file:/tmp/bench/aso;AUTO_SERVER=TRUE}, the automatic mixed mode so
 * that several JVMs share the file: with several workers, this JVM holds the file open for the round and
 * the workers reach it through H2's server on the loopback address; a single worker opens it embedded) or PostgreSQL's ({@code jdbc:postgresql://127.0.0.1:5544/bench?user=aso}).
 */
public final class RegistrationRun {
    /** Letters each worker registers on a stream of its own before it says it is ready. */
    static final int WARM_UP = 300;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private RegistrationRun() {}

    /**
     * What one round measured.
     *
     * @param registrations letters registered, all JVMs together
     * @param nanos time from all ready to all done
     */
    record Round(int registrations, long nanos) {
        double perSecond() {
            return registrations * 1e9 / nanos;
        }
    }

    /**
     * Runs the rounds and prints the figures; or, with {@code worker} first, is one worker.
     *
     * @param args the JDBC URL, the number of JVMs, letters per JVM, rounds
     * @throws IOException if a worker cannot be started or talked to
     */
    public static void main(String[] args) throws IOException {
        if (args[0].equals("worker")) {
            worker(args[1], args[2], Integer.parseInt(args[3]));
            return;
        }
        String url = args[0];
        int jvms = Integer.parseInt(args[1]);
        int perJvm = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        System.out.printf(Locale.ROOT, "java %s, %d cores; %s, %d JVM(s) x %,d letters, %d rounds%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), url.replaceAll("\\?.*", ""), jvms, perJvm,
                rounds);
        orThrow(EventStore.on(dataSource(url)).migrate());
        String run = Long.toString(System.currentTimeMillis(), 36);
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            Round round = round(System.getProperty("java.class.path"), url, "register/bench-" + run + "-" + i, jvms, perJvm);
            rates[i] = round.perSecond();
            System.out.printf(Locale.ROOT, "round %d: %,d registrations in %.2f s: %.1f registrations/s (numbers 1 to %,d checked, no gap)%n",
                    i + 1, round.registrations(), round.nanos() / 1e9, rates[i], round.registrations());
        }
        Arrays.sort(rates);
        System.out.printf(Locale.ROOT, "median %.1f registrations/s (range %.1f-%.1f)%n", rates[rounds / 2], rates[0], rates[rounds - 1]);
    }

    /**
     * One round: starts the workers, lets them go together, times them, then checks the stream.
     *
     * @param classPath the workers' class path
     * @param url the database
     * @param stream the round's stream
     * @param jvms how many worker JVMs
     * @param perJvm letters each registers
     * @return the round's figures
     * @throws IOException if a worker cannot be started or talked to
     */
    static Round round(String classPath, String url, String stream, int jvms, int perJvm) throws IOException {
        List<Process> workers = new ArrayList<>();
        List<BufferedReader> outs = new ArrayList<>();
        // several JVMs share an H2 file through the process that has it open (AUTO_SERVER): this one, for the round
        try (Connection host = url.startsWith("jdbc:h2:") && jvms > 1 ? dataSource(url).getConnection() : null) {
            for (int w = 0; w < jvms; w++) {
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", classPath, RegistrationRun.class.getName(),
                        "worker", url, stream, Integer.toString(perJvm))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                workers.add(p);
                outs.add(new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8)));
            }
            for (BufferedReader out : outs) {
                expect(out, "ready");
            }
            long t0 = System.nanoTime();
            for (Process p : workers) {
                Writer in = new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8);
                in.write("go\n");
                in.flush();
            }
            for (BufferedReader out : outs) {
                expect(out, "done");
            }
            long nanos = System.nanoTime() - t0;
            for (Process p : workers) {
                if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    throw new IllegalStateException("a worker failed");
                }
            }
            int total = jvms * perJvm;
            check(orThrow(EventStore.on(dataSource(url)).open(stream, Aggregate.register(RegisterData.settings()))).get(), total);
            return new Round(total, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open " + url + ": SQL state " + e.getSQLState(), e);
        } finally {
            workers.forEach(Process::destroyForcibly);
        }
    }

    /**
     * Checks that a register holds numbers 1 to {@code total}, each once, in order.
     *
     * @param register the register loaded from the store
     * @param total how many letters were registered
     * @throws IllegalStateException if not
     */
    static void check(Register register, int total) {
        if (register.size() != total) {
            throw new IllegalStateException("the register holds " + register.size() + " entries, not " + total);
        }
        for (int i = 0; i < total; i++) {
            Entry e = register.entries().get(i);
            if (e.number().sequence() != i + 1L || e.position() != i + 1L) {
                throw new IllegalStateException("entry " + (i + 1) + " has number " + e.number());
            }
        }
    }

    /**
     * {@return a data source for an H2 or a PostgreSQL URL}
     *
     * @param url the JDBC URL
     */
    static DataSource dataSource(String url) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(url);
            return ds;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setURL(url);
            return ds;
        }
        throw new IllegalArgumentException("neither an H2 nor a PostgreSQL URL: " + url);
    }

    /**
     * One worker: opens the store, warms up on a stream of its own, says {@code ready}, waits for
     * {@code go}, registers its letters into the shared stream and says {@code done}.
     *
     * @param url the database
     * @param stream the shared stream
     * @param count letters to register there
     * @throws IOException if standard input fails
     */
    static void worker(String url, String stream, int count) throws IOException {
        EventStore store = EventStore.on(new OneConnection(dataSource(url)), StoreSettings.DEFAULT);
        List<Registration> letters = RegisterData.letters(DAY);
        Context ctx = RegisterData.clerkAt(DAY, 30);
        Aggregate<Register> register = Aggregate.register(RegisterData.settings());
        StoredState<Register> own = orThrow(store.open(stream + "-warm-up-" + ProcessHandle.current().pid(), register));
        registerInto(own, letters, ctx, WARM_UP);
        StoredState<Register> shared = orThrow(store.open(stream, register));
        System.out.println("ready");
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        if (!"go".equals(in.readLine())) {
            throw new IllegalStateException("expected go");
        }
        registerInto(shared, letters, ctx, count);
        System.out.println("done");
        System.out.flush();
    }

    private static void registerInto(StoredState<Register> state, List<Registration> letters, Context ctx, int count) {
        for (int i = 0; i < count; i++) {
            Registration letter = letters.get(i & 63);
            orThrow(state.update(r -> r.register(letter, ctx)));
        }
    }

    private static void expect(BufferedReader out, String word) {
        try {
            String line = out.readLine();
            if (!word.equals(line)) {
                throw new IllegalStateException("a worker said " + line + " instead of " + word);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T orThrow(Either<Problem, T> result) {
        return result.getOrElseThrow(p -> new IllegalStateException(p.code() + ": " + p.message()));
    }
}
