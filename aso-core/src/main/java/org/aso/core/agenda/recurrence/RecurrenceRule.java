package org.aso.core.agenda.recurrence;

import io.vavr.control.Either;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.aso.core.kernel.Problem;

/**
 * One recurrence rule of RFC 5545 (an {@code RRULE} value): a frequency, an interval, an optional
 * end ({@code COUNT} or {@code UNTIL}), the week start and the {@code BY}-parts.
 *
 * <pre>{@code
 * RecurrenceRule lastFriday = RecurrenceRule.parse("FREQ=MONTHLY;BYDAY=-1FR").get();
 * RecurrenceRule fortnightly = RecurrenceRule.parse("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=10").get();
 * lastFriday.toString(); // "FREQ=MONTHLY;BYDAY=-1FR"
 * }</pre>
 *
 * <p>A rule alone has no start: {@link Recurrence} pairs it with the meeting's first start and
 * expands it. {@link #toString()} gives the rule back as RRULE text in a canonical order, which
 * {@link #parse} reads back to an equal rule.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecurrenceRule {
    /** Longest RRULE text accepted from outside. */
    public static final int MAX_LENGTH = 1000;

    private static final int MAX_INTERVAL = 10_000;
    /** The largest {@code COUNT} accepted: a million instances. */
    public static final int MAX_COUNT = 1_000_000;

    /** How often the rule repeats ({@code FREQ}). */
    public enum Frequency {
        /** Every second (times the interval). */
        SECONDLY,
        /** Every minute. */
        MINUTELY,
        /** Every hour. */
        HOURLY,
        /** Every day. */
        DAILY,
        /** Every week (weeks start on {@link #weekStart()}). */
        WEEKLY,
        /** Every month. */
        MONTHLY,
        /** Every year. */
        YEARLY
    }

    /**
     * A {@code BYDAY} entry: a day of the week, with an ordinal in a month or year ({@code 2MO}
     * is the second Monday, {@code -1FR} the last Friday) or none ({@code 0}: every such day).
     */
    public record WeekdayNum(int ordinal, DayOfWeek day) {
        /**
         * A {@code BYDAY} entry.
         *
         * @param ordinal which such day in the month or year, counted from its start if positive and
         *     from its end if negative ({@code -1}: the last); 0 for every such day
         * @param day the day of the week, not null
         * @throws IllegalArgumentException if the ordinal is outside -53..53
         */
        public WeekdayNum {
            Objects.requireNonNull(day, "day");
            if (ordinal < -53 || ordinal > 53) {
                throw new IllegalArgumentException("BYDAY ordinal must be within -53..53: " + ordinal);
            }
        }

        /** The entry as RRULE text, e.g. {@code "-1FR"} or {@code "MO"}. */
        @Override
        public String toString() {
            return (ordinal == 0 ? "" : Integer.toString(ordinal)) + DAY_CODES[day.getValue() - 1];
        }
    }

    private static final String[] DAY_CODES = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

    private final Frequency frequency;
    private final int interval;
    private final int count; // 0: none
    private final Temporal until; // null, LocalDate, LocalDateTime (floating) or Instant (UTC)
    private final DayOfWeek weekStart;
    private final boolean weekStartGiven;
    final int[] bySecond;
    final int[] byMinute;
    final int[] byHour;
    final WeekdayNum[] byDay;
    final int[] byMonthDay;
    final int[] byYearDay;
    final int[] byWeekNo;
    final int[] byMonth;
    final int[] bySetPos;

    private RecurrenceRule(Frequency frequency, int interval, int count, Temporal until, DayOfWeek weekStart,
            boolean weekStartGiven, int[] bySecond, int[] byMinute, int[] byHour, WeekdayNum[] byDay,
            int[] byMonthDay, int[] byYearDay, int[] byWeekNo, int[] byMonth, int[] bySetPos) {
        this.frequency = frequency;
        this.interval = interval;
        this.count = count;
        this.until = until;
        this.weekStart = weekStart;
        this.weekStartGiven = weekStartGiven;
        this.bySecond = bySecond;
        this.byMinute = byMinute;
        this.byHour = byHour;
        this.byDay = byDay;
        this.byMonthDay = byMonthDay;
        this.byYearDay = byYearDay;
        this.byWeekNo = byWeekNo;
        this.byMonth = byMonth;
        this.bySetPos = bySetPos;
    }

    // ---------------------------------------------------------------- accessors

    /** {@return {@code FREQ}} */
    public Frequency frequency() {
        return frequency;
    }

    /** {@return {@code INTERVAL}, 1 unless given} */
    public int interval() {
        return interval;
    }

    /** {@return {@code COUNT}, if given: the number of instances, DTSTART being the first} */
    public OptionalInt count() {
        return count == 0 ? OptionalInt.empty() : OptionalInt.of(count);
    }

    /**
     * {@return {@code UNTIL}, if given, inclusive: an {@link Instant} for the UTC form
     * ({@code 20261231T230000Z}), a {@link LocalDate} for the date form ({@code 20261231}) or a
     * {@link LocalDateTime} for the floating form ({@code 20261231T235959}), read in the meeting's
     * zone}
     */
    public Optional<Temporal> until() {
        return Optional.ofNullable(until);
    }

    /** {@return {@code WKST}, Monday unless given} */
    public DayOfWeek weekStart() {
        return weekStart;
    }

    /** {@return {@code BYSECOND}, in the order given} */
    public List<Integer> bySecond() {
        return list(bySecond);
    }

    /** {@return {@code BYMINUTE}} */
    public List<Integer> byMinute() {
        return list(byMinute);
    }

    /** {@return {@code BYHOUR}} */
    public List<Integer> byHour() {
        return list(byHour);
    }

    /** {@return {@code BYDAY}} */
    public List<WeekdayNum> byDay() {
        return List.of(byDay);
    }

    /** {@return {@code BYMONTHDAY}; negative values count from the end of the month} */
    public List<Integer> byMonthDay() {
        return list(byMonthDay);
    }

    /** {@return {@code BYYEARDAY}; negative values count from the end of the year} */
    public List<Integer> byYearDay() {
        return list(byYearDay);
    }

    /** {@return {@code BYWEEKNO} (ISO-style week numbers with the rule's week start)} */
    public List<Integer> byWeekNo() {
        return list(byWeekNo);
    }

    /** {@return {@code BYMONTH}, 1 to 12} */
    public List<Integer> byMonth() {
        return list(byMonth);
    }

    /** {@return {@code BYSETPOS}; negative values count from the end of each period's set} */
    public List<Integer> bySetPos() {
        return list(bySetPos);
    }

    private static List<Integer> list(int[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    // ---------------------------------------------------------------- parsing

    /**
     * Reads an RRULE value, with or without the {@code "RRULE:"} prefix, from untrusted text. Every
     * problem is reported at once:
     * <ul>
     *   <li>{@code agenda.rrule.too-long}: more than {@link #MAX_LENGTH} characters (nothing else is read);
     *   <li>{@code agenda.rrule.malformed}: a part that is not {@code NAME=value};
     *   <li>{@code agenda.rrule.unknown-part}: a name RFC 5545 does not define;
     *   <li>{@code agenda.rrule.duplicate-part}: a part given twice;
     *   <li>{@code agenda.rrule.missing-freq}: no {@code FREQ};
     *   <li>{@code agenda.rrule.bad-value}: a value out of range or unreadable (details {@code part}, {@code value});
     *   <li>{@code agenda.rrule.count-and-until}: both {@code COUNT} and {@code UNTIL};
     *   <li>{@code agenda.rrule.part-not-allowed}: a BY-part RFC 5545 forbids with the frequency
     *       ({@code BYWEEKNO} outside YEARLY, {@code BYYEARDAY} with DAILY, WEEKLY or MONTHLY,
     *       {@code BYMONTHDAY} with WEEKLY);
     *   <li>{@code agenda.rrule.ordinal-not-allowed}: a {@code BYDAY} ordinal outside MONTHLY and
     *       YEARLY, or with {@code BYWEEKNO};
     *   <li>{@code agenda.rrule.setpos-alone}: {@code BYSETPOS} without another BY-part.
     * </ul>
     *
     * @param text the rule; not null
     * @return the rule, or every problem found
     */
    public static Either<List<Problem>, RecurrenceRule> parse(String text) {
        Objects.requireNonNull(text, "text");
        if (text.length() > MAX_LENGTH) {
            return Either.left(List.of(Problem.of("agenda.rrule.too-long",
                    "A recurrence rule may have at most " + MAX_LENGTH + " characters")
                    .with("length", text.length())));
        }
        Parser p = new Parser(text);
        p.run();
        return p.problems.isEmpty() ? Either.right(p.build()) : Either.left(List.copyOf(p.problems));
    }

    private static final class Parser {
        final String text;
        final List<Problem> problems = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        Frequency freq;
        int interval = 1;
        int count;
        Temporal until;
        DayOfWeek wkst = DayOfWeek.MONDAY;
        boolean wkstGiven;
        int[] bySecond = new int[0];
        int[] byMinute = new int[0];
        int[] byHour = new int[0];
        WeekdayNum[] byDay = new WeekdayNum[0];
        int[] byMonthDay = new int[0];
        int[] byYearDay = new int[0];
        int[] byWeekNo = new int[0];
        int[] byMonth = new int[0];
        int[] bySetPos = new int[0];

        Parser(String text) {
            this.text = text;
        }

        void run() {
            String body = text.strip();
            if (body.regionMatches(true, 0, "RRULE:", 0, 6)) {
                body = body.substring(6);
            }
            if (body.isEmpty()) {
                problems.add(Problem.of("agenda.rrule.missing-freq", "A recurrence rule needs FREQ").with("rule", text));
                return;
            }
            for (String part : body.split(";", -1)) {
                int eq = part.indexOf('=');
                if (eq <= 0 || eq == part.length() - 1) {
                    problems.add(Problem.of("agenda.rrule.malformed", "A rule part must read NAME=value: '" + part + "'")
                            .with("part", part));
                    continue;
                }
                String name = part.substring(0, eq).toUpperCase(Locale.ROOT);
                String value = part.substring(eq + 1);
                if (!seen.add(name)) {
                    problems.add(Problem.of("agenda.rrule.duplicate-part", name + " is given more than once")
                            .with("part", name));
                    continue;
                }
                part(name, value);
            }
            if (freq == null) {
                if (problems.stream().noneMatch(pr -> "FREQ".equals(pr.details().get("part")))) {
                    problems.add(Problem.of("agenda.rrule.missing-freq", "A recurrence rule needs FREQ").with("rule", text));
                }
                return;
            }
            if (seen.contains("COUNT") && seen.contains("UNTIL")) {
                problems.add(Problem.of("agenda.rrule.count-and-until", "COUNT and UNTIL must not both be given"));
            }
            if (byWeekNo.length > 0 && freq != Frequency.YEARLY) {
                notAllowed("BYWEEKNO", "only with FREQ=YEARLY");
            }
            if (byYearDay.length > 0 && (freq == Frequency.DAILY || freq == Frequency.WEEKLY || freq == Frequency.MONTHLY)) {
                notAllowed("BYYEARDAY", "not with FREQ=DAILY, WEEKLY or MONTHLY");
            }
            if (byMonthDay.length > 0 && freq == Frequency.WEEKLY) {
                notAllowed("BYMONTHDAY", "not with FREQ=WEEKLY");
            }
            boolean ordinals = Arrays.stream(byDay).anyMatch(d -> d.ordinal() != 0);
            if (ordinals && freq != Frequency.MONTHLY && freq != Frequency.YEARLY) {
                problems.add(Problem.of("agenda.rrule.ordinal-not-allowed",
                        "BYDAY ordinals (like 2MO or -1FR) are only allowed with FREQ=MONTHLY or YEARLY")
                        .with("freq", freq));
            } else if (ordinals && byWeekNo.length > 0) {
                problems.add(Problem.of("agenda.rrule.ordinal-not-allowed",
                        "BYDAY ordinals (like 2MO or -1FR) are not allowed with BYWEEKNO"));
            }
            if (freq == Frequency.MONTHLY && ordinals) {
                for (WeekdayNum d : byDay) {
                    if (Math.abs(d.ordinal()) > 5) {
                        problems.add(Problem.of("agenda.rrule.bad-value",
                                "A month has at most five of each weekday: " + d).with("part", "BYDAY").with("value", d));
                    }
                }
            }
            if (bySetPos.length > 0 && bySecond.length + byMinute.length + byHour.length + byDay.length
                    + byMonthDay.length + byYearDay.length + byWeekNo.length + byMonth.length == 0) {
                problems.add(Problem.of("agenda.rrule.setpos-alone", "BYSETPOS needs another BY-part to select from"));
            }
        }

        private void notAllowed(String part, String why) {
            problems.add(Problem.of("agenda.rrule.part-not-allowed", part + " is allowed " + why)
                    .with("part", part).with("freq", freq));
        }

        private void part(String name, String value) {
            switch (name) {
                case "FREQ" -> {
                    try {
                        freq = Frequency.valueOf(value.toUpperCase(Locale.ROOT));
                    } catch (IllegalArgumentException e) {
                        bad(name, value, "FREQ must be SECONDLY, MINUTELY, HOURLY, DAILY, WEEKLY, MONTHLY or YEARLY");
                    }
                }
                case "INTERVAL" -> interval = number(name, value, 1, MAX_INTERVAL, false);
                case "COUNT" -> count = number(name, value, 1, MAX_COUNT, false);
                case "UNTIL" -> until = untilValue(value);
                case "WKST" -> {
                    DayOfWeek d = day(value);
                    if (d == null) {
                        bad(name, value, "WKST must be MO, TU, WE, TH, FR, SA or SU");
                    } else {
                        wkst = d;
                        wkstGiven = true;
                    }
                }
                case "BYSECOND" -> bySecond = numbers(name, value, 0, 60, false);
                case "BYMINUTE" -> byMinute = numbers(name, value, 0, 59, false);
                case "BYHOUR" -> byHour = numbers(name, value, 0, 23, false);
                case "BYMONTHDAY" -> byMonthDay = numbers(name, value, 1, 31, true);
                case "BYYEARDAY" -> byYearDay = numbers(name, value, 1, 366, true);
                case "BYWEEKNO" -> byWeekNo = numbers(name, value, 1, 53, true);
                case "BYMONTH" -> byMonth = numbers(name, value, 1, 12, false);
                case "BYSETPOS" -> bySetPos = numbers(name, value, 1, 366, true);
                case "BYDAY" -> byDay = days(value);
                default -> problems.add(Problem.of("agenda.rrule.unknown-part", "Unknown rule part " + name)
                        .with("part", name));
            }
        }

        private void bad(String part, String value, String message) {
            problems.add(Problem.of("agenda.rrule.bad-value", message).with("part", part).with("value", value));
        }

        /**
         * A number in [min, max], or in [-max, -min] too when {@code signed} (written with an optional
         * sign, RFC 5545's {@code [plus / minus] 1*DIGIT}; unsigned parts are digits only); 0 after a problem.
         */
        private int number(String part, String value, int min, int max, boolean signed) {
            String v = value.startsWith("+") && signed ? value.substring(1) : value;
            boolean ok = v.length() <= 8 && value.matches(signed ? "[+-]?[0-9]+" : "[0-9]+");
            int n = 0;
            if (ok) {
                try {
                    n = Integer.parseInt(v);
                } catch (NumberFormatException e) {
                    ok = false;
                }
            }
            int abs = Math.abs(n);
            if (!ok || abs < min || abs > max || (n < 0 && !signed)) {
                bad(part, value, part + " values must be " + (signed ? "±" : "") + min + " to " + max);
                return 0;
            }
            return n;
        }

        private int[] numbers(String part, String value, int min, int max, boolean signed) {
            String[] items = value.split(",", -1);
            int[] out = new int[items.length];
            int n = 0;
            for (String item : items) {
                int before = problems.size();
                int v = number(part, item, min, max, signed);
                if (problems.size() == before && Arrays.stream(out, 0, n).noneMatch(x -> x == v)) {
                    out[n++] = v;
                }
            }
            return Arrays.copyOf(out, n);
        }

        private WeekdayNum[] days(String value) {
            List<WeekdayNum> out = new ArrayList<>();
            for (String item : value.split(",", -1)) {
                String s = item.toUpperCase(Locale.ROOT);
                DayOfWeek d = s.length() >= 2 ? day(s.substring(s.length() - 2)) : null;
                String ord = s.length() >= 2 ? s.substring(0, s.length() - 2) : "";
                int n = 0;
                boolean ok = d != null;
                if (ok && !ord.isEmpty()) {
                    int before = problems.size();
                    n = number("BYDAY", ord, 1, 53, true);
                    ok = problems.size() == before;
                    if (!ok) {
                        continue;
                    }
                }
                if (!ok) {
                    bad("BYDAY", item, "BYDAY entries read [±n]DD with DD one of MO, TU, WE, TH, FR, SA, SU");
                    continue;
                }
                WeekdayNum w = new WeekdayNum(n, d);
                if (!out.contains(w)) {
                    out.add(w);
                }
            }
            return out.toArray(new WeekdayNum[0]);
        }

        private static DayOfWeek day(String code) {
            for (int i = 0; i < 7; i++) {
                if (DAY_CODES[i].equalsIgnoreCase(code)) {
                    return DayOfWeek.of(i + 1);
                }
            }
            return null;
        }

        private Temporal untilValue(String value) {
            try {
                if (value.matches("\\d{8}")) {
                    return LocalDate.of(Integer.parseInt(value.substring(0, 4)),
                            Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)));
                }
                if (value.matches("\\d{8}T\\d{6}Z?")) {
                    LocalDateTime t = LocalDateTime.of(Integer.parseInt(value.substring(0, 4)),
                            Integer.parseInt(value.substring(4, 6)), Integer.parseInt(value.substring(6, 8)),
                            Integer.parseInt(value.substring(9, 11)), Integer.parseInt(value.substring(11, 13)),
                            Integer.parseInt(value.substring(13, 15)));
                    return value.endsWith("Z") ? t.toInstant(ZoneOffset.UTC) : t;
                }
            } catch (java.time.DateTimeException e) {
                // reported below
            }
            bad("UNTIL", value, "UNTIL must read YYYYMMDD, YYYYMMDDThhmmss or YYYYMMDDThhmmssZ");
            return null;
        }

        RecurrenceRule build() {
            return new RecurrenceRule(freq, interval, count, until, wkst, wkstGiven, bySecond, byMinute, byHour,
                    byDay, byMonthDay, byYearDay, byWeekNo, byMonth, bySetPos);
        }
    }

    // ---------------------------------------------------------------- text

    /** The rule as RRULE text (without the {@code "RRULE:"} prefix), parts in a canonical order. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("FREQ=").append(frequency);
        if (interval != 1) {
            b.append(";INTERVAL=").append(interval);
        }
        if (count != 0) {
            b.append(";COUNT=").append(count);
        }
        if (until != null) {
            b.append(";UNTIL=").append(untilText());
        }
        append(b, "BYMONTH", byMonth);
        append(b, "BYWEEKNO", byWeekNo);
        append(b, "BYYEARDAY", byYearDay);
        append(b, "BYMONTHDAY", byMonthDay);
        if (byDay.length > 0) {
            b.append(";BYDAY=");
            for (int i = 0; i < byDay.length; i++) {
                b.append(i == 0 ? "" : ",").append(byDay[i]);
            }
        }
        append(b, "BYHOUR", byHour);
        append(b, "BYMINUTE", byMinute);
        append(b, "BYSECOND", bySecond);
        append(b, "BYSETPOS", bySetPos);
        if (weekStartGiven) {
            b.append(";WKST=").append(DAY_CODES[weekStart.getValue() - 1]);
        }
        return b.toString();
    }

    private String untilText() {
        if (until instanceof LocalDate d) {
            return String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
        LocalDateTime t = until instanceof Instant i ? LocalDateTime.ofInstant(i, ZoneOffset.UTC) : (LocalDateTime) until;
        return String.format(Locale.ROOT, "%04d%02d%02dT%02d%02d%02d%s", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(), until instanceof Instant ? "Z" : "");
    }

    private static void append(StringBuilder b, String name, int[] values) {
        if (values.length == 0) {
            return;
        }
        b.append(';').append(name).append('=');
        for (int i = 0; i < values.length; i++) {
            b.append(i == 0 ? "" : ",").append(values[i]);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecurrenceRule r && toString().equals(r.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
