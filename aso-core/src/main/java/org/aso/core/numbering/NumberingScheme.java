package org.aso.core.numbering;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aso.core.kernel.Direction;
import org.aso.core.kernel.Limits;
import org.aso.core.kernel.Problem;
import org.aso.core.kernel.Text;

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
 * as printed is part of the series (and the template must print it), so each year starts again
 * at 1; with {@code {yy}} and no {@code {year}}, the series is the two-digit year, so in 2026 the
 * counter goes on from where it stopped in 1926 (the same for the month with a monthly reset).
 *
 * <h2>Two numbers of one scheme never have the same text</h2>
 *
 * <p>Numbers given by one {@link Numbering} of a scheme for different series or different places
 * in a series always differ in their text. This holds because a number can be read back only one
 * way:
 * <ul>
 *   <li>dates are those of {@link org.aso.core.kernel.Limits} (years 1 to 9999), so {@code {year}}
 *       always has four digits ({@code kernel.range.date} otherwise);
 *   <li>the literal text cuts the template into runs of tokens. Within a run, at most one token
 *       varies in length ({@code {code}}, {@code {class}}, {@code {dir}}, {@code {counter}}), or
 *       exactly a {@code {dir}} and the {@code {counter}} (letters and digits); and a run holding
 *       such a token ends with literal text that the run cannot print: not a digit after a run
 *       that prints digits, not a direction letter's character after {@code {dir}}
 *       ({@code numbering.template.ambiguous} or, for letters, an {@link IllegalArgumentException}
 *       from {@link #withDirectionLetters});
 *   <li>a {@code {code}} or {@code {class}} value may not hold the character that ends its run
 *       ({@code numbering.request.bad-value}): with {@code "{code}-{class}-{counter}"}, a code
 *       {@code A-B} is refused, otherwise (A-B, C) and (A, B-C) would both read {@code A-B-C-1}.
 * </ul>
 * Numbers of different schemes, or of two {@code Numbering}s of one scheme, may of course
 * coincide.
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
    /** The longest template accepted: 200 characters. */
    public static final int MAX_TEMPLATE = 200;

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
     * tokens of varying length with no separator between them, or a separator that the tokens
     * before it can print ({@code numbering.template.ambiguous}, see the class comment),
     * literal text with spaces or control characters ({@code numbering.template.bad-literal}); a
     * template of more than {@link #MAX_TEMPLATE} characters is refused before anything else
     * ({@code numbering.template.too-long}).
     *
     * @param template the template, such as {@code "{year}-{code}-{counter:6}"}; not null
     * @param reset when the counter starts again at 1; not null
     * @return the scheme, or every problem found
     */
    public static Either<List<Problem>, NumberingScheme> parse(String template, Reset reset) {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(reset, "reset");
        if (template.length() > MAX_TEMPLATE) {
            return Either.left(List.of(Problem.of("numbering.template.too-long",
                    "A numbering template has at most " + MAX_TEMPLATE + " characters")
                    .with("length", template.length()).with("max", MAX_TEMPLATE)));
        }
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
        Optional<String> ambiguity = ambiguity(parts, DEFAULT_LETTERS);
        if (ambiguity.isPresent()) {
            problems.add(Problem.of("numbering.template.ambiguous", ambiguity.get()).with("template", template));
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
     * Why the template could give two numbers the same text, if it could: a run of tokens between
     * literals with two tokens of varying length (other than a direction letter and the counter),
     * or a run with one whose closing literal starts with a character the run can print.
     */
    private static Optional<String> ambiguity(List<Part> parts, Map<Direction, String> letters) {
        for (Run run : runs(parts)) {
            List<Part> varying = run.parts().stream().filter(NumberingScheme::varying).toList();
            boolean dirAndCounter = varying.size() == 2 && varying.contains(new Field("dir"))
                    && varying.stream().anyMatch(p -> p instanceof Counter);
            if (varying.size() > 1 && !dirAndCounter) {
                return Optional.of("Two tokens of varying length are not separated by literal text, so two numbers"
                        + " could read the same: put a literal between them");
            }
            if (!varying.isEmpty() && run.end() != null && printable(run, letters).indexOf(run.end()) >= 0) {
                return Optional.of("The literal text after a token of varying length starts with '" + run.end()
                        + "', which the tokens before it can print, so two numbers could read the same");
            }
        }
        return Optional.empty();
    }

    /** A run of tokens between two literals, and the first character of the literal that ends it (null at the end). */
    private record Run(List<Part> parts, Character end) {}

    private static List<Run> runs(List<Part> parts) {
        List<Run> runs = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                if (!current.isEmpty()) {
                    runs.add(new Run(List.copyOf(current), l.text().charAt(0)));
                    current.clear();
                }
            } else {
                current.add(p);
            }
        }
        if (!current.isEmpty()) {
            runs.add(new Run(List.copyOf(current), null));
        }
        return runs;
    }

    /** The characters the fixed tokens, counter and direction letters of a run can print (not codes and classes). */
    private static String printable(Run run, Map<Direction, String> letters) {
        StringBuilder b = new StringBuilder();
        for (Part p : run.parts()) {
            if (p instanceof Counter || p instanceof Field f && !f.name().equals("dir") && !f.name().equals("code")
                    && !f.name().equals("class")) {
                b.append("0123456789");
            } else if (p.equals(new Field("dir"))) {
                letters.values().forEach(b::append);
            }
        }
        return b.toString();
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

    /** {@return a chronological register, {@code 2026-A-000123}: one counter per register code, restarting each year} */
    public static NumberingScheme chronological() {
        return known("{year}-{code}-{counter:6}", Reset.YEARLY);
    }

    /**
     * {@return the French mail-room form {@code <PREFIX>/<year><E|S><counter>}, e.g. {@code DGA/2026E00042}:
     * incoming (E), outgoing (S) and internal (I) mail counted apart, restarting each year}
     */
    public static NumberingScheme frenchMailRoom() {
        return known("{code}/{year}{dir}{counter:5}", Reset.YEARLY);
    }

    /**
     * {@return the file number of the Indian Central Secretariat, {@code C-15012/1/2013-JTSECY}: the
     * classification (basic head letter, primary and secondary heads, here {@code C-15012}), the
     * serial of the file under that head, the year, and the section's code} Serials restart each
     * year under each head and section.
     */
    public static NumberingScheme indianFileNumber() {
        return known("{class}/{counter}/{year}-{code}", Reset.YEARLY);
    }

    /**
     * {@return the same scheme with other direction letters (e.g. A for arrivée, D for départ)}
     *
     * @param directionLetters the letter printed for each direction
     * @throws IllegalArgumentException unless each is 1 to 5 letters, or if a letter is the first
     *     character of the literal text that follows {@code {dir}} (two numbers could then read the
     *     same)
     */
    public NumberingScheme withDirectionLetters(Map<Direction, String> directionLetters) {
        EnumMap<Direction, String> merged = new EnumMap<>(letters);
        directionLetters.forEach((d, l) -> {
            if (l.isBlank() || l.length() > 5 || !l.chars().allMatch(Character::isLetter)) {
                throw new IllegalArgumentException("Bad direction letter for " + d + ": '" + l + "'");
            }
            merged.put(d, l);
        });
        Optional<String> ambiguity = ambiguity(parts, merged);
        if (ambiguity.isPresent()) {
            throw new IllegalArgumentException("Direction letters " + merged + " make template " + template
                    + " ambiguous: " + ambiguity.get());
        }
        return new NumberingScheme(template, reset, parts, merged);
    }

    /** {@return the template text} */
    public String template() {
        return template;
    }

    /** {@return when counters restart} */
    public Reset reset() {
        return reset;
    }

    /**
     * {@return the letter printed for each direction by {@code {dir}} (the defaults unless
     * {@link #withDirectionLetters} changed them); unmodifiable} With {@link #template()} and
     * {@link #reset()} it is all a scheme holds, so that a store can write a scheme and make it again.
     */
    public Map<Direction, String> directionLetters() {
        return letters;
    }

    /**
     * {@return true if the template prints the given token ({@code "code"}, {@code "dir"}, {@code "class"}, ...)}
     *
     * @param token a token's name, without braces
     */
    public boolean prints(String token) {
        return parts.contains(new Field(token));
    }

    /**
     * The series a request draws from: the values the template prints besides the counter, with
     * the year or month when counters restart.
     *
     * @param request the values the number is made of
     * @return the series key, or a problem when the request lacks a value the template prints
     *     ({@code numbering.request.missing-code}, {@code -direction}, {@code -classification}),
     *     a value is unusable ({@code numbering.request.bad-value}: blank, longer than 40
     *     characters, spaces, control, bidirectional or unpaired surrogate characters, braces,
     *     {@code |}, {@code =}, or the character that ends the value in the template, given as
     *     the detail {@code character}), or the date is outside the supported range
     *     ({@code kernel.range.date})
     */
    public Either<Problem, String> seriesOf(NumberRequest request) {
        Optional<Problem> badDate = Limits.checkDate("numbering date", request.date());
        if (badDate.isPresent()) {
            return Either.left(badDate.get());
        }
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
        // the year as printed: with {yy} only, the two-digit year (1926 and 2026 share a series)
        String year = prints("year") ? String.valueOf(request.date().getYear())
                : "yy" + pad(Math.floorMod(request.date().getYear(), 100), 2);
        switch (reset) {
            case YEARLY -> key.append("year=").append(year);
            case MONTHLY -> key.append("month=").append(year).append('-')
                    .append(pad(request.date().getMonthValue(), 2));
            case NEVER -> key.append("all");
        }
        return Either.right(key.toString());
    }

    /**
     * The text of number {@code sequence} for {@code request}, whose series {@link #seriesOf} gave: it
     * checked every value the template prints, so none is refused here.
     */
    String format(NumberRequest request, long sequence) {
        StringBuilder b = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Literal l) {
                b.append(l.text());
            } else if (p instanceof Counter c) {
                b.append(pad(sequence, c.width()));
            } else if (p instanceof Field f) {
                b.append(value(f.name(), request).get());
            }
        }
        return b.toString();
    }

    /** Zero-padded decimal (String.format is too slow for a register's hot path). */
    private static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    private Either<Problem, String> value(String field, NumberRequest r) {
        Either<Problem, String> v = rawValue(field, r);
        if (v.isLeft() || !field.equals("code") && !field.equals("class")) {
            return v;
        }
        for (Run run : runs(parts)) {
            if (run.end() != null && run.parts().contains(new Field(field)) && v.get().indexOf(run.end()) >= 0) {
                String what = field.equals("code") ? "code" : "classification";
                return Either.left(Problem.of("numbering.request.bad-value", "The " + what + " may not hold '" + run.end()
                                + "', which ends it in " + template + ": two numbers could read the same")
                        .with(what, v.get()).with("character", run.end()).with("template", template));
            }
        }
        return v;
    }

    private Either<Problem, String> rawValue(String field, NumberRequest r) {
        return switch (field) {
            case "year" -> Either.right(pad(r.date().getYear(), 4));
            case "yy" -> Either.right(pad(Math.floorMod(r.date().getYear(), 100), 2));
            case "month" -> Either.right(pad(r.date().getMonthValue(), 2));
            case "code" -> required(r.code(), "code", "numbering.request.missing-code", "a register or unit code");
            case "class" -> required(r.classification(), "classification", "numbering.request.missing-classification",
                    "a classification code");
            case "dir" -> r.direction().<Either<Problem, String>>map(d -> Either.right(letters.get(d)))
                    .orElseGet(() -> Either.left(Problem.of("numbering.request.missing-direction",
                            "The number needs a direction (incoming, outgoing, internal)").with("template", template)));
            default -> throw new IllegalStateException("token " + field);
        };
    }

    private Either<Problem, String> required(java.util.Optional<String> value, String what, String missing, String label) {
        if (value.isEmpty()) {
            return Either.left(Problem.of(missing, "The number needs " + label)
                    .with("template", template));
        }
        String v = value.get();
        if (v.isBlank() || v.length() > 40 || Text.check(what, v, Text.Kind.NAME, 40).isLeft()
                || v.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || c == '{' || c == '}' || c == '|' || c == '=')) {
            return Either.left(Problem.of("numbering.request.bad-value",
                    "The " + what + " must be 1 to 40 characters without spaces, control characters, braces, '|' or '='")
                    .with(what, (v.length() > 40 ? v.substring(0, 40) + "…" : v).replaceAll("\\p{Cc}|\\p{Cf}|\\p{Cs}", "\uFFFD")));
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
