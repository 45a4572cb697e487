package org.aso.store.json;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.regex.Pattern;
import org.aso.core.kernel.Problem;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The JSON form of one Java type: how to write a value and how to read one back, streaming on
 * Jackson's generator and parser. Made once per type by {@link Shapes} and shared; immutable.
 */
abstract class Shape {
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"|\u00ab[^\u00bb]*\u00bb|`[^`]*`");

    /** The Java type of this form. */
    final Type type;

    Shape(Type type) {
        this.type = type;
    }

    /** Writes a non-null value. */
    abstract void write(Object value, JsonGenerator out);

    /**
     * Reads a value; the parser is on the value's first token and is left on its last one.
     *
     * @throws JsonProblemException if the document is wrong here
     */
    abstract Object read(JsonParser in, Loc at);

    /** {@return whether this form can be read (some computed results are written only)} */
    boolean readable() {
        return true;
    }

    /** {@return the value a missing field stands for (empty optional or collection), or null if it is required} */
    Object absent() {
        return null;
    }

    /** {@return whether a value is left out when written (an empty optional)} */
    boolean omitted(Object value) {
        return false;
    }

    /** {@return whether values of this form can be the keys of a JSON object} */
    boolean keyable() {
        return false;
    }

    /** {@return a value as an object key} */
    String toKey(Object value) {
        throw new IllegalStateException("not a key type: " + name(type));
    }

    /** {@return a value read from an object key} */
    Object fromKey(String key, Loc at) {
        throw new IllegalStateException("not a key type: " + name(type));
    }

    /** {@return what a reader should have found here, for messages} */
    abstract String expected();

    // --- problems

    /** {@return the short name of a type: simple names, with type arguments} */
    static String name(Type t) {
        if (t instanceof Class<?> c) {
            return c.getEnclosingClass() != null && !c.isAnonymousClass()
                    ? name(c.getEnclosingClass()) + "." + c.getSimpleName() : c.getSimpleName();
        }
        if (t instanceof ParameterizedType p) {
            StringBuilder out = new StringBuilder(name(p.getRawType())).append('<');
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < args.length; i++) {
                out.append(i == 0 ? "" : ", ").append(name(args[i]));
            }
            return out.append('>').toString();
        }
        return t.getTypeName().replaceAll("[a-z0-9_]+\\.", "");
    }

    /** {@return a problem at a place} */
    static JsonProblemException fail(String code, String message, Loc at, Type type) {
        Problem p = Problem.of(code, message).with("path", at.pointer());
        if (type != null) {
            p = p.with("type", name(type));
        }
        return new JsonProblemException(p);
    }

    /** {@return the refusal of the value here: not the JSON kind or not a value this form accepts} */
    JsonProblemException invalid(JsonParser in, Loc at) {
        return fail("json.value.invalid", "The value at '" + at.pointer() + "' is not " + expected()
                + (in == null ? "" : " (found " + kind(in.currentToken()) + ")"), at, type);
    }

    /** {@return the refusal of a value that aso-core's checks refused, with their reason without quoted parts} */
    JsonProblemException refused(Loc at, RuntimeException why) {
        JsonProblemException e = fail("json.value.invalid", "The value at '" + at.pointer()
                + "' is not " + expected() + ": aso-core refused it", at, type);
        String reason = reason(why);
        return reason.isEmpty() ? e : new JsonProblemException(e.problem().with("reason", reason));
    }

    /** {@return an exception's message with everything between quotes taken out, shortened} */
    static String reason(Throwable why) {
        String m = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage();
        m = QUOTED.matcher(m).replaceAll("\u2026");
        int quote = m.indexOf('\'');
        if (quote >= 0 || m.indexOf('"') >= 0) { // an unpaired quote: keep what comes before it
            int cut = quote < 0 ? m.indexOf('"') : (m.indexOf('"') < 0 ? quote : Math.min(quote, m.indexOf('"')));
            m = m.substring(0, cut) + "\u2026";
        }
        m = m.replaceAll("\\p{Cc}", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "\u2026" : m;
    }

    /** {@return a JSON token as a kind of value, for messages: never its content} */
    static String kind(JsonToken t) {
        if (t == null) {
            return "nothing";
        }
        switch (t) {
            case START_OBJECT: return "an object";
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: return "an integer";
            case VALUE_NUMBER_FLOAT: return "a decimal number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
