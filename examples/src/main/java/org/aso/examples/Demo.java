package org.aso.examples;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.ProblemException;

/**
 * The README's demo: one working day of a section, end to end, on every module of the toolkit.
 *
 * <p>It reads the sample section shipped with the examples (people in Paris and New York, rooms and
 * projectors, French holidays, incoming letters as {@code .eml} files, an outside calendar), then
 * registers the mail and acknowledges it, opens and moves files, finds and books a meeting, sends the
 * invitations, an update and imports a reply, lets the spare projector take over from the room's
 * broken one, hands a sick colleague's work over to a deputy,
 * drafts the meeting's agenda and minutes, archives and searches them, and plans the next day with
 * the escalation notices due and the pendency report. Everything goes to an output folder with an
 * {@code index.html} that links every file. The state (register, files, agenda, notice log) is kept
 * in an embedded H2 database in that folder, so a second run carries on from the first: the next
 * working day, numbers continuing, notices not given twice.
 *
 * <pre>{@code
 * mvn -B -q -DskipTests -pl examples -am package exec:java
 * mvn -B -q -DskipTests -pl examples -am package exec:java -Dexec.args="--lang en --out /tmp/demo --fresh"
 * }</pre>
 */
public final class Demo {
    /** The output folder when none is given, under the current directory. */
    public static final String DEFAULT_FOLDER = "aso-demo-output";

    /** Kept here so that the level set in {@link #main} holds (JUL keeps loggers weakly). */
    private static Logger pdfRendererLog;

    private Demo() {}

    /**
     * What the command line asked for.
     *
     * @param out the output folder
     * @param fresh true to start from scratch (the folder's database, outbox and archive removed first)
     * @param locale the language of the texts (French or English)
     * @param smtp the SMTP server as {@code host:port}, if mail goes to one instead of the pickup folder
     *     (STARTTLS required, TLS from the first byte on port 465; without encryption only on this machine
     *     with {@code --smtp-plain}, for a test server)
     * @param trace true to print the stack trace of a failure
     */
    public record Options(Path out, boolean fresh, Locale locale, Optional<String> smtp, boolean trace) {
        /**
         * Checks the options.
         *
         * @param out the output folder; not null
         * @param fresh true to start from scratch
         * @param locale the language; not null
         * @param smtp the SMTP server; not null
         * @param trace true to print stack traces
         * @throws NullPointerException if an argument is null
         */
        public Options {
            java.util.Objects.requireNonNull(out, "out");
            java.util.Objects.requireNonNull(locale, "locale");
            java.util.Objects.requireNonNull(smtp, "smtp");
        }

        /**
         * The default options (French, a fresh start only if asked, mail to the pickup folder), writing into {@code out}.
         *
         * @param out the output folder; not null
         * @return the options
         */
        public static Options in(Path out) {
            return new Options(out, false, Locale.FRENCH, Optional.empty(), false);
        }

        /**
         * These options, starting from scratch or not.
         *
         * @param fresh true to start from scratch
         * @return the options
         */
        public Options withFresh(boolean fresh) {
            return new Options(out, fresh, locale, smtp, trace);
        }

        /**
         * These options in another language.
         *
         * @param locale the language; not null
         * @return the options
         */
        public Options withLocale(Locale locale) {
            return new Options(out, fresh, locale, smtp, trace);
        }

        /**
         * Reads the command line: {@code --out DIR}, {@code --fresh}, {@code --lang fr|en},
         * {@code --smtp HOST:PORT}, {@code --smtp-plain}, {@code --trace}, {@code --help}.
         *
         * @param args the arguments; not null
         * @return the options, or the one-line message of what is wrong (or the usage for {@code --help})
         */
        public static Either<String, Options> parse(String... args) {
            Path out = Path.of(DEFAULT_FOLDER);
            boolean fresh = false;
            boolean trace = false;
            Locale locale = Locale.FRENCH;
            Optional<String> smtp = Optional.empty();
            boolean plain = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--fresh" -> fresh = true;
                    case "--smtp-plain" -> plain = true;
                    case "--trace" -> trace = true;
                    case "--help", "-h" -> {
                        return Either.left(USAGE);
                    }
                    case "--out", "--lang", "--smtp" -> {
                        if (i + 1 >= args.length) {
                            return Either.left(a + " needs a value. " + USAGE);
                        }
                        String v = args[++i];
                        if (a.equals("--out")) {
                            out = Path.of(v);
                        } else if (a.equals("--lang")) {
                            if (!v.equals("fr") && !v.equals("en")) {
                                return Either.left("--lang is fr or en, not " + quote(v));
                            }
                            locale = v.equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
                        } else {
                            if (!v.matches("[A-Za-z0-9.-]{1,253}:[0-9]{1,5}")) {
                                return Either.left("--smtp is host:port, not " + quote(v));
                            }
                            smtp = Optional.of(v);
                        }
                    }
                    default -> {
                        return Either.left("Unknown option " + quote(a) + ". " + USAGE);
                    }
                }
            }
            if (plain) {
                if (smtp.isEmpty() || !smtp.get().matches("(localhost|127\\.0\\.0\\.1):[0-9]+")) {
                    return Either.left("--smtp-plain is only for a test server on this machine (--smtp localhost:PORT)");
                }
                smtp = Optional.of("plain:" + smtp.get());
            }
            return Either.right(new Options(out.toAbsolutePath().normalize(), fresh, locale, smtp, trace));
        }

        private static String quote(String v) {
            return "'" + (v.length() > 40 ? v.substring(0, 40) + "..." : v).replaceAll("\\p{Cntrl}", "?") + "'";
        }
    }

    static final String USAGE = "Usage: Demo [--out DIR] [--fresh] [--lang fr|en] [--smtp HOST:PORT [--smtp-plain]] [--trace]"
            + " (default: ./" + DEFAULT_FOLDER + ", French, mail to the folder's pickup directory)";

    /**
     * What a run did, for a host or a test to look at.
     *
     * @param out the output folder
     * @param run the run's number (1 for the first run on a database, then 2, ...)
     * @param day the working day the run played
     * @param numbers the register numbers given in this run, in order
     * @param notices how many escalation notices this run sent
     * @param files every file of the output folder that {@code index.html} links, relative to it
     */
    public record Result(Path out, int run, java.time.LocalDate day, List<String> numbers, int notices,
                         List<Path> files) {
        /**
         * Copies the lists.
         *
         * @param out the output folder; not null
         * @param run the run's number
         * @param day the day played; not null
         * @param numbers the numbers given; not null
         * @param notices the notices sent
         * @param files the files linked; not null
         */
        public Result {
            numbers = List.copyOf(numbers);
            files = List.copyOf(files);
        }
    }

    /**
     * Runs the demo from the command line; exits with status 1 and a one-line message on any failure
     * (the stack trace only with {@code --trace}), 2 on a bad command line.
     *
     * @param args see {@link Options#parse}
     */
    public static void main(String[] args) {
        quietPdfRenderer();
        Either<String, Options> options = Options.parse(args);
        if (options.isLeft()) {
            System.err.println(options.getLeft());
            System.exit(options.getLeft().equals(USAGE) ? 0 : 2);
            return;
        }
        Options o = options.get();
        try {
            run(o, System.out);
        } catch (DemoFailure | IOException | RuntimeException e) {
            System.err.println((o.locale().getLanguage().equals("fr") ? "La démo a échoué : " : "The demo failed: ")
                    + oneLine(e));
            if (o.trace()) {
                e.printStackTrace();
            }
            System.exit(1);
        }
    }

    /**
     * The demo is a host: the PDF renderer's INFO lines (java.util.logging) are not for its console.
     * openhtmltopdf sets its loggers to INFO and gives them a console handler of their own when it
     * first renders, so the level of {@code com.openhtmltopdf} alone is overwritten then; the console
     * handlers created from now on start at WARNING too.
     */
    private static void quietPdfRenderer() {
        pdfRendererLog = Logger.getLogger("com.openhtmltopdf");
        pdfRendererLog.setLevel(Level.WARNING);
        String settings = "com.openhtmltopdf.level=WARNING\njava.util.logging.ConsoleHandler.level=WARNING\n";
        try {
            LogManager.getLogManager().updateConfiguration(
                    new java.io.ByteArrayInputStream(settings.getBytes(StandardCharsets.ISO_8859_1)),
                    key -> (before, after) -> after == null ? before : after);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String oneLine(Exception e) {
        if (e instanceof ProblemException pe) {
            Problem p = pe.problem();
            return p.code() + ": " + DemoFailure.oneLine(p.message());
        }
        String m = e.getMessage();
        return e instanceof DemoFailure ? m : e.getClass().getSimpleName() + (m == null ? "" : ": " + DemoFailure.oneLine(m));
    }

    /**
     * Runs the demo into {@code options.out()}, printing progress on {@code log}.
     *
     * @param options the options; not null
     * @param log where progress goes; not null
     * @return what the run did
     * @throws DemoFailure if a sample file does not read, a decision is refused or the folder is not the demo's
     * @throws IOException if a file cannot be written
     */
    public static Result run(Options options, PrintStream log) throws DemoFailure, IOException {
        return new DemoDay(options, log).play();
    }

    /** Writes a text file in UTF-8, creating its folder. */
    static Path write(Path file, String text) throws IOException {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a file, creating its folder. */
    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }
}
