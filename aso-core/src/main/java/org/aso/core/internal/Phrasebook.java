package org.aso.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of one locale: {@link MessageFormat} patterns read from {@code texts.properties}
 * (English, the root) and {@code texts_fr.properties} next to this class, in UTF-8, with the
 * locale's dates, times, numbers and lists.
 *
 * <p>Why not {@code ResourceBundle.getBundle}: it falls back to the JVM's default locale (a German
 * request on a server set to French would come out French) and a named module may not pass the
 * {@code Control} that turns this off. Here the choice depends on the requested locale only: its
 * language if shipped, else English; a key missing from a language falls back to English.
 * Plurals are {@code choice} sub-patterns in the entries themselves ({@code 0#…|2#…} in French,
 * where 0 and 1 are singular; {@code 0#…|1#…|1<…} in English), so no language needs code.
 *
 * <p>Every entry is a {@code MessageFormat} pattern: an apostrophe is written {@code ''} (the
 * French texts use the typographic {@code ’}). Immutable and thread-safe; an instance per
 * locale is cached, for at most 64 locales.
 */
public final class Phrasebook {
    /** The languages shipped, the first being the root every other falls back to. */
    public static final List<Locale> SHIPPED = List.of(Locale.ENGLISH, Locale.FRENCH);

    private static final Pattern NAMED = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9_-]*)\\}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z_]*");
    private static final Map<String, Map<String, String>> ENTRIES = new ConcurrentHashMap<>();
    private static final Map<Locale, Phrasebook> BOOKS = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 64;

    private static final Phrasebook NAMES_AS_GIVEN = new Phrasebook(Locale.ENGLISH, false);

    private final Locale locale;
    private final boolean translateHolidays;
    private final Map<String, String> entries;
    private final Map<String, String> root;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayFirst;
    private final DateTimeFormatter shortDay;
    private final DateTimeFormatter shortDayFirst;
    private final DateTimeFormatter shortDayYear;
    private final DateTimeFormatter shortDayYearFirst;
    private final DateTimeFormatter time;
    private final DateTimeFormatter month;

    private Phrasebook(Locale locale, boolean translateHolidays) {
        this.locale = locale;
        this.translateHolidays = translateHolidays;
        String language = language(locale);
        this.root = entries("");
        this.entries = language.equals("en") ? root : entries("_" + language);
        this.day = formatter("format.day", false);
        this.dayFirst = formatter("format.day", true);
        this.shortDay = formatter("format.short-day", false);
        this.shortDayFirst = formatter("format.short-day", true);
        this.shortDayYear = formatter("format.short-day-year", false);
        this.shortDayYearFirst = formatter("format.short-day-year", true);
        this.time = formatter("format.time", false);
        this.month = formatter("format.month", false);
    }

    /**
     * The phrasebook for {@code locale}: its language if shipped (French, English), else English;
     * dates and numbers follow the whole locale ({@code fr_CH} groups digits as Swiss readers do).
     *
     * @throws NullPointerException if {@code locale} is null
     */
    public static Phrasebook of(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        Locale used = language(locale).equals(locale.getLanguage()) ? locale : Locale.ENGLISH;
        Phrasebook book = BOOKS.get(used);
        if (book == null) {
            book = new Phrasebook(used, true);
            if (BOOKS.size() < MAX_CACHED) { // locales come from outside (Accept-Language): bound the cache
                BOOKS.putIfAbsent(used, book);
            }
        }
        return book;
    }

    /**
     * English that shows holiday names as the calendar gives them: what the methods without a
     * {@code Locale} rendered before texts had locales, kept so their output does not change.
     */
    public static Phrasebook englishNamesAsGiven() {
        return NAMES_AS_GIVEN;
    }

    private static String language(Locale locale) {
        return SHIPPED.stream().map(Locale::getLanguage).filter(locale.getLanguage()::equals).findFirst().orElse("en");
    }

    /** The locale texts are rendered for (English for a language not shipped). */
    public Locale locale() {
        return locale;
    }

    /** The raw entries of one shipped language ({@code ""} for English, {@code "_fr"}), for tests. */
    public static Map<String, String> entries(String suffix) {
        return ENTRIES.computeIfAbsent(suffix, s -> {
            String name = "texts" + s + ".properties";
            try (InputStream in = Phrasebook.class.getResourceAsStream(name)) {
                if (in == null) {
                    throw new IllegalStateException("Missing text resource " + name + " in " + Phrasebook.class.getModule());
                }
                Properties p = new Properties();
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                Map<String, String> m = new java.util.HashMap<>();
                p.stringPropertyNames().forEach(k -> m.put(k, p.getProperty(k)));
                return Map.copyOf(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** True if this language (not the English fallback) has an entry for {@code key}. */
    public boolean hasOwn(String key) {
        return entries.containsKey(key);
    }

    /**
     * The entry for {@code key} formatted with {@code args} in this locale.
     *
     * @throws IllegalArgumentException if no shipped language has the key
     */
    public String text(String key, Object... args) {
        String pattern = entries.getOrDefault(key, root.get(key));
        if (pattern == null) {
            throw new IllegalArgumentException("No text for key " + key);
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /**
     * The entry for {@code key} of this language (no English fallback) with its named placeholders
     * ({@code {field}}) filled from {@code values}; empty if the language has no such entry or the
     * entry names a value that is absent.
     */
    public Optional<String> named(String key, Map<String, String> values) {
        String pattern = entries.get(key);
        if (pattern == null) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        Matcher m = NAMED.matcher(pattern);
        StringBuilder indexed = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                return Optional.empty();
            }
            value = shown(value);
            int i = args.indexOf(value);
            if (i < 0) {
                args.add(value);
                i = args.size() - 1;
            }
            m.appendReplacement(indexed, "{" + i + "}");
        }
        m.appendTail(indexed);
        return Optional.of(new MessageFormat(indexed.toString(), locale).format(args.toArray()));
    }

    /**
     * A detail as a reader of this language sees it: an ISO date ({@code 2024-05-07}) as a day
     * ({@code "7 mai 2024"}), a constant with a {@code word.} entry ({@code CLOSED}) as that word
     * ({@code "clos"}), anything else as given.
     */
    private String shown(String value) {
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return shortDay(LocalDate.parse(value), true);
            } catch (java.time.format.DateTimeParseException e) {
                return value;
            }
        }
        String word = CONSTANT.matcher(value).matches() ? entries.get("word." + value) : null;
        return word != null ? word : value;
    }

    /** A day in full, e.g. {@code "Tue 7 May 2024"}, {@code "mercredi 1er mai 2024"}. */
    public String day(LocalDate d) {
        return (d.getDayOfMonth() == 1 ? dayFirst : day).format(d);
    }

    /** A day without the day of the week, with or without the year: {@code "8 May"}, {@code "1er mai 2025"}. */
    public String shortDay(LocalDate d, boolean withYear) {
        boolean first = d.getDayOfMonth() == 1;
        return (withYear ? first ? shortDayYearFirst : shortDayYear : first ? shortDayFirst : shortDay).format(d);
    }

    /** A day and a time on the wall clock of {@code t}'s zone: {@code "Tue 7 May 2024 17:30"}, {@code "mardi 7 mai 2024 à 17 h 30"}. */
    public String dayTime(ZonedDateTime t) {
        return text("format.day-time", day(t.toLocalDate()), time.format(t));
    }

    /** A time on the wall clock of {@code t}'s zone: {@code "17:30"}, {@code "17 h 30"}. */
    public String time(ZonedDateTime t) {
        return time.format(t);
    }

    /** A month and its year: {@code "May 2024"}, {@code "mai 2024"}. */
    public String month(java.time.YearMonth m) {
        return month.format(m);
    }

    /** A whole number with this locale's grouping. */
    public String number(long n) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A length of time: {@code "8h"}, {@code "1h30"}, {@code "45 min"}, {@code "30 s"}; {@code "8 h"}, {@code "1 h 30"} in French. */
    public String duration(java.time.Duration d) {
        long minutes = d.toMinutes();
        long h = minutes / 60;
        long m = minutes % 60;
        long s = d.minusMinutes(minutes).getSeconds();
        List<String> parts = new ArrayList<>(2);
        if (h > 0) {
            parts.add(m > 0 ? text("duration.hours-minutes", number(h), String.format(Locale.ROOT, "%02d", m))
                    : text("duration.hours", number(h)));
        } else if (m > 0 || s == 0) {
            parts.add(text("duration.minutes", number(m)));
        }
        if (s > 0) {
            parts.add(text("duration.seconds", number(s)));
        }
        return String.join(" ", parts);
    }

    /** Items as a list: {@code "a, b and c"}, {@code "a, b et c"}; empty for none. */
    public String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return text("list.and", String.join(", ", items.subList(0, items.size() - 1)), items.get(items.size() - 1));
    }

    /**
     * A holiday's name in this language: the shipped translation of a name the shipped calendars
     * use ({@code holiday.<slug>} entries), else the name as given.
     */
    public String holiday(String name) {
        String key = "holiday." + slug(name);
        return translateHolidays && entries.containsKey(key) ? text(key) : name;
    }

    /** Lower-case ASCII words joined by dashes: {@code "Jour de l'an"} gives {@code "jour-de-l-an"}. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private DateTimeFormatter formatter(String key, boolean first) {
        String pattern = entries.getOrDefault(key + (first ? ".first" : ""), entries.getOrDefault(key, root.get(key)));
        return DateTimeFormatter.ofPattern(pattern, locale);
    }

    /** The keys every shipped language must have (all but holiday names and problem messages). */
    public static Set<String> requiredKeys() {
        Set<String> keys = new java.util.TreeSet<>(entries("").keySet());
        keys.removeIf(k -> k.startsWith("holiday.") || k.startsWith("problem."));
        return keys;
    }
}
