package org.aso.calendar;

import org.aso.core.fixtures.DebianTools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A Radicale CalDAV server of our own: started on 127.0.0.1 on a free port with its storage in a
 * temporary folder and no authentication (any user name is accepted; each request names the user
 * {@value #USER}, who owns {@code /interop/}), stopped by {@link #close()}. Test helper.
 */
final class Radicale implements AutoCloseable {
    static final String USER = "interop";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final Path log;
    private final URI base;
    private final String authorization = "Basic "
            + Base64.getEncoder().encodeToString((USER + ":x").getBytes(StandardCharsets.UTF_8));

    private Radicale(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /** Starts a server storing in {@code dir}, and waits until it answers. */
    static Radicale start(Path dir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path storage = Files.createDirectories(dir.resolve("storage"));
        Path log = dir.resolve("radicale.log");
        ProcessBuilder pb = new ProcessBuilder(List.of(InteropTools.PYTHON.toString(), "-m", "radicale",
                "--config", "", // no /etc/radicale/config nor ~/.config/radicale/config
                "--server-hosts", "127.0.0.1:" + port,
                "--storage-filesystem-folder", storage.toString(),
                "--auth-type", "none",
                "--web-type", "none",
                "--logging-level", "warning"))
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        DebianTools.environment(pb.environment(), dir);
        Radicale server = new Radicale(pb.start(), log, URI.create("http://127.0.0.1:" + port + "/"));
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Radicale stopped at start (exit " + process.exitValue() + "): " + log());
            }
            try {
                send(HttpRequest.newBuilder(base).GET());
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        close();
        throw new AssertionError("Radicale did not answer within " + START_TIMEOUT + ": " + log());
    }

    /**
     * Creates the calendar collection {@code /interop/<collection>/} (MKCALENDAR) and PUTs
     * {@code text} into it as {@code <name>.ics}, with {@code Content-Type: text/calendar}.
     *
     * @return the status of the PUT (201 when stored), and the server's answer
     */
    HttpResponse<String> put(String collection, String name, String text) throws IOException, InterruptedException {
        URI calendar = base.resolve(USER + "/" + segment(collection) + "/");
        HttpResponse<String> made = send(HttpRequest.newBuilder(calendar)
                .method("MKCALENDAR", HttpRequest.BodyPublishers.noBody()));
        if (made.statusCode() != 201) {
            throw new AssertionError("MKCALENDAR " + calendar + " gave " + made.statusCode() + ": " + made.body());
        }
        return send(HttpRequest.newBuilder(calendar.resolve(segment(name) + ".ics"))
                .header("Content-Type", "text/calendar; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    /**
     * PUTs a whole calendar of several UIDs (a feed) as the new collection
     * {@code /interop/<collection>/}: Radicale stores one object per UID.
     *
     * @return the status of the PUT (201 when stored), and the server's answer
     */
    HttpResponse<String> putCalendar(String collection, String text) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(USER + "/" + segment(collection) + "/"))
                .header("Content-Type", "text/calendar; charset=utf-8")
                .PUT(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)));
    }

    /** GETs {@code /interop/<collection>/<name>.ics} back. */
    HttpResponse<String> get(String collection, String name) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(USER + "/" + segment(collection) + "/" + segment(name) + ".ics")).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // a client per request: Radicale's server may close a kept-alive connection the client
        // would reuse ("header parser received no bytes")
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        return http.send(request.header("Authorization", authorization).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String segment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The server's log so far. */
    String log() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the server (and only it). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
