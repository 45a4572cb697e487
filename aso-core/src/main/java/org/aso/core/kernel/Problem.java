package org.aso.core.kernel;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.aso.core.internal.Phrasebook;
import org.immutables.value.Value;

/**
 * Why something was refused: a stable machine code, a message for people, and details.
 *
 * <p>Codes are dotted, lower-case and stable across releases ({@code "kernel.email.malformed"},
 * {@code "agenda.room.double-booked"}): hosts may switch on them. {@link #message()} is an English
 * sentence and may be reworded; {@link #message(Locale)} renders the code and details in a reader's
 * language. Details carry the values a host needs to show or log the problem (the bad
 * input, a line number, the conflicting booking), in the order they were added.
 *
 * <p>Services return {@code Either<Problem, T>} for decisions (first refusal wins) and
 * {@code Either<List<Problem>, T>} for validation of input (every problem at once).
 *
 * <pre>{@code
 * Problem p = Problem.of("kernel.holidays.bad-date", "Line 3: 2024-02-30 is not a date")
 *         .with("line", 3);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Problem {
    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+");

    Problem() {}

    /** {@return the stable dotted code, e.g. {@code "kernel.interval.end-before-start"}} */
    @Value.Parameter
    public abstract String code();

    /** {@return a sentence for people} */
    @Value.Parameter
    public abstract String message();

    /**
     * The message for a reader of {@code locale}: in French, the sentence shipped for the code with
     * the details filled in ({@code kernel.email.blank} gives {@code "Une adresse électronique est
     * requise"}); for a code without a French sentence yet, for a sentence that needs a detail this
     * problem lacks, and in English or any other language, {@link #message()}.
     *
     * @param locale the reader's locale
     * @return the message, never blank
     * @throws NullPointerException if {@code locale} is null
     */
    public String message(Locale locale) {
        Phrasebook book = Phrasebook.of(locale);
        Map<String, String> values = details();
        if (code().equals(Problems.SEVERAL) && book.hasOwn("problem." + code())) {
            java.util.Optional<String> parts = parts(locale);
            if (parts.isEmpty()) {
                return message();
            }
            values = new java.util.LinkedHashMap<>(values);
            values.put("parts", parts.get());
        }
        return book.named("problem." + code(), values).orElse(message());
    }

    /** The parts of a {@link Problems#combine combined} problem, each in the reader's language; empty if malformed. */
    private java.util.Optional<String> parts(Locale locale) {
        int count;
        try {
            count = Integer.parseInt(details().getOrDefault("count", ""));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
        java.util.List<String> parts = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String n = i + ".";
            String code = details().get(n + "code");
            String message = details().get(n + "message");
            if (code == null || message == null) {
                return java.util.Optional.empty();
            }
            var part = ImmutableProblem.builder().code(code).message(message);
            details().forEach((key, value) -> {
                if (key.startsWith(n + "detail.")) {
                    part.putDetail(key.substring((n + "detail.").length()), value);
                }
            });
            try {
                parts.add(part.build().message(locale));
            } catch (IllegalArgumentException e) { // a part a host made up with a code that is not one
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(String.join(Phrasebook.of(locale).text("list.parts"), parts));
    }

    /** {@return key/value details in insertion order; values are rendered with {@code String.valueOf}} */
    public abstract Map<String, String> details();

    /**
     * Creates a problem without details.
     *
     * @param code the stable dotted code
     * @param message a sentence for people
     * @return the problem
     * @throws IllegalArgumentException if the code is not dotted lower-case or the message is blank
     */
    public static Problem of(String code, String message) {
        return ImmutableProblem.of(code, message);
    }

    /**
     * {@return a copy with one more detail (replacing an earlier value for the same key)}
     *
     * @param key the detail's name
     * @param value its value, rendered with {@code String.valueOf}
     */
    public Problem with(String key, Object value) {
        Objects.requireNonNull(key, "key");
        var details = new java.util.LinkedHashMap<>(details());
        details.put(key, String.valueOf(value));
        return ImmutableProblem.builder().code(code()).message(message()).putAllDetails(details).build();
    }

    /**
     * {@return the detail for a key, if any}
     *
     * @param key the detail's name
     */
    public java.util.Optional<String> detail(String key) {
        return java.util.Optional.ofNullable(details().get(key));
    }

    @Value.Check
    void check() {
        if (!CODE.matcher(code()).matches()) {
            throw new IllegalArgumentException("Problem code must be dotted lower-case: " + code());
        }
        if (message().isBlank()) {
            throw new IllegalArgumentException("Problem message must not be blank (code " + code() + ")");
        }
    }

    @Override
    public String toString() {
        return details().isEmpty() ? code() + ": " + message() : code() + ": " + message() + " " + details();
    }
}
