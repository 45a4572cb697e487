package org.aso.core.numbering;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Problem;

/**
 * How reference numbers look and when their counters restart, from a template such as
 * {@code "{year}-{code}-{counter:6}"}.
 *
 * <p>Template tokens: {@code {year}} (4 digits), {@code {yy}} (2 digits), {@code {month}}
 * (2 digits), {@code {counter}} or {@code {counter:N}} (zero-padded to N digits; a counter that
 * outgrows N digits simply gets longer), {@code {code}} (register or unit code), {@code {dir}}
 * (direction letter: E, S, I unless configured), {@code {class}} (classification code). Anything
 * else is literal text; braces are reserved.
 *
 * <p>A counter (a <i>series</i>) is kept for each combination of the values the template prints
 * other than the counter itself: a template with {@code {code}} and {@code {dir}} counts each
 * register's incoming and outgoing mail apart. With a {@link Reset#YEARLY yearly} reset the year
 * is part of the series (and the template must print it), so each year starts again at 1. Two
 * numbers of one scheme never have the same text.
 *
 * <pre>{@code
 * NumberingScheme chrono = NumberingScheme.chronological();          // 2026-A-000123
 * NumberingScheme mailRoom = NumberingScheme.frenchMailRoom();       // DGA/2026E00042
 * NumberingScheme india = NumberingScheme.indianFileNumber();        // C-15012/1/2013-JTSECY
 * NumberingScheme custom = NumberingScheme.parse("{code}-{yy}{month}-{counter:4}", Reset.MONTHLY).get();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NumberingScheme {
    /** When counters start again at 1. */
    public enum Reset {
        /** Never: one counter per series for ever. */
        NEVER,
        /** Every 1 January. */
        YEARLY,
        /** On the first of every month. */
        MONTHLY
    }

    private static final Pattern TOKEN = Pattern.compile("\\{([a-z]+)(?::(\\d{1,2}))?}");
    private static final Map<Direction, String> DEFAULT_LETTERS = Map.of(
            Direction.INCOMING, "E", Direction.OUTGOING, "S", Direction.INTERNAL, "I");

    /** One piece of a template. */
    sealed interface Part permits Literal, Field, Counter {}

    record Literal(String text) implements Part {}

    record Field(String name) implements Part {}

    record Counter(int width) implements Part {}

    private final String template;
    private final Reset reset;
    private final List<Part> parts;
    private final Map<Direction, String> letters;

    private NumberingScheme(String template, Reset reset, List<Part> parts, Map<Direction, String> letters) {
        this.template = template;
        this.reset = reset;
        this.parts = List.copyOf(parts);
        this.letters = Map.copyOf(letters);
    }

    /**
     * Reads a template; every problem is reported at once: unknown token
     * ({@code numbering.template.unknown-token}), braces out of place ({@code numbering.template.brace}),
     * no or several counters ({@code numbering.template.counter}), a reset the template cannot show
     * ({@code numbering.template.reset-needs-year}, {@code numbering.template.reset-needs-month}),
     * tokens of varying length with no separator between them ({@code numbering.template.ambiguous}),
     * literal text with spaces or control characters ({@code numbering.template.bad-literal}).
     */
    public static Either<List<Problem>, NumberingScheme> parse(String template, Reset reset) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(reset, "reset");
        List<Problem> problems = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        Matcher m = TOKEN.matcher(template);
        int at = 0;
        int counters = 0;
        while (m.find()) {
            literal(template.substring(at, m.start()), parts, problems, template);
            String name = m.group(1);
            String width = m.group(2);
            switch (name) {
                case "counter" -> {
                    counters++;
                    parts.add(new Counter(width == null ? 0 : Integer.parseInt(width)));
                }
                case "year", "yy", "month", "code", "dir", "class" -> {
                    if (width != null) {
                        problems.add(Problem.of("numbering.template.unknown-token",
                                "Only {counter} takes a width: {" + name + ":" + width + "}").with("template", template));
                    }
                    parts.add(new Field(name));
                }
                default -> problems.add(Problem.of("numbering.template.unknown-token",
                        "Unknown token {" + name + "}").with("template", template).with("token", name));
            }
            at = m.end();
        }
        literal(template.substring(at), parts, problems, template);
        if (counters != 1) {
            problems.add(Problem.of("numbering.template.counter",
                    "A template needs exactly one {counter}, found " + counters).with("template", template));
        }
        for (int i = 1; i < parts.size(); i++) {
            if (ambiguous(parts.get(i - 1), parts.get(i))) {
                problems.add(Problem.of("numbering.template.ambiguous",
                        "Two tokens of varying length follow each other without a separator, so two numbers could read"
                                + " the same: put a literal between them").with("template", template));
                break;
            }
        }
        boolean year = parts.contains(new Field("year")) || parts.contains(new Field("yy"));
        if (reset != Reset.NEVER && !year) {
            problems.add(Problem.of("numbering.template.reset-needs-year",
                    "Counters that restart each " + (reset == Reset.YEARLY ? "year" : "month")
                            + " need {year} or {yy} in the template, or numbers would repeat").with("template", template));
        }
        if (reset == Reset.MONTHLY && !parts.contains(new Field("month"))) {
            problems.add(Problem.of("numbering.template.reset-needs-month",
                    "Counters that restart each month need {month} in the template").with("template", template));
        }
        return problems.isEmpty()
                ? Either.right(new NumberingScheme(template, reset, parts, DEFAULT_LETTERS))
                : Either.left(List.copyOf(problems));
    }

    /**
     * True if two adjacent parts could be read in two ways: both vary in length ({@code {code}},
     * {@code {class}}, {@code {dir}}, {@code {counter}}), except a direction letter next to the
     * counter (letters never contain digits).
     */
    private static boolean ambiguous(Part a, Part b) {
        boolean counterA = a instanceof Counter;
        boolean counterB = b instanceof Counter;
        boolean dirA = a.equals(new Field("dir"));
        boolean dirB = b.equals(new Field("dir"));
        if (counterA && dirB || dirA && counterB) {
            return false;
        }
        return varying(a) && varying(b);
    }

    private static boolean varying(Part p) {
        return p instanceof Counter || p.equals(new Field("code")) || p.equals(new Field("class")) || p.equals(new Field("dir"));
    }

    private static void literal(String text, List<Part> parts, List<Problem> problems, String template) {
        if (text.isEmpty()) {
            return;
        }
        if (text.indexOf('{') >= 0 || text.indexOf('}') >= 0) {
            problems.add(Problem.of("numbering.template.brace", "Braces are reserved for tokens: '" + text + "'")
                    .with("template", template));
            return;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c)) || text.length() > 40) {
            problems.add(Problem.of("numbering.template.bad-literal",
                    "Literal text has at most 40 characters, without spaces or control characters: '" + text + "'")
                    .with("template", template));
            return;
        }
        parts.add(new Literal(text));
    }

    private static NumberingScheme known(String template, Reset reset) {
        return parse(template, reset).getOrElseThrow(p -> new IllegalStateException(p.toString()));
    }

    /** A chronological register, {@code 2026-A-000123}: one counter per register code, restarting each year. */
    public static NumberingScheme chronological() {
        return known("{year}-{code}-{counter:6}", Reset.YEARLY);
    }

    /**
     * The French mail-room form {@code <PREFIX>/<year><E|S><counter>}, e.g. {@code DGA/2026E00042}:
     * incoming (E), outgoing (S) and internal (I) mail counted apart, restarting each year.
     */
    public static NumberingScheme frenchMailRoom() {
        return known("{code}/{year}{dir}{counter:5}", Reset.YEARLY);
    }

    /**
     * The file number of the Indian Central Secretariat, {@code C-15012/1/2013-JTSECY}: the
     * classification (basic head letter, primary and secondary heads, here {@code C-15012}), the
     * serial of the file under that head, the year, and the section's code. Serials restart each
     * year under each head and section.
     */
    public static NumberingScheme indianFileNumber() {
        return known("{class}/{counter}/{year}-{code}", Reset.YEARLY);
    }

    /**
     * The same scheme with other direction letters (e.g. A for arrivée, D for départ).
     *
     * @throws IllegalArgumentException unless each is 1 to 5 letters
     */
    public NumberingScheme withDirectionLetters(Map<Direction, String> directionLetters) {
        EnumMap<Direction, String> merged = new EnumMap<>(letters);
        directionLetters.forEach((d, l) -> {
            if (l.isBlank() || l.length() > 5 || !l.chars().allMatch(Character::isLetter)) {
                throw new IllegalArgumentException("Bad direction letter for " + d + ": '" + l + "'");
            }
            merged.put(d, l);
        });
        return new NumberingScheme(template, reset, parts, merged);
    }

    /** The template text. */
    public String template() {
        return template;
    }

    /** When counters restart. */
    public Reset reset() {
        return reset;
    }

    /** True if the template prints the given token ({@code "code"}, {@code "dir"}, {@code "class"}, ...). */
    public boolean prints(String token) {
        return parts.contains(new Field(token));
    }

    /**
     * The series a request draws from: the values the template prints besides the counter, with
     * the year or month when counters restart.
     *
     * @return the series key, or a problem when the request lacks a value the template prints
     *     ({@code numbering.request.missing-code}, {@code -direction}, {@code -classification})
     *     or a value is unusable ({@code numbering.request.bad-value})
     */
    public Either<Problem, String> seriesOf(NumberRequest request) {
        StringBuilder key = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Field f) {
                Either<Problem, String> v = value(f.name(), request);
                if (v.isLeft()) {
                    return v;
                }
                boolean inSeries = switch (f.name()) {
                    case "year", "yy", "month" -> false;
                    default -> true;
                };
                if (inSeries) {
                    key.append(f.name()).append('=').append(v.get()).append('|');
                }
            }
        }
        switch (reset) {
            case YEARLY -> key.append("year=").append(request.date().getYear());
            case MONTHLY -> key.append("month=").append(request.date().getYear()).append('-')
                    .append(pad(request.date().getMonthValue(), 2));
            case NEVER -> key.append("all");
        }
        return Either.right(key.toString());
    }

    /** The text of number {@code sequence} for {@code request} (no check of the series). */
    Either<Problem, String> format(NumberRequest request, long sequence) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                b.append(l.text());
            } else if (p instanceof Counter c) {
                b.append(pad(sequence, c.width()));
            } else if (p instanceof Field f) {
                Either<Problem, String> v = value(f.name(), request);
                if (v.isLeft()) {
                    return v;
                }
                b.append(v.get());
            }
        }
        return Either.right(b.toString());
    }

    /** Zero-padded decimal (String.format is too slow for a register's hot path). */
    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private Either<Problem, String> value(String field, NumberRequest r) {
        return switch (field) {
            case "year" -> Either.right(pad(r.date().getYear(), 4));
            case "yy" -> Either.right(pad(Math.floorMod(r.date().getYear(), 100), 2));
            case "month" -> Either.right(pad(r.date().getMonthValue(), 2));
            case "code" -> required(r.code(), "code", "a register or unit code");
            case "class" -> required(r.classification(), "classification", "a classification code");
            case "dir" -> r.direction().<Either<Problem, String>>map(d -> Either.right(letters.get(d)))
                    .orElseGet(() -> Either.left(Problem.of("numbering.request.missing-direction",
                            "The number needs a direction (incoming, outgoing, internal)").with("template", template)));
            default -> throw new IllegalStateException("token " + field);
        };
    }

    private Either<Problem, String> required(java.util.Optional<String> value, String what, String label) {
        if (value.isEmpty()) {
            return Either.left(Problem.of("numbering.request.missing-" + what, "The number needs " + label)
                    .with("template", template));
        }
        String v = value.get();
        if (v.isBlank() || v.length() > 40 || v.chars().anyMatch(c -> Character.isISOControl(c)
                || Character.isWhitespace(c) || c == '{' || c == '}' || c == '|' || c == '=')) {
            return Either.left(Problem.of("numbering.request.bad-value",
                    "The " + what + " must be 1 to 40 characters without spaces, braces, '|' or '='")
                    .with(what, v));
        }
        return Either.right(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumberingScheme other && template.equals(other.template) && reset == other.reset
                && letters.equals(other.letters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(template, reset, letters);
    }

    @Override
    public String toString() {
        return "NumberingScheme[" + template + ", " + reset + "]";
    }
}
