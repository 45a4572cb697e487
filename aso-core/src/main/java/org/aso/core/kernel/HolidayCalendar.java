package org.aso.core.kernel;

import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of holidays, given as data: a name and the {@link HolidayRule rules} that place its
 * holidays in each year. Calendars combine ({@code national.plus(local)}), and a calendar can be
 * read from a plain text file with one {@code YYYY-MM-DD name} per line.
 *
 * <pre>{@code
 * HolidayCalendar closures = HolidayCalendar.parse("Closures", """
 *         # office closures
 *         2026-12-24 Christmas Eve closure
 *         2026-12-31 New Year's Eve closure
 *         """).get();
 * HolidayCalendar all = FrenchHolidays.metropolitan().plus(closures);
 * all.holidaysOn(LocalDate.of(2026, 12, 25)); // [2026-12-25 Noël]
 * }</pre>
 *
 * <p>Immutable and thread-safe. Equal when names and rules are equal.
 */
public final class HolidayCalendar {
    /** Largest holiday file read, in bytes. */
    public static final int MAX_FILE_BYTES = 1 << 20;
    /** Reading stops after this many problems. */
    public static final int MAX_PROBLEMS = 100;
    /** Longest accepted line in a holiday file, in characters. */
    public static final int MAX_LINE_LENGTH = 500;

    private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[ \\t]+(.*))?");
    private static final HolidayCalendar NONE = new HolidayCalendar("No holidays", List.of());

    private final String name;
    private final List<HolidayRule> rules;
    private final transient Map<Integer, Map<LocalDate, List<Holiday>>> byYear = new ConcurrentHashMap<>();

    private HolidayCalendar(String name, List<HolidayRule> rules) {
        this.name = name;
        this.rules = List.copyOf(rules);
    }

    /**
     * A calendar made of the given rules.
     *
     * @param name the calendar's name
     * @param rules the rules giving the holidays year by year
     * @return the calendar
     * @throws IllegalArgumentException if the name is blank
     */
    public static HolidayCalendar of(String name, Collection<? extends HolidayRule> rules) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("A holiday calendar needs a name");
        }
        return new HolidayCalendar(name.strip(), List.copyOf(rules));
    }

    /**
     * {@return a calendar of dated holidays}
     *
     * @param name the calendar's name
     * @param holidays the holidays
     */
    public static HolidayCalendar ofHolidays(String name, Collection<Holiday> holidays) {
        return of(name, holidays.stream().map(h -> (HolidayRule) new HolidayRule.Dated(h)).toList());
    }

    /** {@return the calendar with no holiday} */
    public static HolidayCalendar none() {
        return NONE;
    }

    /**
     * Reads a holiday list: one {@code YYYY-MM-DD name} per line; blank lines and lines starting
     * with {@code #} are ignored. Every bad line is reported, with its number, at once:
     * {@code kernel.holidays.bad-line} (not of the form), {@code kernel.holidays.bad-date}
     * (no such day), {@code kernel.holidays.missing-name}, {@code kernel.holidays.bad-name} (a name
     * that breaks the {@link Text} rules of a {@link Text.Kind#NAME}: control or bidirectional
     * characters, an unpaired surrogate, more than 200 characters; the detail {@code problem} gives
     * the {@code kernel.text.*} code), {@code kernel.holidays.duplicate}
     * (the same date and name twice), {@code kernel.holidays.line-too-long},
     * {@code kernel.holidays.missing-calendar-name}, {@code kernel.holidays.too-large}; reading stops after
     * {@link #MAX_PROBLEMS} problems.
     *
     * @param name the calendar's name, e.g. {@code "Closures 2026"}
     * @param text the file's content
     * @return the calendar, or every problem found
     */
    public static Either<List<Problem>, HolidayCalendar> parse(String name, CharSequence text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_FILE_BYTES) {
            return Either.left(List.of(Problem.of("kernel.holidays.too-large",
                    "The holiday list is longer than " + MAX_FILE_BYTES + " characters")));
        }
        List<Problem> problems = new ArrayList<>();
        List<Holiday> holidays = new ArrayList<>();
        java.util.Set<Holiday> seen = new java.util.HashSet<>();
        String[] lines = text.toString().split("\\R", -1);
        for (int i = 0; i < lines.length && problems.size() < MAX_PROBLEMS; i++) {
            int lineNo = i + 1;
            String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.length() > MAX_LINE_LENGTH) {
                problems.add(lineProblem("kernel.holidays.line-too-long", lineNo,
                        "is longer than " + MAX_LINE_LENGTH + " characters", trimmed.substring(0, 40) + "…"));
                continue;
            }
            Matcher m = LINE.matcher(trimmed);
            if (!m.matches()) {
                problems.add(lineProblem("kernel.holidays.bad-line", lineNo,
                        "expected 'YYYY-MM-DD name'", trimmed));
                continue;
            }
            LocalDate date;
            try {
                date = LocalDate.parse(m.group(1));
            } catch (DateTimeParseException e) {
                problems.add(lineProblem("kernel.holidays.bad-date", lineNo,
                        m.group(1) + " is not a date", trimmed));
                continue;
            }
            String holidayName = m.group(2) == null ? "" : m.group(2).strip();
            if (holidayName.isEmpty()) {
                problems.add(lineProblem("kernel.holidays.missing-name", lineNo,
                        "the date needs a name after it", trimmed));
                continue;
            }
            Either<Problem, String> badName = Text.check("holiday name", holidayName, Text.Kind.NAME);
            if (badName.isLeft()) {
                Problem why = badName.getLeft();
                Problem p = lineProblem("kernel.holidays.bad-name", lineNo, why.message(), trimmed)
                        .with("problem", why.code());
                problems.add(why.detail("character").map(c -> p.with("character", c)).orElse(p));
                continue;
            }
            Holiday h = Holiday.of(date, holidayName);
            if (!seen.add(h)) {
                problems.add(lineProblem("kernel.holidays.duplicate", lineNo,
                        "repeats " + h, trimmed));
                continue;
            }
            holidays.add(h);
        }
        if (name == null || name.isBlank()) {
            problems.add(0, Problem.of("kernel.holidays.missing-calendar-name", "The holiday calendar needs a name"));
        }
        return problems.isEmpty()
                ? Either.right(ofHolidays(name, holidays))
                : Either.left(List.copyOf(problems));
    }

    /**
     * Reads a holiday file (UTF-8) in the format of {@link #parse}; files larger than
     * {@link #MAX_FILE_BYTES} are refused ({@code kernel.holidays.too-large}), unreadable or
     * non-UTF-8 ones give {@code kernel.holidays.unreadable}.
     *
     * @param name the calendar's name
     * @param file the file to read
     * @return the calendar, or every problem found
     */
    public static Either<List<Problem>, HolidayCalendar> read(String name, Path file) {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            return Either.left(List.of(Problem.of("kernel.holidays.unreadable", "The holiday file cannot be read")
                    .with("file", file.getFileName()).with("reason", e.getClass().getSimpleName())));
        }
        if (bytes.length > MAX_FILE_BYTES) {
            return Either.left(List.of(Problem.of("kernel.holidays.too-large",
                    "The holiday file is larger than " + MAX_FILE_BYTES + " bytes").with("file", file.getFileName())));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return Either.left(List.of(Problem.of("kernel.holidays.unreadable", "The holiday file is not UTF-8 text")
                    .with("file", file.getFileName())));
        }
        return parse(name, text);
    }

    /** A problem on one line; the line's text comes with control, invisible and broken characters shown as U+FFFD. */
    private static Problem lineProblem(String code, int line, String what, String text) {
        return Problem.of(code, "Line " + line + ": " + what).with("line", line)
                .with("text", text.replaceAll("\\p{Cc}|\\p{Cf}|\\p{Cs}", "\uFFFD"));
    }

    /** {@return the calendar's name} */
    public String name() {
        return name;
    }

    /** {@return the rules, in order} */
    public List<HolidayRule> rules() {
        return rules;
    }

    /**
     * {@return this calendar and {@code other} together, e.g. national holidays plus local closures}
     *
     * @param other the holidays to add
     */
    public HolidayCalendar plus(HolidayCalendar other) {
        if (other.rules.isEmpty()) {
            return this;
        }
        if (rules.isEmpty()) {
            return other;
        }
        List<HolidayRule> added = other.rules.stream().filter(r -> !rules.contains(r)).toList();
        if (added.isEmpty()) {
            return this;
        }
        List<HolidayRule> all = new ArrayList<>(rules);
        all.addAll(added);
        return new HolidayCalendar(name + " + " + other.name, all);
    }

    /**
     * {@return true if at least one holiday falls on {@code date}}
     *
     * @param date any date
     */
    public boolean isHoliday(LocalDate date) {
        return year(date.getYear()).containsKey(date);
    }

    /**
     * {@return the holidays on {@code date} (several may share a day), empty if none}
     *
     * @param date any date
     */
    public List<Holiday> holidaysOn(LocalDate date) {
        return year(date.getYear()).getOrDefault(date, List.of());
    }

    /**
     * {@return every holiday of {@code year}, by date}
     *
     * @param year the year
     */
    public List<Holiday> holidaysIn(int year) {
        return year(year).values().stream().flatMap(List::stream).toList();
    }

    /** The distinct days of {@code year} on which a holiday falls, in order. */
    java.util.Set<LocalDate> dates(int year) {
        return year(year).keySet();
    }

    private Map<LocalDate, List<Holiday>> year(int year) {
        Map<LocalDate, List<Holiday>> cached = byYear.get(year);
        if (cached != null) {
            return cached;
        }
        TreeMap<LocalDate, List<Holiday>> map = new TreeMap<>();
        for (HolidayRule r : rules) {
            r.in(year).forEach(h -> map.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(h));
        }
        map.replaceAll((d, l) -> List.copyOf(l));
        // in date order, with hashed look-ups: isHoliday is on every deadline's hot path
        Map<LocalDate, List<Holiday>> frozen = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(map));
        if (byYear.size() < 1000) {
            byYear.putIfAbsent(year, frozen);
        }
        return frozen;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HolidayCalendar other && name.equals(other.name) && rules.equals(other.rules);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + rules.hashCode();
    }

    @Override
    public String toString() {
        return "HolidayCalendar[" + name + ", " + rules.size() + " rules]";
    }
}
