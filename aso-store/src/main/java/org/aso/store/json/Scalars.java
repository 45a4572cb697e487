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

    static JsonProblemException tooLarge(Loc at, Type type) {
        return Shape.fail("json.number.too-large", "The number at '" + at.pointer() + "' does not fit a "
                + Shape.name(type), at, type);
    }
}
