package org.aso.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A {@link StoreWorker} running in a JVM of its own, as the test sees it: the lines it printed, in
 * order, and its standard input. Its standard error goes to {@code <folder>/<name>.err}, quoted when it
 * fails. Test helper.
 */
final class WorkerProcess {
    private static final String END = "\u0000end";

    private final String name;
    private final Process process;
    private final Writer stdin;
    private final Path err;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private WorkerProcess(String name, Process process, Path err) {
        this.name = name;
        this.process = process;
        this.err = err;
        this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed: its output ends here
            }
            lines.add(END);
        }, "worker-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts a worker JVM on the test's class path.
     *
     * @param server the server the worker connects to
     * @param database the database
     * @param folder where it writes its snapshot and standard error
     * @param name the worker's name
     * @param mode what it does ({@link StoreWorker})
     * @param count how many decisions or races
     * @return the running worker
     */
    static WorkerProcess start(PostgresServer server, String database, Path folder, String name, String mode, int count) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path err = folder.resolve(name + ".err");
        List<String> command = List.of(java.toString(), "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", classPath, StoreWorker.class.getName(),
                Integer.toString(server.port()), database, folder.toString(), name, mode, Integer.toString(count));
        try {
            Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
            return new WorkerProcess(name, p, err);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start worker " + name, e);
        }
    }

    /** {@return the worker's name} */
    String name() {
        return name;
    }

    /** {@return the process} */
    Process process() {
        return process;
    }

    /** {@return every line read so far, in order} */
    List<String> seen() {
        return List.copyOf(seen);
    }

    /**
     * {@return the next line the worker printed, waiting for it}
     *
     * @param timeout how long to wait
     * @throws AssertionError if none comes in time, the worker ended, or it printed an error
     */
    String next(Duration timeout) {
        String line;
        try {
            line = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
        if (line == null) {
            throw new AssertionError(name + " printed nothing for " + timeout + "; its standard error:\n" + stderr());
        }
        if (line.equals(END)) {
            lines.add(END);
            throw new AssertionError(name + " ended; its standard error:\n" + stderr());
        }
        if (line.startsWith("error ")) {
            throw new AssertionError(name + " failed: " + line + "\n" + stderr());
        }
        seen.add(line);
        return line;
    }

    /**
     * Reads lines until one that starts with {@code prefix}, which it returns.
     *
     * @param prefix the start of the line awaited
     * @param timeout how long each line may take
     * @return that line
     */
    String await(String prefix, Duration timeout) {
        while (true) {
            String line = next(timeout);
            if (line.startsWith(prefix)) {
                return line;
            }
        }
    }

    /**
     * Writes a line to the worker's standard input.
     *
     * @param line what to write
     */
    void send(String line) {
        try {
            stdin.write(line + "\n");
            stdin.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + name, e);
        }
    }

    /**
     * Kills the JVM with SIGKILL ({@link Process#destroyForcibly()} on Linux), at once, and waits for it to
     * be gone; the lines it printed before stay readable.
     */
    void kill() {
        process.destroyForcibly();
        exitCode();
    }

    /** {@return the exit code, waiting up to a minute for it} */
    int exitCode() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " did not end");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /** {@return the lines not read yet, once the process has ended} */
    List<String> rest() {
        exitCode();
        List<String> rest = new ArrayList<>();
        while (true) {
            String line;
            try {
                line = lines.poll(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            if (line == null || line.equals(END)) {
                lines.add(END);
                seen.addAll(rest);
                return rest;
            }
            rest.add(line);
        }
    }

    /** {@return what it wrote on standard error (the end of it)} */
    String stderr() {
        try {
            String text = Files.readString(err, StandardCharsets.UTF_8);
            return text.length() > 4000 ? "..." + text.substring(text.length() - 4000) : text;
        } catch (IOException e) {
            return "(no standard error: " + e + ")";
        }
    }
}
