package org.aso.store.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.aso.core.kernel.DomainEvent;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * A value written as an object of its attributes (records, Immutables values): {@code "type"} first
 * when the class belongs to a sealed family, then {@code "schemaVersion"} for events and snapshots,
 * then the attributes in a fixed order. Read back through the value's own constructor, builder or
 * factory, so that aso-core's checks run; a value they refuse is a {@code json.value.invalid}.
 */
final class ObjectShape extends Shape {
    static final String TYPE = "type";
    static final String VERSION = "schemaVersion";
    private static final SerializableString TYPE_NAME = new SerializedString(TYPE);
    private static final SerializableString VERSION_NAME = new SerializedString(VERSION);

    /** One attribute: its name, form, accessor and whether it must be given. */
    static final class Attr {
        final String name;
        final SerializableString jsonName;
        final Shape shape;
        final Function<Object, Object> getter;
        final boolean required;

        Attr(String name, Shape shape, Function<Object, Object> getter, boolean required) {
            this.name = name;
            this.jsonName = new SerializedString(name);
            this.shape = shape;
            this.getter = getter;
            this.required = required;
        }
    }

    /** Makes the value from the attributes read; a null argument is an attribute not given and not required. */
    interface Maker {
        Object make(Object[] args) throws Throwable;

        /** {@return whether an attribute not given is left to the maker (a builder's default)} */
        default boolean leavesDefaults() {
            return false;
        }
    }

    private final Attr[] attrs;
    private final Map<String, Integer> index = new HashMap<>();
    private final Maker maker;
    private final String tag;
    private final SerializableString tagValue;
    private final int version;

    /**
     * @param attrs the attributes, in the order they are written
     * @param maker how to make a value, or null if the form is written only
     * @param tag the {@code "type"} written first, or null
     * @param version the schema version known (written, and the highest read), or 0 for none
     */
    ObjectShape(Class<?> type, List<Attr> attrs, Maker maker, String tag, int version) {
        super(type);
        this.attrs = attrs.toArray(new Attr[0]);
        for (int i = 0; i < this.attrs.length; i++) {
            index.put(this.attrs[i].name, i);
        }
        this.maker = maker;
        this.tag = tag;
        this.tagValue = tag == null ? null : new SerializedString(tag);
        this.version = version;
    }

    /** {@return the {@code "type"} this form writes, or null} */
    String tag() {
        return tag;
    }

    @Override
    boolean readable() {
        return maker != null;
    }

    @Override
    void write(Object value, JsonGenerator out) {
        out.writeStartObject(value);
        if (tag != null) {
            out.writeName(TYPE_NAME);
            out.writeString(tagValue);
        }
        if (version > 0) {
            out.writeName(VERSION_NAME);
            out.writeNumber(value instanceof DomainEvent e ? e.schemaVersion() : version);
        }
        for (Attr a : attrs) {
            Object v = a.getter.apply(value);
            if (v == null || a.shape.omitted(v)) {
                continue;
            }
            out.writeName(a.jsonName);
            a.shape.write(v, out);
        }
        out.writeEndObject();
    }

    @Override
    Object read(JsonParser in, Loc at) {
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw invalid(in, at);
        }
        return readFields(in, at, false);
    }

    /**
     * Reads the fields of an object whose start has been read (and, if {@code typeRead}, its
     * {@code "type"} field too), up to its end.
     */
    Object readFields(JsonParser in, Loc at, boolean typeRead) {
        if (maker == null) {
            throw fail("json.type.unknown", "A " + name(type) + " is written only: it cannot be read", at, type);
        }
        Object[] args = new Object[attrs.length];
        boolean[] seen = new boolean[attrs.length];
        boolean typeSeen = typeRead;
        boolean versionSeen = false;
        for (String name = in.nextName(); name != null; name = in.nextName()) {
            Loc here = at.field(name);
            in.nextToken();
            Integer i = index.get(name);
            if (i == null) {
                if (TYPE.equals(name) && tag != null) {
                    if (typeSeen) {
                        throw duplicate(here);
                    }
                    typeSeen = true;
                    if (in.currentToken() != JsonToken.VALUE_STRING || !tag.equals(in.getString())) {
                        throw fail("json.type.unknown", "The type at '" + here.pointer() + "' is not " + tag, here,
                                type);
                    }
                } else if (VERSION.equals(name) && version > 0) {
                    if (versionSeen) {
                        throw duplicate(here);
                    }
                    versionSeen = true;
                    readVersion(in, here);
                } else {
                    throw fail("json.field.unknown", "A " + name(type) + " has no field '" + here.pointer() + "'",
                            here, type);
                }
                continue;
            }
            if (seen[i]) {
                throw duplicate(here);
            }
            seen[i] = true;
            args[i] = attrs[i].shape.read(in, here);
        }
        if (version > 0 && !versionSeen) {
            Loc here = at.field(VERSION);
            throw fail("json.field.missing", "The field '" + here.pointer() + "' (the schema version of a "
                    + name(type) + ") is missing", here, int.class);
        }
        boolean defaults = maker.leavesDefaults();
        for (int i = 0; i < attrs.length; i++) {
            if (!seen[i]) {
                if (attrs[i].required) {
                    Loc here = at.field(attrs[i].name);
                    throw fail("json.field.missing", "The field '" + here.pointer() + "' of a " + name(type)
                            + " is missing", here, attrs[i].shape.type);
                }
                args[i] = defaults ? null : attrs[i].shape.absent();
            }
        }
        try {
            return maker.make(args);
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException
                | java.time.DateTimeException | ArithmeticException | UnsupportedOperationException
                | ClassCastException e) {
            throw refused(at, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private void readVersion(JsonParser in, Loc here) {
        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw fail("json.value.invalid", "The schema version at '" + here.pointer() + "' is not a whole number",
                    here, int.class);
        }
        if (in.getNumberType() != JsonParser.NumberType.INT || in.getIntValue() > version) {
            throw fail("json.schema.unsupported", "The schema version at '" + here.pointer() + "' is later than "
                    + version + ", the latest this code reads for a " + name(type), here, type);
        }
        if (in.getIntValue() < 1) {
            throw fail("json.value.invalid", "The schema version at '" + here.pointer() + "' is not at least 1",
                    here, int.class);
        }
    }

    private JsonProblemException duplicate(Loc here) {
        return fail("json.field.duplicate", "The field '" + here.pointer() + "' is given twice", here, type);
    }

    @Override
    String expected() {
        return "an object (" + name(type) + ")";
    }
}
