package org.aso.calendar;

import org.aso.core.fixtures.DebianTools;
import org.aso.core.fixtures.DebianTools.Run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.aso.core.kernel.Interval;

/**
 * The independent implementations the interop tests run, from Debian packages: python-icalendar
 * and recurring-ical-events under Debian's own {@code /usr/bin/python3} (a python earlier on PATH,
 * such as pyenv's, does not see Debian's packages), khal ({@code /usr/bin/khal}) and Radicale
 * ({@link Radicale}). Test helper.
 */
final class InteropTools {
    /** Debian's interpreter; {@code -Daso.interop.python=...} points elsewhere (to see the tests skip, say). */
    static final Path PYTHON = DebianTools.PYTHON;
    /** khal; {@code -Daso.interop.khal=...} points elsewhere. */
    static final Path KHAL = Path.of(System.getProperty("aso.interop.khal", "/usr/bin/khal"));
    /** The longest one tool run may take. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** The Debian packages the tests need, as .ci/run installs them. */
    static final String PACKAGES = "python3-icalendar python3-recurring-ical-events python3-dateutil khal radicale";

    private static final DateTimeFormatter KHAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private InteropTools() {}

    /** {@return what is missing to run the interop tests, empty when every tool is there} */
    static List<String> missing() {
        List<String> missing = new ArrayList<>();
        DebianTools.pythonMissing("icalendar, recurring_ical_events, dateutil, radicale").ifPresent(missing::add);
        if (!Files.isExecutable(KHAL)) {
            missing.add(KHAL + " not found");
        }
        return missing;
    }

    /** {@return why the interop tests cannot run} */
    static String why(List<String> missing) {
        return "interop tests need the Debian packages " + PACKAGES + ": " + String.join("; ", missing);
    }

    /** Says that the interop tests are skipped and why, or fails under {@code -Daso.interop.required=true}. */
    static void skipOrFail(List<String> missing) {
        DebianTools.skipOrFail(why(missing));
    }

    /** Runs a command in {@code dir} in {@link DebianTools}' clean environment, within {@link #TIMEOUT}. */
    static Run run(Path dir, List<String> command) {
        return DebianTools.run(dir, command, TIMEOUT);
    }

    /** Copies the script {@code interop/name} from the test resources into {@code dir}. */
    static Path script(Path dir, String name) {
        return DebianTools.script(InteropTools.class, dir, name);
    }

    /** Writes {@code text} as the UTF-8 file {@code name} in {@code dir}, byte for byte. */
    static Path write(Path dir, String name, String text) {
        try {
            return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- python-icalendar

    /** The calendar as python-icalendar reads it ({@code parse.py}): method, time zones, events. */
    static Map<String, Object> parse(Path dir, String text) {
        Path file = write(dir, "parse-input.ics", text);
        Run run = run(dir, List.of(PYTHON.toString(), script(dir, "parse.py").toString(), file.toString()))
                .ok("python-icalendar (parse.py)");
        return DebianTools.object(DebianTools.json(run.out()));
    }

    // ---------------------------------------------------------------- recurring-ical-events

    /** The occurrences recurring-ical-events finds in {@code window} ({@code expand.py}). */
    static Set<Span> expand(Path dir, String text, Interval window) {
        Path file = write(dir, "expand-input.ics", text);
        Run run = run(dir, List.of(PYTHON.toString(), script(dir, "expand.py").toString(), file.toString(),
                Span.text(window.start()), Span.text(window.end()))).ok("recurring-ical-events (expand.py)");
        return spans(DebianTools.json(run.out()));
    }

    /** The spans of a JSON list of {@code {"start", "end"}} objects. */
    static Set<Span> spans(Object json) {
        Set<Span> out = new TreeSet<>();
        for (Object o : DebianTools.array(json)) {
            Map<String, Object> occurrence = DebianTools.object(o);
            out.add(new Span((String) occurrence.get("start"), (String) occurrence.get("end")));
        }
        return out;
    }

    // ---------------------------------------------------------------- khal

    /** The format of khal's lines: start, end, all-day, uid. */
    static final String KHAL_FORMAT = "{start-full}|{end-full}|{all-day}|{uid}";

    /**
     * The occurrences khal lists in {@code window} (whole UTC days): the text is imported with
     * {@code khal import} into an empty calendar (a vdir in {@code dir}), then listed.
     */
    static Set<Span> khal(Path dir, String text, Interval window) {
        Path home = dir.resolve("khal");
        Path vdir = home.resolve("calendar");
        try {
            Files.createDirectories(vdir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path config = write(home, "config", String.join("\n",
                "[calendars]",
                "[[interop]]",
                "path = " + vdir,
                "type = calendar",
                "[locale]",
                "timeformat = %H:%M",
                "dateformat = %Y-%m-%d",
                "longdateformat = %Y-%m-%d",
                "datetimeformat = %Y-%m-%dT%H:%M:%S%z",
                "longdatetimeformat = %Y-%m-%dT%H:%M:%S%z",
                "local_timezone = UTC",
                "default_timezone = UTC",
                "[sqlite]",
                "path = " + home.resolve("khal.db"),
                ""));
        Path file = write(home, "import.ics", text);
        run(home, List.of(KHAL.toString(), "-c", config.toString(), "import", "--batch", "-a", "interop", file.toString()))
                .ok("khal import");
        LocalDate first = window.start().atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = window.end().minusNanos(1).atZone(ZoneOffset.UTC).toLocalDate();
        Run list = run(home, List.of(KHAL.toString(), "-c", config.toString(), "list", "--format", KHAL_FORMAT,
                "--day-format", "", first.toString(), last.toString())).ok("khal list");
        Set<Span> out = new TreeSet<>();
        for (String line : list.out().split("\n")) {
            if (!line.isBlank()) {
                out.add(khalLine(line.strip()));
            }
        }
        return out;
    }

    /**
     * One line of {@code khal list} in {@link #KHAL_FORMAT}: a timed event's times (in UTC, as
     * configured) as instants; an all-day event's days, its end made exclusive again (khal shows
     * the last day).
     */
    static Span khalLine(String line) {
        String[] parts = line.split("\\|", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a khal line in " + KHAL_FORMAT + ": " + line);
        }
        if (Boolean.parseBoolean(parts[2].strip().toLowerCase(java.util.Locale.ROOT))) {
            LocalDate start = LocalDate.parse(parts[0].substring(0, 10));
            LocalDate last = LocalDate.parse(parts[1].substring(0, 10));
            return Span.days(start, last.plusDays(1));
        }
        Instant start = OffsetDateTime.parse(parts[0], KHAL_TIME).toInstant();
        Instant end = OffsetDateTime.parse(parts[1], KHAL_TIME).toInstant();
        return new Span(Span.text(start), Span.text(end));
    }
}
