package org.aso.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small SMTP server for tests, with the answers a real server gives and GreenMail does not:
 * {@code 550} for a recipient whose address starts with {@code unknown}, {@code 451} for one
 * starting with {@code later}, and a dropped connection in the middle of the {@code n}th message.
 */
final class ScriptedSmtpServer implements AutoCloseable {
    private final ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final int dropAtMessage;
    private final javax.net.ssl.SSLContext tls;
    /** Messages received after STARTTLS. */
    final AtomicInteger overTls = new AtomicInteger();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger dataStarted = new AtomicInteger();
    final List<String> accepted = new CopyOnWriteArrayList<>();

    ScriptedSmtpServer(int dropAtMessage) throws IOException {
        this(dropAtMessage, null);
    }

    /** A server that offers STARTTLS with the key of {@code tls}, when not null. */
    ScriptedSmtpServer(int dropAtMessage, javax.net.ssl.SSLContext tls) throws IOException {
        this.dropAtMessage = dropAtMessage;
        this.tls = tls;
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    connections.incrementAndGet();
                    threads.execute(() -> serve(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    int port() {
        return server.getLocalPort();
    }

    private void serve(Socket plain) {
        Socket socket = plain;
        try (plain) {
            BufferedReader in = reader(socket);
            OutputStream out = socket.getOutputStream();
            boolean secure = false;
            say(out, "220 scripted.invalid ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    say(out, tls != null && !secure ? "250-scripted.invalid\r\n250-STARTTLS\r\n250 8BITMIME"
                            : "250-scripted.invalid\r\n250 8BITMIME");
                } else if (upper.startsWith("STARTTLS") && tls != null && !secure) {
                    say(out, "220 2.0.0 ready to start TLS");
                    javax.net.ssl.SSLSocket ssl = (javax.net.ssl.SSLSocket) tls.getSocketFactory()
                            .createSocket(socket, socket.getInetAddress().getHostAddress(), socket.getPort(), true);
                    ssl.setUseClientMode(false);
                    ssl.startHandshake();
                    socket = ssl;
                    in = reader(socket);
                    out = socket.getOutputStream();
                    secure = true;
                } else if (upper.startsWith("RCPT TO:<UNKNOWN")) {
                    say(out, "550 5.1.1 <" + line.substring(9) + ": no such user");
                } else if (upper.startsWith("RCPT TO:<LATER")) {
                    say(out, "451 4.3.0 try again later");
                } else if (upper.startsWith("DATA")) {
                    if (dataStarted.incrementAndGet() == dropAtMessage) {
                        return;
                    }
                    say(out, "354 go ahead");
                    String id = null;
                    String data;
                    while ((data = in.readLine()) != null && !data.equals(".")) {
                        if (id == null && data.toLowerCase(Locale.ROOT).startsWith("message-id:")) {
                            id = data.substring("message-id:".length()).strip();
                        }
                    }
                    accepted.add(id);
                    if (secure) {
                        overTls.incrementAndGet();
                    }
                    say(out, "250 2.0.0 queued");
                } else if (upper.startsWith("QUIT")) {
                    say(out, "221 bye");
                    return;
                } else {
                    say(out, "250 OK");
                }
            }
        } catch (IOException e) {
            // the client went away, or refused our certificate
        } finally {
            try {
                socket.close();
            } catch (IOException e) {
                // closed either way
            }
        }
    }

    private static BufferedReader reader(Socket socket) throws IOException {
        return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    }

    private static void say(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        threads.shutdownNow();
    }
}
