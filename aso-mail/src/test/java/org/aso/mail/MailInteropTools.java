package org.aso.mail;

import org.aso.core.fixtures.DebianTools;
import org.aso.core.fixtures.DebianTools.Run;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The independent implementations aso-mail's interop tests run, from Debian packages under
 * Debian's own {@code /usr/bin/python3} (a python earlier on PATH, such as pyenv's, does not see
 * Debian's packages): aiosmtpd ({@code python3-aiosmtpd}) as an SMTP server, and the standard
 * library's {@code email} package as a reader of our messages. Test helper.
 */
final class MailInteropTools {
    /** Debian's interpreter; {@code -Daso.interop.python=...} points elsewhere (to see the tests skip, say). */
    static final Path PYTHON = DebianTools.PYTHON;
    /** The Debian packages the tests need, as .ci/run installs them. */
    static final String PACKAGES = "python3-aiosmtpd";
    /** The longest a script may take. */
    static final long TIMEOUT_SECONDS = 60;

    private MailInteropTools() {}

    /** {@return what is missing to run the interop tests, empty when every tool is there} */
    static List<String> missing() {
        return DebianTools.pythonMissing("aiosmtpd.smtp, email.policy, ssl").stream().toList();
    }

    /** {@return why the interop tests cannot run} */
    static String why(List<String> missing) {
        return "aso-mail's interop tests need the Debian package " + PACKAGES + " (and /usr/bin/python3): "
                + String.join("; ", missing);
    }

    /** Says that the interop tests are skipped and why, or fails under {@code -Daso.interop.required=true}. */
    static void skipOrFail(List<String> missing) {
        DebianTools.skipOrFail(why(missing));
    }

    /** Runs a command in {@code dir} in {@link DebianTools}' clean environment, within {@link #TIMEOUT_SECONDS}. */
    static Run run(Path dir, List<String> command) {
        return DebianTools.run(dir, command, java.time.Duration.ofSeconds(TIMEOUT_SECONDS));
    }

    /** Copies the script {@code interop/name} from the test resources into {@code dir}. */
    static Path script(Path dir, String name) {
        return DebianTools.script(MailInteropTools.class, dir, name);
    }

    // ---------------------------------------------------------------- PEM files for Python's ssl

    /**
     * Writes the certificate and the private key of {@code alias} as PEM files
     * ({@code CERTIFICATE}, PKCS #8 {@code PRIVATE KEY}), as Python's {@code ssl} loads them.
     *
     * @return the certificate's file, then the key's
     */
    static List<Path> pem(KeyStore keys, String alias, char[] password, Path dir) throws Exception {
        Path cert = dir.resolve(alias + "-cert.pem");
        Path key = dir.resolve(alias + "-key.pem");
        Files.writeString(cert, pem("CERTIFICATE", keys.getCertificate(alias).getEncoded()), StandardCharsets.US_ASCII);
        Files.writeString(key, pem("PRIVATE KEY", keys.getKey(alias, password).getEncoded()), StandardCharsets.US_ASCII);
        return List.of(cert, key);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    // ---------------------------------------------------------------- aiosmtpd

    /**
     * aiosmtpd ({@code smtpd.py}) on 127.0.0.1, on a port it chose itself; with a certificate it
     * requires STARTTLS, without one it does not offer it. Each message it accepts is saved in
     * {@link #folder()} as {@code N.eml} with {@code N.json} (envelope, TLS or not).
     */
    static final class AioSmtpd implements AutoCloseable {
        private final Process process;
        private final int port;
        private final Path folder;
        private final Path err;

        private AioSmtpd(Process process, int port, Path folder, Path err) {
            this.process = process;
            this.port = port;
            this.folder = folder;
            this.err = err;
        }

        /** Starts a server that requires STARTTLS with {@code certAndKey}, or offers no TLS if it is empty. */
        static AioSmtpd start(Path dir, List<Path> certAndKey) throws Exception {
            Path folder = Files.createDirectories(Files.createTempDirectory(dir, "received"));
            Path err = Files.createTempFile(dir, "smtpd", ".err");
            List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script(dir, "smtpd.py").toString(),
                    folder.toString()));
            certAndKey.forEach(p -> command.add(p.toString()));
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile());
            DebianTools.environment(pb.environment(), dir);
            Process p = pb.start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
            String line;
            try {
                line = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("aiosmtpd did not say its port: " + Files.readString(err), e);
            }
            if (line == null || !line.strip().matches("[0-9]{1,5}")) {
                p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("aiosmtpd did not start (" + line + "): " + Files.readString(err));
            }
            return new AioSmtpd(p, Integer.parseInt(line.strip()), folder, err);
        }

        int port() {
            return port;
        }

        Path folder() {
            return folder;
        }

        /** {@return the messages saved, in order of arrival} */
        List<Path> received() throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                return files.filter(f -> f.getFileName().toString().endsWith(".eml"))
                        .sorted(Comparator.comparingInt(f -> Integer.parseInt(f.getFileName().toString().replace(".eml", ""))))
                        .toList();
            }
        }

        /** {@return what the server noted of the message saved as {@code eml}} */
        Map<String, Object> meta(Path eml) throws IOException {
            Path json = eml.resolveSibling(eml.getFileName().toString().replace(".eml", ".json"));
            return DebianTools.object(DebianTools.json(Files.readString(json, StandardCharsets.UTF_8)));
        }

        /** {@return what the server wrote to its error stream so far} */
        String log() throws IOException {
            return Files.readString(err, StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    // ---------------------------------------------------------------- Python's email package

    /** The MIME trees of {@code emails} as Python's {@code email} package reads them ({@code mime_tree.py}). */
    static List<Object> mimeTrees(Path dir, List<Email> emails) throws IOException {
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script(dir, "mime_tree.py").toString()));
        for (int i = 0; i < emails.size(); i++) {
            Path f = dir.resolve("message-" + i + ".eml");
            Files.write(f, emails.get(i).content());
            command.add(f.toString());
        }
        Run run = run(dir, command).ok("Python's email package (mime_tree.py)");
        return DebianTools.array(DebianTools.json(run.out()));
    }
}
