package org.aso.store.json;

import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** The forms of single JSON values: strings, numbers, booleans, and values written as a string. */
final class Scalars {
    private Scalars() {
    }

    /** A {@code String}. */
    static final class Str extends Shape {
        Str() {
            super(String.class);
        }

        @Override
        void write(Object value, JsonGenerator out) {
            out.writeString((String) value);
        }

        @Override
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw invalid(in, at);
            }
            return in.getString();
        }

        @Override
        boolean keyable() {
            return true;
        }

        @Override
        String toKey(Object value) {
            return (String) value;
        }

        @Override
        Object fromKey(String key, Loc at) {
            return key;
        }

        @Override
        String expected() {
            return "a string";
        }
    }

    /** An {@code int} or {@code Integer}. */
    static final class Int extends Shape {
        Int(Type type) {
            super(type);
        }

        @Override
        void write(Object value, JsonGenerator out) {
            out.writeNumber((Integer) value);
        }

        @Override
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw invalid(in, at);
            }
            if (in.getNumberType() != JsonParser.NumberType.INT) {
                throw tooLarge(at, type);
            }
            return in.getIntValue();
        }

        @Override
        String expected() {
            return "an integer";
        }
    }

    /** A {@code long} or {@code Long}. */
    static final class Long extends Shape {
        Long(Type type) {
            super(type);
        }

        @Override
        void write(Object value, JsonGenerator out) {
            out.writeNumber((java.lang.Long) value);
        }

        @Override
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                throw invalid(in, at);
            }
            JsonParser.NumberType n = in.getNumberType();
            if (n != JsonParser.NumberType.INT && n != JsonParser.NumberType.LONG) {
                throw tooLarge(at, type);
            }
            return in.getLongValue();
        }

        @Override
        boolean keyable() {
            return true;
        }

        @Override
        String toKey(Object value) {
            return value.toString();
        }

        @Override
        Object fromKey(String key, Loc at) {
            try {
                return java.lang.Long.parseLong(key);
            } catch (NumberFormatException e) {
                throw invalid(null, at);
            }
        }

        @Override
        String expected() {
            return "a whole number";
        }
    }

    /** A {@code double} or {@code Double}: finite only. */
    static final class Dbl extends Shape {
        Dbl(Type type) {
            super(type);
        }

        @Override
        void write(Object value, JsonGenerator out) {
            double d = (Double) value;
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("JSON has no form for a non-finite number");
            }
            out.writeNumber(d);
        }

        @Override
        Object read(JsonParser in, Loc at) {
            JsonToken t = in.currentToken();
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
                throw invalid(in, at);
            }
            double d = in.getDoubleValue();
            if (!Double.isFinite(d)) {
                throw tooLarge(at, type);
            }
            return d;
        }

        @Override
        String expected() {
            return "a number";
        }
    }

    /** A {@code boolean} or {@code Boolean}. */
    static final class Bool extends Shape {
        Bool(Type type) {
            super(type);
        }

        @Override
        void write(Object value, JsonGenerator out) {
            out.writeBoolean((Boolean) value);
        }

        @Override
        Object read(JsonParser in, Loc at) {
            JsonToken t = in.currentToken();
            if (t == JsonToken.VALUE_TRUE) {
                return Boolean.TRUE;
            }
            if (t == JsonToken.VALUE_FALSE) {
                return Boolean.FALSE;
            }
            throw invalid(in, at);
        }

        @Override
        String expected() {
            return "true or false";
        }
    }

    /**
     * A value written as a string: ids, enums, java.time values, and aso-core values with a text form
     * of their own. The parser refuses by throwing any runtime exception.
     */
    static final class Text extends Shape {
        private final Function<Object, String> format;
        private final Function<String, Object> parse;
        private final String expected;

        Text(Type type, String expected, Function<Object, String> format, Function<String, Object> parse) {
            super(type);
            this.expected = expected;
            this.format = format;
            this.parse = parse;
        }

        @Override
        void write(Object value, JsonGenerator out) {
            out.writeString(format.apply(value));
        }

        @Override
        Object read(JsonParser in, Loc at) {
            if (in.currentToken() != JsonToken.VALUE_STRING) {
                throw invalid(in, at);
            }
            return fromKey(in.getString(), at);
        }

        @Override
        boolean keyable() {
            return true;
        }

        @Override
        String toKey(Object value) {
            return format.apply(value);
        }

        @Override
        Object fromKey(String key, Loc at) {
            try {
                Object v = parse.apply(key);
                if (v == null) {
                    throw invalid(null, at);
                }
                return v;
            } catch (IllegalArgumentException | IllegalStateException | NullPointerException
                    | java.time.DateTimeException | ArithmeticException e) {
                throw refused(at, e);
            }
        }

        @Override
        String expected() {
            return expected;
        }
    }

    /** {@return the form of an enum: its constants by name} */
    static Text enumeration(Class<?> type) {
        Map<String, Object> byName = new HashMap<>();
        for (Object c : type.getEnumConstants()) {
            byName.put(((Enum<?>) c).name(), c);
        }
        String expected = "one of " + (byName.size() <= 12 ? new java.util.TreeSet<>(byName.keySet()).toString()
                : "the names of " + Shape.name(type));
        return new Text(type, expected, v -> ((Enum<?>) v).name(), byName::get);
    }

    /**
     * {@return a date read from ISO-8601} The form this module writes ({@code 2026-03-02}) is read
     * directly, being the common case of a large snapshot; anything else goes to {@link LocalDate#parse}.
     */
    static java.time.LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                try {
                    return java.time.LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    // not a date: java.time says why, below
                }
            }
        }
        return java.time.LocalDate.parse(s);
    }

    /**
     * {@return an instant read from ISO-8601 in UTC} The forms {@link java.time.Instant#toString()}
     * gives for years 0 to 9999 ({@code 2026-03-02T09:00:00Z}, with 3, 6 or 9 digits of fraction) are
     * read directly; anything else goes to {@link java.time.Instant#parse}.
     */
    static java.time.Instant instant(String s) {
        int n = s.length();
        if (n >= 20 && s.charAt(n - 1) == 'Z' && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':' && s.charAt(16) == ':' && (n == 20 || s.charAt(19) == '.' && (n == 24 || n == 27
                || n == 30))) {
            int y = digits(s, 0, 4);
            int mo = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            int h = digits(s, 11, 13);
            int mi = digits(s, 14, 16);
            int se = digits(s, 17, 19);
            int fraction = n == 20 ? 0 : digits(s, 20, n - 1);
            // ordinary times only: 24:00 and a leap second are java.time's to read
            if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && se >= 0 && se <= 59
                    && fraction >= 0) {
                int nanos = n == 20 ? 0 : fraction * (n == 24 ? 1_000_000 : n == 27 ? 1_000 : 1);
                try {
                    return java.time.LocalDateTime.of(y, mo, d, h, mi, se, nanos).toInstant(java.time.ZoneOffset.UTC);
                } catch (java.time.DateTimeException e) {
                    // not a date: java.time says why, below
                }
            }
        }
        return java.time.Instant.parse(s);
    }

    /** {@return the decimal number of {@code s[from, to)}, or -1 if a character is not an ASCII digit} */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    static JsonProblemException tooLarge(Loc at, Type type) {
        return Shape.fail("json.number.too-large", "The number at '" + at.pointer() + "' does not fit a "
                + Shape.name(type), at, type);
    }
}
