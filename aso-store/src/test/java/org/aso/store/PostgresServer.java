package org.aso.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for tests: Debian's binaries ({@code initdb}, {@code pg_ctl}, {@code postgres}, {@code psql}
 * under {@code /usr/lib/postgresql/<version>/bin}, the newest version first, or the folder named by
 * {@code -Daso.pg.bin}) run on a cluster made in a temporary folder, listening on 127.0.0.1 only on a
 * free port, with its unix socket in that folder; trust authentication for the superuser
 * {@value #USER}, nothing else can reach it. When the tests run as root, the server runs as the
 * {@code postgres} system user (PostgreSQL refuses to run as root), the folder being handed to it.
 * {@link #close()} stops it at once ({@code pg_ctl stop -m immediate}) and deletes the folder; a JVM
 * shutdown hook does the same if a run ends without closing it. Test helper; thread-safe.
 */
final class PostgresServer implements AutoCloseable {
    /** The superuser every connection uses. */
    static final String USER = "aso";
    /** Set to {@code true} (as .ci/run does once Debian's postgresql is installed) to fail rather than skip when the binaries are missing. */
    static final String REQUIRED = "aso.pg.required";
    /** Names a folder holding {@code initdb}, {@code pg_ctl} and {@code postgres}, instead of looking under {@link #DEBIAN}. */
    static final String BIN = "aso.pg.bin";
    /** Where Debian installs each major version's binaries. */
    static final Path DEBIAN = Path.of("/usr/lib/postgresql");
    private static final List<String> PROGRAMS = List.of("initdb", "pg_ctl", "postgres", "psql");
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);

    private final Path bin;
    private final Path dir;
    private final boolean asPostgres;
    private final int port;
    private final AtomicInteger databases = new AtomicInteger();
    private final Thread shutdownHook;
    private boolean closed;

    private PostgresServer(Path bin, Path dir, boolean asPostgres, int port) {
        this.bin = bin;
        this.dir = dir;
        this.asPostgres = asPostgres;
        this.port = port;
        this.shutdownHook = new Thread(this::stop, "aso-pg-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * {@return the folder with {@code initdb}, {@code pg_ctl} and {@code postgres}, or why there is none}
     * Either the folder {@code -Daso.pg.bin} names, or the newest {@code /usr/lib/postgresql/<version>/bin}
     * that holds all three.
     */
    static Binaries binaries() {
        String named = System.getProperty(BIN, "");
        if (!named.isBlank()) {
            Path bin = Path.of(named);
            List<String> absent = PROGRAMS.stream().filter(p -> !Files.isExecutable(bin.resolve(p))).toList();
            return absent.isEmpty() ? new Binaries(Optional.of(bin), "")
                    : new Binaries(Optional.empty(), "-D" + BIN + "=" + named + " lacks " + String.join(", ", absent));
        }
        if (!Files.isDirectory(DEBIAN)) {
            return new Binaries(Optional.empty(), "no PostgreSQL server binaries: " + DEBIAN
                    + " does not exist (install Debian's postgresql package, or name a folder with -D" + BIN + ")");
        }
        try (Stream<Path> versions = Files.list(DEBIAN)) {
            Optional<Path> found = versions.map(v -> v.resolve("bin"))
                    .filter(b -> PROGRAMS.stream().allMatch(p -> Files.isExecutable(b.resolve(p))))
                    .max(Comparator.comparing(PostgresServer::majorVersion));
            return found.map(b -> new Binaries(Optional.of(b), ""))
                    .orElseGet(() -> new Binaries(Optional.empty(), "no PostgreSQL server binaries: no " + DEBIAN
                            + "/<version>/bin holds " + String.join(", ", PROGRAMS)
                            + " (install Debian's postgresql package, or name a folder with -D" + BIN + ")"));
        } catch (IOException e) {
            return new Binaries(Optional.empty(), "cannot list " + DEBIAN + ": " + e);
        }
    }

    /**
     * Where the server binaries are, or why they are missing.
     *
     * @param folder the folder, if found
     * @param missing why not, when not
     */
    record Binaries(Optional<Path> folder, String missing) {
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\..*", ""));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@return whether the missing binaries fail the tests instead of skipping them ({@code -Daso.pg.required=true})} */
    static boolean required() {
        return Boolean.getBoolean(REQUIRED);
    }

    /**
     * Makes a cluster in a new temporary folder and starts a server on it.
     *
     * @param bin the folder with the binaries
     * @return the running server, accepting connections
     * @throws IllegalStateException if it cannot start; the message holds the end of the server's log
     */
    static PostgresServer start(Path bin) {
        boolean root = isRoot();
        Path dir;
        try {
            dir = Files.createTempDirectory("aso-pg");
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare a folder for PostgreSQL"
                    + (root ? " owned by the system user postgres (running as root)" : "") + ": " + e, e);
        }
        try {
            run(bin, dir, root, "initdb", "-D", dir.resolve("data").toString(), "-U", USER, "--auth=trust",
                    "-E", "UTF8", "--locale=C", "--no-sync");
            Files.writeString(dir.resolve("data/postgresql.conf"), String.join("\n",
                    "",
                    "# aso tests: loopback only, the socket in the test folder",
                    "listen_addresses = '127.0.0.1'",
                    "unix_socket_directories = '" + dir + "'",
                    "max_connections = 200",
                    ""), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            IllegalStateException last = null;
            for (int attempt = 0; attempt < 5; attempt++) {
                int port = freePort();
                try {
                    run(bin, dir, root, "pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(),
                            "-o", "-p " + port, "-w", "-t", "60", "start");
                    PostgresServer server = new PostgresServer(bin, dir, root, port);
                    server.awaitConnections();
                    return server;
                } catch (IllegalStateException e) {
                    last = e; // the port may have been taken since it was found free: try another one
                }
            }
            throw last;
        } catch (IOException | RuntimeException e) {
            String log = logTail(dir);
            delete(dir);
            throw new IllegalStateException("PostgreSQL did not start from " + bin + ": " + e.getMessage()
                    + (log.isEmpty() ? "" : "\nserver log:\n" + log), e);
        }
    }

    /** {@return the folder of the cluster, its log and its socket} */
    Path folder() {
        return dir;
    }

    /** {@return the port the server listens on, on 127.0.0.1} */
    int port() {
        return port;
    }

    /** {@return a new empty database's name} */
    String createDatabase() {
        String name = "aso_" + databases.incrementAndGet();
        try (Connection c = dataSource("postgres").getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name); // the name is ours, made above: no outside text
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return name;
    }

    /**
     * {@return a data source on one database of this server, as a host's would be}
     *
     * @param database the database's name
     */
    PGSimpleDataSource dataSource(String database) {
        return dataSource(port, database);
    }

    /**
     * {@return a data source on a database of the server listening on 127.0.0.1 at {@code port}} For a
     * child JVM, which is given the port and database by its command line.
     *
     * @param port the port
     * @param database the database's name
     */
    static PGSimpleDataSource dataSource(int port, String database) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"127.0.0.1"});
        ds.setPortNumbers(new int[] {port});
        ds.setDatabaseName(database);
        ds.setUser(USER);
        ds.setApplicationName("aso-store-tests");
        ds.setConnectTimeout(30);
        return ds;
    }

    /**
     * Runs an SQL script with {@code psql}, the server's own client, in one transaction that stops at the
     * first error, as a host's migration tool would.
     *
     * @param database the database
     * @param script the SQL text
     * @throws IllegalStateException if psql reports an error; the message holds its output
     */
    void psql(String database, String script) {
        Path file = dir.resolve("script-" + databases.incrementAndGet() + ".sql");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            run(bin, dir, false, "psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "--single-transaction",
                    "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, "-d", database, "-f", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the end of the server's log, for a failure's message} */
    String log() {
        return logTail(dir);
    }

    /** Stops the server at once ({@code pg_ctl stop -m immediate}) and deletes its folder. */
    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs stop(), which does nothing more
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            run(bin, dir, asPostgres, "pg_ctl", "-D", dir.resolve("data").toString(), "-m", "immediate", "-w", "stop");
        } catch (RuntimeException e) {
            killPostmaster();
        }
        delete(dir);
    }

    /** The postmaster's process id is the first line of {@code postmaster.pid}; killing it takes its children. */
    private void killPostmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dir.resolve("data/postmaster.pid")).get(0).strip());
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        } catch (IOException | RuntimeException e) {
            // no pid file: nothing is running
        }
    }

    private void awaitConnections() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            try (Connection c = dataSource("postgres").getConnection()) {
                if (c.isValid(10)) {
                    return;
                }
            } catch (SQLException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        throw new IllegalStateException("the server does not accept connections on port " + port
                + (last == null ? "" : ": " + last.getMessage()), last);
    }

    private static void run(Path bin, Path dir, boolean asPostgres, String program, String... args) {
        List<String> command = new ArrayList<>();
        if (asPostgres) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(program).toString());
        command.addAll(List.of(args));
        try {
            Path out = dir.resolve(program + ".out");
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(out.toFile());
            pb.environment().put("LC_ALL", "C");
            pb.environment().put("TZ", "UTC");
            pb.environment().remove("PGDATA");
            pb.environment().remove("PGPORT");
            Process p = pb.start();
            if (!p.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(program + " took more than " + COMMAND_TIMEOUT);
            }
            String output = Files.readString(out, StandardCharsets.UTF_8);
            Files.delete(out);
            if (p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue() + ":\n" + output.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    private static boolean isRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | RuntimeException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on the loopback address", e);
        }
    }

    private static String logTail(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("server.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("[postgres] could not delete " + dir + ": " + e);
        }
    }
}
