package org.aso.calendar;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.aso.core.kernel.Problem;

/**
 * The values of properties read from outside (RFC 5545 section 3.3), parsed here rather than by
 * ical4j: TEXT with its escapes, DATE, DATE-TIME (UTC, floating or with a TZID), DURATION, PERIOD,
 * UTC-OFFSET. A value that cannot be read is a {@link Refusal} with {@code calendar.parse.value}
 * naming the property and the line.
 */
final class Values {
    private Values() {}

    /**
     * A date or date-time as written: {@code date} for a DATE, else a local date-time with its
     * TZID (empty for floating time), or {@code utc} for the {@code ...Z} form.
     */
    record When(LocalDateTime local, boolean dateOnly, boolean utc, Optional<String> tzid) {
        LocalDate date() {
            return local.toLocalDate();
        }
    }

    // ------------------------------------------------------------------ TEXT

    /** A TEXT value without its escapes: {@code \\ \; \, \n \N}; another backslash stays as written. */
    static String text(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char e = raw.charAt(i + 1);
                switch (e) {
                    case '\\', ';', ',' -> {
                        b.append(e);
                        i++;
                    }
                    case 'n', 'N' -> {
                        b.append('\n');
                        i++;
                    }
                    default -> b.append(c);
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The values of a multi-valued TEXT (CATEGORIES), split on commas that are not escaped. */
    static List<String> texts(String raw) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == ',') {
                out.add(text(raw.substring(from, i)));
                from = i + 1;
            }
        }
        out.add(text(raw.substring(from)));
        return out;
    }

    /** A list value split on commas (DATE-TIME lists, PERIOD lists). */
    static List<String> list(String raw) {
        List<String> out = new ArrayList<>();
        for (String part : raw.split(",", -1)) {
            String s = part.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ dates

    /** The date or date-time of a property (DTSTART, DTEND, RECURRENCE-ID, DUE...). */
    static When when(Node.Prop p) {
        return when(p, p.value().strip());
    }

    /** One date or date-time value of a property (one item of an RDATE or EXDATE list). */
    static When when(Node.Prop p, String value) {
        boolean dateParam = p.param("VALUE").map(v -> v.equalsIgnoreCase("DATE")).orElse(false);
        Optional<String> tzid = p.param("TZID").map(String::strip).filter(s -> !s.isEmpty());
        String v = value.strip();
        if (v.length() == 8 || dateParam) {
            if (v.length() != 8) {
                throw bad(p, "a DATE is YYYYMMDD");
            }
            return new When(date(p, v).atStartOfDay(), true, false, Optional.empty());
        }
        boolean utc = v.endsWith("Z") || v.endsWith("z");
        String body = utc ? v.substring(0, v.length() - 1) : v;
        if (body.length() != 15 || (body.charAt(8) != 'T' && body.charAt(8) != 't')) {
            throw bad(p, "a DATE-TIME is YYYYMMDDTHHMMSS, with Z for UTC");
        }
        LocalDate d = date(p, body.substring(0, 8));
        int h = digits(p, body, 9, 11);
        int m = digits(p, body, 11, 13);
        int s = digits(p, body, 13, 15);
        if (s == 60) {
            s = 59; // a leap second (RFC 5545 3.3.12): the second before it
        }
        if (h > 23 || m > 59 || s > 59) {
            throw bad(p, "no such time of day");
        }
        return new When(LocalDateTime.of(d, LocalTime.of(h, m, s)), false, utc, utc ? Optional.empty() : tzid);
    }

    private static LocalDate date(Node.Prop p, String v) {
        int y = digits(p, v, 0, 4);
        int mo = digits(p, v, 4, 6);
        int d = digits(p, v, 6, 8);
        if (y < 1) {
            throw bad(p, "a year before 1 is outside the supported range");
        }
        try {
            return LocalDate.of(y, mo, d);
        } catch (DateTimeException e) {
            throw bad(p, "no such date");
        }
    }

    private static int digits(Node.Prop p, String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                throw bad(p, "digits expected");
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    // ------------------------------------------------------------------ durations, periods, offsets

    /** A DURATION ({@code P1W}, {@code -PT15M}, {@code P1DT2H}); at most 99,999 days. */
    static Duration duration(Node.Prop p, String value) {
        String v = value.strip();
        int i = 0;
        boolean negative = false;
        if (i < v.length() && (v.charAt(i) == '+' || v.charAt(i) == '-')) {
            negative = v.charAt(i) == '-';
            i++;
        }
        if (i >= v.length() || v.charAt(i) != 'P') {
            throw bad(p, "a DURATION starts with P");
        }
        i++;
        long seconds = 0;
        boolean time = false;
        boolean any = false;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (c == 'T') {
                if (time) {
                    throw bad(p, "T twice in a DURATION");
                }
                time = true;
                i++;
                continue;
            }
            int start = i;
            while (i < v.length() && Character.isDigit(v.charAt(i)) && i - start < 9) {
                i++;
            }
            if (i == start || i >= v.length()) {
                throw bad(p, "a DURATION is a number and a unit");
            }
            long n = Long.parseLong(v.substring(start, i));
            char unit = v.charAt(i++);
            long factor = switch (unit) {
                case 'W' -> time ? -1 : 7 * 86_400L;
                case 'D' -> time ? -1 : 86_400L;
                case 'H' -> time ? 3_600L : -1;
                case 'M' -> time ? 60L : -1;
                case 'S' -> time ? 1L : -1;
                default -> -1;
            };
            if (factor < 0) {
                throw bad(p, "unknown unit in a DURATION");
            }
            seconds += n * factor;
            any = true;
            if (seconds > 99_999L * 86_400) {
                break;
            }
        }
        if (!any || seconds > 99_999L * 86_400) {
            throw bad(p, "a DURATION of at most 99,999 days");
        }
        return Duration.ofSeconds(negative ? -seconds : seconds);
    }

    /** A UTC-OFFSET ({@code +0100}, {@code -053000}). */
    static ZoneOffset offset(Node.Prop p) {
        String v = p.value().strip();
        if ((v.length() != 5 && v.length() != 7) || (v.charAt(0) != '+' && v.charAt(0) != '-')) {
            throw bad(p, "a UTC-OFFSET is +HHMM or +HHMMSS");
        }
        int h = digits(p, v, 1, 3);
        int m = digits(p, v, 3, 5);
        int s = v.length() == 7 ? digits(p, v, 5, 7) : 0;
        int sign = v.charAt(0) == '-' ? -1 : 1;
        try {
            return ZoneOffset.ofHoursMinutesSeconds(sign * h, sign * m, sign * s);
        } catch (DateTimeException e) {
            throw bad(p, "an offset of at most 18 hours");
        }
    }

    /** An integer (SEQUENCE, PRIORITY...), or {@code fallback} when absent. */
    static int integer(Optional<Node.Prop> p, int fallback) {
        if (p.isEmpty()) {
            return fallback;
        }
        String v = p.get().value().strip();
        if (!v.matches("[+-]?[0-9]{1,9}")) {
            throw bad(p.get(), "an integer of at most 9 digits");
        }
        return Integer.parseInt(v);
    }

    static Refusal bad(Node.Prop p, String why) {
        return new Refusal(Problem.of("calendar.parse.value", "The value of " + ContentParser.clip(p.name())
                        + " cannot be read: " + why + " (line " + p.line() + ")")
                .with("property", ContentParser.clip(p.name())).with("line", p.line())
                .with("value", ContentParser.clip(p.value())));
    }
}
